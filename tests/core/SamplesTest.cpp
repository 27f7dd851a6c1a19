// Every built-in sample loads strictly, runs to its end and is deterministic.
#include "TestSupport.h"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace wdflc;
namespace fs = std::filesystem;

TEST(Samples, EverySampleLoadsStrictlyAndRuns) {
    std::size_t count = 0;
    for (const auto& entry : fs::directory_iterator(WDFLC_SAMPLES_DIR)) {
        if (entry.path().string().find(".wdfscn.json") == std::string::npos)
            continue;
        ++count;
        std::ifstream in(entry.path());
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        LoadOptions strict;
        strict.strict = true;
        LoadResult result = readScenario(text, strict);
        ASSERT_TRUE(result.ok()) << entry.path() << ": "
                                 << (result.problems.empty() ? "" : result.problems[0].message);
        EXPECT_EQ(result.scenario->title.byLanguage.size(), 3u) << entry.path();
        Simulation simulation(result.scenario);
        simulation.runToEnd();
        EXPECT_TRUE(simulation.atEnd());
        EXPECT_FALSE(simulation.eventLimitReached());
        std::ostringstream a, b;
        writeTraceJsonLines(simulation.trace(), a);
        writeTraceJsonLines(simulate(result.scenario), b);
        EXPECT_EQ(a.str(), b.str()) << entry.path();
    }
    EXPECT_GE(count, 8u);
}
