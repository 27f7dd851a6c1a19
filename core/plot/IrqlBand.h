#pragma once

#include "trace/Trace.h"

#include <array>
#include <cstdint>
#include <vector>

namespace wdflc::plot {

inline constexpr std::size_t kThreadCount = 3; // driver, framework, worker

// Consecutive events of one thread at one IRQL: [firstSeq, lastSeq].
struct IrqlRun {
    std::uint32_t firstSeq = 0;
    std::uint32_t lastSeq = 0;
    Irql irql = Irql::Passive;
    ThreadKind thread = ThreadKind::Driver;
};

// Which thread ran each event and at which IRQL, as runs per thread lane.
// Lanes are indexed by ThreadKind; each lane's runs are in seq order and never
// overlap, and together the lanes cover every event exactly once.
struct IrqlBand {
    std::array<std::vector<IrqlRun>, kThreadCount> lanes;
};

IrqlBand irqlBand(const Trace& trace);

} // namespace wdflc::plot
