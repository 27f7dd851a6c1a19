// The plot data checked against the engine's trace, for every sample scenario
// and the spec's examples: each figure is recomputed from the events or from
// the TimelineIndex, not from the plot code.
#include "plot/PlotData.h"

#include "engine/Simulation.h"
#include "io/ScenarioReader.h"
#include "trace/TimelineIndex.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace wdflc;
using namespace wdflc::plot;

std::vector<std::string> scenarioFiles() {
    std::vector<std::string> files;
    for (const char* dir : {WDFLC_SAMPLES_DIR, WDFLC_SPEC_DIR "/examples"}) {
        if (!std::filesystem::is_directory(dir))
            continue;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            if (entry.path().string().ends_with(".wdfscn.json"))
                files.push_back(entry.path().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

Trace simulateFile(const std::string& path) {
    LoadResult loaded = readScenarioFile(path);
    EXPECT_TRUE(loaded.ok()) << path;
    return loaded.ok() ? simulate(loaded.scenario) : Trace{};
}

Trace simulateText(const std::string& json) {
    LoadResult loaded = readScenario(json);
    EXPECT_TRUE(loaded.ok());
    return loaded.ok() ? simulate(loaded.scenario) : Trace{};
}

const LifetimeRow& rowNamed(const Trace& trace, const PlotData& data, const std::string& name) {
    const auto id = trace.scenario->find(name);
    EXPECT_TRUE(id.has_value()) << name;
    const LifetimeRow* row = data.rowOf(*id);
    EXPECT_NE(row, nullptr) << name;
    return *row;
}

std::vector<LifetimePhase> phasesOf(const LifetimeRow& row) {
    std::vector<LifetimePhase> phases;
    for (const PhaseSegment& segment : row.segments)
        phases.push_back(segment.phase);
    return phases;
}

template <typename Series> auto valueAt(const Series& series, std::uint32_t position) {
    auto after =
        std::upper_bound(series.begin(), series.end(), position,
                         [](std::uint32_t p, const auto& point) { return p < point.position; });
    return after == series.begin() ? series.end() : std::prev(after);
}

class EveryScenario : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        trace = simulateFile(GetParam());
        ASSERT_FALSE(trace.events.empty()) << GetParam();
        data = buildPlotData(trace);
    }
    Trace trace;
    PlotData data;
};

TEST_P(EveryScenario, OneRowPerCreatedObjectInTreeOrder) {
    std::map<ObjectId, std::uint32_t> createdAt;
    std::map<ObjectId, ObjectId> parentOf;
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq) {
        const Event& event = trace.at(seq);
        if (event.kind == EventKind::Created && !createdAt.count(event.object)) {
            createdAt[event.object] = seq;
            parentOf[event.object] = event.detail;
        }
    }
    ASSERT_EQ(data.rows.size(), createdAt.size());

    std::map<ObjectId, std::size_t> rowIndex;
    for (std::size_t i = 0; i < data.rows.size(); ++i) {
        const LifetimeRow& row = data.rows[i];
        rowIndex[row.object] = i;
        EXPECT_EQ(row.createdSeq, createdAt.at(row.object));
        EXPECT_EQ(row.parent, parentOf.at(row.object));
        EXPECT_EQ(data.rowOf(row.object), &row);
        const auto parent = rowIndex.find(row.parent);
        if (row.parent == kNoObject) {
            EXPECT_EQ(row.depth, 0u);
            continue;
        }
        // Parents come first, directly followed by their subtree.
        ASSERT_NE(parent, rowIndex.end()) << trace.objectName(row.object);
        EXPECT_EQ(row.depth, data.rows[parent->second].depth + 1);
        for (std::size_t between = parent->second + 1; between < i; ++between)
            EXPECT_GT(data.rows[between].depth, data.rows[parent->second].depth);
    }
    // Siblings in creation order.
    std::map<ObjectId, std::uint32_t> lastSiblingCreated;
    for (const LifetimeRow& row : data.rows) {
        EXPECT_GT(row.createdSeq, lastSiblingCreated[row.parent]) << trace.objectName(row.object);
        lastSiblingCreated[row.parent] = row.createdSeq;
    }
}

TEST_P(EveryScenario, SegmentsFollowTheObjectStateAtEveryPosition) {
    const TimelineIndex timeline(trace);
    for (const LifetimeRow& row : data.rows) {
        const std::string name = trace.objectName(row.object);
        ASSERT_FALSE(row.segments.empty()) << name;
        EXPECT_EQ(row.segments.front().begin, row.createdSeq) << name;
        EXPECT_EQ(row.segments.back().end, row.endPosition(data.eventCount())) << name;
        for (std::size_t i = 0; i < row.segments.size(); ++i) {
            const PhaseSegment& segment = row.segments[i];
            EXPECT_LT(segment.begin, segment.end) << name;
            if (i > 0) {
                EXPECT_EQ(segment.begin, row.segments[i - 1].end) << name;
                EXPECT_NE(segment.phase, row.segments[i - 1].phase) << name;
            }
            for (std::uint32_t position = segment.begin; position < segment.end; ++position)
                EXPECT_EQ(segment.phase, phaseOf(timeline.stateAt(row.object, position)))
                    << name << " at " << position;
        }
        if (row.freed()) {
            EXPECT_EQ(trace.at(row.freedSeq).kind, EventKind::Freed);
            EXPECT_EQ(timeline.stateAt(row.object, row.freedSeq).state, ObjectState::Freed);
        } else {
            EXPECT_NE(timeline.stateAt(row.object, data.eventCount()).state, ObjectState::Freed);
        }
    }
}

TEST_P(EveryScenario, EveryCallbackAndDiagnosticHasItsTick) {
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq) {
        const Event& event = trace.at(seq);
        const bool ticked =
            event.kind == EventKind::Cleanup || event.kind == EventKind::Destroy ||
            event.kind == EventKind::Diagnostic || event.kind == EventKind::Deferred ||
            event.kind == EventKind::WaitForCallbacks || event.kind == EventKind::DeleteRequested;
        const LifetimeRow* row = data.rowOf(event.object);
        if (!ticked || !row)
            continue;
        const auto tick = std::find_if(row->ticks.begin(), row->ticks.end(),
                                       [&](const LifetimeTick& t) { return t.seq == seq; });
        ASSERT_NE(tick, row->ticks.end()) << "event " << seq;
        if (event.kind == EventKind::Cleanup) {
            EXPECT_EQ(tick->kind, event.registered ? LifetimeTick::Kind::CleanupCallback
                                                   : LifetimeTick::Kind::CleanupWithoutCallback);
        }
        if (event.kind == EventKind::Destroy) {
            EXPECT_EQ(tick->kind, event.registered ? LifetimeTick::Kind::DestroyCallback
                                                   : LifetimeTick::Kind::DestroyWithoutCallback);
        }
        if (event.kind == EventKind::Diagnostic) {
            EXPECT_EQ(tick->kind, ruleInfo(trace.diagnostic(event).rule).severity == Severity::Error
                                      ? LifetimeTick::Kind::Error
                                      : LifetimeTick::Kind::Warning);
        }
    }
    for (const LifetimeRow& row : data.rows) {
        EXPECT_TRUE(std::is_sorted(row.ticks.begin(), row.ticks.end(),
                                   [](const auto& a, const auto& b) { return a.seq < b.seq; }));
        for (const LifetimeTick& tick : row.ticks)
            EXPECT_EQ(trace.at(tick.seq).object, row.object);
    }
}

TEST_P(EveryScenario, ReferenceCountsMatchEventsAndTimeline) {
    const TimelineIndex timeline(trace);
    for (const LifetimeRow& row : data.rows) {
        const auto series = referenceCountSeries(trace, row.object);
        ASSERT_FALSE(series.empty());
        EXPECT_EQ(series.front().position, row.createdSeq);
        EXPECT_EQ(series.front().total, 1); // the creation reference
        EXPECT_EQ(series.front().creation, 1);
        for (std::uint32_t position = row.createdSeq; position <= data.eventCount(); ++position) {
            const auto point = valueAt(series, position);
            ASSERT_NE(point, series.end());
            const ObjectSnapshot state = timeline.stateAt(row.object, position);
            EXPECT_EQ(point->total, state.refCount)
                << trace.objectName(row.object) << " at " << position;
            EXPECT_EQ(point->creation + point->driver, point->total);
            EXPECT_GE(point->driver, 0);
        }
        // The count carried by referenced/dereferenced events is the plotted one,
        // less the creation reference when the same event released it (the
        // trace keeps one state per object and position).
        for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq) {
            const Event& event = trace.at(seq);
            if (event.object != row.object ||
                (event.kind != EventKind::Referenced && event.kind != EventKind::Dereferenced))
                continue;
            const ObjectState after = timeline.stateAt(row.object, seq).state;
            const bool releasedNow =
                timeline.stateAt(row.object, seq - 1).state != ObjectState::Released &&
                (after == ObjectState::Released || after == ObjectState::DestroyQueued ||
                 after == ObjectState::Freed);
            EXPECT_EQ(valueAt(series, seq)->total, event.refCount - (releasedNow ? 1 : 0))
                << "event " << seq;
        }
        // The driver's part is what its reference/dereference events left.
        std::int32_t driverReferences = 0;
        for (std::uint32_t seq = 1; seq <= data.eventCount(); ++seq) {
            const Event& event = trace.at(seq);
            if (event.object == row.object && event.kind == EventKind::Referenced)
                ++driverReferences;
            if (event.object == row.object && event.kind == EventKind::Dereferenced)
                --driverReferences;
            if (seq < row.createdSeq)
                continue;
            const auto point = valueAt(series, seq);
            EXPECT_EQ(point->driver, std::clamp(driverReferences, 0, point->total))
                << trace.objectName(row.object) << " at " << seq;
            EXPECT_TRUE(point->creation == 0 || point->creation == 1);
        }
        // Before deletion the creation reference is always held; once freed, nothing is.
        EXPECT_EQ(valueAt(series, row.createdSeq)->creation, 1);
        if (row.freed()) {
            EXPECT_EQ(valueAt(series, row.freedSeq)->total, 0);
        }
    }
}

TEST_P(EveryScenario, IrqlBandCoversEveryEventOnceWithItsThreadAndIrql) {
    std::vector<int> covered(trace.events.size() + 1, 0);
    for (std::size_t lane = 0; lane < data.irql.lanes.size(); ++lane) {
        std::uint32_t previousLast = 0;
        for (const IrqlRun& run : data.irql.lanes[lane]) {
            EXPECT_EQ(static_cast<std::size_t>(run.thread), lane);
            EXPECT_LE(run.firstSeq, run.lastSeq);
            EXPECT_GT(run.firstSeq, previousLast);
            previousLast = run.lastSeq;
            for (std::uint32_t seq = run.firstSeq; seq <= run.lastSeq; ++seq) {
                ++covered[seq];
                EXPECT_EQ(trace.at(seq).irql, run.irql) << "event " << seq;
                EXPECT_EQ(trace.at(seq).thread, run.thread) << "event " << seq;
            }
        }
    }
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq)
        EXPECT_EQ(covered[seq], 1) << "event " << seq;
}

TEST_P(EveryScenario, QueueLengthMatchesTimeline) {
    const TimelineIndex timeline(trace);
    std::uint32_t highest = 0;
    for (std::uint32_t position = 0; position <= data.eventCount(); ++position) {
        const auto point = valueAt(data.queueLength, position);
        ASSERT_NE(point, data.queueLength.end());
        EXPECT_EQ(point->length, timeline.queueLengthAt(position)) << "at " << position;
        highest = std::max(highest, point->length);
    }
    EXPECT_EQ(data.maxQueueLength, highest);
}

TEST_P(EveryScenario, StepAxisKeepsEventOrderAndStepSlots) {
    const EventAxis& axis = data.axis;
    double previous = -1;
    for (std::uint32_t position = 0; position <= data.eventCount(); ++position) {
        const double x = axis.toAxis(position, AxisUnit::Steps);
        EXPECT_GT(x, previous);
        previous = x;
        EXPECT_NEAR(axis.toPosition(x, AxisUnit::Steps), position, 1e-9);
        EXPECT_EQ(axis.toAxis(position, AxisUnit::Events), position);
        if (position == 0)
            continue;
        // An event lies inside its step's slot.
        const std::size_t slot = axis.slotOfEvent(position);
        EXPECT_GT(x, static_cast<double>(slot));
        EXPECT_LE(x, static_cast<double>(slot + 1));
        const StepSlot& stepSlot = axis.stepSlots()[slot];
        const Event& event = trace.at(position);
        if (event.step >= 0) {
            EXPECT_EQ(stepSlot.kind, StepSlot::Kind::Step);
            EXPECT_EQ(stepSlot.step, event.step);
        } else {
            EXPECT_NE(stepSlot.kind, StepSlot::Kind::Step);
        }
        EXPECT_GE(position, stepSlot.firstPosition + 1);
        EXPECT_LE(position, stepSlot.lastPosition);
    }
    ASSERT_EQ(axis.stepSlots().size(), trace.scenario->steps.size() + 2);
    EXPECT_EQ(axis.stepSlots().back().lastPosition, data.eventCount());
}

INSTANTIATE_TEST_SUITE_P(Samples, EveryScenario, ::testing::ValuesIn(scenarioFiles()),
                         [](const auto& info) {
                             std::string name =
                                 std::filesystem::path(info.param).filename().string();
                             name = name.substr(0, name.find('.'));
                             std::replace_if(
                                 name.begin(), name.end(), [](char c) { return !std::isalnum(c); },
                                 '_');
                             return name;
                         });

TEST(PlotScenarios, SamplesAreFound) {
    EXPECT_GE(scenarioFiles().size(), 10u);
}

// A referenced child outlives its parent: cleaned up with it, destroyed at the
// driver's dereference (semantics.md 3.7).
TEST(PlotScenarios, ReferencedChildWaitsForItsDestroyAfterTheParentIsFreed) {
    const Trace trace = simulateText(R"({"format":"wdf-lifecycle-scenario","version":1,
      "objects":[{"id":"driver","type":"WDFDRIVER"},{"id":"device","type":"WDFDEVICE"},
        {"id":"p","type":"WDFOBJECT","parent":"device"},
        {"id":"b","type":"WDFOBJECT","parent":"p","contexts":[{"cleanup":true,"destroy":true}]}],
      "steps":[{"op":"reference","object":"b","tag":"t"},{"op":"delete","object":"p"},
        {"op":"dereference","object":"b","tag":"t"}]})");
    const PlotData data = buildPlotData(trace);
    const LifetimeRow& parent = rowNamed(trace, data, "p");
    const LifetimeRow& child = rowNamed(trace, data, "b");
    EXPECT_EQ(phasesOf(child),
              (std::vector{LifetimePhase::Alive, LifetimePhase::DeletionRequested,
                           LifetimePhase::CleanedUp, LifetimePhase::WaitingForDestroy}));
    // It waits from the parent's destroy pass to the dereference step.
    EXPECT_EQ(trace.at(child.segments.back().begin).step, 1);
    EXPECT_EQ(child.segments.back().end, child.freedSeq);
    ASSERT_TRUE(parent.freed());
    ASSERT_TRUE(child.freed());
    EXPECT_LT(parent.freedSeq, child.freedSeq);
    EXPECT_EQ(trace.at(child.freedSeq).step, 2); // freed by the dereference step

    const auto series = referenceCountSeries(trace, *trace.scenario->find("b"));
    ASSERT_EQ(series.size(), 4u);
    EXPECT_EQ(series[1].total, 2); // creation + driver
    EXPECT_EQ(series[1].driver, 1);
    EXPECT_EQ(series[2].total, 1); // the destroy pass released the creation reference
    EXPECT_EQ(series[2].creation, 0);
    EXPECT_EQ(series[2].driver, 1);
    EXPECT_EQ(series[3].total, 0); // the dereference destroyed and freed it
}

// The destroy pass marks the work item released before its child's pass and
// releases the creation reference only after it: the count stays 1 meanwhile,
// and that 1 is still the creation reference, not a driver reference.
TEST(PlotScenarios, NoDriverReferenceIsInventedWhileTheDestroyPassRuns) {
    const Trace trace = simulateFile(WDFLC_SAMPLES_DIR "/08-work-item-waits.wdfscn.json");
    const auto item = trace.scenario->find("resetWorkItem");
    ASSERT_TRUE(item.has_value());
    const auto series = referenceCountSeries(trace, *item);
    ASSERT_GE(series.size(), 2u);
    for (const ReferenceCountPoint& point : series) {
        EXPECT_EQ(point.driver, 0) << "at " << point.position;
        EXPECT_EQ(point.creation, point.total) << "at " << point.position;
    }
    EXPECT_EQ(series.back().total, 0);
}

TEST(PlotScenarios, WorkItemWaitShowsAsDeletionRequestedUntilTheCallbackReturns) {
    const Trace trace =
        simulateFile(WDFLC_SPEC_DIR "/examples/22-workitem-waits-for-callback.wdfscn.json");
    const PlotData data = buildPlotData(trace);
    const LifetimeRow& item = rowNamed(trace, data, "wi");
    ASSERT_GE(item.segments.size(), 2u);
    const PhaseSegment& waiting = item.segments[1];
    EXPECT_EQ(waiting.phase, LifetimePhase::DeletionRequested);
    EXPECT_EQ(trace.at(waiting.begin).step, 1); // the delete step
    EXPECT_EQ(trace.at(waiting.end).step, 2);   // resumed by endCallback
    const auto wait = std::find_if(item.ticks.begin(), item.ticks.end(), [](const auto& tick) {
        return tick.kind == LifetimeTick::Kind::WaitForCallbacks;
    });
    ASSERT_NE(wait, item.ticks.end());
    EXPECT_GE(wait->seq, waiting.begin);
    EXPECT_LT(wait->seq, waiting.end);
}

TEST(PlotScenarios, PagedMemoryDeletedAtDispatchIsQueuedAndRunsOnTheWorker) {
    const Trace trace =
        simulateText(R"({"format":"wdf-lifecycle-scenario","version":1,"autoDrain":false,
      "objects":[{"id":"driver","type":"WDFDRIVER"},{"id":"device","type":"WDFDEVICE"},
        {"id":"mem","type":"WDFMEMORY","parent":"device","poolType":"PagedPool",
         "contexts":[{"cleanup":true}]}],
      "steps":[{"op":"setIrql","irql":"DISPATCH_LEVEL"},{"op":"delete","object":"mem"},
        {"op":"setIrql","irql":"PASSIVE_LEVEL"},{"op":"drain"}]})");
    const PlotData data = buildPlotData(trace);
    EXPECT_EQ(data.maxQueueLength, 1u);
    const LifetimeRow& memory = rowNamed(trace, data, "mem");
    const auto deferred = std::find_if(memory.ticks.begin(), memory.ticks.end(), [](const auto& t) {
        return t.kind == LifetimeTick::Kind::Deferred;
    });
    ASSERT_NE(deferred, memory.ticks.end());
    EXPECT_EQ(trace.at(deferred->seq).irql, Irql::Dispatch);
    // The cleanup callback ran on the worker at PASSIVE_LEVEL.
    const auto& workerRuns = data.irql.lanes[static_cast<std::size_t>(ThreadKind::Worker)];
    ASSERT_FALSE(workerRuns.empty());
    EXPECT_EQ(workerRuns.front().irql, Irql::Passive);
    const auto cleanup = std::find_if(memory.ticks.begin(), memory.ticks.end(), [](const auto& t) {
        return t.kind == LifetimeTick::Kind::CleanupCallback;
    });
    ASSERT_NE(cleanup, memory.ticks.end());
    EXPECT_GE(cleanup->seq, workerRuns.front().firstSeq);
    EXPECT_EQ(trace.at(cleanup->seq).step, 3); // the drain step
    // The driver's lane shows the stretch at DISPATCH_LEVEL.
    const auto& driverRuns = data.irql.lanes[static_cast<std::size_t>(ThreadKind::Driver)];
    EXPECT_TRUE(std::any_of(driverRuns.begin(), driverRuns.end(),
                            [](const IrqlRun& run) { return run.irql == Irql::Dispatch; }));
}

TEST(PlotScenarios, ReferenceLeakLeavesAnOpenBarWaitingForDestroy) {
    const Trace trace = simulateFile(WDFLC_SAMPLES_DIR "/04-reference-leak.wdfscn.json");
    const PlotData data = buildPlotData(trace);
    std::vector<const LifetimeRow*> open;
    for (const LifetimeRow& row : data.rows) {
        if (!row.freed())
            open.push_back(&row);
    }
    ASSERT_FALSE(open.empty());
    bool leakedOneWaits = false;
    for (const LifetimeRow* row : open) {
        leakedOneWaits =
            leakedOneWaits || row->segments.back().phase == LifetimePhase::WaitingForDestroy;
        EXPECT_EQ(row->segments.back().end, data.eventCount());
    }
    EXPECT_TRUE(leakedOneWaits);
}

TEST(PlotScenarios, EmptyTraceGivesEmptyPlot) {
    const PlotData data = buildPlotData(Trace{});
    EXPECT_TRUE(data.rows.empty());
    EXPECT_EQ(data.eventCount(), 0u);
    ASSERT_EQ(data.queueLength.size(), 1u);
    EXPECT_EQ(data.axis.toAxis(0, AxisUnit::Steps), 0.0);
    EXPECT_EQ(data.axis.stepSlots().size(), 2u); // objects and end
}

} // namespace
