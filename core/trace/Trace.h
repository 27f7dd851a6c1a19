#pragma once

#include "model/Scenario.h"
#include "trace/DiagnosticRule.h"
#include "trace/Event.h"
#include "trace/ObjectState.h"

#include <memory>
#include <string>
#include <vector>

namespace wdflc {

// The parameters of one diagnostic; the wording is made from them, so every
// front end can word it in its own language.
struct DiagnosticDetail {
    Rule rule = Rule::InvalidStep;
    ObjectId object = kNoObject;
    std::string buffer;        // buffer-leak, double-free
    std::string method;        // call steps
    Op op = Op::Drain;         // the step or action that broke the rule
    std::string tag;           // tag-mismatch, dereference-without-reference
    Irql irql = Irql::Passive; // irql-too-high, wait-at-dispatch, umdf-irql-ignored
    std::int32_t count = 0;    // refCount (reference-leak), pending (wait-never-satisfied)
    std::string reason;        // invalid-step: what could not apply
};

// An object's snapshot changed after `afterEvents` events had been emitted.
struct StateChange {
    std::uint32_t afterEvents;
    ObjectId object;
    ObjectSnapshot snapshot;
};

struct QueueLengthChange {
    std::uint32_t afterEvents;
    std::uint32_t length;
};

// The corrections of version 1 simulator errors (semantics-v2.md section 1)
// that a run met: each bit says that the trace differs from the one the
// simulator gave before the correction. `wdflc upgrade` lists them.
enum Correction : std::uint8_t {
    DeleteAfterCleanupSilent = 1, // 1.1: delete of an already cleaned-up object
    StaticPdoDeleted = 2,         // 1.2: a static PDO deleted before it was added
    DisposeListPerDevice = 4,     // 1.3: deferred work of several lists, or a parked worker
};

// The immutable result of a simulation: every view draws from it.
struct Trace {
    std::shared_ptr<const Scenario> scenario;
    std::vector<Event> events;
    std::vector<DiagnosticDetail> diagnostics;
    std::vector<std::string> tags;         // interned reference tags
    std::vector<StateChange> stateChanges; // in order of afterEvents
    std::vector<QueueLengthChange> queueLength;
    bool halted = false;          // a fatal diagnostic ended the run
    std::uint8_t corrections = 0; // Correction bits

    const Event& at(std::uint32_t seq) const { return events[seq - 1]; }
    const std::string& objectName(ObjectId id) const;
    std::string_view objectTypeName(ObjectId id) const;
    // The context's name (nullptr = unnamed) of a cleanup/destroy event.
    const std::string* contextName(const Event& event) const;
    const DiagnosticDetail& diagnostic(const Event& event) const;
    const std::string* tag(const Event& event) const; // referenced/dereferenced
    std::string bufferName(const Event& event) const; // bufferFreed
};

// English wording of a diagnostic (the `message` field of the JSON trace).
std::string diagnosticMessage(const Trace& trace, const DiagnosticDetail& detail);

} // namespace wdflc
