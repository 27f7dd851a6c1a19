// The trace format (scenario-format.md "Trace"), determinism and sibling shuffling.
#include "TestSupport.h"

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using namespace wdflc;
using namespace wdflc::test;
using V = std::vector<std::string>;

namespace {

std::vector<std::string> keysOf(const std::string& line) {
    std::vector<std::string> keys;
    auto json = nlohmann::ordered_json::parse(line);
    for (auto it = json.begin(); it != json.end(); ++it)
        keys.push_back(it.key());
    return keys;
}

std::string everyEventScenario() {
    return scenario(
        R"({"id":"wi","type":"WDFWORKITEM","parent":"device",)" + kCallbacks + R"(},
        {"id":"m","type":"WDFMEMORY","poolType":"PagedPool","contexts":[{"cleanup":true,"buffers":["b"],
          "onCleanup":[{"op":"free","buffer":"b"}]}]})",
        R"({"op":"reference","object":"m","tag":"t"},{"op":"dereference","object":"m","tag":"t"},
                       {"op":"beginCallback","object":"wi"},{"op":"delete","object":"wi"},
                       {"op":"endCallback","object":"wi"},{"op":"setIrql","irql":"DISPATCH_LEVEL"},
                       {"op":"delete","object":"m"},{"op":"delete","object":"device"})");
}

} // namespace

TEST(Format, EveryEventKindHasItsKeysInContractOrder) {
    Trace t = run(everyEventScenario());
    std::map<std::string, V> seen;
    for (const auto& line : jsonLines(t)) {
        auto keys = keysOf(line);
        seen[nlohmann::json::parse(line)["event"]] = keys;
    }
    EXPECT_EQ(seen["created"], (V{"seq", "step", "event", "object", "type", "parent", "refCount"}));
    EXPECT_EQ(seen["referenced"], (V{"seq", "step", "event", "object", "type", "refCount", "tag"}));
    EXPECT_EQ(seen["dereferenced"],
              (V{"seq", "step", "event", "object", "type", "refCount", "tag"}));
    EXPECT_EQ(seen["deleteRequested"], (V{"seq", "step", "event", "object", "type", "by"}));
    EXPECT_EQ(seen["cleanup"], (V{"seq", "step", "event", "object", "type", "irql", "thread",
                                  "context", "registered", "refCount"}));
    EXPECT_EQ(seen["destroy"], seen["cleanup"]);
    EXPECT_EQ(seen["deferred"], (V{"seq", "step", "event", "object", "type", "irql", "reason"}));
    EXPECT_EQ(seen["waitForCallbacks"], (V{"seq", "step", "event", "object", "type", "pending"}));
    EXPECT_EQ(seen["freed"], (V{"seq", "step", "event", "object", "type"}));
    EXPECT_EQ(seen["bufferFreed"], (V{"seq", "step", "event", "object", "type", "buffer"}));
    EXPECT_EQ(seen["diagnostic"],
              (V{"seq", "step", "event", "object", "type", "severity", "rule", "message"}));
    EXPECT_EQ(seen["irql"], (V{"seq", "step", "event", "irql"}));
}

TEST(Format, SeqCountsFromOneAndStepIsMinusOneForTheInitialObjects) {
    Trace t = run(everyEventScenario());
    auto lines = jsonLines(t);
    for (std::size_t i = 0; i < lines.size(); ++i)
        EXPECT_EQ(nlohmann::json::parse(lines[i])["seq"], i + 1);
    EXPECT_EQ(nlohmann::json::parse(lines[0])["step"], -1);
    EXPECT_EQ(nlohmann::json::parse(lines[0])["parent"], nullptr);
}

TEST(Format, ContextIsNullWhenUnnamedAndDestroyCarriesZero) {
    Trace t = run(scenario(R"({"id":"x","type":"WDFOBJECT"})", R"({"op":"delete","object":"x"})"));
    auto lines = jsonLines(t);
    EXPECT_EQ(
        lines[4],
        R"({"seq":5,"step":0,"event":"cleanup","object":"x","type":"WDFOBJECT","irql":"PASSIVE_LEVEL","thread":"driver","context":null,"registered":false,"refCount":1})");
    EXPECT_EQ(
        lines[5],
        R"({"seq":6,"step":0,"event":"destroy","object":"x","type":"WDFOBJECT","irql":"PASSIVE_LEVEL","thread":"driver","context":null,"registered":false,"refCount":0})");
}

TEST(Format, UserTextIsEscaped) {
    Trace t = run(scenario(
        R"({"id":"x","type":"WDFOBJECT","contexts":[{"name":"A\"B\\C\n","cleanup":true}]})",
        R"({"op":"reference","object":"x","tag":"<\"tag\">"},{"op":"delete","object":"x"})"));
    for (const auto& line : jsonLines(t))
        EXPECT_TRUE(nlohmann::json::accept(line)) << line;
}

TEST(Format, TextFormatHasOneLinePerEvent) {
    Trace t = run(everyEventScenario());
    std::ostringstream text;
    writeTraceText(t, text);
    const std::string s = text.str();
    EXPECT_EQ(static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')), t.events.size());
    EXPECT_NE(s.find("EvtCleanupCallback runs"), std::string::npos);
}

TEST(Format, TextCountsStepsFromOneAndJsonKeepsTheIndex) {
    Trace t = run(scenario(R"({"id":"x","type":"WDFOBJECT"})", R"({"op":"delete","object":"x"})"));
    std::ostringstream text;
    writeTraceText(t, text);
    EXPECT_NE(text.str().find(" step 1: deletion of x"), std::string::npos) << text.str();
    EXPECT_EQ(text.str().find(" step 0:"), std::string::npos) << text.str();
    std::ostringstream json;
    writeTraceJsonLines(t, json);
    EXPECT_NE(json.str().find("\"step\":0,\"event\":\"deleteRequested\""), std::string::npos)
        << json.str();
}

TEST(Determinism, SameScenarioGivesByteIdenticalTraces) {
    std::ostringstream a, b;
    writeTraceJsonLines(run(everyEventScenario()), a);
    writeTraceJsonLines(run(everyEventScenario()), b);
    EXPECT_EQ(a.str(), b.str());
    EXPECT_FALSE(a.str().empty());
}

namespace {
std::string wideTree() {
    std::string objects = R"({"id":"p","type":"WDFOBJECT"})";
    for (int i = 0; i < 8; ++i)
        objects += R"(,{"id":"c)" + std::to_string(i) + R"(","type":"WDFOBJECT","parent":"p",)" +
                   kCallbacks + "}";
    objects += R"(,{"id":"g","type":"WDFOBJECT","parent":"c3",)" + kCallbacks + "}";
    return scenario(objects, R"({"op":"delete","object":"p"})");
}
std::vector<std::string> cleanupOrder(const Trace& t) {
    std::vector<std::string> out;
    for (const Event& e : t.events)
        if (e.kind == EventKind::Cleanup && e.registered)
            out.push_back(t.objectName(e.object));
    return out;
}
} // namespace

TEST(Shuffle, SeedChangesSiblingOrderButNeverChildBeforeParent) {
    const auto creationOrder = cleanupOrder(run(wideTree()));
    std::set<std::vector<std::string>> orders;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        SimulationOptions options;
        options.shuffleSeed = seed;
        const auto order = cleanupOrder(run(wideTree(), options));
        orders.insert(order);
        auto pos = [&](const std::string& id) {
            return std::find(order.begin(), order.end(), id) - order.begin();
        };
        EXPECT_LT(pos("g"), pos("c3")) << "seed " << seed; // the guarantee that holds
        EXPECT_EQ(order.size(), creationOrder.size());
    }
    EXPECT_GT(orders.size(), 5u); // the order among siblings really varies
}

TEST(Shuffle, SameSeedSameTrace) {
    SimulationOptions options;
    options.shuffleSeed = 42;
    std::ostringstream a, b;
    writeTraceJsonLines(run(wideTree(), options), a);
    writeTraceJsonLines(run(wideTree(), options), b);
    EXPECT_EQ(a.str(), b.str());
}
