// semantics.md section 5: IRQL, the deferred queue and the worker, the request exception.
#include "TestSupport.h"

using namespace wdflc;
using namespace wdflc::test;
using V = std::vector<std::string>;

namespace {
const std::string kDispatch = R"({"op":"setIrql","irql":"DISPATCH_LEVEL"})";

std::vector<std::string> reasons(const Trace& t) {
    std::vector<std::string> out;
    for (const Event& e : t.events)
        if (e.kind == EventKind::Deferred)
            out.push_back(std::string(deferReasonName(static_cast<DeferReason>(e.detail))));
    return out;
}
} // namespace

TEST(Deferral, PassiveObjectDeletedAtDispatchIsQueuedWhole) {
    Trace t =
        run(scenario(R"({"id":"m","type":"WDFMEMORY","poolType":"PagedPool",)" + kCallbacks + "}",
                     kDispatch + R"(,{"op":"delete","object":"m"})"));
    EXPECT_EQ(project(t), (V{"deferred m DISPATCH_LEVEL", "cleanup m PASSIVE_LEVEL C",
                             "destroy m PASSIVE_LEVEL C", "freed m"}));
    EXPECT_EQ(reasons(t), (V{"passive-dispose"}));
    for (const Event& e : t.events)
        if (e.kind == EventKind::Cleanup)
            EXPECT_EQ(e.thread, ThreadKind::Worker);
}

TEST(Deferral, NonPagedMemoryAtDispatchIsCleanedAtDispatch) {
    Trace t = run(scenario(R"({"id":"m","type":"WDFMEMORY",)" + kCallbacks + "}",
                           kDispatch + R"(,{"op":"delete","object":"m"})"));
    EXPECT_EQ(project(t),
              (V{"cleanup m DISPATCH_LEVEL C", "destroy m DISPATCH_LEVEL C", "freed m"}));
}

TEST(Deferral, ApcLevelDefersLikeDispatch) {
    Trace t =
        run(scenario(R"({"id":"m","type":"WDFMEMORY","poolType":"PagedPool",)" + kCallbacks + "}",
                     R"({"op":"setIrql","irql":"APC_LEVEL"},{"op":"delete","object":"m"})"));
    EXPECT_EQ(project(t)[0], "deferred m APC_LEVEL");
}

TEST(Deferral, DirectPassiveChildMovesTheWholeDeletionToTheWorker) {
    // golden 19: pre-check fires before any child is touched.
    Trace t = run(scenario(R"({"id":"o","type":"WDFOBJECT",)" + kCallbacks + R"(},
        {"id":"n","type":"WDFOBJECT","parent":"o",)" +
                               kCallbacks + R"(},
        {"id":"s","type":"WDFSTRING","parent":"o",)" +
                               kCallbacks + "}",
                           kDispatch + R"(,{"op":"delete","object":"o"})"));
    EXPECT_EQ(project(t), (V{"deferred o DISPATCH_LEVEL", "cleanup n PASSIVE_LEVEL C",
                             "cleanup s PASSIVE_LEVEL C", "cleanup o PASSIVE_LEVEL C",
                             "destroy n PASSIVE_LEVEL C", "freed n", "destroy s PASSIVE_LEVEL C",
                             "freed s", "destroy o PASSIVE_LEVEL C", "freed o"}));
    EXPECT_EQ(reasons(t), (V{"passive-child"}));
}

TEST(Deferral, DeeperPassiveObjectGivesAPartialWalk) {
    // golden 20: siblings before the passive branch are cleaned at DISPATCH_LEVEL.
    Trace t = run(scenario(R"({"id":"o","type":"WDFOBJECT",)" + kCallbacks + R"(},
        {"id":"first","type":"WDFOBJECT","parent":"o",)" +
                               kCallbacks + R"(},
        {"id":"mid","type":"WDFOBJECT","parent":"o",)" +
                               kCallbacks + R"(},
        {"id":"s","type":"WDFSTRING","parent":"mid",)" +
                               kCallbacks + R"(},
        {"id":"last","type":"WDFOBJECT","parent":"o",)" +
                               kCallbacks + "}",
                           kDispatch + R"(,{"op":"delete","object":"o"})"));
    EXPECT_EQ(project(t), (V{"cleanup first DISPATCH_LEVEL C", "deferred o DISPATCH_LEVEL",
                             "cleanup s PASSIVE_LEVEL C", "cleanup mid PASSIVE_LEVEL C",
                             "cleanup last PASSIVE_LEVEL C", "cleanup o PASSIVE_LEVEL C",
                             "destroy first PASSIVE_LEVEL C", "freed first",
                             "destroy s PASSIVE_LEVEL C", "freed s", "destroy mid PASSIVE_LEVEL C",
                             "freed mid", "destroy last PASSIVE_LEVEL C", "freed last",
                             "destroy o PASSIVE_LEVEL C", "freed o"}));
}

TEST(Deferral, DestroyOfPassiveObjectReachingZeroAtDispatchIsQueued) {
    Trace t = run(scenario(R"({"id":"s","type":"WDFSTRING",)" + kCallbacks + "}",
                           R"({"op":"reference","object":"s"},{"op":"delete","object":"s"},)" +
                               kDispatch + R"(,{"op":"dereference","object":"s"})"));
    EXPECT_EQ(project(t), (V{"cleanup s PASSIVE_LEVEL C", "deferred s DISPATCH_LEVEL",
                             "destroy s PASSIVE_LEVEL C", "freed s"}));
    EXPECT_EQ(reasons(t), (V{"passive-destroy"}));
}

TEST(Deferral, WithoutAutoDrainWorkWaitsForDrain) {
    Trace t = run(scenario(
        R"({"id":"m","type":"WDFMEMORY","poolType":"PagedPool",)" + kCallbacks + "}",
        kDispatch +
            R"(,{"op":"delete","object":"m"},{"op":"reference","object":"device"},{"op":"drain"})",
        R"("autoDrain":false,)"));
    ASSERT_EQ(project(t).size(), 4u);
    // The worker's events carry the drain step's index.
    for (const Event& e : t.events)
        if (e.kind == EventKind::Cleanup)
            EXPECT_EQ(e.step, 3);
}

TEST(Deferral, EndOfScenarioRunsTheQueue) {
    Trace t =
        run(scenario(R"({"id":"m","type":"WDFMEMORY","poolType":"PagedPool",)" + kCallbacks + "}",
                     kDispatch + R"(,{"op":"delete","object":"m"})", R"("autoDrain":false,)"));
    ASSERT_EQ(project(t).size(), 4u);
    EXPECT_EQ(t.events.back().step, -1);
}

TEST(Deferral, DeviceRemovalWaitsForQueuedWork) {
    // golden 38: the implicit drain before the device's own release.
    Trace t = run(scenario(
        R"({"id":"m","type":"WDFMEMORY","parent":"driver","poolType":"PagedPool",)" + kCallbacks +
            R"(},
        {"id":"o","type":"WDFOBJECT","parent":"device",)" +
            kCallbacks + "}",
        kDispatch + R"(,{"op":"delete","object":"m"},{"op":"frameworkDelete","object":"device"})",
        R"("autoDrain":false,)"));
    EXPECT_EQ(project(t), (V{"deferred m DISPATCH_LEVEL", "cleanup o PASSIVE_LEVEL C",
                             "destroy o PASSIVE_LEVEL C", "freed o", "cleanup m PASSIVE_LEVEL C",
                             "destroy m PASSIVE_LEVEL C", "freed m", "freed device"}));
}

TEST(Deferral, DriverUnloadWaitsForQueuedWorkBeforeItsOwnCleanup) {
    // golden 39
    Trace t = run(R"({"format":"wdf-lifecycle-scenario","version":1,"autoDrain":false,"objects":[
        {"id":"driver","type":"WDFDRIVER","contexts":[{"name":"D","cleanup":true}]},
        {"id":"m","type":"WDFMEMORY","poolType":"PagedPool",)" +
                  kCallbacks + R"(}],
        "steps":[)" +
                  kDispatch +
                  R"(,{"op":"delete","object":"m"},{"op":"frameworkDelete","object":"driver"}]})");
    EXPECT_EQ(project(t), (V{"deferred m DISPATCH_LEVEL", "cleanup m PASSIVE_LEVEL C",
                             "destroy m PASSIVE_LEVEL C", "freed m",
                             "cleanup driver PASSIVE_LEVEL D", "freed driver"}));
}

TEST(Deferral, RequestCompletedAtPassiveKeepsTheNormalOrder) {
    // golden 17
    Trace t = run(scenario(R"({"id":"req","type":"WDFREQUEST",)" + kCallbacks + R"(},
        {"id":"pbuf","type":"WDFMEMORY","parent":"req","poolType":"PagedPool",)" +
                               kCallbacks + "}",
                           R"({"op":"completeRequest","object":"req"})"));
    EXPECT_EQ(project(t), (V{"cleanup pbuf PASSIVE_LEVEL C", "cleanup req PASSIVE_LEVEL C",
                             "destroy pbuf PASSIVE_LEVEL C", "freed pbuf",
                             "destroy req PASSIVE_LEVEL C", "freed req"}));
    auto lines = jsonLines(t);
    EXPECT_NE(
        lines[4].find(
            R"("event":"deleteRequested","object":"req","type":"WDFREQUEST","by":"framework")"),
        std::string::npos);
}

TEST(Deferral, RequestExceptionQueuesDeeperPassiveDescendantWithItsSubtree) {
    // golden 18: a non-passive object between the request and the passive one.
    Trace t = run(scenario(R"({"id":"req","type":"WDFREQUEST",)" + kCallbacks + R"(},
        {"id":"mid","type":"WDFOBJECT","parent":"req",)" +
                               kCallbacks + R"(},
        {"id":"s","type":"WDFSTRING","parent":"mid",)" +
                               kCallbacks + R"(},
        {"id":"leaf","type":"WDFOBJECT","parent":"s",)" +
                               kCallbacks + "}",
                           kDispatch + R"(,{"op":"completeRequest","object":"req"})"));
    EXPECT_EQ(
        project(t),
        (V{"diagnostic passive-child-of-request req", "deferred s DISPATCH_LEVEL",
           "cleanup mid DISPATCH_LEVEL C", "cleanup req DISPATCH_LEVEL C",
           "destroy mid DISPATCH_LEVEL C", "freed mid", "destroy req DISPATCH_LEVEL C", "freed req",
           "cleanup leaf PASSIVE_LEVEL C", "cleanup s PASSIVE_LEVEL C",
           "destroy leaf PASSIVE_LEVEL C", "freed leaf", "destroy s PASSIVE_LEVEL C", "freed s"}));
    EXPECT_EQ(reasons(t), (V{"request-completed-at-dispatch"}));
}

TEST(Deferral, OtherDeletionOfARequestAtDispatchFollowsTheGeneralRule) {
    // 14.6: only completion uses the exception.
    Trace t =
        run(scenario(R"({"id":"req","type":"WDFREQUEST","createdBy":"driver",)" + kCallbacks + R"(},
        {"id":"s","type":"WDFSTRING","parent":"req",)" +
                         kCallbacks + "}",
                     kDispatch + R"(,{"op":"delete","object":"req"})"));
    EXPECT_EQ(project(t)[0], "deferred req DISPATCH_LEVEL");
    EXPECT_EQ(reasons(t), (V{"passive-child"}));
}

TEST(Deferral, PartialWalkLeavesEveryInterruptedAncestorPartlyDisposed) {
    // o -> a -> {early, b -> s}: the walk stops at b (its child s is passive);
    // a and b keep what they disposed, o waits in the queue.
    auto s =
        load(scenario(R"({"id":"o","type":"WDFOBJECT"},
        {"id":"a","type":"WDFOBJECT","parent":"o"},
        {"id":"early","type":"WDFOBJECT","parent":"a"},
        {"id":"b","type":"WDFOBJECT","parent":"a"},
        {"id":"s","type":"WDFSTRING","parent":"b"})",
                      kDispatch + R"(,{"op":"delete","object":"o"})", R"("autoDrain":false,)"));
    ASSERT_TRUE(s);
    Simulation sim(s);
    sim.step();
    sim.step();
    auto state = [&](const char* id) { return sim.object(*s->find(id)).state; };
    EXPECT_EQ(state("o"), ObjectState::Queued);
    EXPECT_EQ(state("a"), ObjectState::PartlyDisposed);
    EXPECT_EQ(state("b"), ObjectState::PartlyDisposed);
    EXPECT_EQ(state("early"), ObjectState::Disposed);
    EXPECT_EQ(state("s"), ObjectState::Alive);
    sim.runToEnd();
    for (const char* id : {"o", "a", "early", "b", "s"})
        EXPECT_EQ(state(id), ObjectState::Freed) << id;
    EXPECT_EQ(
        kinds(sim.trace()),
        (V{"created driver", "created device", "created o", "created a",         "created early",
           "created b",      "created s",      "irql -",    "deleteRequested o", "cleanup early",
           "deferred o",     "cleanup s",      "cleanup b", "cleanup a",         "cleanup o",
           "destroy early",  "freed early",    "destroy s", "freed s",           "destroy b",
           "freed b",        "destroy a",      "freed a",   "destroy o",         "freed o"}));
}
