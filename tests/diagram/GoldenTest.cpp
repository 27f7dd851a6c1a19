// The text exports of a few scenarios, byte for byte. A change in these files
// is a change reviewers see in their diffs; regenerate them on purpose with
// WDFLC_UPDATE_GOLDEN=1 and read the difference before committing.
#include "diagram/DiagramBuilder.h"
#include "diagram/MermaidWriter.h"
#include "diagram/PlantUmlWriter.h"
#include "diagram/SvgWriter.h"
#include "DiagramTestSupport.h"

#include <cstdlib>

namespace wdflc::diagram {
namespace {

struct GoldenCase {
    std::string name;
    std::string scenario;
    DiagramOptions options;
};

// gtest prints this instead of the case's bytes.
void PrintTo(const GoldenCase& golden, std::ostream* out) {
    *out << golden.name;
}

DiagramOptions withOptions(EventFilter events, bool collapse, bool number) {
    DiagramOptions options;
    options.events = events;
    options.collapseObjectsWithoutCallbacks = collapse;
    options.numberMessages = number;
    return options;
}

std::vector<GoldenCase> goldenCases() {
    using testing::dataPath;
    using testing::samplePath;
    return {
        {"01-device-removal", samplePath("01-device-removal"), {}},
        {"07-request-at-dispatch-callbacks-numbered",
         samplePath("07-request-completed-at-dispatch"),
         withOptions(EventFilter::CallbacksOnly, false, true)},
        {"08-work-item-waits-collapsed", samplePath("08-work-item-waits"),
         withOptions(EventFilter::Everything, true, false)},
        {"16-removal-never-finishes", samplePath("16-mistake-removal-never-finishes"), {}},
        {"step-create-numbered", dataPath("step-create"),
         withOptions(EventFilter::Everything, false, true)},
        {"hostile", dataPath("hostile"), withOptions(EventFilter::Everything, false, true)},
    };
}

std::vector<std::pair<std::string, std::string>> exportsOf(const GoldenCase& golden) {
    Trace trace = testing::traceOf(golden.scenario);
    SequenceDiagram diagram = buildSequenceDiagram(trace, golden.options);
    std::vector<std::pair<std::string, std::string>> files;
    files.emplace_back(golden.name + ".puml", writePlantUml(diagram));
    auto blocks = writeMermaidBlocks(diagram);
    for (std::size_t i = 0; i < blocks.size(); ++i)
        files.emplace_back(golden.name + (i ? "-" + std::to_string(i + 1) : "") + ".mmd",
                           blocks[i]);
    files.emplace_back(golden.name + ".md", writeMermaidMarkdown(diagram));
    auto pages = writeSvg(diagram);
    for (std::size_t i = 0; i < pages.size(); ++i)
        files.emplace_back(golden.name + (i ? "-" + std::to_string(i + 1) : "") + ".svg", pages[i]);
    return files;
}

class Golden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, ExportsMatchTheCommittedFiles) {
    const std::filesystem::path directory = std::string(WDFLC_DIAGRAM_TEST_DIR) + "/golden";
    const bool update = std::getenv("WDFLC_UPDATE_GOLDEN") != nullptr;
    for (const auto& [file, content] : exportsOf(GetParam())) {
        if (update) {
            std::ofstream(directory / file, std::ios::binary) << content;
            continue;
        }
        ASSERT_TRUE(std::filesystem::exists(directory / file))
            << file << " (run with WDFLC_UPDATE_GOLDEN=1)";
        EXPECT_EQ(content, testing::readFile(directory / file)) << file;
    }
}

TEST_P(Golden, TheSameScenarioGivesTheSameBytes) {
    EXPECT_EQ(exportsOf(GetParam()), exportsOf(GetParam()));
}

INSTANTIATE_TEST_SUITE_P(Diagram, Golden, ::testing::ValuesIn(goldenCases()), [](const auto& info) {
    std::string name = info.param.name;
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
});

} // namespace
} // namespace wdflc::diagram
