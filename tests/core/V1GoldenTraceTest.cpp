// Version 1 files keep their traces byte for byte (scenario-format-v2.md
// section 1). golden-v1/ holds the JSON Lines traces of every sample, every
// v1 spec example and every scenario the core tests ran, written by the build
// before format version 2 (commit 8ac370d). A trace that one of the three v1
// corrections (semantics-v2.md section 1) changes was rewritten on purpose;
// docs/semantics.md section 18 names those files.
#include "TestSupport.h"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace wdflc;
namespace fs = std::filesystem;

namespace {

fs::path goldenDir() {
    return fs::path(WDFLC_V1_GOLDEN_DIR);
}

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

// golden-v1/sample-NAME.jsonl is the trace of resources/samples/NAME.wdfscn.json,
// example-NAME of the spec's examples/NAME, test-HASH of golden-v1/test-HASH.
fs::path scenarioOf(const fs::path& golden) {
    const std::string stem = golden.stem().string();
    auto after = [&](std::size_t n) { return stem.substr(n) + ".wdfscn.json"; };
    if (stem.rfind("sample-", 0) == 0)
        return fs::path(WDFLC_SAMPLES_DIR) / after(7);
    if (stem.rfind("example-", 0) == 0)
        return fs::path(WDFLC_SPEC_DIR) / "examples" / after(8);
    return goldenDir() / (stem + ".wdfscn.json");
}

} // namespace

TEST(V1Compatibility, EveryVersion1TraceIsByteIdenticalToItsGolden) {
    std::size_t count = 0;
    for (const auto& entry : fs::directory_iterator(goldenDir())) {
        if (entry.path().extension() != ".jsonl")
            continue;
        ++count;
        const fs::path scenario = scenarioOf(entry.path());
        LoadResult result = readScenario(readAll(scenario));
        ASSERT_TRUE(result.ok()) << scenario;
        ASSERT_EQ(result.scenario->version, 1) << scenario;
        std::ostringstream trace;
        writeTraceJsonLines(simulate(result.scenario), trace);
        EXPECT_EQ(trace.str(), readAll(entry.path())) << scenario;
    }
    EXPECT_GE(count, 90u);
}
