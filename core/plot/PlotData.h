#pragma once

#include "plot/EventAxis.h"
#include "plot/IrqlBand.h"
#include "plot/Lifetimes.h"
#include "plot/QueueLength.h"
#include "plot/ReferenceCounts.h"
#include "trace/Trace.h"

#include <cstdint>
#include <vector>

namespace wdflc::plot {

// Everything the timelines draw, computed once per trace.
struct PlotData {
    EventAxis axis;
    std::vector<LifetimeRow> rows;          // tree order
    std::vector<std::uint32_t> rowOfObject; // by ObjectId; kNone for objects never created
    IrqlBand irql;
    std::vector<QueueLengthPoint> queueLength;
    std::uint32_t maxQueueLength = 0;

    std::uint32_t eventCount() const { return axis.eventCount(); }
    const LifetimeRow* rowOf(ObjectId object) const;
};

PlotData buildPlotData(const Trace& trace);

} // namespace wdflc::plot
