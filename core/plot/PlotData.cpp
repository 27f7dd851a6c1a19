#include "plot/PlotData.h"

#include <algorithm>

namespace wdflc::plot {

const LifetimeRow* PlotData::rowOf(ObjectId object) const {
    if (object >= rowOfObject.size() || rowOfObject[object] == kNone)
        return nullptr;
    return &rows[rowOfObject[object]];
}

PlotData buildPlotData(const Trace& trace) {
    PlotData data;
    data.axis = EventAxis(trace);
    data.rows = lifetimeRows(trace);
    ObjectId highest = 0;
    for (const LifetimeRow& row : data.rows)
        highest = std::max(highest, row.object + 1);
    data.rowOfObject.assign(highest, kNone);
    for (std::size_t i = 0; i < data.rows.size(); ++i)
        data.rowOfObject[data.rows[i].object] = static_cast<std::uint32_t>(i);
    data.irql = irqlBand(trace);
    data.queueLength = queueLengthSeries(trace);
    for (const QueueLengthPoint& point : data.queueLength)
        data.maxQueueLength = std::max(data.maxQueueLength, point.length);
    return data;
}

} // namespace wdflc::plot
