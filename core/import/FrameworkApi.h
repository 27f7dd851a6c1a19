#pragma once

#include <string_view>
#include <utility>
#include <vector>

// What the importer knows of the framework's functions: which ones create
// objects and where their arguments are, which initialisers fill which
// structure fields, and which calls change an object's lifetime.
namespace wdflc::import {

struct CreationApi {
    std::string_view name;
    std::string_view typeName; // the handle type it creates
    int attributes = -1;       // WDF_OBJECT_ATTRIBUTES argument
    int output = -1;           // the handle's out-parameter
    int onObject = -1;         // the object the call is made on, the default parent
    int config = -1;           // the configuration structure (callbacks, roles)
    int pool = -1;             // POOL_TYPE argument
    int deviceInit = -1;       // WdfDeviceCreate's PWDFDEVICE_INIT*
    int lookaside = -1;        // WdfMemoryCreateFromLookaside's lookaside
    int memoryAttributes = -1; // WdfLookasideListCreate's attributes of its memory objects
};

// Every creating function of the framework the importer recognises.
const std::vector<CreationApi>& creationApis();
const CreationApi* findCreationApi(std::string_view name);

// A structure initialiser: it resets the structure, then sets fields from arguments.
struct Initializer {
    std::string_view name;
    std::vector<std::pair<int, std::string_view>> fields; // argument index -> field
    std::string_view setsTrue;                            // a flag it sets, or empty
};
const Initializer* findInitializer(std::string_view name);

// A call that changes an object's lifetime, as a scenario action.
struct LifetimeCall {
    std::string_view name;
    std::string_view op; // delete, reference, dereference, completeRequest, call
    int tag = -1;        // the tag argument of the WithTag forms
};
const LifetimeCall* findLifetimeCall(std::string_view name);

// Calls that register a callback on the object of their first argument
// (completion routines, cancel routines, queue-ready notifications).
struct CallbackRegistration {
    std::string_view name;
    std::string_view kind;
    int function; // the callback argument
};
const CallbackRegistration* findCallbackRegistration(std::string_view name);

} // namespace wdflc::import
