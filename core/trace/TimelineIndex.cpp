#include "trace/TimelineIndex.h"

#include <algorithm>

namespace wdflc {
namespace {

// Keeps scrubbing cheap: at most this many changes are replayed per query.
constexpr std::size_t kChangesPerCheckpoint = 4096;
// Bounds the memory of huge traces (each checkpoint holds every object).
constexpr std::size_t kMaxCheckpoints = 256;

} // namespace

TimelineIndex::TimelineIndex(const Trace& trace)
    : trace_(&trace), eventCount_(static_cast<std::uint32_t>(trace.events.size())),
      objectCount_(trace.scenario ? trace.scenario->declarations.size() : 0) {
    const auto& changes = trace.stateChanges;
    const std::size_t stride =
        std::max(kChangesPerCheckpoint, changes.size() / kMaxCheckpoints + 1);
    std::vector<ObjectSnapshot> states(objectCount_);
    checkpoints_.push_back({0, states});
    for (std::size_t i = 0; i < changes.size(); ++i) {
        states[changes[i].object] = changes[i].snapshot;
        if ((i + 1) % stride == 0)
            checkpoints_.push_back({i + 1, states});
    }
}

std::vector<ObjectSnapshot> TimelineIndex::statesAt(std::uint32_t position) const {
    const auto& changes = trace_->stateChanges;
    // The last checkpoint whose folded changes all happened at or before `position`.
    auto it = std::upper_bound(checkpoints_.begin() + 1, checkpoints_.end(), position,
                               [&](std::uint32_t pos, const Checkpoint& c) {
                                   return changes[c.changeIndex - 1].afterEvents > pos;
                               });
    const Checkpoint& start = *(it - 1);
    std::vector<ObjectSnapshot> states = start.states;
    for (std::size_t i = start.changeIndex;
         i < changes.size() && changes[i].afterEvents <= position; ++i)
        states[changes[i].object] = changes[i].snapshot;
    return states;
}

ObjectSnapshot TimelineIndex::stateAt(ObjectId object, std::uint32_t position) const {
    const auto& changes = trace_->stateChanges;
    // Changes are ordered by afterEvents: find the last one for this object.
    auto end = std::upper_bound(
        changes.begin(), changes.end(), position,
        [](std::uint32_t pos, const StateChange& c) { return pos < c.afterEvents; });
    for (auto it = end; it != changes.begin();) {
        --it;
        if (it->object == object)
            return it->snapshot;
    }
    return {};
}

std::uint32_t TimelineIndex::queueLengthAt(std::uint32_t position) const {
    const auto& lengths = trace_->queueLength;
    auto it = std::upper_bound(
        lengths.begin(), lengths.end(), position,
        [](std::uint32_t pos, const QueueLengthChange& c) { return pos < c.afterEvents; });
    return it == lengths.begin() ? 0 : (it - 1)->length;
}

Irql TimelineIndex::irqlAt(std::uint32_t position) const {
    const auto& events = trace_->events;
    for (std::uint32_t i = std::min<std::uint32_t>(position, eventCount_); i > 0; --i)
        if (events[i - 1].kind == EventKind::IrqlChanged)
            return events[i - 1].irql;
    return Irql::Passive;
}

} // namespace wdflc
