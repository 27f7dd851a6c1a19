#include "plot/ReferenceCounts.h"

#include <algorithm>

namespace wdflc::plot {

namespace {

// The references the driver holds after each of its reference/dereference events.
struct DriverReferences {
    std::uint32_t seq;
    std::int32_t count;
};

std::vector<DriverReferences> driverReferences(const Trace& trace, ObjectId object) {
    std::vector<DriverReferences> counts;
    std::int32_t count = 0;
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq) {
        const Event& event = trace.at(seq);
        if (event.object != object)
            continue;
        if (event.kind == EventKind::Referenced)
            counts.push_back({seq, ++count});
        else if (event.kind == EventKind::Dereferenced)
            counts.push_back({seq, --count});
    }
    return counts;
}

} // namespace

std::vector<ReferenceCountPoint> referenceCountSeries(const Trace& trace, ObjectId object) {
    // The state's count includes the creation reference while it is held.
    // When it is released is not an event (the destroy pass releases it after
    // its children's passes), so the driver's part is counted from the events
    // and the creation reference is the rest.
    const std::vector<DriverReferences> driver = driverReferences(trace, object);
    auto nextDriver = driver.begin();
    std::int32_t driverCount = 0;

    std::vector<ReferenceCountPoint> series;
    for (const StateChange& change : trace.stateChanges) {
        if (change.object != object || change.snapshot.state == ObjectState::NotCreated)
            continue;
        for (; nextDriver != driver.end() && nextDriver->seq <= change.afterEvents; ++nextDriver)
            driverCount = nextDriver->count;
        ReferenceCountPoint point;
        point.position = change.afterEvents;
        point.total = std::max(change.snapshot.refCount, 0);
        // A driver that dereferenced more than it referenced has eaten into
        // the creation reference (semantics.md 3.6): count what is really left.
        const std::int32_t held = std::clamp(driverCount, 0, point.total);
        point.creation = std::min(1, point.total - held);
        point.driver = point.total - point.creation;

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
