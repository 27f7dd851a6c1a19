#include "plot/QueueLength.h"

namespace wdflc::plot {

std::vector<QueueLengthPoint> queueLengthSeries(const Trace& trace) {
    std::vector<QueueLengthPoint> series{{0, 0}};
    for (const QueueLengthChange& change : trace.queueLength) {
        if (change.length == series.back().length)
            continue;
        if (change.afterEvents != series.back().position)
            series.push_back({change.afterEvents, change.length});
        else if (series.size() > 1 && series[series.size() - 2].length == change.length)
            series.pop_back(); // several changes within one event cancelled out
        else
            series.back().length = change.length;
    }
    return series;
}

} // namespace wdflc::plot
