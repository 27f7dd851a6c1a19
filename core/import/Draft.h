#pragma once

#include "import/SourceModel.h"
#include "model/ObjectType.h"

#include <optional>
#include <string>
#include <vector>

// The scenario drafted from a driver's source, before any file format: every
// fact the code gave, with where it gave it. ScenarioDraftV1 writes the part
// format version 1 can hold; a later format is another writer of this draft.
namespace wdflc::import {

enum class ParentSource : std::uint8_t {
    Attributes,  // WDF_OBJECT_ATTRIBUTES.ParentObject
    ApiArgument, // the object the create call is made on (WdfIoQueueCreate's Device, …)
    TypeDefault, // nothing in the code: the type's default parent
    Unresolved,  // the code names a parent the importer cannot follow
};

struct DraftAction {
    std::string op;         // "delete", "reference", "dereference", "completeRequest", "call"
    int object = -1;        // draft object index; -1 when unresolved
    bool self = false;      // the callback's own object
    std::string method;     // call: the framework method
    std::string tag;        // reference/dereference with a tag: the tag as written
    std::string api;        // the framework function the code calls
    std::string expression; // the handle argument as written
    std::string unresolvedWhy;
    SourcePlace place;
};

struct DraftCallback {
    std::string kind;     // EvtCleanupCallback, EvtTimerFunc, EvtIoRead, EvtDriverUnload, …
    std::string function; // the driver's function
    int object = -1;      // the object it is registered on; -1 when unresolved
    SourcePlace registeredAt;
    std::optional<SourcePlace> definedAt; // none when the body is not in the sources
    std::vector<DraftAction> calls;       // lifetime calls of its body, in source order
    std::vector<std::string> otherCalls;  // framework calls of its body the draft does not model
};

struct DraftContext {
    std::optional<std::string> name;
    int cleanupCallback = -1; // index into Draft::callbacks
    int destroyCallback = -1;
    SourcePlace place;
};

struct DraftObject {
    std::string id;
    std::string api;                // the creating function
    std::string typeName;           // the handle type, e.g. WDFQUEUE or WDFUSBDEVICE
    std::optional<ObjectType> type; // none for a type format version 1 lacks
    int parent = -1;
    ParentSource parentSource = ParentSource::TypeDefault;
    std::string parentExpression; // as written, when the code names one
    std::string parentWhy;        // Unresolved: why
    std::optional<PoolType> pool;
    Role role = Role::None;
    bool staticPdo = false;
    bool createdByDriver = true;
    std::string executionLevel;       // the enumerator as written, when set
    std::string synchronizationScope; // likewise
    std::vector<DraftContext> contexts;
    std::vector<int> callbacks; // every callback registered on it
    std::vector<std::string> notes;
    SourcePlace place;
    std::optional<SourcePlace> via; // the caller's line, for an object a helper creates per call
};

struct UnresolvedSite {
    SourcePlace place;
    std::string api;
    std::string expression;
    std::string why;
};

struct Draft {
    std::vector<DraftObject> objects; // the driver first, then in source order
    std::vector<DraftCallback> callbacks;
    std::vector<DraftAction> unloadCalls; // EvtDriverUnload's lifetime calls
    std::size_t creationSites = 0;
    std::vector<UnresolvedSite> unresolved; // creation sites whose parent is not known
    std::vector<std::string> notes;         // about the draft as a whole
    SourceCorpus corpus;                    // what was parsed (files, headers, macros, errors)
};

} // namespace wdflc::import
