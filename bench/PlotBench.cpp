// Timelines on a 100,000-event trace, offscreen: the time from a new trace to
// the first finished picture, and the time of one frame while panning.
// Targets (docs/benchmarks-plots.md): plot < 500 ms, pan >= 30 frames/s.
#include "BusyScenario.h"
#include "engine/Simulation.h"
#include "io/ScenarioReader.h"
#include "plot/PlotData.h"
#include "TimelinePlot.h"

#include <benchmark/benchmark.h>

namespace {

constexpr std::size_t kObjects = 12'200; // gives a little over 100,000 events

const std::shared_ptr<const wdflc::Trace>& busyTrace() {
    static const auto trace = [] {
        wdflc::LoadResult loaded = wdflc::readScenario(wdflc::bench::busyScenario(kObjects));
        return std::make_shared<const wdflc::Trace>(wdflc::simulate(loaded.scenario));
    }();
    return trace;
}

void setCounters(benchmark::State& state) {
    state.counters["events"] = static_cast<double>(busyTrace()->events.size());
}

void BM_PlotData(benchmark::State& state) {
    std::size_t rows = 0;
    for (auto _ : state) {
        const auto data = wdflc::plot::buildPlotData(*busyTrace());
        rows = data.rows.size();
        benchmark::DoNotOptimize(data);
    }
    setCounters(state);
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_PlotData)->Unit(benchmark::kMillisecond)->UseRealTime();

// From setTrace() to a finished picture: plot data, graphs and one full replot.
void BM_TimeToPlot(benchmark::State& state) {
    studio::plots::TimelinePlot plot;
    plot.resize(1400, 900);
    plot.show();
    for (auto _ : state) {
        plot.setTrace(busyTrace());
        plot.setSelectedObjects({0, 1, 2, 3});
        plot.replotNow();
        state.PauseTiming();
        plot.setTrace(nullptr);
        plot.replotNow();
        state.ResumeTiming();
    }
    setCounters(state);
}
BENCHMARK(BM_TimeToPlot)->Unit(benchmark::kMillisecond)->UseRealTime();

// One pan step (a tenth of the visible width) and its full replot. Argument:
// the visible share of the trace in percent; at 100 every row is shown too
// (all 12,000 bars in one view: the worst case).
void BM_PanFrame(benchmark::State& state) {
    studio::plots::TimelinePlot plot;
    plot.resize(1400, 900);
    plot.show();
    plot.setTrace(busyTrace());
    plot.setSelectedObjects({0, 1, 2, 3});
    if (state.range(0) == 100)
        plot.showAllRows();
    const double events = busyTrace()->events.size();
    const double width = events * static_cast<double>(state.range(0)) / 100.0;
    double first = 0;
    for (auto _ : state) {
        first += width / 10;
        if (first + width > events)
            first = 0;
        plot.setVisiblePositions(first, first + width);
        plot.replotNow();
    }
    setCounters(state);
    state.counters["fps"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PanFrame)->Arg(100)->Arg(10)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
