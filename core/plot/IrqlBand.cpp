#include "plot/IrqlBand.h"

namespace wdflc::plot {

IrqlBand irqlBand(const Trace& trace) {
    IrqlBand band;
    IrqlRun* open = nullptr;
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq) {
        const Event& event = trace.at(seq);
        if (open && open->thread == event.thread && open->irql == event.irql) {
            open->lastSeq = seq;
            continue;
        }
        auto& lane = band.lanes[static_cast<std::size_t>(event.thread)];
        lane.push_back({seq, seq, event.irql, event.thread});
        open = &lane.back();
    }
    return band;
}

} // namespace wdflc::plot
