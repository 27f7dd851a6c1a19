#pragma once

#include "trace/Trace.h"

#include <cstdint>
#include <vector>

namespace wdflc::plot {

struct QueueLengthPoint {
    std::uint32_t position = 0;
    std::uint32_t length = 0;
};

// The deferred queue's length as a step series that starts empty at position 0
// and has one point per change (Trace::queueLength).
std::vector<QueueLengthPoint> queueLengthSeries(const Trace& trace);

} // namespace wdflc::plot
