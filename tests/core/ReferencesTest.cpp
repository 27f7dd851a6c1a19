// The tag tracker: outstanding references and the newest 25 operations, the
// same whether kept by the engine or replayed from the trace at any position.
#include "TestSupport.h"
#include "trace/ReferenceLedger.h"

using namespace wdflc;
using namespace wdflc::test;

namespace {
std::vector<std::string> tags(const ReferenceLedger& ledger) {
    std::vector<std::string> out;
    for (const auto& tag : ledger.outstanding())
        out.push_back(tag.value_or("(none)"));
    return out;
}
} // namespace

TEST(References, MismatchReleasesTheOldestAndReplayAgrees) {
    auto s = load(scenario(R"({"id":"x","type":"WDFOBJECT"})",
                           R"({"op":"reference","object":"x","tag":"a"},
                              {"op":"reference","object":"x","tag":"b"},
                              {"op":"reference","object":"x"},
                              {"op":"dereference","object":"x","tag":"b"},
                              {"op":"dereference","object":"x","tag":"zzz"})"));
    Simulation sim(s);
    sim.runToEnd();
    const ObjectId x = *s->find("x");
    ASSERT_NE(sim.references(x), nullptr);
    EXPECT_EQ(tags(*sim.references(x)), (std::vector<std::string>{"(none)"}));
    const Trace& t = sim.trace();
    const auto replayed = referencesAt(t, x, static_cast<std::uint32_t>(t.events.size()));
    EXPECT_EQ(replayed.outstanding(), sim.references(x)->outstanding());
    ASSERT_EQ(replayed.history().size(), 5u);
    EXPECT_FALSE(replayed.history().back().reference);
    EXPECT_EQ(replayed.history().back().countAfter, 2);
    // Earlier positions: after the three references.
    const auto afterThree = referencesAt(t, x, replayed.history()[2].seq);
    EXPECT_EQ(tags(afterThree), (std::vector<std::string>{"a", "b", "(none)"}));
}

TEST(References, HistoryKeepsTheNewest25) {
    std::string steps;
    for (int i = 0; i < 30; ++i)
        steps += std::string(i ? "," : "") + R"({"op":"reference","object":"x","tag":"t)" +
                 std::to_string(i) + "\"}";
    auto s = load(scenario(R"({"id":"x","type":"WDFOBJECT"})", steps));
    Simulation sim(s);
    sim.runToEnd();
    const auto& history = sim.references(*s->find("x"))->history();
    ASSERT_EQ(history.size(), 25u);
    EXPECT_EQ(history.front().tag, "t5");
    EXPECT_EQ(history.back().tag, "t29");
    EXPECT_EQ(history.back().countAfter, 31);
}
