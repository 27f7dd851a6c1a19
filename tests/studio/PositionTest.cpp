// Position N shows the state the engine reports at event N: for every event
// of several samples, the canvas nodes and the outline show exactly the
// engine's snapshots, whether reached forwards, backwards or by a jump.
#include "canvas/CanvasScene.h"
#include "canvas/NodeItem.h"
#include "canvas/WorkerLaneItem.h"
#include "commands/Editor.h"
#include "document/Document.h"
#include "document/StateStyle.h"
#include "engine/Simulation.h"
#include "inspector/InspectorView.h"
#include "outline/OutlineModel.h"
#include "StudioTestSupport.h"

#include <gtest/gtest.h>
#include <set>

namespace studio {
namespace {

class PositionTest : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override { test::loadSample(document, QString::fromLatin1(GetParam())); }

    void expectViewsMatch(std::uint32_t position, const char* how) {
        SCOPED_TRACE(std::string(how) + " at position " + std::to_string(position));
        const auto& timeline = document.timeline();
        for (wdflc::ObjectId id = 0; id < document.scenario().declarations.size(); ++id) {
            const wdflc::ObjectSnapshot expected = timeline.stateAt(id, position);
            ASSERT_EQ(scene.nodeFor(id)->look().snapshot, expected) << "object " << id;
            const QModelIndex state = outline.indexOf(id, OutlineModel::StateColumn);
            EXPECT_EQ(state.data().toString(), StateStyle::stateText(expected.state));
        }
        // The node of the current event is the one lit up.
        if (position > 0) {
            const wdflc::Event& event = document.trace()->at(position);
            if (event.object != wdflc::kNoObject) {
                EXPECT_TRUE(scene.nodeFor(event.object)->look().phase.has_value());
            }
        }
    }

    Document document;
    Editor editor{&document};
    CanvasScene scene{&document};
    OutlineModel outline{&document, &editor};
};

TEST_P(PositionTest, EveryEventForwardsBackwardsAndByJumps) {
    const std::uint32_t count = document.eventCount();
    ASSERT_GT(count, 0u);
    for (std::uint32_t position = 0; position <= count; ++position) {
        document.setPosition(position);
        expectViewsMatch(position, "forwards");
    }
    for (std::uint32_t position = count + 1; position-- > 0;) {
        document.setPosition(position);
        expectViewsMatch(position, "backwards");
    }
    for (std::uint32_t position : {count, 0u, count / 2, count, 1u}) {
        document.setPosition(position);
        expectViewsMatch(position, "jump");
    }
}

// Independent of the TimelineIndex: the live state of a Simulation stepped
// by hand, at the end of each step, is what the canvas shows there. Changes
// the next step makes before its first event (beginCallback emits none) share
// that position, so the objects they touch are left out at that boundary.
TEST_P(PositionTest, MatchesALiveSimulationAfterEveryStep) {
    const auto& changes = document.trace()->stateChanges;
    wdflc::Simulation simulation(document.scenarioPointer());
    auto check = [&] {
        const auto events = static_cast<std::uint32_t>(simulation.trace().events.size());
        // Changes recorded at this position that the live run has not made
        // yet (new records, or records the engine updated in place).
        const auto& live = simulation.trace().stateChanges;
        std::set<wdflc::ObjectId> changedLater;
        for (std::size_t i = 0; i < changes.size(); ++i)
            if (changes[i].afterEvents == events &&
                (i >= live.size() || live[i].object != changes[i].object ||
                 live[i].snapshot != changes[i].snapshot))
                changedLater.insert(changes[i].object);
        document.setPosition(events);
        ASSERT_EQ(document.position(), events);
        for (wdflc::ObjectId id = 0; id < document.scenario().declarations.size(); ++id)
            if (!changedLater.contains(id)) {
                ASSERT_EQ(scene.nodeFor(id)->look().snapshot, simulation.object(id))
                    << "object " << id << " after " << events << " events";
            }
    };
    check();
    while (!simulation.atEnd()) {
        simulation.step();
        check();
    }
    EXPECT_EQ(simulation.trace().events.size(), document.eventCount());
}

INSTANTIATE_TEST_SUITE_P(Samples, PositionTest,
                         ::testing::Values("01-device-removal.wdfscn.json",
                                           "03-reference-delete-dereference.wdfscn.json",
                                           "06-paged-memory-at-dispatch.wdfscn.json",
                                           "08-work-item-waits.wdfscn.json",
                                           "10-driver-unload.wdfscn.json",
                                           "16-mistake-removal-never-finishes.wdfscn.json"));

TEST(WorkerLaneTest, ShowsQueuedWorkAtDispatch) {
    Document document;
    test::loadSample(document, QStringLiteral("06-paged-memory-at-dispatch.wdfscn.json"));
    CanvasScene scene(&document);
    bool sawQueued = false;
    for (std::uint32_t position = 0; position <= document.eventCount(); ++position) {
        document.setPosition(position);
        sawQueued |= !scene.workerLane()->waiting().isEmpty();
    }
    EXPECT_TRUE(sawQueued);
}

TEST(InspectorTest, ExplainsWhatKeepsALeakedObjectAlive) {
    Document document;
    test::loadSample(document, QStringLiteral("04-reference-leak.wdfscn.json"));
    document.setPosition(document.eventCount());
    bool explained = false;
    for (wdflc::ObjectId id = 0; id < document.scenario().declarations.size(); ++id) {
        const QString html = InspectorView::describe(document, id);
        EXPECT_TRUE(html.contains(QStringLiteral("Why is this object still alive?")));
        explained |= html.contains(QStringLiteral("WdfObjectDereferenceWithTag"));
    }
    EXPECT_TRUE(explained);
}

} // namespace
} // namespace studio
