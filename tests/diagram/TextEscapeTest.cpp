#include "diagram/TextEscape.h"

#include "diagram/MermaidWriter.h"
#include "diagram/PartPath.h"

#include <gtest/gtest.h>

namespace wdflc::diagram {
namespace {

TEST(TextEscape, XmlEscapesMarkupAndDropsControlCharacters) {
    EXPECT_EQ(escapeXml("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
    EXPECT_EQ(escapeXml("x\ny\x01z"), "x y z");
    EXPECT_EQ(escapeXml("]]><![CDATA["), "]]&gt;&lt;![CDATA[");
    EXPECT_EQ(escapeXml("デバイス ทดสอบ"), "デバイス ทดสอบ");
}

TEST(TextEscape, InvalidUtf8BecomesReplacementCharacters) {
    EXPECT_EQ(singleLine("a\xff"
                         "b"),
              "a\xEF\xBF\xBD"
              "b");
    EXPECT_EQ(singleLine("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");                 // overlong '/'
    EXPECT_EQ(singleLine("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // surrogate
    EXPECT_EQ(singleLine("cut \xE3\x83"), "cut \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(TextEscape, PlantUmlNeutralizesMarkupTagsAndPreprocessor) {
    EXPECT_EQ(escapePlantUml("<b>x</b>"), "&#60;b&#62;x&#60;/b&#62;");
    EXPECT_EQ(escapePlantUml("**bold** //it// __u__ --s-- ~~w~~"),
              "&#42;&#42;bold&#42;&#42; &#47;&#47;it&#47;&#47; &#95;&#95;u&#95;&#95; "
              "&#45;&#45;s&#45;&#45; &#126;&#126;w&#126;&#126;");
    EXPECT_EQ(escapePlantUml("!include %getenv(\"X\") [[u]]"),
              "&#33;include &#37;getenv(&#34;X&#34;) &#91;&#91;u&#93;&#93;");
    EXPECT_EQ(escapePlantUml("a\\nb $x"), "a<U+005C>nb <U+0024>x");
    EXPECT_EQ(escapePlantUml("line\n@enduml"), "line &#64;enduml");
    // Single separators stay readable.
    EXPECT_EQ(escapePlantUml("passive-dispose a/b snake_case"), "passive-dispose a/b snake_case");
}

TEST(TextEscape, MermaidNeutralizesSeparatorsEntitiesQuotesAndEnd) {
    EXPECT_EQ(escapeMermaid("a;b"), "a#59;b");
    EXPECT_EQ(escapeMermaid("#quot;"), "#35;quot#59;");
    EXPECT_EQ(escapeMermaid("\"x\" <br/>"), "#34;x#34; #60;br/#62;");
    EXPECT_EQ(escapeMermaid("end"), "#101;nd");
    EXPECT_EQ(escapeMermaid("The END."), "The #69;ND.");
    EXPECT_EQ(escapeMermaid("endless legend end_x"), "endless legend end_x");
    EXPECT_EQ(escapeMermaid("%%{init}%%"), "#37;#37;#123;init#125;#37;#37;");
}

TEST(TextEscape, MarkdownEscapesPunctuation) {
    EXPECT_EQ(escapeMarkdown("# [x](y) `z` <b>"), "\\# \\[x\\]\\(y\\) \\`z\\` \\<b\\>");
}

TEST(TextEscape, DisplayColumnsCountWideTwiceAndCombiningMarksNever) {
    EXPECT_EQ(displayColumns("abc"), 3);
    EXPECT_EQ(displayColumns("デバイス"), 8);
    EXPECT_EQ(displayColumns("กิ"), 1); // Thai consonant + above vowel
}

TEST(PartPath, FirstPartKeepsThePathOthersAreNumbered) {
    EXPECT_EQ(partPath("out/diagram.svg", 0), "out/diagram.svg");
    EXPECT_EQ(partPath("out/diagram.svg", 1), "out/diagram-2.svg");
    EXPECT_EQ(partPath("out.d/diagram", 2), "out.d/diagram-3");
    EXPECT_EQ(partPath(".hidden", 1), ".hidden-2");
}

} // namespace
} // namespace wdflc::diagram
