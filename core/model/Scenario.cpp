#include "model/Scenario.h"

#include <array>

namespace wdflc {
namespace {

constexpr std::array<std::string_view, 19> kOpNames{"create",
                                                    "reference",
                                                    "dereference",
                                                    "delete",
                                                    "frameworkDelete",
                                                    "completeRequest",
                                                    "setIrql",
                                                    "beginCallback",
                                                    "endCallback",
                                                    "drain",
                                                    "free",
                                                    "call",
                                                    "run",
                                                    "setEvent",
                                                    "clearEvent",
                                                    "waitEvent",
                                                    "capture",
                                                    "use",
                                                    "forget"};

} // namespace

std::string_view opName(Op op) {
    return kOpNames[static_cast<std::size_t>(op)];
}

std::optional<Op> parseOp(std::string_view name) {
    for (std::size_t i = 0; i < kOpNames.size(); ++i)
        if (kOpNames[i] == name)
            return static_cast<Op>(i);
    return std::nullopt;
}

bool ContextDecl::operator==(const ContextDecl&) const = default;
bool CallbackDecl::operator==(const CallbackDecl&) const = default;
bool CallArgs::operator==(const CallArgs&) const = default;
bool ObjectDecl::operator==(const ObjectDecl&) const = default;
bool Action::operator==(const Action&) const = default;
bool Scenario::operator==(const Scenario&) const = default;

Creator ObjectDecl::creator() const {
    if (createdBy)
        return *createdBy;
    return typeInfo(type).frameworkCreatedByDefault ? Creator::Framework : Creator::Driver;
}

const CallbackDecl* ObjectDecl::callback(std::string_view name) const {
    for (const auto& c : callbacks)
        if (c.name == name)
            return &c;
    return nullptr;
}

std::string LocalizedText::in(const std::string& language) const {
    if (auto it = byLanguage.find(language); it != byLanguage.end())
        return it->second;
    if (auto it = byLanguage.find("en"); it != byLanguage.end())
        return it->second;
    return byLanguage.empty() ? std::string() : byLanguage.begin()->second;
}

std::optional<ObjectId> Scenario::find(std::string_view id) const {
    for (ObjectId i = 0; i < declarations.size(); ++i)
        if (declarations[i].id == id)
            return i;
    return std::nullopt;
}

std::optional<ObjectId> Scenario::onlyDevice() const {
    std::optional<ObjectId> device;
    for (ObjectId i = 0; i < declarations.size(); ++i) {
        if (declarations[i].type != ObjectType::Device)
            continue;
        if (device)
            return std::nullopt;
        device = i;
    }
    return device;
}

} // namespace wdflc
