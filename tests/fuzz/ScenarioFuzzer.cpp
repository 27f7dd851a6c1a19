// libFuzzer target: any bytes through the loader and, when they load, the engine
// and the trace writers. Built by `scripts/test --fuzz SECONDS` (clang).
#include "engine/Simulation.h"
#include "io/ScenarioReader.h"
#include "io/ScenarioWriter.h"
#include "io/TraceWriter.h"

#include <cstdint>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    wdflc::LoadOptions options;
    options.limits.maxObjects = 2000;
    options.limits.maxSteps = 2000;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    wdflc::LoadResult result = wdflc::readScenario(text, options);
    if (!result.ok())
        return 0;
    wdflc::SimulationOptions simulation;
    simulation.maxEvents = 100000;
    simulation.shuffleSeed = size; // also exercise shuffled sibling orders
    wdflc::Trace trace = wdflc::simulate(result.scenario, simulation);
    std::ostringstream out;
    wdflc::writeTraceJsonLines(trace, out);
    wdflc::writeTraceText(trace, out);
    // A loaded scenario must survive its own canonical writer.
    wdflc::LoadResult again = wdflc::readScenario(wdflc::writeScenario(*result.scenario), options);
    if (!again.ok() || !(*again.scenario == *result.scenario))
        __builtin_trap();
    return 0;
}
