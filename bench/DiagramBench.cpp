// Sequence-diagram export of a 5,000-event trace: the project's own SVG
// writer against PlantUML rendering the project's PlantUML export of the same
// trace, both timed in one run (docs/benchmarks-diagram.md).
//
//   diagram_bench [--benchmark_filter=...]
// Set WDFLC_BENCH_PLANTUML=0 to leave PlantUML out (it takes minutes).
#include "diagram/DiagramBuilder.h"
#include "diagram/PlantUmlWriter.h"
#include "diagram/SvgWriter.h"
#include "engine/Simulation.h"
#include "io/ScenarioReader.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;

const wdflc::Trace& largeTrace() {
    static const wdflc::Trace trace = [] {
        const std::string path = std::string(WDFLC_DIAGRAM_DATA_DIR) + "/large-5000.wdfscn.json";
        wdflc::LoadResult loaded = wdflc::readScenarioFile(path);
        if (!loaded.ok()) {
            std::cerr << "diagram_bench: cannot read " << path << "\n";
            std::exit(2);
        }
        return wdflc::simulate(loaded.scenario);
    }();
    return trace;
}

// Mean wall time of one iteration of each benchmark, for the closing ratio.
double svgSeconds = 0;
double plantUmlSeconds = 0;

void BM_ExportSvg(benchmark::State& state) {
    const wdflc::Trace& trace = largeTrace();
    std::size_t pages = 0;
    std::size_t bytes = 0;
    Clock::duration total{};
    for (auto _ : state) {
        const auto start = Clock::now();
        auto diagram = wdflc::diagram::buildSequenceDiagram(trace);
        auto svg = wdflc::diagram::writeSvg(diagram);
        total += Clock::now() - start;
        pages = svg.size();
        bytes = 0;
        for (const auto& page : svg)
            bytes += page.size();
        benchmark::DoNotOptimize(svg);
    }
    svgSeconds =
        std::chrono::duration<double>(total).count() / static_cast<double>(state.iterations());
    state.counters["events"] = static_cast<double>(trace.events.size());
    state.counters["pages"] = static_cast<double>(pages);
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_ExportSvg)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PlantUmlRendersSvg(benchmark::State& state) {
    const char* enabled = std::getenv("WDFLC_BENCH_PLANTUML");
    if (enabled && std::string(enabled) == "0") {
        state.SkipWithError("WDFLC_BENCH_PLANTUML=0");
        return;
    }
    if (std::system("command -v plantuml >/dev/null 2>&1") != 0) {
        state.SkipWithError("plantuml is not installed (apt-get install plantuml)");
        return;
    }
    const auto directory = std::filesystem::temp_directory_path() / "wdflc-diagram-bench";
    std::filesystem::remove_all(directory);
    std::filesystem::create_directories(directory / "svg");
    const auto puml = directory / "large-5000.puml";
    std::ofstream(puml) << wdflc::diagram::writePlantUml(
        wdflc::diagram::buildSequenceDiagram(largeTrace()));
    const std::string command = "plantuml -tsvg -failfast2 -o '" + (directory / "svg").string() +
                                "' '" + puml.string() + "' >/dev/null 2>&1";
    Clock::duration total{};
    for (auto _ : state) {
        const auto start = Clock::now();
        if (std::system(command.c_str()) != 0) {
            state.SkipWithError("plantuml failed");
            return;
        }
        total += Clock::now() - start;
    }
    std::size_t pages = 0;
    for (const auto& entry : std::filesystem::directory_iterator(directory / "svg"))
        pages += entry.path().extension() == ".svg" ? 1 : 0;
    plantUmlSeconds =
        std::chrono::duration<double>(total).count() / static_cast<double>(state.iterations());
    state.counters["pages"] = static_cast<double>(pages);
    std::filesystem::remove_all(directory);
}
BENCHMARK(BM_PlantUmlRendersSvg)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (svgSeconds > 0 && plantUmlSeconds > 0)
        std::printf("\n%zu events: wdflc SVG export %.1f ms, PlantUML SVG rendering %.1f s: "
                    "%.0fx faster\n",
                    largeTrace().events.size(), svgSeconds * 1e3, plantUmlSeconds,
                    plantUmlSeconds / svgSeconds);
    return 0;
}
