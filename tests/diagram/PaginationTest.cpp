#include "diagram/DiagramBuilder.h"
#include "diagram/DiagramLayout.h"
#include "diagram/MermaidWriter.h"
#include "diagram/PlantUmlWriter.h"
#include "DiagramTestSupport.h"

#include <regex>

namespace wdflc::diagram {
namespace {

class LargeTrace : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        trace_ = new Trace(testing::traceOf(testing::dataPath("large-5000")));
        DiagramOptions numbered;
        numbered.numberMessages = true;
        diagram_ = new SequenceDiagram(buildSequenceDiagram(*trace_, numbered));
    }
    static void TearDownTestSuite() {
        delete diagram_;
        delete trace_;
    }
    static Trace* trace_;
    static SequenceDiagram* diagram_;
};

Trace* LargeTrace::trace_ = nullptr;
SequenceDiagram* LargeTrace::diagram_ = nullptr;

std::size_t countMatches(const std::string& text, const std::regex& pattern) {
    return static_cast<std::size_t>(std::distance(
        std::sregex_iterator(text.begin(), text.end(), pattern), std::sregex_iterator()));
}

TEST_F(LargeTrace, HasAtLeastFiveThousandEvents) {
    EXPECT_GE(trace_->events.size(), 5000u);
    EXPECT_EQ(diagram_->rows.size(), trace_->events.size());
}

TEST_F(LargeTrace, MermaidBlocksStayUnderBothLimitsAndKeepEveryMessage) {
    const std::regex message(R"(\n    L\d+(->>|-->>|-\)|-x)L\d+: )");
    const std::regex autonumber(R"(\n    autonumber (\d+)\n)");
    auto blocks = writeMermaidBlocks(*diagram_);
    ASSERT_GT(blocks.size(), 1u);
    std::size_t total = 0;
    std::uint32_t expectedFirst = 1;
    for (const std::string& block : blocks) {
        std::size_t messages = countMatches(block, message);
        EXPECT_LT(block.size(), 50'000u);
        EXPECT_LT(messages, 500u);
        EXPECT_TRUE(block.starts_with("sequenceDiagram\n"));
        std::smatch first;
        ASSERT_TRUE(std::regex_search(block, first, autonumber));
        EXPECT_EQ(std::stoul(first[1]), expectedFirst);
        expectedFirst += static_cast<std::uint32_t>(messages);
        total += messages;
    }
    EXPECT_EQ(total, diagram_->messageCount());
    std::string markdown = writeMermaidMarkdown(*diagram_);
    EXPECT_EQ(countMatches(markdown, std::regex("```mermaid\n")), blocks.size());
}

TEST_F(LargeTrace, TightMermaidLimitsCutSmallerBlocks) {
    MermaidOptions tight;
    tight.maxBlockMessages = 50;
    tight.maxBlockCharacters = 8'000;
    for (const std::string& block : writeMermaidBlocks(*diagram_, tight)) {
        EXPECT_LT(block.size(), 8'000u);
        EXPECT_LT(countMatches(block, std::regex(R"(\n    L\d+(->>|-->>|-\)|-x)L\d+: )")), 50u);
    }
}

TEST_F(LargeTrace, PlantUmlIsSplitIntoPagesThatReopenTheirFrames) {
    std::string puml = writePlantUml(*diagram_);
    std::size_t pages = countMatches(puml, std::regex("\nnewpage")) + 1;
    EXPECT_GT(pages, 10u);
    // Estimated at under 3,400 px each; scripts/check-diagram-tools checks the
    // real rendering stays under 4096 px.
    EXPECT_LE(diagram_->rows.size() / pages, 100u);
    EXPECT_EQ(countMatches(puml, std::regex("\ngroup ")),
              countMatches(puml, std::regex("\nend\n")));
    EXPECT_EQ(countMatches(puml, std::regex("\nactivate ")),
              countMatches(puml, std::regex("\ndeactivate ")));
    EXPECT_TRUE(puml.ends_with("@enduml\n"));
    // Width is not split: PlantUML scales a page with many lifelines down.
    EXPECT_NE(puml.find("\nscale max 4000*4000\n"), std::string::npos);
}

TEST_F(LargeTrace, SvgPagesCoverEveryRowOnceAndStayUnderThePageHeight) {
    LayoutOptions options;
    DiagramLayout layout = layoutDiagram(*diagram_, options);
    ASSERT_GT(layout.pages.size(), 1u);
    std::size_t expectedFirst = 0;
    for (std::size_t page = 0; page < layout.pages.size(); ++page) {
        const LayoutPage& p = layout.pages[page];
        EXPECT_EQ(p.firstRow, expectedFirst);
        EXPECT_GT(p.endRow, p.firstRow);
        EXPECT_LE(p.height, options.maxPageHeight);
        for (std::size_t row = p.firstRow; row < p.endRow; ++row)
            EXPECT_EQ(layout.rows[row].page, page);
        expectedFirst = p.endRow;
    }
    EXPECT_EQ(expectedFirst, diagram_->rows.size());
}

TEST_F(LargeTrace, UnpaginatedLayoutIsOnePage) {
    LayoutOptions options;
    options.paginate = false;
    DiagramLayout layout = layoutDiagram(*diagram_, options);
    ASSERT_EQ(layout.pages.size(), 1u);
    EXPECT_EQ(layout.pages.front().endRow, diagram_->rows.size());
    const RowBox& last = layout.rows.back();
    EXPECT_EQ(layout.rowAt(0, (last.left + last.right) / 2, (last.top + last.bottom) / 2),
              diagram_->rows.size() - 1);
}

} // namespace
} // namespace wdflc::diagram
