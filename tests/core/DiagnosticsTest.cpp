// semantics.md section 10: every diagnostic rule, its object and its effect.
#include "TestSupport.h"

using namespace wdflc;
using namespace wdflc::test;
using V = std::vector<std::string>;

namespace {
const std::string kObj = R"({"id":"x","type":"WDFOBJECT",)" + kCallbacks + "}";
}

TEST(Diagnostics, DeleteNotAllowedIgnoresTheStep) {
    Trace t = run(scenario(R"({"id":"q","type":"WDFQUEUE","role":"defaultQueue"},
                              {"id":"f","type":"WDFFILEOBJECT"},{"id":"req","type":"WDFREQUEST"})",
                           R"({"op":"delete","object":"device"},{"op":"delete","object":"driver"},
                              {"op":"delete","object":"q"},{"op":"delete","object":"f"},
                              {"op":"delete","object":"req"})"));
    EXPECT_EQ(rulesOf(t), (V{"delete-not-allowed", "delete-not-allowed", "delete-not-allowed",
                             "delete-not-allowed", "delete-not-allowed"}));
    EXPECT_EQ(std::count_if(t.events.begin(), t.events.end(),
                            [](const Event& e) { return e.kind == EventKind::DeleteRequested; }),
              0);
}

TEST(Diagnostics, DeleteTwiceWhileStillReferenced) {
    Trace t = run(scenario(kObj, R"({"op":"reference","object":"x"},{"op":"delete","object":"x"},
                                   {"op":"delete","object":"x"},{"op":"dereference","object":"x"})"));
    // delete-twice is checked before use-after-cleanup (10.1 order).
    EXPECT_EQ(rulesOf(t), (V{"delete-twice"}));
}

TEST(Diagnostics, UseAfterFreeIgnoresTheStep) {
    Trace t = run(scenario(kObj, R"({"op":"delete","object":"x"},{"op":"reference","object":"x"},
                                   {"op":"call","object":"x","method":"WdfObjectGetTypedContext"})"));
    EXPECT_EQ(rulesOf(t), (V{"use-after-free", "use-after-free"}));
    EXPECT_EQ(t.events.back().kind, EventKind::Diagnostic);
}

TEST(Diagnostics, DereferenceWithoutReferenceConsumesTheCreationReference) {
    Trace t = run(scenario(kObj, R"({"op":"dereference","object":"x"})"));
    // The count reaches zero with the creation reference held: fatal.
    EXPECT_EQ(project(t),
              (V{"diagnostic dereference-without-reference x", "cleanup x PASSIVE_LEVEL C",
                 "destroy x PASSIVE_LEVEL C", "diagnostic freed-by-dereference x"}));
    EXPECT_TRUE(t.halted);
}

TEST(Diagnostics, FreedByDereferenceHaltsEverything) {
    Trace t = run(scenario(kObj + R"(,{"id":"y","type":"WDFOBJECT"})",
                           R"({"op":"dereference","object":"x"},{"op":"delete","object":"y"})"));
    EXPECT_EQ(kinds(t).back(), "diagnostic x");
    EXPECT_EQ(rulesOf(t).back(), "freed-by-dereference");
    for (const Event& e : t.events)
        EXPECT_NE(e.kind, EventKind::Freed); // no freed, no later step, no end processing
}

TEST(Diagnostics, TagMismatchConsumesTheOldestReference) {
    Trace t = run(scenario(kObj, R"({"op":"reference","object":"x","tag":"a"},
                                   {"op":"reference","object":"x","tag":"b"},
                                   {"op":"dereference","object":"x","tag":"c"})"));
    EXPECT_EQ(rulesOf(t), (V{"tag-mismatch"}));
    auto lines = jsonLines(t);
    EXPECT_NE(lines.back().find(R"("refCount":2,"tag":"c")"), std::string::npos);
}

TEST(Diagnostics, UseAfterCleanupOnReferenceIsStillApplied) {
    Trace t = run(scenario(kObj, R"({"op":"reference","object":"x"},{"op":"delete","object":"x"},
                                   {"op":"reference","object":"x"},{"op":"dereference","object":"x"},
                                   {"op":"call","object":"x","method":"WdfObjectGetTypedContext"},
                                   {"op":"dereference","object":"x"})"));
    EXPECT_EQ(rulesOf(t), (V{"use-after-cleanup", "use-after-cleanup"}));
    EXPECT_EQ(kinds(t).back(), "freed x");
}

TEST(Diagnostics, MethodInDestroyAndContextAccessorsAreFine) {
    Trace t = run(scenario(R"({"id":"x","type":"WDFOBJECT","contexts":[{"destroy":true,"onDestroy":[
                              {"op":"call","object":"self","method":"WdfObjectGetTypedContext"},
                              {"op":"call","object":"self","method":"WdfObjectContextGetObject"},
                              {"op":"call","object":"self","method":"WdfObjectGetDevice"},
                              {"op":"reference","object":"self"}]}]})",
                           R"({"op":"delete","object":"x"})"));
    EXPECT_EQ(rulesOf(t), (V{"method-in-destroy", "method-in-destroy"}));
}

TEST(Diagnostics, ReferenceLeakAtTheEnd) {
    Trace t =
        run(scenario(kObj, R"({"op":"reference","object":"x"},{"op":"delete","object":"x"})"));
    EXPECT_EQ(project(t), (V{"cleanup x PASSIVE_LEVEL C", "diagnostic reference-leak x"}));
    EXPECT_EQ(t.diagnostics[0].count, 1);
}

TEST(Diagnostics, BufferLeakAfterDestroysBeforeFreed) {
    Trace t = run(scenario(R"({"id":"x","type":"WDFOBJECT","contexts":[
                              {"name":"A","cleanup":true,"buffers":["a1","a2"],"onCleanup":[{"op":"free","buffer":"a1"}]},
                              {"name":"B","destroy":true,"buffers":["b1"]}]})",
                           R"({"op":"delete","object":"x"})"));
    EXPECT_EQ(kinds(t), (V{"created driver", "created device", "created x", "deleteRequested x",
                           "cleanup x", "bufferFreed x", "cleanup x", "destroy x", "destroy x",
                           "diagnostic x", "diagnostic x", "freed x"}));
    EXPECT_EQ(t.diagnostics[0].buffer, "a2");
    EXPECT_EQ(t.diagnostics[1].buffer, "b1");
}

TEST(Diagnostics, DoubleFree) {
    Trace t = run(scenario(R"({"id":"x","type":"WDFOBJECT","contexts":[
                              {"cleanup":true,"destroy":true,"buffers":["b"],
                               "onCleanup":[{"op":"free","buffer":"b"}],
                               "onDestroy":[{"op":"free","buffer":"b"}]}]})",
                           R"({"op":"delete","object":"x"})"));
    EXPECT_EQ(rulesOf(t), (V{"double-free"}));
    EXPECT_EQ(t.diagnostics[0].buffer, "b");
}

TEST(Diagnostics, CompleteDriverRequestAndSecondCompletion) {
    Trace t = run(scenario(R"({"id":"mine","type":"WDFREQUEST","createdBy":"driver"},
                              {"id":"req","type":"WDFREQUEST"},
                              {"id":"wi","type":"WDFWORKITEM","parent":"req"})",
                           R"({"op":"completeRequest","object":"mine"},
                              {"op":"beginCallback","object":"wi"},
                              {"op":"completeRequest","object":"req"},
                              {"op":"completeRequest","object":"req"},
                              {"op":"call","object":"device","method":"WdfRequestComplete"},
                              {"op":"endCallback","object":"wi"})"));
    EXPECT_EQ(rulesOf(t), (V{"complete-driver-request", "invalid-step", "invalid-step"}));
}

TEST(Diagnostics, ParentBeingDeletedRefusesTheCreation) {
    Trace t = run(scenario(kObj, R"({"op":"reference","object":"x"},{"op":"delete","object":"x"},
                                   {"op":"create","id":"child","type":"WDFOBJECT","parent":"x"},
                                   {"op":"delete","object":"child"})"));
    EXPECT_EQ(project(t), (V{"cleanup x PASSIVE_LEVEL C", "diagnostic parent-being-deleted x",
                             "diagnostic invalid-step child", "diagnostic reference-leak x"}));
}

TEST(Diagnostics, IrqlTooHighForCreationAndControlDeviceDeletion) {
    Trace t =
        run(scenario(R"({"id":"cdo","type":"WDFDEVICE","role":"controlDevice","parent":"driver"})",
                     R"({"op":"setIrql","irql":"DISPATCH_LEVEL"},
                              {"op":"create","id":"s","type":"WDFSTRING"},
                              {"op":"create","id":"pm","type":"WDFMEMORY","poolType":"PagedPool"},
                              {"op":"create","id":"nm","type":"WDFMEMORY"},
                              {"op":"delete","object":"cdo"})"));
    EXPECT_EQ(project(t), (V{"diagnostic irql-too-high s", "diagnostic irql-too-high pm",
                             "diagnostic irql-too-high cdo"}));
}

TEST(Diagnostics, ControlDeviceDeletionAtPassiveRunsTheDeviceHook) {
    Trace t =
        run(scenario(R"({"id":"cdo","type":"WDFDEVICE","role":"controlDevice","parent":"driver",)" +
                         kCallbacks + R"(},
                              {"id":"a","type":"WDFOBJECT","parent":"cdo",)" +
                         kCallbacks + "}",
                     R"({"op":"delete","object":"cdo"})"));
    EXPECT_EQ(project(t), (V{"cleanup a PASSIVE_LEVEL C", "cleanup cdo PASSIVE_LEVEL C",
                             "destroy a PASSIVE_LEVEL C", "freed a", "destroy cdo PASSIVE_LEVEL C",
                             "freed cdo"}));
}

TEST(Diagnostics, UmdfIrqlIgnoredHasNoObject) {
    Trace t = run(scenario("", R"({"op":"setIrql","irql":"APC_LEVEL"})", R"("framework":"UMDF",)"));
    ASSERT_EQ(t.diagnostics.size(), 1u);
    EXPECT_EQ(t.events.back().object, kNoObject);
    EXPECT_EQ(jsonLines(t).back().find("\"object\""), std::string::npos);
}

TEST(Diagnostics, StepNamingAnObjectNotCreatedYetIsInvalid) {
    Trace t = run(scenario("", R"({"op":"delete","object":"later"},
                                  {"op":"create","id":"later","type":"WDFOBJECT"},
                                  {"op":"create","id":"later2","type":"WDFOBJECT","parent":"later"})"));
    EXPECT_EQ(rulesOf(t), (V{"invalid-step"}));
}

TEST(Diagnostics, EveryMessageSaysWhatToDo) {
    for (const auto& rule : allRules()) {
        Trace t;
        t.scenario = load(scenario(kObj, ""));
        DiagnosticDetail d;
        d.rule = rule.rule;
        d.object = 2;
        const std::string message = diagnosticMessage(t, d);
        EXPECT_GT(message.size(), 30u) << rule.id;
        if (rule.rule != Rule::UmdfIrqlIgnored)
            EXPECT_NE(message.find("'x'"), std::string::npos) << rule.id << ": " << message;
    }
}

TEST(Diagnostics, AnythingCreatedByTheFrameworkIsNotTheDriversToDelete) {
    Trace t = run(scenario(R"({"id":"x","type":"WDFOBJECT","createdBy":"framework"},
                              {"id":"mine","type":"WDFREQUEST","createdBy":"driver"})",
                           R"({"op":"delete","object":"x"},{"op":"delete","object":"mine"})"));
    EXPECT_EQ(rulesOf(t), (V{"delete-not-allowed"}));
    EXPECT_EQ(kinds(t).back(), "freed mine");
}
