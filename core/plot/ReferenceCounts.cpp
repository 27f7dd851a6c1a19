#include "plot/ReferenceCounts.h"

#include <algorithm>

namespace wdflc::plot {

namespace {

bool holdsCreationReference(ObjectState state) {
    switch (state) {
    case ObjectState::Alive:
    case ObjectState::Queued:
    case ObjectState::Disposing:
    case ObjectState::PartlyDisposed:
    case ObjectState::Disposed:
        return true;
    case ObjectState::NotCreated:
    case ObjectState::Released:
    case ObjectState::DestroyQueued:
    case ObjectState::Freed:
        break;
    }
    return false;
}

ReferenceCountPoint pointOf(std::uint32_t position, const ObjectSnapshot& snapshot) {
    ReferenceCountPoint point;
    point.position = position;
    point.total = std::max(snapshot.refCount, 0);
    // A driver that dereferenced more than it referenced has eaten into the
    // creation reference (semantics.md 3.6): show what is really left.
    point.creation = holdsCreationReference(snapshot.state) && point.total > 0 ? 1 : 0;
    point.driver = point.total - point.creation;
    return point;
}

} // namespace

std::vector<ReferenceCountPoint> referenceCountSeries(const Trace& trace, ObjectId object) {
    std::vector<ReferenceCountPoint> series;
    for (const StateChange& change : trace.stateChanges) {
        if (change.object != object || change.snapshot.state == ObjectState::NotCreated)
            continue;
        const ReferenceCountPoint point = pointOf(change.afterEvents, change.snapshot);
        if (!series.empty() && series.back().sameCounts(point))
            continue;
        if (series.empty() || series.back().position != point.position)
            series.push_back(point);
        else if (series.size() > 1 && series[series.size() - 2].sameCounts(point))
            series.pop_back(); // several changes within one event cancelled out
        else
            series.back() = point; // several changes within one event: keep the result
    }
    return series;
}

} // namespace wdflc::plot
