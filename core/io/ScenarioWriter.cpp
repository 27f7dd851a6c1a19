#include "io/ScenarioWriter.h"

#include <nlohmann/json.hpp>

namespace wdflc {
namespace {

using Ordered = nlohmann::ordered_json;

Ordered actionsJson(const Scenario& scenario, const std::vector<Action>& actions);

Ordered eventsJson(const std::vector<EventDecl>& events) {
    Ordered json = Ordered::array();
    for (const auto& event : events) {
        if (!event.synchronization && !event.signaled) {
            json.push_back(event.name);
            continue;
        }
        Ordered e;
        e["name"] = event.name;
        if (event.synchronization)
            e["kind"] = "SynchronizationEvent";
        if (event.signaled)
            e["signaled"] = true;
        json.push_back(std::move(e));
    }
    return json;
}

Ordered contextJson(const Scenario& scenario, const ContextDecl& context) {
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
    if (!context.events.empty())
        c["events"] = eventsJson(context.events);
    if (context.note)
        c["note"] = *context.note;
    return c;
}

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
    if (decl.executionLevel)
        json["executionLevel"] = std::string(executionLevelName(*decl.executionLevel));
    if (decl.synchronizationScope)
        json["synchronizationScope"] =
            std::string(synchronizationScopeName(*decl.synchronizationScope));
    if (decl.automaticSerialization)
        json["automaticSerialization"] = *decl.automaticSerialization;
    if (decl.period)
        json["period"] = *decl.period;
    if (decl.parentDevice)
        json["parentDevice"] = *decl.parentDevice;
    if (decl.cxType)
        json["cxType"] = *decl.cxType;
    if (!decl.contexts.empty()) {
        Ordered contexts = Ordered::array();
        for (const auto& context : decl.contexts)
            contexts.push_back(contextJson(scenario, context));
        json["contexts"] = std::move(contexts);
    }
    if (!decl.source.empty())
        json["source"] = decl.source;
    if (!decl.callbacks.empty()) {
        Ordered callbacks = Ordered::object();
        for (const auto& callback : decl.callbacks)
            callbacks[callback.name] = actionsJson(scenario, callback.body);
        json["callbacks"] = std::move(callbacks);
    }
    if (decl.note)
        json["note"] = *decl.note;
    return json;
}

Ordered argsJson(const Scenario& scenario, const CallArgs& args) {
    Ordered json = Ordered::object();
    if (args.wait)
        json["Wait"] = *args.wait;
    if (args.dueTime)
        json["DueTime"] = *args.dueTime;
    if (args.child)
        json["Child"] = *args.child;
    if (!args.context.empty())
        json["context"] = contextJson(scenario, args.context.front());
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
        if (action.list)
            json["list"] = *action.list;
        break;
    case Op::Free:
        json["buffer"] = action.buffer;
        break;
    case Op::Call:
        json["object"] = action.object;
        json["method"] = action.method;
        if (!action.args.empty())
            json["args"] = argsJson(scenario, action.args);
        break;
    case Op::SetEvent:
    case Op::ClearEvent:
    case Op::WaitEvent:
        if (!action.object.empty())
            json["object"] = action.object;
        json["event"] = action.event;
        break;
    case Op::Capture:
        json["object"] = action.object;
        json["slot"] = action.slot;
        json["target"] = action.captureTarget;
        if (action.what != "context")
            json["what"] = action.what;
        if (action.context)
            json["context"] = *action.context;
        break;
    case Op::Use:
    case Op::Forget:
        json["object"] = action.object;
        json["slot"] = action.slot;
        break;
    default:
        json["object"] = action.object;
        if (action.tag)
            json["tag"] = *action.tag;
        if (action.callback)
            json["callback"] = *action.callback;
        if (action.hasBody)
            json["body"] = actionsJson(scenario, action.body);
        break;
    }
    if (!action.source.empty())
        json["source"] = action.source;
    if (action.thread)
        json["thread"] = *action.thread;
    if (action.note)
        json["note"] = *action.note;
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
    std::string out = "{\n  \"format\": \"wdf-lifecycle-scenario\",\n  \"version\": " +
                      std::to_string(scenario.version) + ",\n";
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
    std::vector<Ordered> events;
    for (auto& event : eventsJson(scenario.events))
        events.push_back(std::move(event));
    writeList("objects", objects, steps.empty() && events.empty(), out);
    if (!steps.empty())
        writeList("steps", steps, events.empty(), out);
    if (!events.empty())
        writeList("events", events, true, out);
    out += "}\n";
    return out;
}

} // namespace wdflc
