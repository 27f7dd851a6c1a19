// semantics.md section 6: waiting for running EvtWorkItem / EvtTimerFunc / EvtDpcFunc.
#include "TestSupport.h"

using namespace wdflc;
using namespace wdflc::test;
using V = std::vector<std::string>;

namespace {
std::string waiter(const char* id, const char* type) {
    return std::string(R"({"id":")") + id + R"(","type":")" + type + R"(","parent":"device",)" +
           kCallbacks + "}";
}
} // namespace

TEST(Waits, TimerDeletionWaitsForItsRunningCallback) {
    Trace t = run(scenario(waiter("tm", "WDFTIMER"),
                           R"({"op":"beginCallback","object":"tm"},{"op":"delete","object":"tm"},
                              {"op":"endCallback","object":"tm"})"));
    EXPECT_EQ(project(t), (V{"waitForCallbacks tm 1", "cleanup tm PASSIVE_LEVEL C",
                             "destroy tm PASSIVE_LEVEL C", "freed tm"}));
    EXPECT_EQ(t.events.back().step, 2); // resumed inside the endCallback step
}

TEST(Waits, DpcWaitsToo) {
    Trace t =
        run(scenario(waiter("dpc", "WDFDPC"),
                     R"({"op":"beginCallback","object":"dpc"},{"op":"beginCallback","object":"dpc"},
                              {"op":"delete","object":"dpc"},{"op":"endCallback","object":"dpc"},
                              {"op":"endCallback","object":"dpc"})"));
    auto p = project(t);
    EXPECT_EQ(p[0], "waitForCallbacks dpc 2");
    EXPECT_EQ(t.events.back().step, 4);
}

TEST(Waits, ChildrenAreCleanedUpBeforeTheWait) {
    Trace t =
        run(scenario(waiter("wi", "WDFWORKITEM") +
                         R"(,{"id":"child","type":"WDFOBJECT","parent":"wi",)" + kCallbacks + "}",
                     R"({"op":"beginCallback","object":"wi"},{"op":"delete","object":"wi"},
                              {"op":"endCallback","object":"wi"})"));
    EXPECT_EQ(project(t), (V{"cleanup child PASSIVE_LEVEL C", "waitForCallbacks wi 1",
                             "cleanup wi PASSIVE_LEVEL C", "destroy child PASSIVE_LEVEL C",
                             "freed child", "destroy wi PASSIVE_LEVEL C", "freed wi"}));
}

TEST(Waits, ABlockedDeletionSuspendsTheRestOfTheWalkNotOtherSteps) {
    Trace t =
        run(scenario(R"({"id":"p","type":"WDFOBJECT","parent":"device",)" + kCallbacks + "}," +
                         R"({"id":"wi","type":"WDFWORKITEM","parent":"p",)" + kCallbacks + "}," +
                         R"({"id":"later","type":"WDFOBJECT","parent":"p",)" + kCallbacks + "}," +
                         R"({"id":"x","type":"WDFOBJECT",)" + kCallbacks + "}",
                     R"({"op":"beginCallback","object":"wi"},{"op":"delete","object":"p"},
                              {"op":"delete","object":"x"},{"op":"endCallback","object":"wi"})"));
    EXPECT_EQ(project(t),
              (V{"waitForCallbacks wi 1", "cleanup x PASSIVE_LEVEL C", "destroy x PASSIVE_LEVEL C",
                 "freed x", "cleanup wi PASSIVE_LEVEL C", "cleanup later PASSIVE_LEVEL C",
                 "cleanup p PASSIVE_LEVEL C", "destroy wi PASSIVE_LEVEL C", "freed wi",
                 "destroy later PASSIVE_LEVEL C", "freed later", "destroy p PASSIVE_LEVEL C",
                 "freed p"}));
}

TEST(Waits, QueuedDeletionWaitsOnTheWorker) {
    // golden 25: the wait happens at PASSIVE_LEVEL on the worker, which blocks.
    Trace t = run(
        scenario(waiter("wi", "WDFWORKITEM"),
                 R"({"op":"beginCallback","object":"wi"},{"op":"setIrql","irql":"DISPATCH_LEVEL"},
                              {"op":"delete","object":"wi"},{"op":"endCallback","object":"wi"})"));
    EXPECT_EQ(project(t),
              (V{"deferred wi DISPATCH_LEVEL", "waitForCallbacks wi 1",
                 "cleanup wi PASSIVE_LEVEL C", "destroy wi PASSIVE_LEVEL C", "freed wi"}));
    for (const Event& e : t.events)
        if (e.kind == EventKind::WaitForCallbacks)
            EXPECT_EQ(e.thread, ThreadKind::Worker);
}

TEST(Waits, CallbackStartedWhileDeletionIsQueuedIsWaitedFor) {
    Trace queued =
        run(scenario(waiter("wi", "WDFWORKITEM"),
                     R"({"op":"setIrql","irql":"DISPATCH_LEVEL"},{"op":"delete","object":"wi"},
                                   {"op":"beginCallback","object":"wi"},{"op":"drain"},
                                   {"op":"endCallback","object":"wi"})",
                     R"("autoDrain":false,)"));
    EXPECT_EQ(project(queued),
              (V{"deferred wi DISPATCH_LEVEL", "waitForCallbacks wi 1",
                 "cleanup wi PASSIVE_LEVEL C", "destroy wi PASSIVE_LEVEL C", "freed wi"}));
    EXPECT_TRUE(queued.diagnostics.empty());
}

TEST(Waits, ExplicitFlushAtPassiveBlocksTheCaller) {
    Trace t = run(scenario(waiter("wi", "WDFWORKITEM"),
                           R"({"op":"beginCallback","object":"wi"},
                              {"op":"call","object":"wi","method":"WdfWorkItemFlush"},
                              {"op":"endCallback","object":"wi"},{"op":"delete","object":"wi"})"));
    EXPECT_EQ(project(t), (V{"waitForCallbacks wi 1", "cleanup wi PASSIVE_LEVEL C",
                             "destroy wi PASSIVE_LEVEL C", "freed wi"}));
    EXPECT_TRUE(t.diagnostics.empty());
}

TEST(Waits, ExplicitWaitAbovePassiveIsRefused) {
    // golden 34
    Trace t = run(
        scenario(waiter("tm", "WDFTIMER"),
                 R"({"op":"beginCallback","object":"tm"},{"op":"setIrql","irql":"DISPATCH_LEVEL"},
                              {"op":"call","object":"tm","method":"WdfTimerStop"},
                              {"op":"endCallback","object":"tm"})"));
    EXPECT_EQ(project(t), (V{"diagnostic wait-at-dispatch tm"}));
}

TEST(Waits, WaitMethodOnTheWrongTypeIsAnInvalidStep) {
    Trace t = run(scenario(waiter("tm", "WDFTIMER"),
                           R"({"op":"call","object":"tm","method":"WdfWorkItemFlush"})"));
    EXPECT_EQ(rulesOf(t), (V{"invalid-step"}));
}

TEST(Waits, CallbackAfterRundownIsReported) {
    Trace t = run(scenario(waiter("wi", "WDFWORKITEM"),
                           R"({"op":"beginCallback","object":"wi"},{"op":"delete","object":"wi"},
                              {"op":"beginCallback","object":"wi"},{"op":"endCallback","object":"wi"})"));
    EXPECT_EQ(project(t),
              (V{"waitForCallbacks wi 1", "diagnostic callback-after-rundown wi",
                 "cleanup wi PASSIVE_LEVEL C", "destroy wi PASSIVE_LEVEL C", "freed wi"}));
}

TEST(Waits, AWaitThatNeverEndsIsReportedAtTheEnd) {
    // golden 40
    Trace t = run(scenario(
        waiter("wi", "WDFWORKITEM"),
        R"({"op":"beginCallback","object":"wi"},{"op":"frameworkDelete","object":"device"})"));
    EXPECT_EQ(project(t), (V{"waitForCallbacks wi 1", "diagnostic wait-never-satisfied wi"}));
    EXPECT_EQ(t.events.back().step, -1);
}

TEST(Waits, SeveralWaitersResumeInTheOrderTheyBlocked) {
    Trace t =
        run(scenario(waiter("wi", "WDFWORKITEM") +
                         R"(,{"id":"a","type":"WDFOBJECT","parent":"device",)" + kCallbacks + "}",
                     R"({"op":"beginCallback","object":"wi"},
                              {"op":"call","object":"wi","method":"WdfWorkItemFlush"},
                              {"op":"frameworkDelete","object":"device"},
                              {"op":"endCallback","object":"wi"})"));
    EXPECT_EQ(project(t),
              (V{"waitForCallbacks wi 1", "waitForCallbacks wi 1", "cleanup wi PASSIVE_LEVEL C",
                 "cleanup a PASSIVE_LEVEL C", "destroy wi PASSIVE_LEVEL C", "freed wi",
                 "destroy a PASSIVE_LEVEL C", "freed a", "freed device"}));
}

TEST(Waits, EndCallbackWithNothingRunningIsAnInvalidStep) {
    Trace t = run(scenario(waiter("wi", "WDFWORKITEM"), R"({"op":"endCallback","object":"wi"})"));
    EXPECT_EQ(rulesOf(t), (V{"invalid-step"}));
}
