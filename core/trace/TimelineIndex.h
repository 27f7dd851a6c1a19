#pragma once

#include "trace/Trace.h"

#include <cstdint>
#include <vector>

namespace wdflc {

// Answers "what did every object look like after the first N events?" for any
// N in [0, events.size()], fast enough to scrub a long trace: full snapshots
// are kept every few thousand state changes and the rest is replayed.
// Stepping back is therefore exact: nothing is ever undone by hand.
class TimelineIndex {
public:
    explicit TimelineIndex(const Trace& trace);

    std::uint32_t eventCount() const { return eventCount_; }
    std::vector<ObjectSnapshot> statesAt(std::uint32_t position) const;
    ObjectSnapshot stateAt(ObjectId object, std::uint32_t position) const;
    std::uint32_t queueLengthAt(std::uint32_t position) const;
    Irql irqlAt(std::uint32_t position) const; // the steps' current IRQL

private:
    struct Checkpoint {
        std::size_t changeIndex; // first change not folded into `states`
        std::vector<ObjectSnapshot> states;
    };
    const Trace* trace_;
    std::uint32_t eventCount_ = 0;
    std::size_t objectCount_ = 0;
    std::vector<Checkpoint> checkpoints_;
};

} // namespace wdflc
