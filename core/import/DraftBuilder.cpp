#include "import/DraftBuilder.h"

#include "import/FrameworkApi.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace wdflc::import {
namespace {

constexpr int kMaxDepth = 12;

using Kind = Expr::Kind;

// Where an expression is evaluated: a function, the event it belongs to, the
// call site of the caller when a helper is followed one level up, and the
// object whose callback runs (its first parameter).
struct Ctx {
    int function = -1;
    std::size_t pos = 0;
    const Ctx* caller = nullptr;
    int self = -1;
};

struct Resolved {
    int object = -1;
    bool self = false;
    std::string why;
    bool ok() const { return object >= 0; }
};

Resolved failure(std::string why) {
    Resolved r;
    r.why = std::move(why);
    return r;
}

// A structure's fields as the code set them before a call.
struct FieldValue {
    const Expr* value = nullptr;
    std::size_t pos = 0;
};
struct StructState {
    bool known = true;   // false: the structure came from somewhere the importer does not follow
    bool present = true; // false: NULL was passed (WDF_NO_OBJECT_ATTRIBUTES)
    std::string why;
    std::map<std::string, FieldValue> fields;
    std::set<std::string> flags; // set by an initialiser (DefaultQueue)
    Ctx ctx;                     // where the fields' values are evaluated

    const FieldValue* field(const std::string& name) const {
        auto it = fields.find(name);
        return it == fields.end() ? nullptr : &it->second;
    }
};

const Expr* strip(const Expr& e) {
    return e.kind == Kind::AddressOf && !e.operands.empty() ? &e.operands[0] : &e;
}

std::string sanitizeId(std::string name) {
    for (char& c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-'))
            c = '_';
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])) || name[0] == '.' ||
        name[0] == '-')
        name = "_" + name;
    if (name.size() > 56)
        name.resize(56);
    return name;
}

std::string lowerTypeName(std::string_view typeName) {
    std::string name(typeName.substr(typeName.rfind("WDF") == 0 ? 3 : 0));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return name;
}

class Builder {
public:
    explicit Builder(SourceCorpus corpus) { draft_.corpus = std::move(corpus); }

    Draft build() {
        const auto& functions = draft_.corpus.functions;
        for (std::size_t f = 0; f < functions.size(); ++f) {
            fnByKey_.emplace(functions[f].key, static_cast<int>(f));
            for (std::size_t e = 0; e < functions[f].events.size(); ++e) {
                const Event& event = functions[f].events[e];
                if (event.kind == Event::Kind::Call && !event.value.key.empty())
                    callers_[event.value.key].push_back({static_cast<int>(f), e});
                if (event.kind == Event::Kind::Assign && isStored(*strip(event.target)))
                    assigns_[strip(event.target)->key].push_back({static_cast<int>(f), e});
            }
        }
        findSites();
        registerCallbacks();
        for (std::size_t o = 0; o < draft_.objects.size(); ++o)
            placeParent(static_cast<int>(o));
        applyCalls();
        readCallbackBodies();
        nameObjects();
        summarize();
        return std::move(draft_);
    }

private:
    struct Site {
        int function;
        std::size_t event;
        const CreationApi* api;
    };
    struct Instance {
        int site;
        const Ctx* ctx; // where the creation call runs (with its caller, for per-call helpers)
        std::string baseName;
        std::string outputKey; // the field or global the handle is stored in
    };

    const FunctionBody& fn(int f) const {
        return draft_.corpus.functions[static_cast<std::size_t>(f)];
    }
    const Event& event(const Ctx& c) const { return fn(c.function).events[c.pos]; }
    const Expr& callOf(const Ctx& c) const { return event(c).value; }
    static bool isStored(const Expr& e) {
        return e.kind == Kind::Field || (e.kind == Kind::Variable && e.global);
    }
    const Ctx* keep(Ctx c) { return &contexts_.emplace_back(c); }

    // --- creation sites and their instances ---------------------------------
    void findSites() {
        int driverObject = -1;
        for (std::size_t f = 0; f < draft_.corpus.functions.size(); ++f) {
            const auto& body = fn(static_cast<int>(f));
            for (std::size_t e = 0; e < body.events.size(); ++e) {
                const Event& ev = body.events[e];
                if (ev.kind != Event::Kind::Call)
                    continue;
                const CreationApi* api = findCreationApi(ev.value.name);
                if (!api)
                    continue;
                const int site = static_cast<int>(sites_.size());
                sites_.push_back({static_cast<int>(f), e, api});
                ++draft_.creationSites;
                const Ctx here{static_cast<int>(f), e, nullptr, -1};
                const auto& callers = callers_[body.key];
                if (!callers.empty() && dependsOnCaller(site, here)) {
                    for (const auto& [cf, ce] : callers)
                        addInstance(
                            site, keep({static_cast<int>(f), e, keep({cf, ce, nullptr, -1}), -1}));
                } else {
                    addInstance(site, keep(here));
                }
                if (api->typeName == "WDFDRIVER") {
                    if (driverObject >= 0)
                        draft_.objects.back().notes.push_back(
                            "a second WdfDriverCreate: format version 1 holds one driver");
                    else
                        driverObject = static_cast<int>(draft_.objects.size()) - 1;
                }
            }
        }
        // The driver first; a driver whose WdfDriverCreate is not in the sources gets one.
        if (driverObject < 0) {
            DraftObject driver;
            driver.typeName = "WDFDRIVER";
            driver.type = ObjectType::Driver;
            driver.api = "WdfDriverCreate";
            driver.notes.push_back("no WdfDriverCreate in the sources: the driver is assumed");
            draft_.objects.insert(draft_.objects.begin(), std::move(driver));
            instances_.insert(instances_.begin(), Instance{-1, nullptr, "driver", {}});
        } else if (driverObject > 0) {
            std::rotate(draft_.objects.begin(), draft_.objects.begin() + driverObject,
                        draft_.objects.begin() + driverObject + 1);
            std::rotate(instances_.begin(), instances_.begin() + driverObject,
                        instances_.begin() + driverObject + 1);
        }
        for (std::size_t o = 0; o < instances_.size(); ++o)
            if (instances_[o].ctx)
                byCall_[{instances_[o].ctx->function, instances_[o].ctx->pos}].push_back(
                    static_cast<int>(o));
        for (std::size_t o = 0; o < instances_.size(); ++o)
            if (!instances_[o].outputKey.empty())
                stored_[instances_[o].outputKey].push_back(static_cast<int>(o));
    }

    bool dependsOnCaller(int site, const Ctx& here) {
        const CreationApi& api = *sites_[site].api;
        const Expr& call = callOf(here);
        auto argument = [&](int i) {
            return i >= 0 ? call.operand(static_cast<std::size_t>(i)) : nullptr;
        };
        for (const Expr* e :
             {argument(api.output), argument(api.onObject), argument(api.attributes)})
            if (e && reachesParameter(*e, here, 0))
                return true;
        if (const Expr* attributes = argument(api.attributes)) {
            StructState state = structState(*attributes, here);
            if (const FieldValue* parent = state.field("ParentObject"))
                return reachesParameter(*parent->value, {here.function, parent->pos, nullptr, -1},
                                        0);
        }
        return false;
    }

    bool reachesParameter(const Expr& e, const Ctx& c, int depth) {
        if (depth > kMaxDepth)
            return false;
        switch (e.kind) {
        case Kind::Parameter:
            return true;
        case Kind::AddressOf:
        case Kind::Call:
            for (const auto& operand : e.operands)
                if (reachesParameter(operand, c, depth + 1))
                    return true;
            return false;
        case Kind::Variable:
            if (e.global)
                return false;
            for (std::size_t i = c.pos; i-- > 0;) {
                const Event& ev = fn(c.function).events[i];
                if (ev.kind == Event::Kind::Assign && strip(ev.target)->key == e.key)
                    return reachesParameter(ev.value, {c.function, i, nullptr, -1}, depth + 1);
            }
            return false;
        default:
            return false;
        }
    }

    void addInstance(int site, const Ctx* ctx) {
        const Site& s = sites_[site];
        const Expr& call = callOf(*ctx);
        DraftObject object;
        object.api = std::string(s.api->name);
        object.typeName = std::string(s.api->typeName);
        object.type = parseObjectType(object.typeName);
        object.place = event(*ctx).place;
        if (ctx->caller)
            object.via = event(*ctx->caller).place;
        object.createdByDriver = true;
        Instance instance{site, ctx, lowerTypeName(s.api->typeName), {}};
        if (const Expr* output = call.operand(static_cast<std::size_t>(s.api->output)))
            nameFromOutput(*output, *ctx, instance);
        draft_.objects.push_back(std::move(object));
        instances_.push_back(std::move(instance));
    }

    void nameFromOutput(const Expr& output, const Ctx& c, Instance& instance) {
        const Expr* target = strip(output);
        if (target->kind == Kind::Parameter && c.caller) {
            if (const Expr* argument =
                    callOf(*c.caller).operand(static_cast<std::size_t>(target->index)))
                nameFromOutput(*argument, *c.caller, instance);
            return;
        }
        if (target->kind == Kind::Variable || target->kind == Kind::Field ||
            target->kind == Kind::Parameter)
            instance.baseName = target->name;
        if (output.kind == Kind::AddressOf && isStored(*target))
            instance.outputKey = target->key;
    }

    // --- structures set before a call ---------------------------------------
    static bool names(const Expr& e, const std::string& key) {
        const Expr* s = strip(e);
        return !key.empty() && s->key == key;
    }

    StructState structState(const Expr& argument, const Ctx& c) {
        StructState state;
        state.ctx = c;
        const Expr* target = strip(argument);
        if (target->kind == Kind::Integer && target->value == 0) {
            state.present = false;
            return state;
        }
        if (target->kind == Kind::Parameter && c.caller) {
            if (const Expr* outer =
                    callOf(*c.caller).operand(static_cast<std::size_t>(target->index)))
                return structState(*outer, *c.caller);
        }
        if (target->kind != Kind::Variable && target->kind != Kind::Parameter) {
            state.known = false;
            state.why = "the structure " + argument.text + " is not followed";
            return state;
        }
        if (target->kind == Kind::Parameter)
            state.why = "fields set by the callers of " + fn(c.function).name + " are not followed";
        const auto& events = fn(c.function).events;
        for (std::size_t i = 0; i < c.pos; ++i) {
            const Event& ev = events[i];
            if (ev.kind == Event::Kind::Call && !ev.value.operands.empty() &&
                names(ev.value.operands[0], target->key)) {
                if (ev.value.name == "WdfImportSetContextType" && ev.value.operands.size() > 1) {
                    state.fields["ContextTypeInfo"] = {&ev.value.operands[1], i};
                } else if (const Initializer* init = findInitializer(ev.value.name)) {
                    state.fields.clear();
                    state.flags.clear();
                    for (const auto& [index, field] : init->fields)
                        if (const Expr* value = ev.value.operand(static_cast<std::size_t>(index)))
                            state.fields[std::string(field)] = {value, i};
                    if (!init->setsTrue.empty())
                        state.flags.insert(std::string(init->setsTrue));
                }
            } else if (ev.kind == Event::Kind::Assign && ev.target.kind == Kind::Field &&
                       !ev.target.operands.empty() && names(ev.target.operands[0], target->key)) {
                state.fields[ev.target.name] = {&ev.value, i};
            }
        }
        return state;
    }

    static std::optional<std::string> contextTypeName(const StructState& state) {
        const FieldValue* info = state.field("ContextTypeInfo");
        if (!info)
            return std::nullopt;
        const Expr* value = info->value;
        if (value->kind == Kind::Call && value->name == "WdfImportContextTypeInfo" &&
            !value->operands.empty())
            value = &value->operands[0];
        if (value->kind == Kind::String)
            return value->name;
        return std::nullopt;
    }

    // --- callbacks ------------------------------------------------------------
    int addCallback(std::string kind, const Expr& function, int object, SourcePlace place) {
        DraftCallback callback;
        callback.kind = std::move(kind);
        callback.function = function.name;
        callback.object = object;
        callback.registeredAt = std::move(place);
        if (auto it = fnByKey_.find(function.key); it != fnByKey_.end())
            callback.definedAt = fn(it->second).place;
        const int index = static_cast<int>(draft_.callbacks.size());
        draft_.callbacks.push_back(std::move(callback));
        callbackKeys_.push_back(function.key);
        if (object >= 0) {
            draft_.objects[object].callbacks.push_back(index);
            callbackObjects_[function.key].insert(object);
        }
        return index;
    }

    void callbacksFromState(const StructState& state, int object, const SourcePlace& place,
                            std::initializer_list<const char*> skip = {}) {
        for (const auto& [field, value] : state.fields) {
            if (value.value->kind != Kind::Function ||
                std::find_if(skip.begin(), skip.end(), [&](const char* s) { return field == s; }) !=
                    skip.end())
                continue;
            addCallback(field, *value.value, object, place);
        }
    }

    void contextFromAttributes(const StructState& attributes, int object,
                               const SourcePlace& place) {
        if (!attributes.present || !attributes.known)
            return;
        DraftContext context;
        context.name = contextTypeName(attributes);
        context.place = place;
        if (const FieldValue* cleanup = attributes.field("EvtCleanupCallback");
            cleanup && cleanup->value->kind == Kind::Function)
            context.cleanupCallback =
                addCallback("EvtCleanupCallback", *cleanup->value, object, place);
        if (const FieldValue* destroy = attributes.field("EvtDestroyCallback");
            destroy && destroy->value->kind == Kind::Function)
            context.destroyCallback =
                addCallback("EvtDestroyCallback", *destroy->value, object, place);
        if (context.name || context.cleanupCallback >= 0 || context.destroyCallback >= 0)
            draft_.objects[object].contexts.push_back(std::move(context));
    }

    void registerCallbacks() {
        for (std::size_t o = 0; o < instances_.size(); ++o) {
            const Instance& instance = instances_[o];
            if (!instance.ctx)
                continue;
            const int object = static_cast<int>(o);
            const CreationApi& api = *sites_[instance.site].api;
            const Ctx& c = *instance.ctx;
            const Expr& call = callOf(c);
            DraftObject& d = draft_.objects[o];
            auto argument = [&](int i) {
                return i >= 0 ? call.operand(static_cast<std::size_t>(i)) : nullptr;
            };
            if (const Expr* a = argument(api.attributes)) {
                StructState attributes = structState(*a, c);
                if (!attributes.known || !attributes.why.empty())
                    d.notes.push_back("attributes: " + attributes.why);
                contextFromAttributes(attributes, object, d.place);
                if (const FieldValue* level = attributes.field("ExecutionLevel"))
                    d.executionLevel =
                        level->value->name.empty() ? level->value->text : level->value->name;
                if (const FieldValue* scope = attributes.field("SynchronizationScope"))
                    d.synchronizationScope =
                        scope->value->name.empty() ? scope->value->text : scope->value->name;
            }
            if (const Expr* cfg = argument(api.config)) {
                StructState config = structState(*cfg, c);
                callbacksFromState(config, object, d.place);
                const FieldValue* flag = config.field("DefaultQueue");
                if (config.flags.count("DefaultQueue") ||
                    (flag && flag->value->kind == Kind::Integer && flag->value->value != 0))
                    d.role = Role::DefaultQueue;
            }
            if (const Expr* p = argument(api.pool))
                d.pool = poolOf(*p, d);
            if (const Expr* init = argument(api.deviceInit))
                readDeviceInit(*init, c, object);
        }
    }

    std::optional<PoolType> poolOf(const Expr& e, DraftObject& d) {
        if (e.kind == Kind::Enumerator) {
            if (e.name == "PagedPool")
                return PoolType::Paged;
            if (e.name.rfind("NonPagedPool", 0) == 0)
                return PoolType::NonPaged;
        }
        d.notes.push_back("pool type " + e.text + " is not a constant the importer knows");
        return std::nullopt;
    }

    void readDeviceInit(const Expr& argument, const Ctx& c, int object) {
        const Expr* init = strip(argument);
        DraftObject& d = draft_.objects[object];
        const auto& events = fn(c.function).events;
        for (std::size_t i = 0; i < c.pos; ++i) {
            const Event& ev = events[i];
            if (ev.kind == Event::Kind::Assign && names(ev.target, init->key) &&
                ev.value.kind == Kind::Call) {
                d.role = ev.value.name == "WdfControlDeviceInitAllocate" ? Role::ControlDevice
                                                                         : Role::None;
                d.staticPdo = ev.value.name == "WdfPdoInitAllocate";
            }
            if (ev.kind != Event::Kind::Call || ev.value.operands.size() < 2 ||
                !names(ev.value.operands[0], init->key))
                continue;
            const Ctx at{c.function, i, c.caller, -1};
            const std::string& name = ev.value.name;
            if (name == "WdfDeviceInitSetPnpPowerEventCallbacks" ||
                name == "WdfDeviceInitSetPowerPolicyEventCallbacks" ||
                name == "WdfDeviceInitSetFileObjectConfig")
                callbacksFromState(structState(ev.value.operands[1], at), object, ev.place);
            if (name == "WdfDeviceInitSetIoInCallerContextCallback" &&
                ev.value.operands[1].kind == Kind::Function)
                addCallback("EvtIoInCallerContext", ev.value.operands[1], object, ev.place);
        }
        if (d.staticPdo)
            d.notes.push_back(
                "a static PDO (WdfPdoInitAllocate): format version 1 has no role for it");
    }

    // --- resolution -----------------------------------------------------------
    Resolved resolve(const Expr& e, const Ctx& c, int depth) {
        if (depth > kMaxDepth)
            return failure("too many steps to follow " + e.text);
        switch (e.kind) {
        case Kind::Integer:
            return failure(e.value == 0 ? "NULL" : "the constant " + e.text);
        case Kind::AddressOf:
            return e.operands.empty() ? failure(e.text) : resolve(e.operands[0], c, depth + 1);
        case Kind::Variable:
            return e.global ? resolveStored(e, c, depth) : resolveLocal(e, c, depth);
        case Kind::Field:
            return resolveStored(e, c, depth);
        case Kind::Parameter:
            return resolveParameter(e, c, depth);
        case Kind::Call:
            return resolveCall(e, c, depth);
        case Kind::This:
            return failure("`this` is not a framework handle");
        default:
            return failure("the expression " + e.text + " is not followed");
        }
    }

    // The object a creation call made for this context (its caller, when per call).
    int createdAt(int function, std::size_t pos, const Ctx& c) {
        auto it = byCall_.find({function, pos});
        if (it == byCall_.end())
            return -1;
        if (it->second.size() == 1)
            return it->second.front();
        for (int o : it->second) {
            const Ctx* caller = instances_[o].ctx->caller;
            if (c.caller && caller->function == c.caller->function && caller->pos == c.caller->pos)
                return o;
        }
        return -1;
    }

    // A write to `key` by the call at `pos`: a creation's output, or a helper's out-parameter.
    std::optional<Resolved> writtenByCall(const Expr& call, const std::string& key, int function,
                                          std::size_t pos, const Ctx& c) {
        for (std::size_t a = 0; a < call.operands.size(); ++a) {
            const Expr& argument = call.operands[a];
            if (argument.kind != Kind::AddressOf || !names(argument, key))
                continue;
            if (const CreationApi* api = findCreationApi(call.name)) {
                if (static_cast<int>(a) != api->output)
                    continue;
                const int o = createdAt(function, pos, c);
                if (o >= 0)
                    return Resolved{o, false, {}};
                return failure(call.name + " at " + fn(function).events[pos].place.text() +
                               " runs once per caller of " + fn(function).name);
            }
            if (auto callee = fnByKey_.find(call.key); callee != fnByKey_.end()) {
                for (std::size_t o = 0; o < instances_.size(); ++o) {
                    const Ctx* made = instances_[o].ctx;
                    if (!made || made->function != callee->second || !made->caller ||
                        made->caller->function != function || made->caller->pos != pos)
                        continue;
                    const Expr* output = callOf(*made).operand(
                        static_cast<std::size_t>(sites_[instances_[o].site].api->output));
                    if (output && strip(*output)->kind == Kind::Parameter &&
                        strip(*output)->index == static_cast<int>(a))
                        return Resolved{static_cast<int>(o), false, {}};
                }
            }
            return failure("the handle comes from " + call.name + "(…)");
        }
        return std::nullopt;
    }

    Resolved resolveLocal(const Expr& e, const Ctx& c, int depth) {
        const auto& events = fn(c.function).events;
        for (std::size_t i = c.pos; i-- > 0;) {
            const Event& ev = events[i];
            if (ev.kind == Event::Kind::Assign && strip(ev.target)->key == e.key &&
                ev.target.kind != Kind::Field)
                return resolve(ev.value, {c.function, i, c.caller, c.self}, depth + 1);
            if (ev.kind == Event::Kind::Call)
                if (auto written = writtenByCall(ev.value, e.key, c.function, i, c))
                    return *written;
        }
        return failure(e.name + " is given no handle before this line in " + fn(c.function).name);
    }

    Resolved resolveStored(const Expr& e, const Ctx& c, int depth) {
        // A write earlier in the same function wins: it is what the code just stored.
        const auto& events = fn(c.function).events;
        for (std::size_t i = c.pos; i-- > 0;) {
            const Event& ev = events[i];
            if (ev.kind == Event::Kind::Assign && strip(ev.target)->key == e.key)
                return resolve(ev.value, {c.function, i, c.caller, c.self}, depth + 1);
            if (ev.kind == Event::Kind::Call)
                if (auto written = writtenByCall(ev.value, e.key, c.function, i, c))
                    return *written;
        }
        std::set<int> objects;
        for (int o : stored_[e.key])
            objects.insert(o);
        for (const auto& [f, i] : assigns_[e.key]) {
            const Expr& value = fn(f).events[i].value;
            if (value.kind == Kind::Integer && value.value == 0)
                continue; // cleared to NULL: no object
            Resolved r = resolve(value, {f, i, nullptr, -1}, depth + 1);
            if (!r.ok())
                return failure(describe(e) + " is also set from " + fn(f).events[i].value.text +
                               " at " + fn(f).events[i].place.text() + ": " + r.why);
            objects.insert(r.object);
        }
        if (objects.size() == 1)
            return Resolved{*objects.begin(), false, {}};
        if (objects.empty())
            return failure(describe(e) + " is never given a handle the importer can follow");
        std::string list;
        for (int o : objects)
            list += (list.empty() ? "" : ", ") + draft_.objects[o].place.text();
        return failure(describe(e) + " holds " + std::to_string(objects.size()) +
                       " objects (created at " + list + ")");
    }

    static std::string describe(const Expr& e) {
        if (e.kind == Kind::Field)
            return (e.record.empty() ? std::string() : e.record + ".") + e.name;
        return e.name;
    }

    Resolved resolveParameter(const Expr& e, const Ctx& c, int depth) {
        const FunctionBody& body = fn(c.function);
        if (c.caller) {
            if (const Expr* argument = callOf(*c.caller).operand(static_cast<std::size_t>(e.index)))
                return resolve(*argument, *c.caller, depth + 1);
            return failure("the caller at " + event(*c.caller).place.text() +
                           " passes no argument " + e.name);
        }
        if (e.index == 0 && c.self >= 0)
            return Resolved{c.self, true, {}};
        auto registered = callbackObjects_.find(body.key);
        if (e.index > 0 && registered != callbackObjects_.end())
            return failure("parameter " + e.name + " of the callback " + body.name +
                           " is an object the framework passes in");
        if (e.index == 0) {
            auto it = registered;
            if (it != callbackObjects_.end() && it->second.size() == 1)
                return Resolved{*it->second.begin(), false, {}};
            if (it != callbackObjects_.end())
                return failure(body.name + " is registered on " +
                               std::to_string(it->second.size()) + " objects, so its parameter " +
                               e.name + " is not one object");
        }
        const auto& callers = callers_[body.key];
        if (callers.empty())
            return failure("parameter " + e.name + " of " + body.name +
                           ": no caller in the driver");
        std::set<int> objects;
        for (const auto& [f, i] : callers) {
            const Ctx outer{f, i, nullptr, -1};
            const Expr* argument = callOf(outer).operand(static_cast<std::size_t>(e.index));
            Resolved r = argument ? resolve(*argument, outer, depth + 1) : failure("no argument");
            if (!r.ok())
                return failure("parameter " + e.name + " of " + body.name + ": the caller at " +
                               fn(f).events[i].place.text() + " passes " +
                               (argument ? argument->text : "nothing") + ", " + r.why);
            objects.insert(r.object);
        }
        if (objects.size() == 1)
            return Resolved{*objects.begin(), false, {}};
        return failure("parameter " + e.name + " of " + body.name + ": its " +
                       std::to_string(callers.size()) + " callers pass different objects");
    }

    int ancestorOfType(int object, ObjectType type) {
        for (int o = object, guard = 0; o >= 0 && guard < 64; o = placeParent(o), ++guard)
            if (draft_.objects[o].type == type)
                return o;
        return -1;
    }

    Resolved resolveCall(const Expr& e, const Ctx& c, int depth) {
        auto argument = [&]() {
            return e.operands.empty() ? failure("no argument")
                                      : resolve(e.operands[0], c, depth + 1);
        };
        if (e.name == "WdfGetDriver" || e.name == "WdfDeviceGetDriver")
            return Resolved{0, false, {}};
        if (e.name == "WdfIoQueueGetDevice" || e.name == "WdfInterruptGetDevice" ||
            e.name == "WdfFileObjectGetDevice" || e.name == "WdfWmiInstanceGetDevice" ||
            e.name == "WdfIoTargetGetDevice") {
            Resolved r = argument();
            if (!r.ok())
                return r;
            const int device = ancestorOfType(r.object, ObjectType::Device);
            return device >= 0 ? Resolved{device, false, {}}
                               : failure(e.text + ": no device above it");
        }
        if (e.name == "WdfTimerGetParentObject" || e.name == "WdfWorkItemGetParentObject" ||
            e.name == "WdfDpcGetParentObject") {
            Resolved r = argument();
            if (!r.ok())
                return r;
            const int parent = placeParent(r.object);
            return parent >= 0 ? Resolved{parent, false, {}}
                               : failure(e.text + ": its parent is not known");
        }
        if (e.name == "WdfDeviceGetDefaultQueue") {
            Resolved r = argument();
            if (!r.ok())
                return r;
            for (std::size_t o = 0; o < draft_.objects.size(); ++o)
                if (draft_.objects[o].role == Role::DefaultQueue &&
                    ancestorOfType(static_cast<int>(o), ObjectType::Device) == r.object)
                    return Resolved{static_cast<int>(o), false, {}};
            return failure(e.text + ": no default queue of that device was found");
        }
        return failure("the handle is returned by " + e.name + "(…)");
    }

    // --- parents ----------------------------------------------------------------
    int placeParent(int object) {
        if (placed_.count(object))
            return draft_.objects[object].parent;
        placed_.insert(object);
        DraftObject& d = draft_.objects[object];
        const Instance& instance = instances_[object];
        if (!instance.ctx || d.type == ObjectType::Driver) {
            d.parentSource = ParentSource::TypeDefault;
            return -1;
        }
        const CreationApi& api = *sites_[instance.site].api;
        const Ctx& c = *instance.ctx;
        const Expr& call = callOf(c);
        auto setFrom = [&](ParentSource source, const Expr& expr, const Ctx& at) {
            d.parentSource = source;
            d.parentExpression = expr.text;
            Resolved r = resolve(expr, at, 0);
            if (r.ok() && r.object != object) {
                draft_.objects[object].parent = r.object;
            } else {
                draft_.objects[object].parentSource = ParentSource::Unresolved;
                draft_.objects[object].parentWhy = r.ok() ? "it names the object itself" : r.why;
            }
        };
        std::optional<StructState> attributes;
        if (api.attributes >= 0)
            if (const Expr* a = call.operand(static_cast<std::size_t>(api.attributes)))
                attributes = structState(*a, c);
        if (api.lookaside >= 0) {
            // Memory from a lookaside list takes the list's memory attributes.
            if (const Expr* list = call.operand(static_cast<std::size_t>(api.lookaside))) {
                Resolved r = resolve(*list, c, 0);
                if (r.ok() && instances_[r.object].ctx) {
                    const Instance& source = instances_[r.object];
                    const Expr* memoryAttributes =
                        callOf(*source.ctx)
                            .operand(static_cast<std::size_t>(
                                sites_[source.site].api->memoryAttributes));
                    if (memoryAttributes)
                        attributes = structState(*memoryAttributes, *source.ctx);
                    d.pool = draft_.objects[r.object].pool;
                } else {
                    d.notes.push_back("lookaside " + list->text + " not followed: " + r.why);
                }
            }
        }
        const FieldValue* parent = attributes ? attributes->field("ParentObject") : nullptr;
        if (d.type == ObjectType::Device) {
            // A device's parent is always the driver, whatever the attributes say.
            d.parentSource = ParentSource::TypeDefault;
            d.parent = 0;
        } else if (parent && !(parent->value->kind == Kind::Integer && parent->value->value == 0)) {
            setFrom(ParentSource::Attributes, *parent->value,
                    {c.function, parent->pos, attributes->ctx.caller, -1});
        } else if (attributes && !attributes->known) {
            d.parentSource = ParentSource::Unresolved;
            d.parentWhy = attributes->why;
        } else if (api.onObject >= 0 && call.operand(static_cast<std::size_t>(api.onObject))) {
            setFrom(ParentSource::ApiArgument,
                    *call.operand(static_cast<std::size_t>(api.onObject)), c);
        } else if (d.type && typeInfo(*d.type).defaultParent == DefaultParent::Required) {
            d.parentSource = ParentSource::Unresolved;
            d.parentWhy =
                "WDF_OBJECT_ATTRIBUTES.ParentObject is not set, and " + d.typeName + " needs one";
        } else if (d.type && typeInfo(*d.type).defaultParent == DefaultParent::Driver) {
            d.parentSource = ParentSource::TypeDefault;
            d.parent = 0;
        } else {
            d.parentSource = ParentSource::TypeDefault;
        }
        return draft_.objects[object].parent;
    }

    // --- calls anywhere that change the draft -------------------------------------
    void applyCalls() {
        for (std::size_t f = 0; f < draft_.corpus.functions.size(); ++f) {
            const auto& events = fn(static_cast<int>(f)).events;
            for (std::size_t i = 0; i < events.size(); ++i) {
                const Event& ev = events[i];
                if (ev.kind != Event::Kind::Call)
                    continue;
                const Ctx c{static_cast<int>(f), i, nullptr, -1};
                const Expr& call = ev.value;
                if (call.name == "WdfDeviceConfigureRequestDispatching" &&
                    call.operands.size() > 1) {
                    Resolved q = resolve(call.operands[1], c, 0);
                    if (q.ok() && draft_.objects[q.object].role == Role::None &&
                        draft_.objects[q.object].type == ObjectType::Queue)
                        draft_.objects[q.object].role = Role::DispatchQueue;
                    else if (!q.ok())
                        draft_.notes.push_back(ev.place.text() +
                                               ": WdfDeviceConfigureRequestDispatching on " +
                                               call.operands[1].text + " not followed: " + q.why);
                } else if (call.name == "WdfObjectAllocateContext" && call.operands.size() > 1) {
                    Resolved o = resolve(call.operands[0], c, 0);
                    if (o.ok())
                        contextFromAttributes(structState(call.operands[1], c), o.object, ev.place);
                    else
                        draft_.notes.push_back(ev.place.text() + ": WdfObjectAllocateContext on " +
                                               call.operands[0].text + " not followed: " + o.why);
                } else if (const CallbackRegistration* reg = findCallbackRegistration(call.name)) {
                    const Expr* function = call.operand(static_cast<std::size_t>(reg->function));
                    if (!function || function->kind != Kind::Function || call.operands.empty())
                        continue;
                    Resolved o = resolve(call.operands[0], c, 0);
                    addCallback(std::string(reg->kind), *function, o.ok() ? o.object : -1,
                                ev.place);
                }
            }
        }
    }

    // --- callback bodies ----------------------------------------------------------
    void readCallbackBodies() {
        for (std::size_t k = 0; k < draft_.callbacks.size(); ++k) {
            DraftCallback& callback = draft_.callbacks[k];
            auto it = fnByKey_.find(callbackKeys_[k]);
            if (it == fnByKey_.end())
                continue;
            std::vector<DraftAction> calls;
            std::vector<std::string> other;
            readBody(it->second, {it->second, 0, nullptr, callback.object}, calls, other, 0);
            for (auto& action : calls)
                action.self = action.object >= 0 && action.object == callback.object;
            callback.calls = std::move(calls);
            callback.otherCalls = std::move(other);
        }
        for (const auto& callback : draft_.callbacks)
            if (callback.kind == "EvtDriverUnload" && callback.object == 0)
                draft_.unloadCalls.insert(draft_.unloadCalls.end(), callback.calls.begin(),
                                          callback.calls.end());
    }

    void readBody(int function, Ctx base, std::vector<DraftAction>& calls,
                  std::vector<std::string>& other, int level) {
        const auto& events = fn(function).events;
        for (std::size_t i = 0; i < events.size(); ++i) {
            const Event& ev = events[i];
            if (ev.kind != Event::Kind::Call)
                continue;
            Ctx c = base;
            c.pos = i;
            const Expr& call = ev.value;
            if (const LifetimeCall* lifetime = findLifetimeCall(call.name)) {
                DraftAction action;
                action.op = std::string(lifetime->op);
                action.api = call.name;
                action.place = ev.place;
                if (action.op == "call")
                    action.method = call.name;
                if (lifetime->tag >= 0)
                    if (const Expr* tag = call.operand(static_cast<std::size_t>(lifetime->tag)))
                        action.tag = tag->text;
                if (!call.operands.empty()) {
                    action.expression = call.operands[0].text;
                    Resolved r = resolve(call.operands[0], c, 0);
                    action.object = r.object;
                    action.unresolvedWhy = r.why;
                }
                calls.push_back(std::move(action));
            } else if (auto callee = fnByKey_.find(call.key);
                       callee != fnByKey_.end() && level == 0 && callee->second != function) {
                // One level into the driver's own helpers, their parameters bound to this call.
                const Ctx* here = keep(c);
                readBody(callee->second, {callee->second, 0, here, -1}, calls, other, level + 1);
            } else if (call.name.rfind("Wdf", 0) == 0 && !findInitializer(call.name) &&
                       !findCreationApi(call.name) && call.name.rfind("WdfImport", 0) != 0) {
                other.push_back(call.name + " (" + ev.place.text() + ")");
            }
        }
    }

    // --- ids and the summary --------------------------------------------------------
    void nameObjects() {
        std::set<std::string> used{"self"};
        for (std::size_t o = 0; o < draft_.objects.size(); ++o) {
            std::string base =
                sanitizeId(instances_[o].baseName.empty() ? "object" : instances_[o].baseName);
            std::string id = base;
            for (int n = 2; used.count(id); ++n)
                id = base + "_" + std::to_string(n);
            used.insert(id);
            draft_.objects[o].id = id;
        }
    }

    void summarize() {
        std::set<int> reported;
        for (std::size_t o = 0; o < draft_.objects.size(); ++o) {
            const DraftObject& d = draft_.objects[o];
            const Instance& instance = instances_[o];
            if (d.parentSource != ParentSource::Unresolved || instance.site < 0 ||
                !reported.insert(instance.site).second)
                continue;
            draft_.unresolved.push_back({d.place, d.api, d.parentExpression, d.parentWhy});
        }
    }

    Draft draft_;
    std::vector<Site> sites_;
    std::vector<Instance> instances_; // one per draft object, same index
    std::deque<Ctx> contexts_;
    std::map<std::string, int> fnByKey_;
    std::map<std::string, std::vector<std::pair<int, std::size_t>>> callers_;
    std::map<std::string, std::vector<std::pair<int, std::size_t>>> assigns_;
    std::map<std::string, std::vector<int>> stored_;
    std::map<std::pair<int, std::size_t>, std::vector<int>> byCall_;
    std::map<std::string, std::set<int>> callbackObjects_;
    std::vector<std::string> callbackKeys_;
    std::set<int> placed_;
};

} // namespace

Draft buildDraft(SourceCorpus corpus) {
    return Builder(std::move(corpus)).build();
}

} // namespace wdflc::import
