// The worked examples of ../shared/spec/examples, matched as their README says:
// first two positions equal, further positions null or equal, item for item.
#include "TestSupport.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace wdflc;
using namespace wdflc::test;
namespace fs = std::filesystem;

namespace {

nlohmann::json projectAsJson(const Trace& trace) {
    nlohmann::json out = nlohmann::json::array();
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq) {
        const Event& e = trace.at(seq);
        const std::string object = e.object == kNoObject ? "" : trace.objectName(e.object);
        switch (e.kind) {
        case EventKind::Cleanup:
        case EventKind::Destroy:
            if (e.registered) {
                const std::string* context = trace.contextName(e);
                out.push_back({eventKindName(e.kind), object, irqlName(e.irql),
                               context ? nlohmann::json(*context) : nlohmann::json()});
            }
            break;
        case EventKind::Deferred:
            out.push_back({"deferred", object, irqlName(e.irql)});
            break;
        case EventKind::WaitForCallbacks:
            out.push_back({"waitForCallbacks", object, e.detail});
            break;
        case EventKind::Freed:
            out.push_back({"freed", object});
            break;
        case EventKind::Diagnostic:
            out.push_back({"diagnostic", ruleInfo(trace.diagnostic(e).rule).id, object});
            break;
        default:
            break;
        }
    }
    return out;
}

bool matches(const nlohmann::json& expected, const nlohmann::json& actual) {
    if (actual.size() < 2 || expected.size() < 2 || expected[0] != actual[0] ||
        expected[1] != actual[1])
        return false;
    for (std::size_t i = 2; i < expected.size(); ++i)
        if (!expected[i].is_null() && (i >= actual.size() || expected[i] != actual[i]))
            return false;
    return true;
}

class SpecExample : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(SpecExample, ProducesTheExpectedEvents) {
    const fs::path dir = fs::path(WDFLC_SPEC_DIR) / "examples";
    std::ifstream scenarioFile(dir / (GetParam() + ".wdfscn.json"));
    std::ifstream expectedFile(dir / (GetParam() + ".expected.json"));
    ASSERT_TRUE(scenarioFile && expectedFile) << "missing example " << GetParam();
    const std::string text((std::istreambuf_iterator<char>(scenarioFile)), {});
    const auto expected = nlohmann::json::parse(expectedFile)["expect"];
    const auto actual = projectAsJson(run(text));
    ASSERT_EQ(actual.size(), expected.size()) << actual.dump();
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_TRUE(matches(expected[i], actual[i]))
            << "item " << i << ": expected " << expected[i].dump() << ", got " << actual[i].dump();
}

INSTANTIATE_TEST_SUITE_P(Spec, SpecExample,
                         ::testing::Values("01-leaf-delete",
                                           "06-reference-delete-dereference-in-cleanup",
                                           "16-request-dispatch-exception",
                                           "22-workitem-waits-for-callback"),
                         [](const auto& info) {
                             std::string name = info.param;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return "e" + name;
                         });
