#include "io/ScenarioWriter.h"

#include <nlohmann/json.hpp>

namespace wdflc {
namespace {

using Ordered = nlohmann::ordered_json;

Ordered actionsJson(const Scenario& scenario, const std::vector<Action>& actions);

Ordered objectJson(const Scenario& scenario, const ObjectDecl& decl) {
    Ordered json;
    json["id"] = decl.id;
    json["type"] = std::string(typeName(decl.type));
    if (decl.parent)
        json["parent"] = *decl.parent;
    if (decl.poolType)
        json["poolType"] = std::string(poolTypeName(*decl.poolType));
    if (decl.createdBy)
        json["createdBy"] = *decl.createdBy == Creator::Driver ? "driver" : "framework";
    if (decl.role != Role::None)
        json["role"] = std::string(roleName(decl.role));
    if (!decl.contexts.empty()) {
        Ordered contexts = Ordered::array();
        for (const auto& context : decl.contexts) {
            Ordered c = Ordered::object();
            if (context.name)
                c["name"] = *context.name;
            if (context.cleanup)
                c["cleanup"] = true;
            if (context.destroy)
                c["destroy"] = true;
            if (!context.buffers.empty())
                c["buffers"] = context.buffers;
            if (!context.onCleanup.empty())
                c["onCleanup"] = actionsJson(scenario, context.onCleanup);
            if (!context.onDestroy.empty())
                c["onDestroy"] = actionsJson(scenario, context.onDestroy);
            contexts.push_back(std::move(c));
        }
        json["contexts"] = std::move(contexts);
    }
    if (!decl.source.empty())
        json["source"] = decl.source;
    return json;
}

Ordered actionJson(const Scenario& scenario, const Action& action) {
    if (action.op == Op::Create) {
        Ordered json;
        json["op"] = "create";
        const Ordered object = objectJson(scenario, scenario.decl(action.createdId));
        for (auto it = object.begin(); it != object.end(); ++it)
            json[it.key()] = it.value();
        return json;
    }
    Ordered json;
    json["op"] = std::string(opName(action.op));
    switch (action.op) {
    case Op::SetIrql:
        json["irql"] = std::string(irqlName(action.irql));
        break;
    case Op::Drain:
        break;
    case Op::Free:
        json["buffer"] = action.buffer;
        break;
    case Op::Call:
        json["object"] = action.object;
        json["method"] = action.method;
        break;
    default:
        json["object"] = action.object;
        if (action.tag)
            json["tag"] = *action.tag;
        break;
    }
    if (!action.source.empty())
        json["source"] = action.source;
    return json;
}

Ordered actionsJson(const Scenario& scenario, const std::vector<Action>& actions) {
    Ordered json = Ordered::array();
    for (const auto& action : actions)
        json.push_back(actionJson(scenario, action));
    return json;
}

std::string scalar(const Ordered& value) {
    return value.dump(-1, ' ', false, Ordered::error_handler_t::replace);
}

// One line, with ", " and ": " separators (nlohmann's compact form has none).
void writeInline(const Ordered& value, std::string& out) {
    if (value.is_object()) {
        out += '{';
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            out += first ? " " : ", ";
            first = false;
            out += scalar(it.key());
            out += ": ";
            writeInline(it.value(), out);
        }
        out += value.empty() ? "}" : " }";
    } else if (value.is_array()) {
        out += '[';
        bool first = true;
        for (const auto& item : value) {
            out += first ? " " : ", ";
            first = false;
            writeInline(item, out);
        }
        out += value.empty() ? "]" : " ]";
    } else {
        out += scalar(value);
    }
}

void writeList(const char* key, const std::vector<Ordered>& items, bool last, std::string& out) {
    out += "  \"";
    out += key;
    out += "\": [";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += "\n    ";
        writeInline(items[i], out);
        if (i + 1 < items.size())
            out += ',';
    }
    out += items.empty() ? "]" : "\n  ]";
    out += last ? "\n" : ",\n";
}

} // namespace

std::string writeScenario(const Scenario& scenario) {
    std::string out = "{\n  \"format\": \"wdf-lifecycle-scenario\",\n  \"version\": 1,\n";
    if (!scenario.title.empty()) {
        out += "  \"title\": ";
        if (scenario.title.plain && scenario.title.byLanguage.size() == 1 &&
            scenario.title.byLanguage.count("en")) {
            out += scalar(scenario.title.byLanguage.at("en"));
        } else {
            Ordered title = Ordered::object();
            for (const char* language : {"en", "ja", "th"})
                if (auto it = scenario.title.byLanguage.find(language);
                    it != scenario.title.byLanguage.end())
                    title[language] = it->second;
            writeInline(title, out);
        }
        out += ",\n";
    }
    if (scenario.frameworkGiven || scenario.framework != Framework::Kmdf)
        out += "  \"framework\": \"" + std::string(frameworkName(scenario.framework)) + "\",\n";
    if (scenario.autoDrainGiven || !scenario.autoDrain)
        out += std::string("  \"autoDrain\": ") + (scenario.autoDrain ? "true" : "false") + ",\n";
    std::vector<Ordered> objects;
    objects.reserve(scenario.objects.size());
    for (ObjectId id : scenario.objects)
        objects.push_back(objectJson(scenario, scenario.decl(id)));
    std::vector<Ordered> steps;
    steps.reserve(scenario.steps.size());
    for (const auto& action : scenario.steps)
        steps.push_back(actionJson(scenario, action));
    writeList("objects", objects, steps.empty(), out);
    if (!steps.empty())
        writeList("steps", steps, true, out);
    out += "}\n";
    return out;
}

} // namespace wdflc
