// Engine benchmarks (issue "Core engine"): figures go in docs/benchmarks.md.
//   build/bench/core_bench                            all of them, then the summary lines
//   build/bench/core_bench --benchmark_filter=Shape   per-object cost by shape and size
#include "engine/Simulation.h"
#include "TreeShapes.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <malloc.h>
#include <memory>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

using namespace wdflc;
using namespace wdflc::bench;

namespace {

// The trace is the events (with their diagnostics and tags): what `wdflc run`
// prints and every export draws from. The studio also keeps the state-change
// index (Trace::stateChanges) to show any position; it is measured apart.
SimulationOptions traceOnly() {
    SimulationOptions options;
    options.recordStates = false;
    return options;
}

// The baseline the engine is measured against: an iterative post-order walk
// over the same tree that appends as many fixed-size events (cleanup, destroy
// and freed per object) to a preallocated array.
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

// A new array for each run, reserved before the clock starts: the engine's
// trace is reserved the same way, in its constructor, and both then write to
// memory they have not touched yet. (Reusing one array across runs, as a
// benchmark loop would by accident, spares the baseline those first-touch
// page faults; that figure is printed too.)
std::vector<Event> preallocatedEvents(const BareTree& t) {
    std::vector<Event> events;
    events.reserve(3 * t.firstChild.size() + 8);
    return events;
}

// Pushes the engine's tables out of every cache level, so that runs of every
// size start from memory alike (used for the per-object cost, see below).
void evictCaches() {
    const long l3 = sysconf(_SC_LEVEL3_CACHE_SIZE);
    static std::vector<char> junk(std::max<std::size_t>(64u << 20, 2 * std::max(l3, 0L)));
    for (std::size_t i = 0; i < junk.size(); i += 64)
        ++junk[i];
    benchmark::ClobberMemory();
}

// Times the deletion only: the objects are created (and later destroyed) untimed.
void timeDeletion(benchmark::State& state, const std::shared_ptr<Scenario>& scenario,
                  SimulationOptions options, bool cold = false) {
    for (auto _ : state) {
        state.PauseTiming();
        auto simulation = std::make_unique<Simulation>(scenario, options);
        if (cold)
            evictCaches();
        state.ResumeTiming();
        simulation->runToEnd();
        benchmark::DoNotOptimize(simulation->trace().events.data());
        state.PauseTiming();
        simulation.reset();
        state.ResumeTiming();
    }
}

void BM_Engine_Balanced1M(benchmark::State& state) {
    timeDeletion(state, makeTree(Shape::Balanced, 1'000'000), traceOnly());
    state.SetItemsProcessed(state.iterations() * 1'000'000);
}
BENCHMARK(BM_Engine_Balanced1M)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_EngineWithStateIndex_Balanced1M(benchmark::State& state) {
    timeDeletion(state, makeTree(Shape::Balanced, 1'000'000), SimulationOptions{});
    state.SetItemsProcessed(state.iterations() * 1'000'000);
}
BENCHMARK(BM_EngineWithStateIndex_Balanced1M)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_Baseline_Balanced1M(benchmark::State& state) {
    auto s = makeTree(Shape::Balanced, 1'000'000);
    const BareTree t = bareTree(*s);
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<Event> events = preallocatedEvents(t);
        state.ResumeTiming();
        benchmark::DoNotOptimize(baselineWalk(t, 1, events));
        state.PauseTiming();
        events = {};
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * 1'000'000);
}
BENCHMARK(BM_Baseline_Balanced1M)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_BaselineReusedArray_Balanced1M(benchmark::State& state) {
    auto s = makeTree(Shape::Balanced, 1'000'000);
    const BareTree t = bareTree(*s);
    std::vector<Event> events = preallocatedEvents(t);
    for (auto _ : state)
        benchmark::DoNotOptimize(baselineWalk(t, 1, events));
    state.SetItemsProcessed(state.iterations() * 1'000'000);
}
BENCHMARK(BM_BaselineReusedArray_Balanced1M)->Unit(benchmark::kMillisecond)->Iterations(5);

const char* shapeName(Shape shape) {
    return shape == Shape::Balanced ? "balanced" : shape == Shape::Chain ? "chain" : "flat";
}

void shapeBenchmark(benchmark::State& state, bool cold) {
    const auto shape = static_cast<Shape>(state.range(0));
    const auto n = static_cast<std::size_t>(state.range(1));
    timeDeletion(state, makeTree(shape, n), traceOnly(), cold);
    // Inverted rate: seconds per (n * 1e-9) objects = nanoseconds per object.
    state.counters["ns_per_object"] = benchmark::Counter(
        static_cast<double>(n) * 1e-9,
        benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.SetLabel(shapeName(shape));
}

// Right after the tree was built: at 10,000 objects everything is still in the caches.
void BM_Shape(benchmark::State& state) {
    shapeBenchmark(state, false);
}
BENCHMARK(BM_Shape)
    ->ArgsProduct({{0, 1, 2}, {10'000, 100'000, 1'000'000}})
    ->Unit(benchmark::kMillisecond);

// From cold caches at every size: the engine's own growth per object.
void BM_ShapeCold(benchmark::State& state) {
    shapeBenchmark(state, true);
}
BENCHMARK(BM_ShapeCold)
    ->ArgsProduct({{0, 1, 2}, {10'000, 100'000, 1'000'000}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(15);

// CPU time of this process: other load on the machine does not count.
double cpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// The summary lines measure each deletion as a user's `wdflc run` meets it:
// in a new process, with cold caches and trace memory fresh from the kernel.
// Inside one long benchmark process, the allocator hands small runs pages
// that earlier runs already touched, while a million-object trace always
// comes new from the kernel; that would compare unlike with unlike.
enum class Measured { Engine, EngineWithStateIndex, Baseline };

double oneShotSeconds(Measured measured, Shape shape, std::size_t n) {
    auto s = makeTree(shape, n);
    if (measured == Measured::Baseline) {
        const BareTree bare = bareTree(*s);
        std::vector<Event> events = preallocatedEvents(bare);
        evictCaches();
        const double start = cpuSeconds();
        benchmark::DoNotOptimize(baselineWalk(bare, 1, events));
        return cpuSeconds() - start;
    }
    Simulation simulation(s, measured == Measured::Engine ? traceOnly() : SimulationOptions{});
    evictCaches();
    const double start = cpuSeconds();
    simulation.runToEnd();
    return cpuSeconds() - start;
}

// Best of `runs` new processes: this program run with --one-shot.
double bestOfProcesses(Measured measured, Shape shape, std::size_t n, int runs = 5) {
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        const std::string command = "/proc/" + std::to_string(getpid()) + "/exe --one-shot " +
                                    std::to_string(static_cast<int>(measured)) + " " +
                                    std::to_string(static_cast<int>(shape)) + " " +
                                    std::to_string(n);
        FILE* child = popen(command.c_str(), "r");
        double seconds = 0;
        if (!child || std::fscanf(child, "%lf", &seconds) != 1 || pclose(child) != 0) {
            std::fprintf(stderr, "core_bench: %s failed\n", command.c_str());
            std::exit(1);
        }
        best = std::min(best, seconds);
    }
    return best;
}

void reportRatio() {
    const std::size_t n = 1'000'000;
    const double engine = bestOfProcesses(Measured::Engine, Shape::Balanced, n);
    const double withStates = bestOfProcesses(Measured::EngineWithStateIndex, Shape::Balanced, n);
    const double baseline = bestOfProcesses(Measured::Baseline, Shape::Balanced, n);
    std::printf("\nratio engine / bare post-order walk, 1,000,000 objects fan-out 8: %.2f "
                "(engine %.0f ms, baseline %.0f ms)\n",
                engine / baseline, engine * 1e3, baseline * 1e3);
    std::printf("  with the studio's state-change index: %.2f (engine %.0f ms)\n",
                withStates / baseline, withStates * 1e3);
}

void reportFlatness() {
    std::printf("cost per object, 10,000 -> 100,000 -> 1,000,000 objects (largest / smallest):\n");
    for (Shape shape : {Shape::Balanced, Shape::Chain, Shape::Flat}) {
        std::vector<double> perObject;
        for (std::size_t n : {10'000, 100'000, 1'000'000})
            perObject.push_back(bestOfProcesses(Measured::Engine, shape, n) * 1e9 /
                                static_cast<double>(n));
        const auto [low, high] = std::minmax_element(perObject.begin(), perObject.end());
        std::printf("  %-8s %.0f -> %.0f -> %.0f ns: %.2f\n", shapeName(shape), perObject[0],
                    perObject[1], perObject[2], *high / *low);
    }
}

// Heap the engine holds per object, the trace excluded: measured with mallinfo2
// around a simulation whose trace capacity is then subtracted.
void reportMemory() {
    auto s = makeTree(Shape::Balanced, 1'000'000);
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
    if (argc == 5 && std::string_view(argv[1]) == "--one-shot") {
        std::printf("%.9f\n", oneShotSeconds(static_cast<Measured>(std::atoi(argv[2])),
                                             static_cast<Shape>(std::atoi(argv[3])),
                                             std::strtoull(argv[4], nullptr, 10)));
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    reportRatio();
    reportFlatness();
    reportMemory();
}
