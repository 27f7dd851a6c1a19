#pragma once

#include "model/Scenario.h"

#include <cstdint>
#include <string_view>

namespace wdflc {

// An object's place in its life cycle (semantics.md section 3.1).
enum class ObjectState : std::uint8_t {
    NotCreated, // declared in the scenario but not created (yet)
    Alive,
    Queued,
    Disposing,
    PartlyDisposed,
    Disposed,
    Released,
    DestroyQueued,
    Freed,
};

std::string_view objectStateName(ObjectState state); // "alive", "partly-disposed", …

// What the GUI shows of one object at one position of the trace.
// Flags are bit-fields: the state-change index holds millions of these.
struct ObjectSnapshot {
    ObjectState state = ObjectState::NotCreated;
    bool deleteRequested : 1 = false;
    bool cleanupDone : 1 = false;
    bool rundown : 1 = false;
    bool completed : 1 = false;    // requests: completion seen
    bool deletionRoot : 1 = false; // its own deletion (not an ancestor's) is running
    std::int32_t refCount = 0;     // creation reference + driver references
    std::int32_t pending = 0;      // running EvtWorkItem/EvtTimerFunc/EvtDpcFunc instances
    ObjectId parent = kNoObject;

    bool operator==(const ObjectSnapshot&) const = default;
};

// The matching FxObjectState name of the framework's source.
std::string_view frameworkStateName(const ObjectSnapshot& snapshot);

} // namespace wdflc
