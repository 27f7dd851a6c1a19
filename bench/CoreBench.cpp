// Engine benchmarks (issue "Core engine"): figures go in docs/benchmarks.md.
//   build/bench/core_bench                      all of them
//   build/bench/core_bench --benchmark_filter=Shape   per-object cost by shape and size
#include "engine/Simulation.h"
#include "TreeShapes.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <memory>
#include <vector>

using namespace wdflc;
using namespace wdflc::bench;

namespace {

// The baseline the engine is measured against: an iterative post-order walk
// over the same tree that appends as many fixed-size events (cleanup, destroy
// and freed per object) to a preallocated array. Both sides start from a tree
// that exists: the engine's objects are created before the timed deletion.
struct BareTree {
    std::vector<std::uint32_t> firstChild, nextSibling;
};

BareTree bareTree(const Scenario& s) {
    BareTree t;
    const std::size_t n = s.declarations.size();
    t.firstChild.assign(n, kNoObject);
    t.nextSibling.assign(n, kNoObject);
    std::vector<std::uint32_t> last(n, kNoObject);
    for (ObjectId id = 1; id < n; ++id) {
        const ObjectId p = s.declarations[id].parentId;
        if (last[p] == kNoObject)
            t.firstChild[p] = id;
        else
            t.nextSibling[last[p]] = id;
        last[p] = id;
    }
    return t;
}

std::size_t baselineWalk(const BareTree& t, ObjectId root, std::vector<Event>& events) {
    events.clear();
    std::vector<std::pair<ObjectId, ObjectId>> stack{{root, t.firstChild[root]}};
    std::vector<ObjectId> order;
    order.reserve(t.firstChild.size());
    while (!stack.empty()) {
        auto& [node, child] = stack.back();
        if (child != kNoObject) {
            const ObjectId next = child;
            child = t.nextSibling[next];
            stack.push_back({next, t.firstChild[next]});
            continue;
        }
        events.push_back(
            {0, EventKind::Cleanup, Irql::Passive, ThreadKind::Driver, true, node, 1, 0});
        order.push_back(node);
        stack.pop_back();
    }
    for (ObjectId id : order) {
        events.push_back(
            {0, EventKind::Destroy, Irql::Passive, ThreadKind::Driver, true, id, 0, 0});
        events.push_back({0, EventKind::Freed, Irql::Passive, ThreadKind::Driver, false, id, 0, 0});
    }
    return events.size();
}

// Times the deletion only: the objects are created (and later destroyed) untimed.
void timeDeletion(benchmark::State& state, const std::shared_ptr<Scenario>& scenario,
                  SimulationOptions options = {}) {
    for (auto _ : state) {
        state.PauseTiming();
        auto simulation = std::make_unique<Simulation>(scenario, options);
        state.ResumeTiming();
        simulation->runToEnd();
        benchmark::DoNotOptimize(simulation->trace().events.data());
        state.PauseTiming();
        simulation.reset();
        state.ResumeTiming();
    }
}

void BM_Engine_Balanced1M(benchmark::State& state) {
    timeDeletion(state, makeTree(Shape::Balanced, 1'000'000));
    state.SetItemsProcessed(state.iterations() * 1'000'000);
}
BENCHMARK(BM_Engine_Balanced1M)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_EngineEventsOnly_Balanced1M(benchmark::State& state) {
    SimulationOptions eventsOnly;
    eventsOnly.recordStates = false;
    timeDeletion(state, makeTree(Shape::Balanced, 1'000'000), eventsOnly);
    state.SetItemsProcessed(state.iterations() * 1'000'000);
}
BENCHMARK(BM_EngineEventsOnly_Balanced1M)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Baseline_Balanced1M(benchmark::State& state) {
    auto s = makeTree(Shape::Balanced, 1'000'000);
    BareTree t = bareTree(*s);
    std::vector<Event> events;
    events.reserve(3 * s->declarations.size() + 8);
    for (auto _ : state)
        benchmark::DoNotOptimize(baselineWalk(t, 1, events));
    state.SetItemsProcessed(state.iterations() * 1'000'000);
}
BENCHMARK(BM_Baseline_Balanced1M)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Shape(benchmark::State& state) {
    const auto shape = static_cast<Shape>(state.range(0));
    const auto n = static_cast<std::size_t>(state.range(1));
    timeDeletion(state, makeTree(shape, n));
    // Inverted rate: seconds per (n * 1e-9) objects = nanoseconds per object.
    state.counters["ns_per_object"] = benchmark::Counter(
        static_cast<double>(n) * 1e-9,
        benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.SetLabel(shape == Shape::Balanced ? "balanced"
                   : shape == Shape::Chain  ? "chain"
                                            : "flat");
}
BENCHMARK(BM_Shape)
    ->ArgsProduct({{0, 1, 2}, {10'000, 100'000, 1'000'000}})
    ->Unit(benchmark::kMillisecond);

// CPU time of this process: other load on the machine does not count.
double cpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Best of three; `prepare` runs untimed before each `work`.
double seconds(auto&& prepare, auto&& work) {
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        prepare();
        const double start = cpuSeconds();
        work();
        best = std::min(best, cpuSeconds() - start);
    }
    return best;
}

// Heap the engine holds per object, the trace excluded: measured with mallinfo2
// around a simulation whose trace capacity is then subtracted.
void reportMemoryAndRatio() {
    auto s = makeTree(Shape::Balanced, 1'000'000);
    BareTree bare = bareTree(*s);
    std::vector<Event> events;
    events.reserve(3 * s->declarations.size() + 8);
    std::unique_ptr<Simulation> simulation;
    const double engine = seconds([&] { simulation = std::make_unique<Simulation>(s); },
                                  [&] { simulation->runToEnd(); });
    SimulationOptions eventsOnly;
    eventsOnly.recordStates = false;
    const double engineEventsOnly =
        seconds([&] { simulation = std::make_unique<Simulation>(s, eventsOnly); },
                [&] { simulation->runToEnd(); });
    simulation.reset();
    const double baseline =
        seconds([] {}, [&] { benchmark::DoNotOptimize(baselineWalk(bare, 1, events)); });
    std::printf("\nratio engine / bare post-order walk, 1,000,000 objects fan-out 8: %.2f "
                "(engine %.0f ms, baseline %.0f ms)\n",
                engine / baseline, engine * 1e3, baseline * 1e3);
    std::printf("ratio without the state-change index (wdflc run): %.2f (engine %.0f ms)\n",
                engineEventsOnly / baseline, engineEventsOnly * 1e3);

    auto heap = [] {
        const auto info = mallinfo2();
        return static_cast<double>(info.uordblks + info.hblkhd); // small blocks + mmapped ones
    };
    const double before = heap();
    Simulation held(s);
    const double after = heap();
    const Trace& trace = held.trace();
    const double traceBytes =
        static_cast<double>(trace.events.capacity() * sizeof(Event) +
                            trace.stateChanges.capacity() * sizeof(StateChange));
    std::printf("engine memory per object (trace excluded): %.0f bytes\n",
                (after - before - traceBytes) / 1e6);
}

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    reportMemoryAndRatio();
}
