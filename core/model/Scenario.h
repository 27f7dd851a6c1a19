#pragma once

#include "model/Irql.h"
#include "model/ObjectType.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wdflc {

// An object's index in Scenario::declarations (every id the file declares,
// in `objects` or in any `create` action).
using ObjectId = std::uint32_t;
inline constexpr ObjectId kNoObject = 0xffffffffu;

enum class Op : std::uint8_t {
    Create,
    Reference,
    Dereference,
    Delete,
    FrameworkDelete,
    CompleteRequest,
    SetIrql,
    BeginCallback,
    EndCallback,
    Drain,
    Free,
    Call,
};

std::string_view opName(Op op);
std::optional<Op> parseOp(std::string_view name);

struct Action;

struct ContextDecl {
    std::optional<std::string> name;
    bool cleanup = false;
    bool destroy = false;
    std::vector<std::string> buffers;
    std::vector<Action> onCleanup;
    std::vector<Action> onDestroy;

    bool operator==(const ContextDecl&) const;
};

struct ObjectDecl {
    std::string id;
    ObjectType type = ObjectType::Object;
    std::optional<std::string> parent; // as written; empty = type's default rule
    std::optional<PoolType> poolType;  // as written
    std::optional<Creator> createdBy;  // as written
    Role role = Role::None;
    std::vector<ContextDecl> contexts; // as written (may be empty)
    std::string source;                // where a driver's code says it ("FILE:LINE"), or empty

    // Resolved at load:
    ObjectId parentId = kNoObject;  // effective parent (the device for I/O-package queues)
    bool inIoPackage = false;       // queue attached through its device's I/O package
    bool declaredInObjects = false; // in `objects` (created before the first step)

    PoolType pool() const { return poolType.value_or(PoolType::NonPaged); }
    Creator creator() const;
    bool passive() const { return isPassiveObject(type, pool()); }
    std::size_t contextCount() const { return contexts.empty() ? 1 : contexts.size(); }

    bool operator==(const ObjectDecl&) const;
};

struct Action {
    Op op = Op::Drain;
    std::string object;             // as written ("self" inside callbacks)
    std::optional<std::string> tag; // reference / dereference
    Irql irql = Irql::Passive;      // setIrql
    std::string method;             // call
    std::string buffer;             // free
    ObjectId createdId = kNoObject; // create: index of the declaration it creates
    std::string source;             // where a driver's code says it ("FILE:LINE"), or empty

    // Resolved at load:
    ObjectId target = kNoObject; // the object named (self resolved)
    std::string path;            // JSON path, for messages (e.g. "steps[3]")

    bool operator==(const Action&) const;
};

// A title in one or several languages ("en", "ja", "th").
struct LocalizedText {
    std::map<std::string, std::string> byLanguage; // empty = no title
    bool plain = true;                             // written as a plain string (key "en")

    std::string in(const std::string& language) const;
    bool empty() const { return byLanguage.empty(); }
    bool operator==(const LocalizedText&) const = default;
};

struct Scenario {
    LocalizedText title;
    Framework framework = Framework::Kmdf;
    bool frameworkGiven = false;
    bool autoDrain = true;
    bool autoDrainGiven = false;
    std::vector<ObjectId> objects; // the `objects` array, in file order
    std::vector<Action> steps;

    // Every declared object (from `objects` and from `create` actions at any depth).
    std::vector<ObjectDecl> declarations;

    const ObjectDecl& decl(ObjectId id) const { return declarations[id]; }
    std::optional<ObjectId> find(std::string_view id) const;
    std::optional<ObjectId> onlyDevice() const; // when exactly one WDFDEVICE is declared

    bool operator==(const Scenario&) const;
};

} // namespace wdflc
