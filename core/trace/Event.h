#pragma once

#include "model/Irql.h"
#include "model/Scenario.h"

#include <cstdint>
#include <string_view>

namespace wdflc {

// The event kinds of the trace (scenario-format.md, "Trace").
enum class EventKind : std::uint8_t {
    Created,
    Referenced,
    Dereferenced,
    DeleteRequested,
    Cleanup,
    Deferred,
    WaitForCallbacks,
    Destroy,
    Freed,
    BufferFreed,
    Diagnostic,
    IrqlChanged,
};

std::string_view eventKindName(EventKind kind); // the trace's `event` value

enum class DeferReason : std::uint8_t {
    PassiveDispose,
    PassiveChild,
    PassiveDestroy,
    RequestCompletedAtDispatch,
};

std::string_view deferReasonName(DeferReason reason);

inline constexpr std::uint32_t kNone = 0xffffffffu;

// One trace event, fixed size: strings live in the scenario or in the trace's
// side tables, so a million-object trace stays compact. `seq` is the index + 1.
struct Event {
    std::int32_t step = -1;
    EventKind kind = EventKind::Created;
    Irql irql = Irql::Passive;
    ThreadKind thread = ThreadKind::Driver;
    bool registered = false;     // cleanup / destroy: a driver callback ran
    ObjectId object = kNoObject; // kNoObject for events that concern none
    std::int32_t refCount = 0;   // created, referenced, dereferenced, cleanup, destroy
    // Kind-specific:
    //   created:          parent object (kNoObject = null)
    //   cleanup, destroy: context index
    //   deferred:         DeferReason
    //   waitForCallbacks: pending count
    //   deleteRequested:  ThreadKind of the requester (Driver or Framework)
    //   referenced/dereferenced: tag index (kNone = no tag)
    //   bufferFreed:      buffer index within the object's contexts
    //   diagnostic:       index into Trace::diagnostics
    std::uint32_t detail = kNone;
};

} // namespace wdflc
