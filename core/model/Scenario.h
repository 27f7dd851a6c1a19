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
    // Format version 2 (scenario-format-v2.md section 5.2):
    Run,
    SetEvent,
    ClearEvent,
    WaitEvent,
    Capture,
    Use,
    Forget,
};

// The first op a version 1 file may not use.
inline constexpr Op kFirstVersion2Op = Op::Run;

std::string_view opName(Op op);
std::optional<Op> parseOp(std::string_view name);

struct Action;

// A KEVENT the driver keeps in a context or in global memory (v2 format 3.5).
struct EventDecl {
    std::string name;
    bool synchronization = false; // SynchronizationEvent; NotificationEvent otherwise
    bool signaled = false;        // KeInitializeEvent State

    bool operator==(const EventDecl&) const = default;
};

struct ContextDecl {
    std::optional<std::string> name;
    bool cleanup = false;
    bool destroy = false;
    std::vector<std::string> buffers;
    std::vector<Action> onCleanup;
    std::vector<Action> onDestroy;
    std::vector<EventDecl> events;   // version 2
    std::optional<std::string> note; // version 2: free text, never in the trace

    bool operator==(const ContextDecl&) const;
};

// One registered event callback and its default body (v2 format 4.1).
struct CallbackDecl {
    std::string name; // the WDF name, e.g. "EvtTimerFunc"
    std::vector<Action> body;

    bool operator==(const CallbackDecl&) const;
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
    // Version 2 keys, as written (scenario-format-v2.md section 3.1):
    std::optional<ExecutionLevel> executionLevel;
    std::optional<SynchronizationScope> synchronizationScope;
    std::optional<bool> automaticSerialization;
    std::optional<std::uint32_t> period;     // WDFTIMER, milliseconds
    std::optional<std::string> parentDevice; // PDO roles: the enumerating FDO
    std::vector<CallbackDecl> callbacks;     // in file order
    std::optional<std::string> cxType;
    std::optional<std::string> note;

    // Resolved at load:
    ObjectId parentId = kNoObject;  // effective parent (the device for I/O-package queues)
    bool inIoPackage = false;       // queue attached through its device's I/O package
    bool declaredInObjects = false; // in `objects` (created before the first step)
    ObjectId parentDeviceId = kNoObject;

    // The declared body of a registered callback; null when it is not registered.
    const CallbackDecl* callback(std::string_view name) const;

    PoolType pool() const { return poolType.value_or(PoolType::NonPaged); }
    Creator creator() const;
    // Passive by type, or made passive by WdfExecutionLevelPassive (semantics-v2.md 2.2).
    bool passive() const {
        return isPassiveObject(type, pool()) || executionLevel == ExecutionLevel::Passive;
    }
    std::size_t contextCount() const { return contexts.empty() ? 1 : contexts.size(); }

    bool operator==(const ObjectDecl&) const;
};

// The `args` of a `call` that the engine reads (v2 format 5.3), as written.
struct CallArgs {
    std::optional<bool> wait;            // WdfTimerStop, WdfDpcCancel: Wait
    std::optional<std::int64_t> dueTime; // WdfTimerStart: DueTime (informational)
    std::optional<std::string> child;    // WdfFdoAddStaticChild: Child
    std::vector<ContextDecl> context;    // WdfObjectAllocateContext: 0 or 1 context

    bool operator==(const CallArgs&) const;
    bool empty() const { return !wait && !dueTime && !child && context.empty(); }
};

struct Action {
    Op op = Op::Drain;
    std::string object;             // as written ("self", "$self", "$parent" inside callbacks)
    std::optional<std::string> tag; // reference / dereference
    Irql irql = Irql::Passive;      // setIrql
    std::string method;             // call
    std::string buffer;             // free
    ObjectId createdId = kNoObject; // create: index of the declaration it creates
    std::string source;             // where a driver's code says it ("FILE:LINE"), or empty
    // Version 2 (scenario-format-v2.md section 5):
    std::optional<std::string> note;
    std::optional<std::string> thread;   // steps: a named driver thread
    std::optional<std::string> callback; // run, beginCallback, endCallback
    bool hasBody = false;                // run, beginCallback: `body` replaces the declared one
    std::vector<Action> body;
    CallArgs args;                      // call
    std::string event;                  // setEvent, clearEvent, waitEvent
    std::string slot;                   // capture, use, forget
    std::string captureTarget;          // capture: the target id as written
    std::string what;                   // capture: "context", "handle", "buffer:N", "event:N"
    std::optional<std::string> context; // capture: context name
    std::optional<std::string> list;    // drain: the owner of one dispose list

    // Resolved at load:
    ObjectId target = kNoObject; // the object named (self resolved)
    ObjectId captureTargetId = kNoObject;
    ObjectId listId = kNoObject;
    ObjectId childId = kNoObject; // args.child
    std::string path;             // JSON path, for messages (e.g. "steps[3]")

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
    int version = 1; // the format version the file was written in
    LocalizedText title;
    Framework framework = Framework::Kmdf;
    bool frameworkGiven = false;
    bool autoDrain = true;
    bool autoDrainGiven = false;
    std::vector<ObjectId> objects; // the `objects` array, in file order
    std::vector<Action> steps;
    std::vector<EventDecl> events; // version 2: top-level kernel events

    // Every declared object (from `objects` and from `create` actions at any depth).
    std::vector<ObjectDecl> declarations;

    const ObjectDecl& decl(ObjectId id) const { return declarations[id]; }
    std::optional<ObjectId> find(std::string_view id) const;
    std::optional<ObjectId> onlyDevice() const; // when exactly one WDFDEVICE is declared

    bool operator==(const Scenario&) const;
};

} // namespace wdflc
