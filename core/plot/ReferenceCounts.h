#pragma once

#include "trace/Trace.h"

#include <cstdint>
#include <vector>

namespace wdflc::plot {

// An object's reference count from `position` on, split into the creation
// reference (held by the deletion machinery until the destroy pass releases
// it, semantics.md 2) and the references the driver took (its reference and
// dereference events).
struct ReferenceCountPoint {
    std::uint32_t position = 0;
    std::int32_t total = 0;
    std::int32_t creation = 0; // 0 or 1
    std::int32_t driver = 0;

    bool sameCounts(const ReferenceCountPoint& other) const {
        return total == other.total && creation == other.creation;
    }
};

// A step series: one point where the object is created and one wherever
// either part changes; after freeing, a last point with every count 0.
std::vector<ReferenceCountPoint> referenceCountSeries(const Trace& trace, ObjectId object);

} // namespace wdflc::plot
