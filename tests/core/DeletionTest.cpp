// semantics.md sections 2-4 and 11: reference counts, the dispose walk, the
// destroy pass, contexts, default parents.
#include "TestSupport.h"

using namespace wdflc;
using namespace wdflc::test;
using V = std::vector<std::string>;

TEST(Deletion, CreationReferenceIsOneAndChildrenAddNone) {
    Trace t = run(scenario(
        R"({"id":"a","type":"WDFOBJECT"},{"id":"b","type":"WDFOBJECT","parent":"a"})", ""));
    for (const Event& e : t.events)
        if (e.kind == EventKind::Created)
            EXPECT_EQ(e.refCount, 1);
}

TEST(Deletion, ChildrenBeforeParentDepthFirstOldestFirst) {
    // 3.7: P with A (first) and B; B has B1. Post-order, siblings oldest first.
    Trace t = run(scenario(R"({"id":"P","type":"WDFOBJECT",)" + kCallbacks + R"(},
        {"id":"A","type":"WDFOBJECT","parent":"P",)" +
                               kCallbacks + R"(},
        {"id":"B","type":"WDFOBJECT","parent":"P",)" +
                               kCallbacks + R"(},
        {"id":"B1","type":"WDFOBJECT","parent":"B",)" +
                               kCallbacks + "}",
                           R"({"op":"delete","object":"P"})"));
    EXPECT_EQ(project(t),
              (V{"cleanup A PASSIVE_LEVEL C", "cleanup B1 PASSIVE_LEVEL C",
                 "cleanup B PASSIVE_LEVEL C", "cleanup P PASSIVE_LEVEL C",
                 "destroy A PASSIVE_LEVEL C", "freed A", "destroy B1 PASSIVE_LEVEL C", "freed B1",
                 "destroy B PASSIVE_LEVEL C", "freed B", "destroy P PASSIVE_LEVEL C", "freed P"}));
}

TEST(Deletion, ReferencedChildOutlivesItsParent) {
    // 3.7 worked example: the parent never waits for a referenced child.
    Trace t = run(scenario(R"({"id":"P","type":"WDFOBJECT",)" + kCallbacks + R"(},
        {"id":"A","type":"WDFOBJECT","parent":"P",)" +
                               kCallbacks + R"(},
        {"id":"B","type":"WDFOBJECT","parent":"P",)" +
                               kCallbacks + R"(},
        {"id":"B1","type":"WDFOBJECT","parent":"B",)" +
                               kCallbacks + "}",
                           R"({"op":"reference","object":"B"},{"op":"delete","object":"P"},
                              {"op":"dereference","object":"B"})"));
    EXPECT_EQ(project(t),
              (V{"cleanup A PASSIVE_LEVEL C", "cleanup B1 PASSIVE_LEVEL C",
                 "cleanup B PASSIVE_LEVEL C", "cleanup P PASSIVE_LEVEL C",
                 "destroy A PASSIVE_LEVEL C", "freed A", "destroy B1 PASSIVE_LEVEL C", "freed B1",
                 "destroy P PASSIVE_LEVEL C", "freed P", "destroy B PASSIVE_LEVEL C", "freed B"}));
    // The destroy of B carries the step of the dereference.
    EXPECT_EQ(t.events.back().step, 2);
}

TEST(Deletion, LeafCreatedBeforeDeeperBranchIsCleanedFirst) {
    // golden 03: post-order, not "farthest first".
    Trace t = run(scenario(R"({"id":"root","type":"WDFOBJECT",)" + kCallbacks + R"(},
        {"id":"leaf","type":"WDFOBJECT","parent":"root",)" +
                               kCallbacks + R"(},
        {"id":"mid","type":"WDFOBJECT","parent":"root",)" +
                               kCallbacks + R"(},
        {"id":"deep","type":"WDFOBJECT","parent":"mid",)" +
                               kCallbacks + "}",
                           R"({"op":"delete","object":"root"})"));
    auto p = project(t);
    EXPECT_EQ(p[0], "cleanup leaf PASSIVE_LEVEL C");
    EXPECT_EQ(p[1], "cleanup deep PASSIVE_LEVEL C");
}

TEST(Deletion, ContextsCleanupAllThenDestroyAllInListOrder) {
    Trace t = run(scenario(R"({"id":"x","type":"WDFOBJECT","contexts":[
        {"name":"A","cleanup":true,"destroy":true},{"name":"B","cleanup":true,"destroy":true}]})",
                           R"({"op":"delete","object":"x"})"));
    EXPECT_EQ(project(t), (V{"cleanup x PASSIVE_LEVEL A", "cleanup x PASSIVE_LEVEL B",
                             "destroy x PASSIVE_LEVEL A", "destroy x PASSIVE_LEVEL B", "freed x"}));
}

TEST(Deletion, UnregisteredContextsStillProduceEvents) {
    Trace t = run(scenario(R"({"id":"x","type":"WDFOBJECT"})", R"({"op":"delete","object":"x"})"));
    EXPECT_EQ(kinds(t), (V{"created driver", "created device", "created x", "deleteRequested x",
                           "cleanup x", "destroy x", "freed x"}));
    EXPECT_FALSE(t.events[4].registered);
    EXPECT_EQ(t.contextName(t.events[4]), nullptr);
}

TEST(Deletion, DefaultQueuesGoThroughTheIoPackageFirst) {
    // golden 15: a queue without parent is disposed before every other device
    // child, even one created earlier; a queue naming the device keeps its place.
    Trace t =
        run(scenario(R"({"id":"mem","type":"WDFMEMORY","parent":"device",)" + kCallbacks + R"(},
        {"id":"q2","type":"WDFQUEUE","parent":"device",)" +
                         kCallbacks + R"(},
        {"id":"q1","type":"WDFQUEUE",)" +
                         kCallbacks + "}",
                     R"({"op":"frameworkDelete","object":"device"})"));
    auto p = project(t);
    ASSERT_GE(p.size(), 3u);
    EXPECT_EQ(p[0], "cleanup q1 PASSIVE_LEVEL C");
    EXPECT_EQ(p[1], "cleanup mem PASSIVE_LEVEL C");
    EXPECT_EQ(p[2], "cleanup q2 PASSIVE_LEVEL C");
    // created.parent names the device, never the invisible package.
    auto lines = jsonLines(t);
    EXPECT_NE(lines[4].find(R"("object":"q1","type":"WDFQUEUE","parent":"device")"),
              std::string::npos);
}

TEST(Deletion, DeviceRemovalDestroysChildrenBeforeTheDevice) {
    // 3.3 item 5: PnP removal pulls the children's destroys ahead of the device's own.
    Trace removal =
        run(scenario(R"({"id":"a","type":"WDFOBJECT","parent":"device",)" + kCallbacks + "}",
                     R"({"op":"frameworkDelete","object":"device"})"));
    EXPECT_EQ(project(removal), (V{"cleanup a PASSIVE_LEVEL C", "destroy a PASSIVE_LEVEL C",
                                   "freed a", "freed device"}));
    for (const Event& e : removal.events)
        if (e.kind == EventKind::Cleanup || e.kind == EventKind::Destroy)
            EXPECT_EQ(e.thread, ThreadKind::Framework);
}

TEST(Deletion, DriverUnloadDeletesEverything) {
    Trace t = run(scenario(R"({"id":"a","type":"WDFOBJECT",)" + kCallbacks + "}",
                           R"({"op":"frameworkDelete","object":"driver"})"));
    auto p = project(t);
    // The device was created before `a` (both children of the driver).
    EXPECT_EQ(p, (V{"cleanup a PASSIVE_LEVEL C", "freed device", "destroy a PASSIVE_LEVEL C",
                    "freed a", "freed driver"}));
}

TEST(Deletion, FrameworkDeleteOfDeviceRunsAtPassiveWhateverTheIrql) {
    Trace t = run(scenario(R"({"id":"a","type":"WDFOBJECT","parent":"device",)" + kCallbacks + "}",
                           R"({"op":"setIrql","irql":"DISPATCH_LEVEL"},
                              {"op":"frameworkDelete","object":"device"})"));
    for (const Event& e : t.events)
        if (e.kind == EventKind::Cleanup)
            EXPECT_EQ(e.irql, Irql::Passive);
    EXPECT_EQ(std::count_if(t.events.begin(), t.events.end(),
                            [](const Event& e) { return e.kind == EventKind::Deferred; }),
              0);
}

TEST(Deletion, DeleteOfChildWhileParentQueuedWaitsForParentWalk) {
    // 3.2 item 3: the parent's deletion started and has not reached the child.
    Trace t = run(scenario(R"({"id":"p","type":"WDFSTRING","parent":"device",)" + kCallbacks + R"(},
        {"id":"c","type":"WDFOBJECT","parent":"p",)" +
                               kCallbacks + "}",
                           R"({"op":"setIrql","irql":"DISPATCH_LEVEL"},{"op":"delete","object":"p"},
                              {"op":"delete","object":"c"},{"op":"setIrql","irql":"PASSIVE_LEVEL"},
                              {"op":"drain"})",
                           R"("autoDrain":false,)"));
    EXPECT_EQ(project(t), (V{"deferred p DISPATCH_LEVEL", "cleanup c PASSIVE_LEVEL C",
                             "cleanup p PASSIVE_LEVEL C", "destroy c PASSIVE_LEVEL C", "freed c",
                             "destroy p PASSIVE_LEVEL C", "freed p"}));
}

TEST(Deletion, ReferenceAndDereferenceEventsCarryCountAndTag) {
    Trace t = run(scenario(R"({"id":"x","type":"WDFOBJECT"})",
                           R"({"op":"reference","object":"x","tag":"io"},
                              {"op":"reference","object":"x"},
                              {"op":"dereference","object":"x"},
                              {"op":"dereference","object":"x","tag":"io"})"));
    auto lines = jsonLines(t);
    EXPECT_EQ(
        lines[3],
        R"({"seq":4,"step":0,"event":"referenced","object":"x","type":"WDFOBJECT","refCount":2,"tag":"io"})");
    EXPECT_EQ(
        lines[4],
        R"({"seq":5,"step":1,"event":"referenced","object":"x","type":"WDFOBJECT","refCount":3})");
    EXPECT_EQ(
        lines[6],
        R"({"seq":7,"step":3,"event":"dereferenced","object":"x","type":"WDFOBJECT","refCount":1,"tag":"io"})");
    EXPECT_TRUE(t.diagnostics.empty());
}

TEST(Deletion, CleanupCallbackActionsRunNestedBeforeTheNextContext) {
    // 11: a callback's actions complete (with nested deletions) before the next context.
    Trace t = run(scenario(R"({"id":"other","type":"WDFOBJECT",)" + kCallbacks + R"(},
        {"id":"x","type":"WDFOBJECT","contexts":[
          {"name":"A","cleanup":true,"onCleanup":[{"op":"delete","object":"other"}]},
          {"name":"B","cleanup":true}]})",
                           R"({"op":"delete","object":"x"})"));
    EXPECT_EQ(project(t), (V{"cleanup x PASSIVE_LEVEL A", "cleanup other PASSIVE_LEVEL C",
                             "destroy other PASSIVE_LEVEL C", "freed other",
                             "cleanup x PASSIVE_LEVEL B", "freed x"}));
}

TEST(Deletion, CreateActionAddsAnObjectAtTheTail) {
    Trace t = run(scenario(R"({"id":"p","type":"WDFOBJECT",)" + kCallbacks + R"(},
        {"id":"a","type":"WDFOBJECT","parent":"p",)" +
                               kCallbacks + "}",
                           R"({"op":"create","id":"b","type":"WDFOBJECT","parent":"p",)" +
                               kCallbacks + R"(},{"op":"delete","object":"p"})"));
    auto p = project(t);
    EXPECT_EQ(p[0], "cleanup a PASSIVE_LEVEL C");
    EXPECT_EQ(p[1], "cleanup b PASSIVE_LEVEL C");
}

TEST(Deletion, UmdfRunsEverythingAtPassive) {
    Trace t =
        run(scenario(R"({"id":"m","type":"WDFMEMORY","poolType":"PagedPool",)" + kCallbacks + "}",
                     R"({"op":"setIrql","irql":"DISPATCH_LEVEL"},{"op":"delete","object":"m"})",
                     R"("framework":"UMDF",)"));
    EXPECT_EQ(project(t), (V{"diagnostic umdf-irql-ignored -", "cleanup m PASSIVE_LEVEL C",
                             "destroy m PASSIVE_LEVEL C", "freed m"}));
}

TEST(Deletion, UnloadWithADeviceStillRunsTheDriversOwnCleanup) {
    // The device's invisible I/O package must not touch any real object's contexts.
    Trace t = run(R"({"format":"wdf-lifecycle-scenario","version":1,"objects":[
        {"id":"driver","type":"WDFDRIVER","contexts":[{"name":"D","cleanup":true,"destroy":true}]},
        {"id":"device","type":"WDFDEVICE"},{"id":"q","type":"WDFQUEUE",)" +
                  kCallbacks + R"(},
        {"id":"m","type":"WDFMEMORY","parent":"device"}],
        "steps":[{"op":"frameworkDelete","object":"driver"}]})");
    EXPECT_EQ(project(t), (V{"cleanup q PASSIVE_LEVEL C", "cleanup driver PASSIVE_LEVEL D",
                             "destroy q PASSIVE_LEVEL C", "freed q", "freed m", "freed device",
                             "destroy driver PASSIVE_LEVEL D", "freed driver"}));
}
