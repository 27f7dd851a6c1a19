#include "io/ScenarioReader.h"

#include "io/IdIndex.h"
#include "io/PathTable.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace wdflc {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kFormat = "wdf-lifecycle-scenario";
constexpr int kSupportedVersion = 1;

std::string describeType(const Json& value) {
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return "a boolean";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::binary:
        return "binary data";
    case Json::value_t::discarded:
        return "nothing";
    default:
        return "a number";
    }
}

std::string quote(std::string_view text) {
    // Keep messages one line and short whatever the input holds.
    std::string out = "'";
    for (char c : text.substr(0, 80))
        out += (static_cast<unsigned char>(c) < 0x20) ? '?' : c;
    if (text.size() > 80)
        out += "...";
    return out + "'";
}

bool validId(const std::string& id) {
    if (id.empty() || id.size() > 64)
        return false;
    auto head = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; };
    auto tail = [&](char c) {
        return head(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-';
    };
    if (!head(id[0]))
        return false;
    for (std::size_t i = 1; i < id.size(); ++i)
        if (!tail(id[i]))
            return false;
    return true;
}

// Line and column (1-based) of a byte offset.
std::string lineColumn(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return std::to_string(line) + ":" + std::to_string(column);
}

// Finds where nesting first exceeds `limit`, before the JSON parser sees the
// text, so a 100,000-deep document costs one linear scan and no deep structure.
std::optional<std::size_t> excessiveNesting(std::string_view text, std::uint32_t limit) {
    std::uint32_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{') {
            if (++depth > limit)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0)
            --depth;
    }
    return std::nullopt;
}

// Offset of the first number outside strings too large for a double
// (1e999), which the JSON parser reports without a place.
std::optional<std::size_t> overflowingNumber(std::string_view text) {
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) {
            std::size_t end = i;
            while (end < text.size() && std::strchr("+-.eE0123456789", text[end]) != nullptr)
                ++end;
            if (std::isinf(std::strtod(std::string(text.substr(i, end - i)).c_str(), nullptr)))
                return i;
            i = end - 1;
        }
    }
    return std::nullopt;
}

class Reader {
public:
    explicit Reader(const LoadOptions& options) : options_(options) {}

    LoadResult read(std::string_view text) {
        if (text.size() > options_.limits.maxFileBytes) {
            error("", "the file has " + std::to_string(text.size()) +
                          " bytes, more than the limit of " +
                          std::to_string(options_.limits.maxFileBytes));
            return finish();
        }
        if (auto at = excessiveNesting(text, options_.limits.maxDepth)) {
            errorAt(lineColumn(text, *at), "JSON nested deeper than " +
                                               std::to_string(options_.limits.maxDepth) +
                                               " levels");
            return finish();
        }
        // The JSON parser stops at a NUL as at the end: a valid start followed
        // by zeros (a pre-allocated file a crash cut short) would pass.
        if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
            errorAt(lineColumn(text, nul),
                    "NUL byte: the file is cut short or not text (JSON holds no NUL)");
            return finish();
        }
        Json root;
        try {
            root = Json::parse(text.begin(), text.end());
        } catch (const Json::parse_error& e) {
            errorAt(lineColumn(text, e.byte == 0 ? 0 : e.byte - 1), cleanParseMessage(e.what()));
            return finish();
        } catch (const Json::out_of_range& e) {
            // "number overflow" comes without a place: find the number.
            const auto at = overflowingNumber(text);
            if (at)
                errorAt(lineColumn(text, *at), cleanParseMessage(e.what()));
            else
                error("", cleanParseMessage(e.what()));
            return finish();
        } catch (const Json::exception& e) {
            error("", cleanParseMessage(e.what()));
            return finish();
        }
        readTop(root);
        root = Json(); // free the document before resolving
        if (!hasErrors())
            resolve();
        return finish();
    }

private:
    // --- problems -------------------------------------------------------
    void error(std::string where, std::string message) {
        problems_.push_back({LoadProblem::Kind::Error, std::move(where), std::move(message)});
    }
    void errorAt(std::string lineCol, std::string message) {
        problems_.push_back(
            {LoadProblem::Kind::Error, std::move(lineCol), std::move(message), true});
    }
    void unknownKey(const std::string& where, const std::string& key) {
        problems_.push_back(
            {options_.strict ? LoadProblem::Kind::Error : LoadProblem::Kind::Warning,
             where.empty() ? key : where + "." + key, "unknown key " + quote(key) + " (ignored)"});
    }
    bool hasErrors() const {
        for (const auto& p : problems_)
            if (p.kind == LoadProblem::Kind::Error)
                return true;
        return false;
    }
    bool overLimits() const { return limitHit_; }

    static std::string cleanParseMessage(std::string message) {
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        if (auto bracket = message.find("] "); bracket != std::string::npos)
            message = message.substr(bracket + 2);
        if (auto colon = message.find(": ");
            message.rfind("parse error", 0) == 0 && colon != std::string::npos)
            message = message.substr(colon + 2);
        return message;
    }

    LoadResult finish() {
        LoadResult result;
        result.problems = std::move(problems_);
        if (!result.hasErrors())
            result.scenario = std::make_shared<const Scenario>(std::move(scenario_));
        return result;
    }

    // --- typed access -------------------------------------------------------
    const std::string* string(const Json& object, const char* key, const std::string& path,
                              bool required) {
        auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                error(path, std::string("missing required key '") + key + "'");
            return nullptr;
        }
        if (!it->is_string()) {
            error(join(path, key), "expected a string, found " + describeType(*it));
            return nullptr;
        }
        return it->get_ptr<const std::string*>();
    }
    std::optional<bool> boolean(const Json& object, const char* key, const std::string& path) {
        auto it = object.find(key);
        if (it == object.end())
            return std::nullopt;
        if (!it->is_boolean()) {
            error(join(path, key), "expected true or false, found " + describeType(*it));
            return std::nullopt;
        }
        return it->get<bool>();
    }
    const Json* array(const Json& object, const char* key, const std::string& path, bool required) {
        auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                error(path, std::string("missing required key '") + key + "'");
            return nullptr;
        }
        if (!it->is_array()) {
            error(join(path, key), "expected an array, found " + describeType(*it));
            return nullptr;
        }
        return &*it;
    }
    void checkKeys(const Json& object, const std::string& path,
                   std::initializer_list<std::string_view> known) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool found = false;
            for (auto k : known)
                found = found || k == it.key();
            if (!found)
                unknownKey(path, it.key());
        }
    }
    static std::string join(const std::string& path, std::string_view key) {
        return path.empty() ? std::string(key) : path + "." + std::string(key);
    }
    static std::string index(const std::string& path, std::size_t i) {
        return path + "[" + std::to_string(i) + "]";
    }

    // --- pass 1: shapes ----------------------------------------------------
    void readTop(const Json& root) {
        if (!root.is_object()) {
            error("", "expected a JSON object at the top level, found " + describeType(root));
            return;
        }
        checkKeys(root, "",
                  {"format", "version", "title", "framework", "autoDrain", "objects", "steps"});
        if (const auto* format = string(root, "format", "", true); format && *format != kFormat)
            error("format", "expected \"wdf-lifecycle-scenario\", found " + quote(*format));
        auto version = root.find("version");
        if (version == root.end()) {
            error("", "missing required key 'version'");
        } else if (!version->is_number_integer()) {
            error("version", "expected an integer, found " + describeType(*version));
        } else if (version->is_number_unsigned()
                       ? version->get<std::uint64_t>() > kSupportedVersion
                       : version->get<std::int64_t>() > kSupportedVersion) {
            error("version", "this file is format version " + version->dump() +
                                 ", newer than this build reads (version 1); update WDF "
                                 "Lifecycle Studio");
            return;
        } else if (version->get<std::int64_t>() < 1) {
            error("version", "expected 1, found " + version->dump());
        }
        readTitle(root);
        if (const auto* framework = string(root, "framework", "", false)) {
            scenario_.frameworkGiven = true;
            if (*framework == "KMDF")
                scenario_.framework = Framework::Kmdf;
            else if (*framework == "UMDF")
                scenario_.framework = Framework::Umdf;
            else
                error("framework", "expected \"KMDF\" or \"UMDF\", found " + quote(*framework));
        }
        if (auto autoDrain = boolean(root, "autoDrain", "")) {
            scenario_.autoDrain = *autoDrain;
            scenario_.autoDrainGiven = true;
        }
        if (const Json* objects = array(root, "objects", "", true)) {
            ids_.reserve(objects->size() + 16);
            scenario_.declarations.reserve(objects->size() + 16);
            paths_.reserve(objects->size() + 16);
            for (std::size_t i = 0; i < objects->size() && !overLimits(); ++i) {
                const ObjectId id = readObject((*objects)[i], index("objects", i), false);
                if (id != kNoObject) {
                    scenario_.declarations[id].declaredInObjects = true;
                    scenario_.objects.push_back(id);
                }
            }
        }
        if (const Json* steps = array(root, "steps", "", false)) {
            for (std::size_t i = 0; i < steps->size() && !overLimits(); ++i) {
                if (auto action = readAction((*steps)[i], index("steps", i), kNoObject))
                    scenario_.steps.push_back(std::move(*action));
            }
        }
    }

    void readTitle(const Json& root) {
        auto it = root.find("title");
        if (it == root.end())
            return;
        if (it->is_string()) {
            scenario_.title.byLanguage["en"] = it->get<std::string>();
            scenario_.title.plain = true;
            return;
        }
        if (!it->is_object()) {
            error("title",
                  "expected a string or an object of languages, found " + describeType(*it));
            return;
        }
        scenario_.title.plain = false;
        for (auto entry = it->begin(); entry != it->end(); ++entry) {
            if (entry.key() != "en" && entry.key() != "ja" && entry.key() != "th") {
                unknownKey("title", entry.key());
                continue;
            }
            if (!entry->is_string()) {
                error("title." + entry.key(), "expected a string, found " + describeType(*entry));
                continue;
            }
            scenario_.title.byLanguage[entry.key()] = entry->get<std::string>();
        }
        if (scenario_.title.byLanguage.empty())
            scenario_.title.plain = true; // no title at all, however it was written
    }

    // Returns the new declaration's index, or kNoObject when it could not be read.
    ObjectId readObject(const Json& json, const std::string& path, bool inCreate) {
        if (!json.is_object()) {
            error(path, "expected an object, found " + describeType(json));
            return kNoObject;
        }
        if (scenario_.declarations.size() >= options_.limits.maxObjects) {
            error(path, "more than " + std::to_string(options_.limits.maxObjects) +
                            " objects (the limit; raise it with --max-objects)");
            limitHit_ = true;
            return kNoObject;
        }
        if (inCreate)
            checkKeys(json, path,
                      {"op", "id", "type", "parent", "poolType", "createdBy", "role", "contexts",
                       "source"});
        else
            checkKeys(
                json, path,
                {"id", "type", "parent", "poolType", "createdBy", "role", "contexts", "source"});
        ObjectDecl decl;
        const auto* id = string(json, "id", path, true);
        const auto* type = string(json, "type", path, true);
        if (!id || !type)
            return kNoObject;
        decl.id = *id;
        if (!validId(decl.id) || decl.id == "self") {
            error(join(path, "id"), decl.id == "self"
                                        ? "'self' is reserved for callback actions"
                                        : "invalid id " + quote(decl.id) +
                                              ": use letters, digits, '_', '.', '-' (at most 64, "
                                              "not starting with a digit, '.' or '-')");
            return kNoObject;
        }
        if (auto known = parseObjectType(*type)) {
            decl.type = *known;
        } else {
            error(join(path, "type"), "unknown object type " + quote(*type));
            return kNoObject;
        }
        if (const auto first = ids_.find(decl.id)) {
            error(join(path, "id"),
                  "duplicate id " + quote(decl.id) + " (first declared at " + paths_[*first] + ")");
            return kNoObject;
        }
        if (const auto* parent = string(json, "parent", path, false))
            decl.parent = *parent;
        if (const auto* source = string(json, "source", path, false))
            decl.source = *source;
        if (const auto* pool = string(json, "poolType", path, false)) {
            if (*pool == "PagedPool")
                decl.poolType = PoolType::Paged;
            else if (*pool == "NonPagedPool")
                decl.poolType = PoolType::NonPaged;
            else
                error(join(path, "poolType"),
                      "expected \"NonPagedPool\" or \"PagedPool\", found " + quote(*pool));
        }
        if (const auto* creator = string(json, "createdBy", path, false)) {
            if (*creator == "driver")
                decl.createdBy = Creator::Driver;
            else if (*creator == "framework")
                decl.createdBy = Creator::Framework;
            else
                error(join(path, "createdBy"),
                      "expected \"driver\" or \"framework\", found " + quote(*creator));
        }
        if (const auto* role = string(json, "role", path, false)) {
            if (*role == "defaultQueue")
                decl.role = Role::DefaultQueue;
            else if (*role == "dispatchQueue")
                decl.role = Role::DispatchQueue;
            else if (*role == "controlDevice")
                decl.role = Role::ControlDevice;
            else
                error(join(path, "role"),
                      "expected \"defaultQueue\", \"dispatchQueue\" or \"controlDevice\", found " +
                          quote(*role));
        }
        // Reserve the index first: contexts may declare more objects (create actions).
        const ObjectId self = static_cast<ObjectId>(scenario_.declarations.size());
        scenario_.declarations.emplace_back().id = decl.id;
        ids_.insert(self);
        paths_.add(path);
        if (const Json* contexts = array(json, "contexts", path, false)) {
            for (std::size_t i = 0; i < contexts->size() && !overLimits(); ++i)
                decl.contexts.push_back(
                    readContext((*contexts)[i], index(join(path, "contexts"), i), self));
        }
        scenario_.declarations[self] = std::move(decl);
        return self;
    }

    ContextDecl readContext(const Json& json, const std::string& path, ObjectId self) {
        ContextDecl context;
        if (!json.is_object()) {
            error(path, "expected an object, found " + describeType(json));
            return context;
        }
        checkKeys(json, path, {"name", "cleanup", "destroy", "buffers", "onCleanup", "onDestroy"});
        if (auto it = json.find("name"); it != json.end() && !it->is_null()) {
            if (it->is_string())
                context.name = it->get<std::string>();
            else
                error(join(path, "name"), "expected a string or null, found " + describeType(*it));
        }
        context.cleanup = boolean(json, "cleanup", path).value_or(false);
        context.destroy = boolean(json, "destroy", path).value_or(false);
        if (const Json* buffers = array(json, "buffers", path, false)) {
            for (std::size_t i = 0; i < buffers->size(); ++i) {
                const Json& b = (*buffers)[i];
                if (!b.is_string() || b.get<std::string>().empty()) {
                    error(index(join(path, "buffers"), i),
                          "expected a buffer name (a non-empty string), found " + describeType(b));
                    continue;
                }
                context.buffers.push_back(b.get<std::string>());
            }
        }
        for (const char* key : {"onCleanup", "onDestroy"}) {
            const Json* body = array(json, key, path, false);
            if (!body)
                continue;
            auto& actions = key[2] == 'C' ? context.onCleanup : context.onDestroy;
            for (std::size_t i = 0; i < body->size() && !overLimits(); ++i)
                if (auto action = readAction((*body)[i], index(join(path, key), i), self))
                    actions.push_back(std::move(*action));
            const bool registered = key[2] == 'C' ? context.cleanup : context.destroy;
            if (!actions.empty() && !registered)
                error(join(path, key), std::string(key) + " has actions but \"" +
                                           (key[2] == 'C' ? "cleanup" : "destroy") +
                                           "\" is not true: the actions are that callback's body");
        }
        return context;
    }

    // `self` is the object whose callback holds the action (kNoObject for steps).
    std::optional<Action> readAction(const Json& json, const std::string& path, ObjectId self) {
        if (!json.is_object()) {
            error(path, "expected an action object, found " + describeType(json));
            return std::nullopt;
        }
        if (++actionCount_ > options_.limits.maxSteps) {
            error(path, "more than " + std::to_string(options_.limits.maxSteps) +
                            " steps and callback actions (the limit; raise it with --max-steps)");
            limitHit_ = true;
            return std::nullopt;
        }
        const auto* opText = string(json, "op", path, true);
        if (!opText)
            return std::nullopt;
        const auto op = parseOp(*opText);
        if (!op) {
            error(join(path, "op"), "unknown op " + quote(*opText));
            return std::nullopt;
        }
        Action action;
        action.op = *op;
        action.path = path;
        const bool inCallback = self != kNoObject;
        switch (*op) {
        case Op::Create:
            action.createdId = readObject(json, path, true);
            if (action.createdId == kNoObject)
                return std::nullopt;
            return action;
        case Op::Reference:
        case Op::Dereference:
            checkKeys(json, path, {"op", "object", "tag", "source"});
            if (const auto* tag = string(json, "tag", path, false))
                action.tag = *tag;
            break;
        case Op::SetIrql: {
            checkKeys(json, path, {"op", "irql", "source"});
            const auto* irql = string(json, "irql", path, true);
            if (!irql)
                return std::nullopt;
            if (auto level = parseIrql(*irql))
                action.irql = *level;
            else
                error(join(path, "irql"),
                      "expected PASSIVE_LEVEL, APC_LEVEL or DISPATCH_LEVEL, found " + quote(*irql));
            break;
        }
        case Op::Drain:
            checkKeys(json, path, {"op", "source"});
            break;
        case Op::Free: {
            checkKeys(json, path, {"op", "buffer", "source"});
            const auto* buffer = string(json, "buffer", path, true);
            if (!buffer)
                return std::nullopt;
            action.buffer = *buffer;
            break;
        }
        case Op::Call: {
            checkKeys(json, path, {"op", "object", "method", "source"});
            const auto* method = string(json, "method", path, true);
            if (!method)
                return std::nullopt;
            action.method = *method;
            if (action.method.rfind("WdfObjectReference", 0) == 0 ||
                action.method.rfind("WdfObjectDereference", 0) == 0)
                error(join(path, "method"), quote(action.method) +
                                                " cannot be called through \"call\": use the "
                                                "\"reference\" and \"dereference\" ops");
            break;
        }
        default:
            checkKeys(json, path, {"op", "object", "source"});
            break;
        }
        if (const auto* source = string(json, "source", path, false))
            action.source = *source;
        const bool stepOnly = *op == Op::SetIrql || *op == Op::Drain || *op == Op::BeginCallback ||
                              *op == Op::EndCallback || *op == Op::FrameworkDelete;
        if (inCallback && stepOnly)
            error(join(path, "op"),
                  quote(*opText) + " is a step, not something a driver callback can do");
        if (!inCallback && *op == Op::Free)
            error(join(path, "op"),
                  "'free' is only allowed inside EvtCleanupCallback or EvtDestroyCallback bodies");
        const bool needsObject = *op != Op::SetIrql && *op != Op::Drain && *op != Op::Free;
        if (needsObject) {
            const auto* object = string(json, "object", path, true);
            if (!object)
                return std::nullopt;
            action.object = *object;
        }
        if (*op == Op::Free)
            action.object = "self";
        if (action.object == "self" && !inCallback) {
            error(join(path, "object"), "'self' names the object whose callback runs; it is only "
                                        "allowed inside callbacks");
            return std::nullopt;
        }
        if (action.object == "self")
            action.target = self;
        pendingActions_.push_back({path, action.object, self});
        return action;
    }

    // --- pass 2: references and the rules of semantics.md ------------------
    void resolve() {
        auto& decls = scenario_.declarations;
        const std::size_t devices = std::count_if(
            decls.begin(), decls.end(), [](const auto& d) { return d.type == ObjectType::Device; });
        const auto onlyDevice = scenario_.onlyDevice();

        // The driver: exactly one, first in `objects`.
        std::size_t drivers = 0;
        for (ObjectId id = 0; id < decls.size(); ++id)
            if (decls[id].type == ObjectType::Driver && ++drivers > 1)
                error(join(paths_[id], "type"), "a second WDFDRIVER: a scenario has exactly one");
        if (drivers == 0)
            error("objects", "no WDFDRIVER: the driver object is the root of every tree and "
                             "comes first in \"objects\"");
        else if (scenario_.objects.empty() ||
                 decls[scenario_.objects.front()].type != ObjectType::Driver)
            error("objects[0]", "the WDFDRIVER must come first in \"objects\"");
        const ObjectId driver =
            drivers ? static_cast<ObjectId>(
                          std::find_if(decls.begin(), decls.end(),
                                       [](const auto& d) { return d.type == ObjectType::Driver; }) -
                          decls.begin())
                    : kNoObject;

        // Position of each object in `objects` (to refuse parents declared later).
        std::vector<std::size_t> objectsIndex(decls.size(), SIZE_MAX);
        for (std::size_t i = 0; i < scenario_.objects.size(); ++i)
            objectsIndex[scenario_.objects[i]] = i;

        for (ObjectId id = 0; id < decls.size(); ++id) {
            auto& d = decls[id];
            const auto& info = typeInfo(d.type);
            const auto path = [&] { return paths_[id]; }; // for messages only
            if (!availableIn(d.type, scenario_.framework))
                error(join(path(), "type"), std::string(info.name) + " does not exist in UMDF");
            if (d.poolType && d.type != ObjectType::Memory && d.type != ObjectType::Lookaside)
                error(join(path(), "poolType"),
                      "poolType applies to WDFMEMORY and WDFLOOKASIDE only");
            if (d.role == Role::ControlDevice && d.type != ObjectType::Device)
                error(join(path(), "role"), "\"controlDevice\" applies to a WDFDEVICE only");
            if ((d.role == Role::DefaultQueue || d.role == Role::DispatchQueue) &&
                d.type != ObjectType::Queue)
                error(join(path(), "role"),
                      "\"" + std::string(roleName(d.role)) + "\" applies to a WDFQUEUE only");
            if (d.createdBy == Creator::Driver && d.type == ObjectType::FileObject)
                error(join(path(), "createdBy"),
                      "a WDFFILEOBJECT is always created by the framework");
            resolveParent(id, driver, onlyDevice, devices, objectsIndex);
            checkBuffers(id);
        }
        if (hasErrors())
            return;
        if (!checkCycles())
            return;
        for (ObjectId id = 0; id < decls.size(); ++id)
            checkParentRule(id);
        for (const auto& pending : pendingActions_)
            resolveAction(pending);
        resolveTargets();
    }

    void resolveParent(ObjectId id, ObjectId driver, std::optional<ObjectId> onlyDevice,
                       std::size_t devices, const std::vector<std::size_t>& objectsIndex) {
        auto& d = scenario_.declarations[id];
        const auto path = [&] { return paths_[id]; }; // for messages only
        const bool frameworkRequest =
            d.type == ObjectType::Request && d.creator() == Creator::Framework;
        if (d.parent) {
            if (d.type == ObjectType::Driver || frameworkRequest) {
                error(join(path(), "parent"),
                      d.type == ObjectType::Driver
                          ? "the WDFDRIVER is the root: it has no parent"
                          : "a framework-created WDFREQUEST has no parent (the framework owns "
                            "it); use \"createdBy\": \"driver\" for a request the driver creates");
                return;
            }
            const auto parent = ids_.find(*d.parent);
            if (!parent) {
                error(join(path(), "parent"), "parent " + quote(*d.parent) + " is not declared");
                return;
            }
            if (*parent == id) {
                error(join(path(), "parent"), "an object cannot be its own parent");
                return;
            }
            if (d.declaredInObjects && objectsIndex[*parent] > objectsIndex[id]) {
                error(join(path(), "parent"),
                      "parent " + quote(*d.parent) +
                          (objectsIndex[*parent] == SIZE_MAX
                               ? " is created by a step, so it does not exist yet"
                               : " is declared later in \"objects\": declare parents first"));
                return;
            }
            d.parentId = *parent;
            return;
        }
        const auto& info = typeInfo(d.type);
        DefaultParent rule = info.defaultParent;
        if (d.type == ObjectType::Request)
            rule = frameworkRequest ? DefaultParent::None : DefaultParent::Driver;
        switch (rule) {
        case DefaultParent::None:
            d.parentId = kNoObject;
            break;
        case DefaultParent::Driver:
            d.parentId = driver;
            break;
        case DefaultParent::OnlyDevice:
        case DefaultParent::OnlyDeviceIoQueue:
            if (!onlyDevice) {
                error(path(), std::string(info.name) +
                                  " without \"parent\" goes to the only WDFDEVICE, "
                                  "but the scenario declares " +
                                  std::to_string(devices) + " devices: name the parent");
                return;
            }
            if (d.declaredInObjects && objectsIndex[*onlyDevice] > objectsIndex[id]) {
                error(path(), "its default parent, the WDFDEVICE " +
                                  quote(scenario_.declarations[*onlyDevice].id) +
                                  ", is declared later: declare parents first");
                return;
            }
            d.parentId = *onlyDevice;
            d.inIoPackage = rule == DefaultParent::OnlyDeviceIoQueue;
            break;
        case DefaultParent::Required:
            error(path(), std::string(info.name) + " needs a \"parent\": its create call must name "
                                                   "one (an object with a WDFDEVICE above it)");
            break;
        }
    }

    void checkBuffers(ObjectId id) {
        std::set<std::string> seen;
        const auto& d = scenario_.declarations[id];
        for (std::size_t c = 0; c < d.contexts.size(); ++c)
            for (std::size_t b = 0; b < d.contexts[c].buffers.size(); ++b)
                if (!seen.insert(d.contexts[c].buffers[b]).second)
                    error(index(join(index(join(paths_[id], "contexts"), c), "buffers"), b),
                          "duplicate buffer name " + quote(d.contexts[c].buffers[b]) +
                              " (buffer names are unique per object)");
    }

    // Parent links form a forest; a cycle (possible only through create
    // actions) is refused. Iterative: a 100,000-deep chain is fine.
    bool checkCycles() {
        const auto& decls = scenario_.declarations;
        std::vector<std::uint8_t> mark(decls.size(), 0); // 0 new, 1 on the current path, 2 done
        std::vector<ObjectId> path;
        for (ObjectId start = 0; start < decls.size(); ++start) {
            ObjectId id = start;
            path.clear();
            while (id != kNoObject && mark[id] == 0) {
                mark[id] = 1;
                path.push_back(id);
                id = decls[id].parentId;
            }
            if (id != kNoObject && mark[id] == 1) {
                std::string cycle = decls[id].id;
                for (ObjectId p = decls[id].parentId; p != id; p = decls[p].parentId)
                    cycle += " -> " + decls[p].id;
                error(join(paths_[id], "parent"), "parent cycle: " + cycle + " -> " + decls[id].id);
                return false;
            }
            for (ObjectId p : path)
                mark[p] = 2;
        }
        return true;
    }

    bool hasDeviceAncestorOrIsDevice(ObjectId id) {
        const auto& decls = scenario_.declarations;
        for (; id != kNoObject; id = decls[id].parentId) {
            const auto& d = decls[id];
            if (d.type == ObjectType::Device)
                return true;
            if (d.type == ObjectType::Request && d.creator() == Creator::Framework)
                return true; // a presented request belongs to a device's queue
        }
        return false;
    }

    void checkParentRule(ObjectId id) {
        const auto& d = scenario_.declarations[id];
        if (!d.parent)
            return; // defaults are right by construction
        const auto& parent = scenario_.declarations[d.parentId];
        const auto& info = typeInfo(d.type);
        ParentRule rule = info.parentRule;
        if (d.type == ObjectType::Request)
            rule = ParentRule::Any; // driver-created (framework-created ones were refused)
        bool allowed = true;
        std::string need;
        switch (rule) {
        case ParentRule::NotAllowed:
            allowed = false;
            need = "no explicit parent";
            break;
        case ParentRule::OnlyDriver:
            allowed = parent.type == ObjectType::Driver;
            need = "the WDFDRIVER";
            break;
        case ParentRule::OnlyDevice:
            allowed = parent.type == ObjectType::Device;
            need = "a WDFDEVICE";
            break;
        case ParentRule::DeviceOrQueue:
            allowed = parent.type == ObjectType::Device || parent.type == ObjectType::Queue;
            need = "a WDFDEVICE or a WDFQUEUE";
            break;
        case ParentRule::DeviceAncestor:
            allowed = hasDeviceAncestorOrIsDevice(d.parentId);
            need = "a WDFDEVICE or an object below one";
            break;
        case ParentRule::Any:
            break;
        }
        if (!allowed)
            error(join(paths_[id], "parent"), std::string(info.name) + " cannot have the " +
                                                  std::string(typeName(parent.type)) + " " +
                                                  quote(parent.id) + " as parent: it needs " +
                                                  need);
    }

    struct PendingAction {
        std::string path;
        std::string object;
        ObjectId self;
    };

    void resolveAction(const PendingAction& pending) {
        if (pending.object.empty() || pending.object == "self")
            return;
        if (!ids_.find(pending.object))
            error(join(pending.path, "object"), "unknown object " + quote(pending.object));
    }

    // Sets Action::target everywhere and checks what depends on the target's type.
    void resolveTargets() {
        std::vector<std::pair<std::vector<Action>*, ObjectId>> bodies;
        bodies.push_back({&scenario_.steps, kNoObject});
        for (ObjectId id = 0; id < scenario_.declarations.size(); ++id)
            for (auto& context : scenario_.declarations[id].contexts) {
                bodies.push_back({&context.onCleanup, id});
                bodies.push_back({&context.onDestroy, id});
            }
        for (auto& [body, self] : bodies)
            for (Action& action : *body) {
                if (action.object.empty() || action.op == Op::Create)
                    continue;
                if (action.object == "self")
                    action.target = self;
                else if (const auto target = ids_.find(action.object))
                    action.target = *target;
                else
                    continue; // reported by resolveAction
                checkActionTarget(action, self);
            }
    }

    void checkActionTarget(const Action& action, ObjectId self) {
        const auto& target = scenario_.declarations[action.target];
        const auto& info = typeInfo(target.type);
        if (action.op == Op::CompleteRequest && target.type != ObjectType::Request)
            error(join(action.path, "object"), "completeRequest needs a WDFREQUEST; " +
                                                   quote(target.id) + " is a " +
                                                   std::string(info.name));
        if ((action.op == Op::BeginCallback || action.op == Op::EndCallback) &&
            !waitsForCallbacks(target.type))
            error(join(action.path, "object"),
                  std::string(opName(action.op)) + " needs a WDFWORKITEM, WDFTIMER or WDFDPC; " +
                      quote(target.id) + " is a " + std::string(info.name));
        if (action.op == Op::Free) {
            bool found = false;
            for (const auto& context : scenario_.declarations[self].contexts)
                for (const auto& buffer : context.buffers)
                    found = found || buffer == action.buffer;
            if (!found)
                error(join(action.path, "buffer"), "no buffer " + quote(action.buffer) +
                                                       " in the contexts of " +
                                                       quote(scenario_.declarations[self].id));
        }
    }

    const LoadOptions& options_;
    Scenario scenario_;
    std::vector<LoadProblem> problems_;
    IdIndex ids_{scenario_.declarations};
    PathTable paths_; // JSON path of each declaration
    std::vector<PendingAction> pendingActions_;
    std::uint64_t actionCount_ = 0;
    bool limitHit_ = false;
};

} // namespace

LoadResult readScenario(std::string_view json, const LoadOptions& options) {
    return Reader(options).read(json);
}

LoadResult readScenarioFile(const std::string& path, const LoadOptions& options, bool* ioError) {
    auto fail = [&](std::string message) {
        if (ioError)
            *ioError = true;
        LoadResult result;
        result.problems.push_back({LoadProblem::Kind::Error, "", std::move(message)});
        return result;
    };
    if (ioError)
        *ioError = false;
    std::string text;
    const std::uint64_t limit = options.limits.maxFileBytes;
    std::istream* in = &std::cin;
    std::ifstream file;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file)
            return fail("cannot open the file: " + std::string(std::strerror(errno)));
        in = &file;
    }
    // Read at most limit + 1 bytes: a bigger input is refused without being held in memory.
    char buffer[1 << 16];
    while (*in) {
        in->read(buffer, sizeof buffer);
        text.append(buffer, static_cast<std::size_t>(in->gcount()));
        if (text.size() > limit) {
            LoadResult result;
            result.problems.push_back({LoadProblem::Kind::Error, "",
                                       "the file is larger than the limit of " +
                                           std::to_string(limit) +
                                           " bytes (raise it with --max-file-bytes)"});
            return result;
        }
    }
    if (in->bad())
        return fail("cannot read the file: " + std::string(std::strerror(errno)));
    return readScenario(text, options);
}

} // namespace wdflc
