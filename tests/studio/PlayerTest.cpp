// The animation only moves the position: play runs to the end or to a
// breakpoint, stepping back is exact.
#include "document/Document.h"
#include "document/EventNarrator.h"
#include "player/PlayerController.h"
#include "StudioTestSupport.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QTest>

namespace studio {
namespace {

class PlayerTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::loadSample(document, QStringLiteral("01-device-removal.wdfscn.json"));
        player.setSpeed(1000);
        for (wdflc::EventKind kind :
             std::vector(player.breakpoints().begin(), player.breakpoints().end()))
            player.setBreakpoint(kind, false);
    }
    Document document;
    PlayerController player{&document};
};

TEST_F(PlayerTest, PlaysToTheEnd) {
    document.setPosition(0);
    player.play();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !player.isPlaying(); }, 5000));
    EXPECT_EQ(document.position(), document.eventCount());
}

TEST_F(PlayerTest, StopsAtTheFirstDestroy) {
    player.setBreakpoint(wdflc::EventKind::Destroy, true);
    document.setPosition(0);
    player.play();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !player.isPlaying(); }, 5000));
    ASSERT_GT(document.position(), 0u);
    EXPECT_EQ(document.trace()->at(document.position()).kind, wdflc::EventKind::Destroy);
    for (std::uint32_t seq = 1; seq < document.position(); ++seq)
        EXPECT_NE(document.trace()->at(seq).kind, wdflc::EventKind::Destroy);
}

TEST_F(PlayerTest, StepsAndJumps) {
    player.toStart();
    EXPECT_EQ(document.position(), 0u);
    player.stepBack();
    EXPECT_EQ(document.position(), 0u);
    player.stepForward();
    player.stepForward();
    EXPECT_EQ(document.position(), 2u);
    player.stepBack();
    EXPECT_EQ(document.position(), 1u);
    EXPECT_EQ(document.previousPosition(), 2u);
    player.toEnd();
    EXPECT_EQ(document.position(), document.eventCount());
    player.stepForward();
    EXPECT_EQ(document.position(), document.eventCount());
}

TEST_F(PlayerTest, EveryEventHasACaption) {
    const auto& trace = *document.trace();
    for (std::uint32_t position = 0; position <= trace.events.size(); ++position)
        EXPECT_FALSE(EventNarrator::caption(trace, document.timeline(), position).isEmpty());
}

TEST(NarratorTest, ExplainsWhyPagedMemoryWasQueued) {
    Document document;
    test::loadSample(document, QStringLiteral("06-paged-memory-at-dispatch.wdfscn.json"));
    const auto& trace = *document.trace();
    bool explained = false;
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq)
        if (trace.at(seq).kind == wdflc::EventKind::Deferred)
            explained |= EventNarrator::why(trace, document.timeline(), seq)
                             .contains(QStringLiteral("PASSIVE_LEVEL"));
    EXPECT_TRUE(explained);
}

TEST(NarratorTest, ExplainsChildrenBeforeParents) {
    Document document;
    test::loadSample(document, QStringLiteral("01-device-removal.wdfscn.json"));
    const auto& trace = *document.trace();
    bool explained = false;
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq)
        if (trace.at(seq).kind == wdflc::EventKind::Cleanup)
            explained |= EventNarrator::why(trace, document.timeline(), seq)
                             .contains(QStringLiteral("children are cleaned up before"));
    EXPECT_TRUE(explained);
}

} // namespace
} // namespace studio

namespace studio {
namespace {

TEST(PlayerSpeedTest, FasterAndSlowerWalkThroughTheOfferedSpeeds) {
    Document document;
    PlayerController player(&document);
    player.setSpeed(4.0);
    player.fasterAction()->trigger();
    EXPECT_EQ(player.speed(), 8.0);
    player.slowerAction()->trigger();
    player.slowerAction()->trigger();
    EXPECT_EQ(player.speed(), 2.0);
    player.setSpeed(PlayerController::speeds().back());
    player.fasterAction()->trigger();
    EXPECT_EQ(player.speed(), PlayerController::speeds().back());
}

} // namespace
} // namespace studio
