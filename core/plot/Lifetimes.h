#pragma once

#include "trace/Trace.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace wdflc::plot {

// The phases a lifetime bar is coloured by. They group the engine's states
// (semantics.md 3.1) by what a reader asks: is it still usable, is its
// cleanup running or done, what is it still waiting for?
enum class LifetimePhase : std::uint8_t {
    Alive,             // created, no deletion started
    DeletionRequested, // deletion asked for or running, cleanup not finished
    CleanedUp,         // every cleanup ran; waiting for the destroy pass of its deletion
    WaitingForDestroy, // creation reference released; driver references (if any) delay the destroy
    DestroyQueued,     // count is zero, destroy queued to the worker
};

inline constexpr std::size_t kLifetimePhaseCount = 5;

std::string_view lifetimePhaseName(LifetimePhase phase); // "alive", "deletion-requested", …

// The phase an object's snapshot belongs to; Freed and NotCreated have none.
LifetimePhase phaseOf(const ObjectSnapshot& snapshot);

// [begin, end) in trace positions.
struct PhaseSegment {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    LifetimePhase phase = LifetimePhase::Alive;
};

// A mark on a lifetime bar at one event of the object.
struct LifetimeTick {
    enum class Kind : std::uint8_t {
        CleanupCallback,
        DestroyCallback,
        CleanupWithoutCallback, // the phase reached a context without a callback
        DestroyWithoutCallback,
        DeleteRequested,
        Deferred,
        WaitForCallbacks,
        Warning,
        Error,
    };
    std::uint32_t seq = 0;
    Kind kind = Kind::CleanupCallback;
};

struct LifetimeRow {
    ObjectId object = kNoObject;
    ObjectId parent = kNoObject; // as created
    std::uint32_t depth = 0;     // in the tree of the `created` events
    std::uint32_t createdSeq = 0;
    std::uint32_t freedSeq = 0; // 0 while never freed
    std::vector<PhaseSegment> segments;
    std::vector<LifetimeTick> ticks; // in seq order

    bool freed() const { return freedSeq != 0; }
    // Where the bar ends: its freeing, or the end of the trace.
    std::uint32_t endPosition(std::uint32_t eventCount) const {
        return freed() ? freedSeq : eventCount;
    }
};

// One row per created object, in tree order: parents before children,
// siblings in creation order, each subtree whole before the next sibling.
std::vector<LifetimeRow> lifetimeRows(const Trace& trace);

} // namespace wdflc::plot
