// Input that must be refused with its place, and scenario text that must not
// reach a terminal raw: NUL padding, number overflow, control characters.
#include "io/TraceWriter.h"
#include "io/VisibleText.h"
#include "TestSupport.h"

#include <sstream>

using namespace wdflc;
using namespace wdflc::test;

namespace {

std::string firstError(std::string_view json) {
    const LoadResult result = readScenario(json);
    EXPECT_FALSE(result.ok());
    for (const auto& problem : result.problems)
        if (problem.kind == LoadProblem::Kind::Error)
            return problem.format("f.json");
    return "(no error)";
}

bool hasRawControl(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte < 0x20 && byte != '\n') || byte == 0x7F)
            return true;
        if (byte == 0xC2 && i + 1 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9F)
            return true;
    }
    return false;
}

} // namespace

TEST(UntrustedText, AValidScenarioFollowedByNulBytesIsRefusedAtTheFirstNul) {
    const std::string valid = "{\"format\":\"wdf-lifecycle-scenario\",\"version\":1,\n"
                              "\"objects\":[{\"id\":\"driver\",\"type\":\"WDFDRIVER\"}]}\n";
    ASSERT_TRUE(readScenario(valid).ok());
    const std::string padded = valid + std::string(4096, '\0');
    EXPECT_EQ(firstError(padded),
              "f.json:3:1: error: NUL byte: the file is cut short or not text (JSON holds no NUL)");
    // A NUL inside the document is placed too.
    std::string inside = valid;
    inside[10] = '\0';
    EXPECT_EQ(firstError(inside).rfind("f.json:1:11: error: NUL byte", 0), 0u)
        << firstError(inside);
}

TEST(UntrustedText, NumberOverflowGivesItsPlace) {
    EXPECT_EQ(firstError("{\"format\":\"wdf-lifecycle-scenario\",\n  \"version\": 1e999,\n"
                         "  \"objects\":[]}"),
              "f.json:2:14: error: number overflow parsing '1e999'");
    // Anywhere in the file, and negative; numbers inside strings do not count.
    const std::string deep = "{\"format\":\"wdf-lifecycle-scenario\",\"version\":1,\n"
                             "\"title\":\"1e999\",\n"
                             "\"objects\":[{\"id\":\"driver\",\"type\":\"WDFDRIVER\",\n"
                             "   \"x\": [1, 2.5, -4e400]}]}";
    EXPECT_EQ(firstError(deep), "f.json:4:18: error: number overflow parsing '-4e400'");
}

TEST(UntrustedText, ControlCharactersBecomeVisibleCodePoints) {
    EXPECT_EQ(visibleText("a\x1b[31mb"), "a<U+001B>[31mb");
    EXPECT_EQ(visibleText(std::string("\0\t\n\x7f", 4)), "<U+0000><U+0009><U+000A><U+007F>");
    EXPECT_EQ(visibleText("\xc2\x9b"
                          "2J"),
              "<U+009B>2J");                                              // C1 CSI
    EXPECT_EQ(visibleText("日本語 ไทย \xc2\xa0"), "日本語 ไทย \xc2\xa0"); // kept: not controls
}

TEST(UntrustedText, TheTextTracePrintsNoRawControlCharacter) {
    const std::string json = scenario(
        R"({"id":"buf","type":"WDFMEMORY","parent":"device","contexts":[{"name":"ctx\u001b]0;owned\u0007"}]})",
        R"({"op":"reference","object":"buf","tag":"\u001b[2J\u009b31m\u007f"},)"
        R"({"op":"frameworkDelete","object":"device"})");
    const Trace trace = run(json);
    std::ostringstream text;
    writeTraceText(trace, text);
    EXPECT_FALSE(hasRawControl(text.str())) << text.str();
    EXPECT_NE(text.str().find("tag '<U+001B>[2J<U+009B>31m<U+007F>'"), std::string::npos)
        << text.str();
    EXPECT_NE(text.str().find("context ctx<U+001B>]0;owned<U+0007>"), std::string::npos)
        << text.str();
}

TEST(UntrustedText, ErrorMessagesQuoteUserTextVisibly) {
    const LoadResult result = readScenario(scenario("", "", "\"k\x7f\xc2\x9b\":1,"));
    ASSERT_TRUE(result.ok());
    ASSERT_FALSE(result.problems.empty());
    const std::string warning = result.problems.front().format("f\x1b.json");
    EXPECT_FALSE(hasRawControl(warning)) << warning;
    EXPECT_NE(warning.find("f<U+001B>.json"), std::string::npos) << warning;
    EXPECT_NE(warning.find("k<U+007F><U+009B>"), std::string::npos) << warning;
}
