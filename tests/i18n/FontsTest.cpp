// Japanese and Thai text needs fonts that have the glyphs (fonts-noto-cjk,
// fonts-thai-tlwg): without them every label is a row of boxes.
#include <gtest/gtest.h>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QRawFont>
#include <QTextBoundaryFinder>
#include <QTextLayout>

namespace {

TEST(Fonts, JapaneseFamilyInstalled) {
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Japanese).isEmpty());
}

TEST(Fonts, ThaiFamilyInstalled) {
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Thai).isEmpty());
}

// The default font, with fallback, finds a glyph for every character.
bool rendersWithoutBoxes(const QString& text) {
    QTextLayout layout(text, QFont());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    for (const QGlyphRun& run : layout.glyphRuns())
        for (quint32 glyph : run.glyphIndexes())
            if (glyph == 0) // .notdef: the tofu box
                return false;
    return !layout.glyphRuns().isEmpty();
}

TEST(Fonts, JapaneseAndThaiRenderWithoutBoxes) {
    EXPECT_TRUE(rendersWithoutBoxes(QStringLiteral("クリーンアップ コールバック 参照カウント")));
    EXPECT_TRUE(rendersWithoutBoxes(QStringLiteral("จำนวนการอ้างอิง เก็บกวาด ทำลาย")));
}

} // namespace

namespace {

// Thai writes no spaces between words: wrapped text may only break where
// the dictionary (libthai, through Qt) finds a word boundary.
TEST(Fonts, ThaiLinesBreakBetweenWords) {
    const QString text = QStringLiteral("ออบเจ็กต์ถูกปล่อยหน่วยความจำแล้ว");
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    int inner = 0;
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < text.size();
         at = finder.toNextBoundary())
        ++inner;
    EXPECT_GE(inner, 3);
    // ... and never inside a cluster: a break before a combining mark would
    // separate the mark from its consonant.
    finder.toStart();
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < text.size();
         at = finder.toNextBoundary())
        EXPECT_NE(text.at(at).category(), QChar::Mark_NonSpacing) << at;
}

} // namespace
