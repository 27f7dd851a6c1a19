// Format version 2, loader and writer (scenario-format-v2.md sections 1-6).
#include "io/ScenarioWriter.h"
#include "TestSupport.h"

using namespace wdflc;

namespace {

std::string v2(const std::string& objects, const std::string& steps = "") {
    return R"({"format":"wdf-lifecycle-scenario","version":2,"objects":[{"id":"driver","type":"WDFDRIVER"},{"id":"device","type":"WDFDEVICE"})" +
           (objects.empty() ? "" : "," + objects) + R"(],"steps":[)" + steps + "]}";
}

std::string firstProblem(const std::string& json) {
    LoadResult result = readScenario(json);
    return result.problems.empty() ? std::string() : result.problems.front().format("f");
}

} // namespace

TEST(V2_Section1_Versions, Version2LoadsAndRoundTripsThroughTheWriter) {
    const std::string json = v2(
        R"({"id":"t","type":"WDFTIMER","parent":"device","executionLevel":"WdfExecutionLevelPassive",
            "automaticSerialization":false,"note":"poll.c:12","cxType":"SPBREQUEST",
            "callbacks":{"EvtTimerFunc":[]},
            "contexts":[{"name":"C","cleanup":true,"events":["Stop",{"name":"Go","kind":"SynchronizationEvent","signaled":true}],"note":"ctx"}]})",
        R"({"op":"call","object":"t","method":"WdfTimerStop","args":{"Wait":false},"note":"n"},
           {"op":"drain"})");
    LoadResult first = readScenario(json);
    ASSERT_TRUE(first.ok()) << firstProblem(json);
    EXPECT_EQ(first.scenario->version, 2);
    const std::string written = writeScenario(*first.scenario);
    LoadResult again = readScenario(written);
    ASSERT_TRUE(again.ok()) << written;
    EXPECT_TRUE(*again.scenario == *first.scenario) << written;
    EXPECT_NE(written.find("\"version\": 2"), std::string::npos);
}

TEST(V2_Section1_Versions, Version2KeyInAVersion1FileIsAWarningWithoutEffect) {
    LoadResult result = readScenario(test::scenario(
        R"({"id":"o","type":"WDFOBJECT","executionLevel":"WdfExecutionLevelPassive"})", ""));
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].kind, LoadProblem::Kind::Warning);
    EXPECT_FALSE(result.scenario->decl(*result.scenario->find("o")).passive());
}

TEST(V2_Section1_Versions, Version2RoleInAVersion1FileIsAnError) {
    EXPECT_NE(
        firstProblem(test::scenario(R"({"id":"pdo","type":"WDFDEVICE","role":"staticPdo"})", "")),
        "");
    EXPECT_FALSE(
        readScenario(test::scenario(R"({"id":"pdo","type":"WDFDEVICE","role":"staticPdo"})", ""))
            .ok());
}

TEST(V2_Section6_Loading, ExecutionLevelOnAWorkItemIsRefused) {
    EXPECT_NE(
        firstProblem(
            v2(R"({"id":"w","type":"WDFWORKITEM","parent":"device","executionLevel":"WdfExecutionLevelPassive"})"))
            .find("STATUS_WDF_EXECUTION_LEVEL_INVALID"),
        std::string::npos);
}

TEST(V2_Section6_Loading, PeriodicPassiveTimerIsRefused) {
    EXPECT_NE(
        firstProblem(
            v2(R"({"id":"t","type":"WDFTIMER","parent":"device","period":10,"executionLevel":"WdfExecutionLevelPassive"})"))
            .find("STATUS_NOT_SUPPORTED"),
        std::string::npos);
}

TEST(V2_Section6_Loading, UnknownCallbackNameIsRefused) {
    EXPECT_NE(
        firstProblem(
            v2(R"({"id":"t","type":"WDFTIMER","parent":"device","callbacks":{"EvtWorkItem":[]}})"))
            .find("has no callback"),
        std::string::npos);
}

TEST(V2_Section6_Loading, WorkItemSerializedOnADispatchDeviceLockIsRefused) {
    const std::string json =
        R"({"format":"wdf-lifecycle-scenario","version":2,"objects":[{"id":"driver","type":"WDFDRIVER"},
            {"id":"device","type":"WDFDEVICE","synchronizationScope":"WdfSynchronizationScopeDevice"},
            {"id":"w","type":"WDFWORKITEM","parent":"device"}]})";
    EXPECT_NE(firstProblem(json).find("STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL"),
              std::string::npos);
}

TEST(V2_Section6_Loading, DuplicateEventNameOnOneObjectIsRefused) {
    EXPECT_NE(
        firstProblem(
            v2(R"({"id":"o","type":"WDFOBJECT","contexts":[{"name":"A","events":["E"]},{"name":"B","events":["E"]}]})"))
            .find("duplicate event name"),
        std::string::npos);
}

TEST(V2_Section6_Loading, WhatThisBuildDoesNotSimulateIsRefusedNotIgnored) {
    EXPECT_NE(
        firstProblem(
            v2(R"({"id":"pdo","type":"WDFDEVICE","role":"staticPdo","parentDevice":"device"})"))
            .find("not simulated"),
        std::string::npos);
    EXPECT_NE(firstProblem(v2("", R"({"op":"drain","thread":"T1"})")).find("not simulated"),
              std::string::npos);
    EXPECT_NE(
        firstProblem(v2("", R"({"op":"pnp","device":"device","event":"start"})")).find("part 2"),
        std::string::npos);
}

TEST(V2_Section6_2_Waits, TimerStopWithoutWaitAtDispatchLevelIsLegal) {
    Trace t = test::run(v2(R"({"id":"t","type":"WDFTIMER","parent":"device"})",
                           R"({"op":"setIrql","irql":"DISPATCH_LEVEL"},
                              {"op":"call","object":"t","method":"WdfTimerStop","args":{"Wait":false}},
                              {"op":"call","object":"t","method":"WdfTimerStop"})"));
    EXPECT_EQ(test::rulesOf(t), (std::vector<std::string>{"wait-at-dispatch"}));
    EXPECT_EQ(t.diagnostics.front().method, "WdfTimerStop");
    EXPECT_EQ(t.at(static_cast<std::uint32_t>(t.events.size())).step, 2);
}

TEST(V2_Section6_Loading, DirqlInSetIrqlIsRefused) {
    EXPECT_NE(firstProblem(v2("", R"({"op":"setIrql","irql":"DIRQL"})")).find("DIRQL"),
              std::string::npos);
}
