#include "io/ScenarioReader.h"

#include "io/IdIndex.h"
#include "io/PathTable.h"
#include "model/Callbacks.h"

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
// `self` of the actions in a step's `body`: the object that step invokes.
constexpr ObjectId kInvokedSelf = kNoObject - 1;
constexpr int kSupportedVersion = 2;

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

// Kernel event names (v2 format 3.5): [A-Za-z_][A-Za-z0-9_]{0,63}.
bool validEventName(const std::string& name) {
    if (name.empty() || name.size() > 64)
        return false;
    if (!std::isalpha(static_cast<unsigned char>(name[0])) && name[0] != '_')
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
}

// Step thread labels (v2 format 5.1): [A-Za-z_][A-Za-z0-9_ .:-]{0,63}.
bool validThreadLabel(const std::string& label) {
    if (label.empty() || label.size() > 64)
        return false;
    if (!std::isalpha(static_cast<unsigned char>(label[0])) && label[0] != '_')
        return false;
    return std::all_of(label.begin(), label.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ' ' || c == '.' ||
               c == ':' || c == '-';
    });
}

// Keys, ops and types of format version 2 that this build does not simulate
// yet (part 2 of issue 11: requests, queues, I/O targets, PnP). A v2 file
// using them is refused rather than run with a different meaning.
constexpr std::array<std::string_view, 14> kLaterObjectKeys{"device",
                                                            "dispatchType",
                                                            "powerManaged",
                                                            "filter",
                                                            "allowForwardingToParent",
                                                            "passiveHandling",
                                                            "interruptLock",
                                                            "createdInPrepareHardware",
                                                            "major",
                                                            "lowerCompletesCancelled",
                                                            "completionIrql",
                                                            "guid",
                                                            "provider",
                                                            "implicitProvider"};
constexpr std::array<std::string_view, 4> kLaterOps{"ioArrive", "lowerComplete", "cancelIrp",
                                                    "pnp"};
constexpr std::array<std::string_view, 8> kLaterTypes{
    "WDFUSBDEVICE",    "WDFUSBINTERFACE",   "WDFUSBPIPE",     "WDFDMAENABLER",
    "WDFCOMMONBUFFER", "WDFDMATRANSACTION", "WDFWMIPROVIDER", "WDFWMIINSTANCE"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr std::string_view kLater =
    " is part of format version 2 that this build does not simulate yet (requests, queues, "
    "I/O targets and PnP come with part 2 of issue 11)";

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

// Calls `visit(text, i)` for each character outside JSON strings; `visit` may
// move `i` on past what it consumed, and its first non-empty answer is returned.
// Both pre-parse checks below scan this way, so neither builds any structure.
template <typename Visit>
std::optional<std::size_t> firstOutsideStrings(std::string_view text, Visit visit) {
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
            continue;
        }
        if (const std::optional<std::size_t> found = visit(text, i))
            return found;
    }
    return std::nullopt;
}

// Finds where nesting first exceeds `limit`, before the JSON parser sees the
// text, so a 100,000-deep document costs one linear scan and no deep structure.
std::optional<std::size_t> excessiveNesting(std::string_view text, std::uint32_t limit) {
    std::uint32_t depth = 0;
    return firstOutsideStrings(
        text, [&depth, limit](std::string_view t, std::size_t& i) -> std::optional<std::size_t> {
            const char c = t[i];
            if (c == '[' || c == '{') {
                if (++depth > limit)
                    return i;
            } else if ((c == ']' || c == '}') && depth > 0) {
                --depth;
            }
            return std::nullopt;
        });
}

// Offset of the first number outside strings too large for a double
// (1e999), which the JSON parser reports without a place.
std::optional<std::size_t> overflowingNumber(std::string_view text) {
    return firstOutsideStrings(
        text, [](std::string_view t, std::size_t& i) -> std::optional<std::size_t> {
            const char c = t[i];
            if (c != '-' && !std::isdigit(static_cast<unsigned char>(c)))
                return std::nullopt;
            std::size_t end = i;
            while (end < t.size() && std::strchr("+-.eE0123456789", t[end]) != nullptr)
                ++end;
            if (std::isinf(std::strtod(std::string(t.substr(i, end - i)).c_str(), nullptr)))
                return i;
            i = end - 1;
            return std::nullopt;
        });
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
        auto version = root.find("version");
        if (version == root.end()) {
            error("", "missing required key 'version'");
        } else if (!version->is_number_integer()) {
            error("version", "expected an integer, found " + describeType(*version));
        } else if (version->is_number_unsigned()
                       ? version->get<std::uint64_t>() > kSupportedVersion
                       : version->get<std::int64_t>() > kSupportedVersion) {
            error("version", "this file is format version " + version->dump() +
                                 ", newer than this build reads (versions 1 and 2); update WDF "
                                 "Lifecycle Studio");
            return;
        } else if (version->get<std::int64_t>() < 1) {
            error("version", "expected 1 or 2, found " + version->dump());
        } else {
            scenario_.version = static_cast<int>(version->get<std::int64_t>());
        }
        v2_ = scenario_.version >= 2;
        if (v2_)
            checkKeys(root, "",
                      {"format", "version", "title", "framework", "autoDrain", "objects", "steps",
                       "events"});
        else
            checkKeys(root, "",
                      {"format", "version", "title", "framework", "autoDrain", "objects", "steps"});
        if (const auto* format = string(root, "format", "", true); format && *format != kFormat)
            error("format", "expected \"wdf-lifecycle-scenario\", found " + quote(*format));
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
        if (v2_)
            if (const Json* events = array(root, "events", "", false)) {
                scenario_.events = readEvents(*events, "events");
                std::set<std::string> seen;
                for (std::size_t i = 0; i < scenario_.events.size(); ++i)
                    if (!seen.insert(scenario_.events[i].name).second)
                        error(index("events", i),
                              "duplicate event name " + quote(scenario_.events[i].name));
            }
    }

    std::vector<EventDecl> readEvents(const Json& list, const std::string& path) {
        std::vector<EventDecl> events;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Json& entry = list[i];
            const std::string where = index(path, i);
            EventDecl event;
            if (entry.is_string()) {
                event.name = entry.get<std::string>();
            } else if (entry.is_object()) {
                checkKeys(entry, where, {"name", "kind", "signaled"});
                const auto* name = string(entry, "name", where, true);
                if (!name)
                    continue;
                event.name = *name;
                if (const auto* kind = string(entry, "kind", where, false)) {
                    if (*kind == "SynchronizationEvent")
                        event.synchronization = true;
                    else if (*kind != "NotificationEvent")
                        error(join(where, "kind"),
                              "expected \"NotificationEvent\" or \"SynchronizationEvent\", found " +
                                  quote(*kind));
                }
                event.signaled = boolean(entry, "signaled", where).value_or(false);
            } else {
                error(where, "expected an event name or an event declaration, found " +
                                 describeType(entry));
                continue;
            }
            if (!validEventName(event.name)) {
                error(where, "invalid event name " + quote(event.name) +
                                 ": use letters, digits and '_' (at most 64, not starting with a "
                                 "digit)");
                continue;
            }
            events.push_back(std::move(event));
        }
        return events;
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
        checkObjectKeys(json, path, inCreate);
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
            error(join(path, "type"), v2_ && among(kLaterTypes, *type)
                                          ? quote(*type) + std::string(kLater)
                                          : "unknown object type " + quote(*type));
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
            else if (v2_ && (*role == "staticPdo" || *role == "dynamicPdo"))
                error(join(path, "role"), "PDOs are not simulated by this build yet (correction "
                                          "1.2 of semantics-v2.md)");
            else if (v2_ && *role == "defaultTarget")
                error(join(path, "role"), "\"defaultTarget\"" + std::string(kLater));
            else
                error(join(path, "role"),
                      v2_ ? "expected \"defaultQueue\", \"dispatchQueue\", \"controlDevice\", "
                            "\"staticPdo\" or \"dynamicPdo\", found " +
                                quote(*role)
                          : "expected \"defaultQueue\", \"dispatchQueue\" or \"controlDevice\", "
                            "found " +
                                quote(*role));
        }
        if (v2_)
            readVersion2ObjectKeys(json, path, decl);
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
        if (v2_)
            readCallbacks(json, path, self, decl);
        scenario_.declarations[self] = std::move(decl);
        return self;
    }

    void checkObjectKeys(const Json& json, const std::string& path, bool inCreate) {
        for (auto it = json.begin(); it != json.end(); ++it) {
            const std::string& key = it.key();
            static constexpr std::array<std::string_view, 8> kVersion1{
                "id", "type", "parent", "poolType", "createdBy", "role", "contexts", "source"};
            static constexpr std::array<std::string_view, 9> kVersion2{"executionLevel",
                                                                       "synchronizationScope",
                                                                       "automaticSerialization",
                                                                       "period",
                                                                       "parentDevice",
                                                                       "callbacks",
                                                                       "cxType",
                                                                       "note",
                                                                       "op"};
            if (among(kVersion1, key) || (inCreate && key == "op"))
                continue;
            if (v2_ && among(kVersion2, key) && key != "op")
                continue;
            if (v2_ && among(kLaterObjectKeys, key))
                error(join(path, key), "key " + quote(key) + std::string(kLater));
            else
                unknownKey(path, key);
        }
    }

    // The object keys of v2 format 3.1 that part 1 reads; which types accept
    // them is checked once the type is known (a key on another type is an error).
    void readVersion2ObjectKeys(const Json& json, const std::string& path, ObjectDecl& decl) {
        using enum ObjectType;
        const ObjectType t = decl.type;
        auto refuse = [&](const char* key, std::string_view types) {
            error(join(path, key), std::string(key) + " applies to " + std::string(types) +
                                       " only, not to " + std::string(typeName(t)));
        };
        if (const auto* level = string(json, "executionLevel", path, false)) {
            if (t != Driver && t != Device && t != Queue && t != Timer && t != Object &&
                t != FileObject)
                error(join(path, "executionLevel"),
                      std::string(typeName(t)) +
                          " does not accept an ExecutionLevel: its create call fails with "
                          "STATUS_WDF_EXECUTION_LEVEL_INVALID");
            else if (*level == executionLevelName(ExecutionLevel::InheritFromParent))
                decl.executionLevel = ExecutionLevel::InheritFromParent;
            else if (*level == executionLevelName(ExecutionLevel::Passive))
                decl.executionLevel = ExecutionLevel::Passive;
            else if (*level == executionLevelName(ExecutionLevel::Dispatch))
                decl.executionLevel = ExecutionLevel::Dispatch;
            else
                error(join(path, "executionLevel"),
                      "expected \"WdfExecutionLevelInheritFromParent\", "
                      "\"WdfExecutionLevelPassive\" or \"WdfExecutionLevelDispatch\", found " +
                          quote(*level));
        }
        if (const auto* scope = string(json, "synchronizationScope", path, false)) {
            std::optional<SynchronizationScope> known;
            for (auto candidate :
                 {SynchronizationScope::InheritFromParent, SynchronizationScope::Device,
                  SynchronizationScope::Queue, SynchronizationScope::None})
                if (*scope == synchronizationScopeName(candidate))
                    known = candidate;
            if (t != Driver && t != Device && t != Queue && t != FileObject)
                error(join(path, "synchronizationScope"),
                      std::string(typeName(t)) +
                          " does not accept a SynchronizationScope: its create call fails with "
                          "STATUS_WDF_SYNCHRONIZATION_SCOPE_INVALID");
            else if (!known)
                error(join(path, "synchronizationScope"),
                      "expected \"WdfSynchronizationScopeInheritFromParent\", "
                      "\"WdfSynchronizationScopeDevice\", \"WdfSynchronizationScopeQueue\" or "
                      "\"WdfSynchronizationScopeNone\", found " +
                          quote(*scope));
            else
                decl.synchronizationScope = known;
        }
        if (auto serialized = boolean(json, "automaticSerialization", path)) {
            if (t != Timer && t != WorkItem && t != Dpc && t != Interrupt)
                refuse("automaticSerialization", "WDFTIMER, WDFWORKITEM, WDFDPC and WDFINTERRUPT");
            else
                decl.automaticSerialization = *serialized;
        }
        if (auto it = json.find("period"); it != json.end()) {
            if (t != Timer)
                refuse("period", "WDFTIMER");
            else if (!it->is_number_integer() || it->get<std::int64_t>() < 0 ||
                     it->get<std::int64_t>() > UINT32_MAX)
                error(join(path, "period"),
                      "expected a number of milliseconds (an integer >= 0), found " +
                          (it->is_number() ? it->dump() : describeType(*it)));
            else
                decl.period = static_cast<std::uint32_t>(it->get<std::int64_t>());
        }
        if (const auto* parentDevice = string(json, "parentDevice", path, false)) {
            if (decl.role != Role::StaticPdo && decl.role != Role::DynamicPdo)
                error(join(path, "parentDevice"),
                      "parentDevice applies to a WDFDEVICE with role \"staticPdo\" or "
                      "\"dynamicPdo\" only");
            else
                decl.parentDevice = *parentDevice;
        }
        if (const auto* cxType = string(json, "cxType", path, false))
            decl.cxType = *cxType;
        if (const auto* note = string(json, "note", path, false))
            decl.note = *note;
    }

    void readCallbacks(const Json& json, const std::string& path, ObjectId self, ObjectDecl& decl) {
        auto it = json.find("callbacks");
        if (it == json.end())
            return;
        const std::string where = join(path, "callbacks");
        if (!it->is_object()) {
            error(where, "expected an object of callback names, found " + describeType(*it));
            return;
        }
        for (auto entry = it->begin(); entry != it->end() && !overLimits(); ++entry) {
            const std::string at = join(where, entry.key());
            const CallbackInfo* info = findCallback(decl.type, entry.key());
            if (!info) {
                const std::string names = callbackNames(decl.type);
                error(at, std::string(typeName(decl.type)) + " has no callback " +
                              quote(entry.key()) +
                              (names.empty() ? " (it has none a body can be given for)"
                                             : "; its callbacks are " + names));
                continue;
            }
            if (info->kmdfOnly && scenario_.framework == Framework::Umdf)
                error(at, quote(entry.key()) + " does not exist in UMDF");
            if (!entry->is_array()) {
                error(at, "expected an array of actions (the callback's body), found " +
                              describeType(*entry));
                continue;
            }
            if (!entry->empty()) {
                error(at, "callback bodies are not simulated by this build yet");
                continue;
            }
            CallbackDecl callback;
            callback.name = entry.key();
            for (std::size_t i = 0; i < entry->size() && !overLimits(); ++i)
                if (auto action = readAction((*entry)[i], index(at, i), self))
                    callback.body.push_back(std::move(*action));
            decl.callbacks.push_back(std::move(callback));
        }
    }

    ContextDecl readContext(const Json& json, const std::string& path, ObjectId self) {
        ContextDecl context;
        if (!json.is_object()) {
            error(path, "expected an object, found " + describeType(json));
            return context;
        }
        if (v2_)
            checkKeys(json, path,
                      {"name", "cleanup", "destroy", "buffers", "onCleanup", "onDestroy", "events",
                       "note"});
        else
            checkKeys(json, path,
                      {"name", "cleanup", "destroy", "buffers", "onCleanup", "onDestroy"});
        if (v2_) {
            if (const Json* events = array(json, "events", path, false))
                context.events = readEvents(*events, join(path, "events"));
            if (const auto* note = string(json, "note", path, false))
                context.note = *note;
        }
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

    // `self` is the object whose callback holds the action: kNoObject for
    // steps, kInvokedSelf for the `body` of a step (resolved from that step).
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
        auto op = parseOp(*opText);
        if (op && !v2_ && *op >= kFirstVersion2Op)
            op.reset(); // a version 2 op is unknown in a version 1 file
        if (!op) {
            error(join(path, "op"), v2_ && among(kLaterOps, *opText)
                                        ? quote(*opText) + std::string(kLater)
                                        : "unknown op " + quote(*opText));
            return std::nullopt;
        }
        if (*op >= kFirstVersion2Op) {
            error(join(path, "op"), quote(*opText) + " is not simulated by this build yet");
            return std::nullopt;
        }
        Action action;
        action.op = *op;
        action.path = path;
        const bool inCallback = self != kNoObject;
        // Keys every action of a version 2 file may carry; `thread` on steps only.
        std::vector<std::string_view> known{"op", "source"};
        if (v2_) {
            known.push_back("note");
            if (!inCallback)
                known.push_back("thread");
        }
        auto keys = [&](std::initializer_list<std::string_view> more,
                        std::initializer_list<std::string_view> more2 = {}) {
            known.insert(known.end(), more);
            if (v2_)
                known.insert(known.end(), more2);
            checkKeyList(json, path, known);
        };
        switch (*op) {
        case Op::Create:
            action.createdId = readObject(json, path, true);
            if (action.createdId == kNoObject)
                return std::nullopt;
            return action;
        case Op::Reference:
        case Op::Dereference:
            keys({"object", "tag"});
            if (const auto* tag = string(json, "tag", path, false))
                action.tag = *tag;
            break;
        case Op::SetIrql: {
            keys({"irql"});
            const auto* irql = string(json, "irql", path, true);
            if (!irql)
                return std::nullopt;
            if (auto level = parseIrql(*irql))
                action.irql = *level;
            else
                error(join(path, "irql"),
                      *irql == "DIRQL"
                          ? std::string("DIRQL is the IRQL of interrupt callbacks only; a step "
                                        "cannot raise to it")
                          : "expected PASSIVE_LEVEL, APC_LEVEL or DISPATCH_LEVEL, found " +
                                quote(*irql));
            break;
        }
        case Op::Drain:
            keys({}, {"list"});
            if (v2_)
                if (const auto* list = string(json, "list", path, false)) {
                    error(join(path, "list"),
                          "draining one dispose list is not simulated by this build yet (it "
                          "has one queue for every list)");
                    action.list = *list;
                }
            break;
        case Op::Free: {
            keys({"buffer"});
            const auto* buffer = string(json, "buffer", path, true);
            if (!buffer)
                return std::nullopt;
            action.buffer = *buffer;
            break;
        }
        case Op::Call: {
            keys({"object", "method"}, {"args"});
            const auto* method = string(json, "method", path, true);
            if (!method)
                return std::nullopt;
            action.method = *method;
            if (action.method.rfind("WdfObjectReference", 0) == 0 ||
                action.method.rfind("WdfObjectDereference", 0) == 0)
                error(join(path, "method"), quote(action.method) +
                                                " cannot be called through \"call\": use the "
                                                "\"reference\" and \"dereference\" ops");
            if (v2_)
                readArgs(json, path, action, self);
            break;
        }
        case Op::BeginCallback:
            keys({"object"}, {"callback", "body"});
            readInvocation(json, path, action, true);
            break;
        case Op::EndCallback:
            keys({"object"}, {"callback"});
            readInvocation(json, path, action, false);
            break;
        case Op::Run:
            keys({"object", "callback", "body"});
            readInvocation(json, path, action, true);
            break;
        case Op::SetEvent:
        case Op::ClearEvent:
        case Op::WaitEvent: {
            keys({"object", "event"});
            const auto* event = string(json, "event", path, true);
            if (!event)
                return std::nullopt;
            action.event = *event;
            break;
        }
        case Op::Capture: {
            keys({"object", "slot", "target", "what", "context"});
            const auto* slot = string(json, "slot", path, true);
            const auto* target = string(json, "target", path, true);
            if (!slot || !target)
                return std::nullopt;
            action.slot = *slot;
            action.captureTarget = *target;
            action.what = "context";
            if (const auto* what = string(json, "what", path, false)) {
                const bool named = (what->rfind("buffer:", 0) == 0 && what->size() > 7) ||
                                   (what->rfind("event:", 0) == 0 && what->size() > 6);
                if (*what != "context" && *what != "handle" && !named)
                    error(join(path, "what"),
                          "expected \"context\", \"handle\", \"buffer:NAME\" or \"event:NAME\", "
                          "found " +
                              quote(*what));
                action.what = *what;
            }
            if (const auto* context = string(json, "context", path, false))
                action.context = *context;
            pendingActions_.push_back({join(path, "target"), action.captureTarget, self});
            break;
        }
        case Op::Use:
        case Op::Forget: {
            keys({"object", "slot"});
            const auto* slot = string(json, "slot", path, true);
            if (!slot)
                return std::nullopt;
            action.slot = *slot;
            break;
        }
        default:
            keys({"object"});
            break;
        }
        if (v2_) {
            if (const auto* note = string(json, "note", path, false))
                action.note = *note;
            if (!inCallback)
                if (const auto* thread = string(json, "thread", path, false)) {
                    if (!validThreadLabel(*thread))
                        error(join(path, "thread"),
                              "invalid thread label " + quote(*thread) +
                                  ": use letters, digits, ' ', '_', '.', ':', '-' (at most 64, "
                                  "not starting with a digit or a sign)");
                    else
                        error(join(path, "thread"),
                              "named driver threads are not simulated by this build yet");
                    action.thread = *thread;
                }
        }
        if (const auto* source = string(json, "source", path, false))
            action.source = *source;
        const bool stepOnly = *op == Op::SetIrql || *op == Op::Drain || *op == Op::BeginCallback ||
                              *op == Op::EndCallback || *op == Op::FrameworkDelete ||
                              *op == Op::Run;
        if (inCallback && stepOnly)
            error(join(path, "op"),
                  quote(*opText) + " is a step, not something a driver callback can do");
        if (!inCallback && *op == Op::Free)
            error(join(path, "op"),
                  "'free' is only allowed inside EvtCleanupCallback or EvtDestroyCallback bodies");
        const bool topLevelEvent =
            (*op == Op::SetEvent || *op == Op::ClearEvent || *op == Op::WaitEvent) &&
            !json.contains("object");
        const bool needsObject =
            *op != Op::SetIrql && *op != Op::Drain && *op != Op::Free && !topLevelEvent;
        if (needsObject) {
            const auto* object = string(json, "object", path, true);
            if (!object)
                return std::nullopt;
            action.object = *object;
        }
        if (*op == Op::Free)
            action.object = "self";
        if (isPlaceholder(action.object)) {
            if (!inCallback) {
                error(join(path, "object"), quote(action.object) +
                                                " names the object whose callback runs; it is only "
                                                "allowed inside callbacks");
                return std::nullopt;
            }
            if (!v2_ && action.object != "self") {
                error(join(path, "object"), "unknown object " + quote(action.object));
                return std::nullopt;
            }
        }
        if ((action.object == "self" || action.object == "$self") && self != kInvokedSelf)
            action.target = self;
        pendingActions_.push_back({join(path, "object"), action.object, self});
        return action;
    }

    static bool isPlaceholder(const std::string& name) {
        return name == "self" || (!name.empty() && name[0] == '$');
    }

    void checkKeyList(const Json& object, const std::string& path,
                      const std::vector<std::string_view>& known) {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                unknownKey(path, it.key());
    }

    // `callback` and `body` of run / beginCallback / endCallback (v2 format 5.1, 5.2).
    void readInvocation(const Json& json, const std::string& path, Action& action, bool withBody) {
        if (!v2_)
            return;
        if (const auto* callback = string(json, "callback", path, false))
            action.callback = *callback;
        if (!withBody)
            return;
        if (const Json* body = array(json, "body", path, false)) {
            error(join(path, "body"), "callback bodies are not simulated by this build yet");
            action.hasBody = true;
            for (std::size_t i = 0; i < body->size() && !overLimits(); ++i)
                if (auto inner = readAction((*body)[i], index(join(path, "body"), i), kInvokedSelf))
                    action.body.push_back(std::move(*inner));
        }
    }

    // The `args` of a call that the engine reads (v2 format 5.3); others are unknown keys.
    void readArgs(const Json& json, const std::string& path, Action& action, ObjectId self) {
        auto it = json.find("args");
        const std::string where = join(path, "args");
        if (it != json.end() && !it->is_object()) {
            error(where, "expected an object of DDI parameters, found " + describeType(*it));
            return;
        }
        static const Json kNoArgs = Json::object();
        const Json& args = it == json.end() ? kNoArgs : *it;
        const std::string& m = action.method;
        std::vector<std::string_view> known;
        if (m == "WdfTimerStop" || m == "WdfDpcCancel") {
            known = {"Wait"};
            action.args.wait = boolean(args, "Wait", where);
        } else if (m == "WdfTimerStart") {
            known = {"DueTime"};
            if (auto due = args.find("DueTime"); due != args.end()) {
                if (due->is_number_integer())
                    action.args.dueTime = due->get<std::int64_t>();
                else
                    error(join(where, "DueTime"),
                          "expected an integer (informational), found " + describeType(*due));
            }
        } else if (m == "WdfFdoAddStaticChild") {
            known = {"Child"};
            if (const auto* child = string(args, "Child", where, true)) {
                action.args.child = *child;
                pendingActions_.push_back({join(where, "Child"), *child, self});
            }
        } else if (m == "WdfObjectAllocateContext") {
            known = {"context"};
            if (auto context = args.find("context"); context == args.end())
                error(where, "missing required key 'context'");
            else
                action.args.context.push_back(readContext(*context, join(where, "context"), self));
        }
        checkKeyList(args, where, known);
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
            if (d.type == ObjectType::Timer && d.executionLevel == ExecutionLevel::Passive &&
                d.period.value_or(0) > 0)
                error(join(path(), "period"),
                      "a periodic timer cannot be passive-level: WdfTimerCreate fails with "
                      "STATUS_NOT_SUPPORTED");
            checkEvents(id);
            resolveParent(id, driver, onlyDevice, devices, objectsIndex);
            checkBuffers(id);
        }
        if (hasErrors())
            return;
        if (!checkCycles())
            return;
        for (ObjectId id = 0; id < decls.size(); ++id) {
            checkParentRule(id);
            checkSerialization(id);
        }
        for (const auto& pending : pendingActions_)
            resolveAction(pending);
        if (hasErrors())
            return;
        resolveTargets();
    }

    void checkEvents(ObjectId id) {
        const auto& d = scenario_.declarations[id];
        std::set<std::string> names, buffers;
        for (const auto& context : d.contexts)
            buffers.insert(context.buffers.begin(), context.buffers.end());
        for (std::size_t c = 0; c < d.contexts.size(); ++c)
            for (std::size_t e = 0; e < d.contexts[c].events.size(); ++e) {
                const std::string& name = d.contexts[c].events[e].name;
                const std::string where =
                    index(join(index(join(paths_[id], "contexts"), c), "events"), e);
                if (!names.insert(name).second)
                    error(where, "duplicate event name " + quote(name) +
                                     " (event names are unique per object)");
                else if (buffers.count(name))
                    error(where, "event name " + quote(name) + " is also a buffer name");
            }
    }

    // The effective scope and level of a device or queue (semantics-v2.md 9.2):
    // its own value, else inherited from the device, then the driver.
    SynchronizationScope effectiveScope(ObjectId id) const {
        for (; id != kNoObject; id = scenario_.declarations[id].parentId) {
            const auto& d = scenario_.declarations[id];
            if (d.synchronizationScope &&
                *d.synchronizationScope != SynchronizationScope::InheritFromParent)
                return *d.synchronizationScope;
        }
        return SynchronizationScope::None;
    }
    bool passiveLevel(ObjectId id) const {
        for (; id != kNoObject; id = scenario_.declarations[id].parentId) {
            const auto& d = scenario_.declarations[id];
            if (d.executionLevel && *d.executionLevel != ExecutionLevel::InheritFromParent)
                return *d.executionLevel == ExecutionLevel::Passive;
        }
        return false;
    }

    // v2 format 6: AutomaticSerialization with a parent lock of the wrong kind
    // fails the create with STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL.
    void checkSerialization(ObjectId id) {
        const auto& d = scenario_.declarations[id];
        using enum ObjectType;
        if (d.type != Timer && d.type != WorkItem && d.type != Dpc)
            return;
        if (!d.automaticSerialization.value_or(true) || d.parentId == kNoObject)
            return;
        const auto& parent = scenario_.declarations[d.parentId];
        if (parent.type != Device && parent.type != Queue)
            return;
        const auto scope = effectiveScope(d.parentId);
        if (scope != SynchronizationScope::Device && scope != SynchronizationScope::Queue)
            return;
        const bool parentPassive = passiveLevel(d.parentId);
        const bool dispatchObject =
            d.type == Dpc || (d.type == Timer && d.executionLevel != ExecutionLevel::Passive);
        if ((d.type == WorkItem && !parentPassive) || (dispatchObject && parentPassive))
            error(join(paths_[id], "automaticSerialization"),
                  std::string(typeName(d.type)) + " with AutomaticSerialization cannot use the " +
                      (parentPassive ? "passive-level" : "dispatch-level") +
                      " callback lock of its parent " + quote(parent.id) +
                      ": the create fails with STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL");
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
        if (pending.object.empty() || isPlaceholder(pending.object))
            return;
        if (!ids_.find(pending.object))
            error(pending.path, "unknown object " + quote(pending.object));
    }

    // A body and the object its `self` names.
    struct Body {
        std::vector<Action>* actions;
        ObjectId self;
        std::string_view callback; // the callback it is the body of, empty for steps/contexts
    };

    // Sets Action::target everywhere and checks what depends on the target's type.
    void resolveTargets() {
        std::vector<Body> bodies;
        bodies.push_back({&scenario_.steps, kNoObject, {}});
        for (ObjectId id = 0; id < scenario_.declarations.size(); ++id) {
            auto& decl = scenario_.declarations[id];
            for (auto& context : decl.contexts) {
                bodies.push_back({&context.onCleanup, id, {}});
                bodies.push_back({&context.onDestroy, id, {}});
            }
            for (auto& callback : decl.callbacks)
                bodies.push_back({&callback.body, id, callback.name});
        }
        // Step bodies and argument contexts are found while resolving their owners.
        for (std::size_t b = 0; b < bodies.size(); ++b) {
            const Body body = bodies[b];
            for (Action& action : *body.actions) {
                if (action.op == Op::Create)
                    continue;
                if (!resolveObject(action, body))
                    continue;
                if (action.op == Op::Capture)
                    if (const auto target = ids_.find(action.captureTarget))
                        action.captureTargetId = *target;
                if (action.args.child)
                    if (const auto child = ids_.find(*action.args.child))
                        action.childId = *child;
                if (action.list)
                    if (const auto list = ids_.find(*action.list))
                        action.listId = *list;
                checkActionTarget(action, body);
                if (action.hasBody && action.target != kNoObject)
                    bodies.push_back({&action.body, action.target, invokedCallback(action)});
                for (auto& context : action.args.context)
                    if (action.target != kNoObject) {
                        bodies.push_back({&context.onCleanup, action.target, {}});
                        bodies.push_back({&context.onDestroy, action.target, {}});
                    }
            }
        }
    }

    std::string_view invokedCallback(const Action& action) const {
        if (action.callback)
            return *action.callback;
        return mainCallback(scenario_.declarations[action.target].type);
    }

    // Resolves `object` (placeholders included); false when there is nothing to check.
    bool resolveObject(Action& action, const Body& body) {
        const std::string& name = action.object;
        if (name.empty())
            return action.op == Op::Drain || action.op == Op::SetEvent ||
                   action.op == Op::ClearEvent || action.op == Op::WaitEvent;
        if (name == "self" || name == "$self") {
            action.target = body.self;
            return true;
        }
        if (name == "$parent") {
            action.target = scenario_.declarations[body.self].parentId;
            if (action.target == kNoObject) {
                error(join(action.path, "object"),
                      quote(scenario_.declarations[body.self].id) + " has no parent");
                return false;
            }
            return true;
        }
        if (name == "$request" || name == "$file") {
            const CallbackInfo* info =
                body.callback.empty()
                    ? nullptr
                    : findCallback(scenario_.declarations[body.self].type, body.callback);
            const bool valid =
                info && (name == "$request" ? info->receivesRequest : info->receivesFile);
            error(join(action.path, "object"),
                  valid ? quote(name) + std::string(kLater)
                        : quote(name) +
                              " is not valid here: only the bodies of callbacks that "
                              "receive a " +
                              (name == "$request" ? "request" : "file object") + " may use it");
            return false;
        }
        if (name[0] == '$') {
            error(join(action.path, "object"), "unknown placeholder " + quote(name) +
                                                   " (use $self, $parent, $request or $file)");
            return false;
        }
        const auto target = ids_.find(name);
        if (!target)
            return false; // reported by resolveAction
        action.target = *target;
        return true;
    }

    bool declaresEvent(ObjectId owner, const std::string& event) const {
        if (owner == kNoObject)
            return std::any_of(scenario_.events.begin(), scenario_.events.end(),
                               [&](const EventDecl& e) { return e.name == event; });
        for (const auto& context : scenario_.declarations[owner].contexts)
            for (const auto& e : context.events)
                if (e.name == event)
                    return true;
        return false;
    }

    void checkActionTarget(const Action& action, const Body& body) {
        const ObjectId self = body.self;
        if (action.target == kNoObject) {
            if ((action.op == Op::SetEvent || action.op == Op::ClearEvent ||
                 action.op == Op::WaitEvent) &&
                !declaresEvent(kNoObject, action.event))
                error(join(action.path, "event"),
                      "no top-level event " + quote(action.event) + " is declared");
            if (action.op == Op::Drain && action.list && action.listId == kNoObject)
                error(join(action.path, "list"), "unknown object " + quote(*action.list));
            if (action.op == Op::Drain && action.listId != kNoObject) {
                const auto type = scenario_.declarations[action.listId].type;
                if (type != ObjectType::Device && type != ObjectType::Driver)
                    error(join(action.path, "list"),
                          "a dispose list belongs to a WDFDEVICE or the WDFDRIVER; " +
                              quote(*action.list) + " is a " + std::string(typeName(type)));
            }
            return;
        }
        const auto& target = scenario_.declarations[action.target];
        const auto& info = typeInfo(target.type);
        if (action.op == Op::CompleteRequest && target.type != ObjectType::Request)
            error(join(action.path, "object"), "completeRequest needs a WDFREQUEST; " +
                                                   quote(target.id) + " is a " +
                                                   std::string(info.name));
        if (action.op == Op::BeginCallback || action.op == Op::EndCallback || action.op == Op::Run)
            checkInvocation(action, target);
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
        if ((action.op == Op::SetEvent || action.op == Op::ClearEvent ||
             action.op == Op::WaitEvent) &&
            !declaresEvent(action.target, action.event))
            error(join(action.path, "event"), quote(target.id) + " declares no event " +
                                                  quote(action.event) + " in its contexts");
        if (action.op == Op::Capture && action.captureTargetId != kNoObject)
            checkCapture(action);
        if (action.op == Op::Call && action.method == "WdfFdoAddStaticChild" &&
            action.childId != kNoObject &&
            scenario_.declarations[action.childId].role != Role::StaticPdo)
            error(join(join(action.path, "args"), "Child"),
                  quote(*action.args.child) + " is not a WDFDEVICE with role \"staticPdo\"");
    }

    void checkInvocation(const Action& action, const ObjectDecl& target) {
        const std::string_view name =
            action.callback ? std::string_view(*action.callback) : mainCallback(target.type);
        const std::string what = std::string(opName(action.op));
        if (!v2_ && !waitsForCallbacks(target.type)) {
            error(join(action.path, "object"), what + " needs a WDFWORKITEM, WDFTIMER or WDFDPC; " +
                                                   quote(target.id) + " is a " +
                                                   std::string(typeName(target.type)));
            return;
        }
        if (name.empty()) {
            error(join(action.path, "object"),
                  what + " needs a WDFWORKITEM, WDFTIMER, WDFDPC or WDFINTERRUPT; " +
                      quote(target.id) + " is a " + std::string(typeName(target.type)));
            return;
        }
        const CallbackInfo* info = findCallback(target.type, name);
        if (!info || !info->runnable) {
            error(join(action.path, "callback"),
                  quote(std::string(name)) + " of a " + std::string(typeName(target.type)) +
                      " cannot be run: only EvtTimerFunc, EvtWorkItem, EvtDpcFunc, "
                      "EvtInterruptIsr, EvtInterruptDpc and EvtInterruptWorkItem can");
            return;
        }
        if (!info->alwaysRegistered && !target.callback(name))
            error(join(action.path, "callback"), quote(target.id) + " did not register " +
                                                     quote(std::string(name)) +
                                                     " (add it to its \"callbacks\")");
    }

    void checkCapture(const Action& action) {
        const auto& target = scenario_.declarations[action.captureTargetId];
        const std::string where = join(action.path, "what");
        if (action.what.rfind("buffer:", 0) == 0) {
            const std::string name = action.what.substr(7);
            bool found = false;
            for (const auto& context : target.contexts)
                found = found || std::find(context.buffers.begin(), context.buffers.end(), name) !=
                                     context.buffers.end();
            if (!found)
                error(where, quote(target.id) + " declares no buffer " + quote(name));
        } else if (action.what.rfind("event:", 0) == 0) {
            if (!declaresEvent(action.captureTargetId, action.what.substr(6)))
                error(where,
                      quote(target.id) + " declares no event " + quote(action.what.substr(6)));
        }
        if (action.context) {
            const bool found =
                std::any_of(target.contexts.begin(), target.contexts.end(),
                            [&](const ContextDecl& c) { return c.name == *action.context; });
            if (!found)
                error(join(action.path, "context"),
                      quote(target.id) + " has no context " + quote(*action.context));
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
    bool v2_ = false; // the file says "version": 2
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
