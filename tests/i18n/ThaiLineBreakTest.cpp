// Thai lines break between words, never inside one of the project's terms
// (data/thai-break/project-terms.txt): every Thai interface string and every
// Thai topic is laid out by QTextLayout at a narrow width, where Qt takes
// nearly every break libthai offers.
#include "i18n/ThaiBreakDictionary.h"
#include "i18n/Translations.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QTextLayout>
#include <QXmlStreamReader>

namespace {

QStringList readTerms() {
    QFile file(QStringLiteral(WDFLC_THAI_TERMS));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList terms;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            terms << line.trimmed();
    return terms;
}

// The translations of the Thai .ts file and the lines of the Thai topics.
QStringList thaiTexts() {
    QStringList texts;
    QFile ts(QStringLiteral(WDFLC_TRANSLATIONS_DIR "/wdf-lifecycle-studio_th.ts"));
    EXPECT_TRUE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && (xml.name() == QLatin1String("translation") ||
                                     xml.name() == QLatin1String("numerusform"))) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty())
                texts << text;
        }
    }
    const QDir docs(QStringLiteral(WDFLC_DOCS_DIR "/th"));
    for (const QString& name : docs.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        QFile topic(docs.filePath(name));
        EXPECT_TRUE(topic.open(QIODevice::ReadOnly | QIODevice::Text));
        texts << QString::fromUtf8(topic.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return texts;
}

// Where QTextLayout starts its lines when `text` wraps at `width` pixels.
QList<int> lineStarts(const QString& text, qreal width) {
    QTextLayout layout(text, QApplication::font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QList<int> starts;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        starts << line.textStart();
    }
    layout.endLayout();
    return starts;
}

// "term (at N) in: text" for every term a line starts inside of.
QStringList splitTerms(const QString& text, const QStringList& terms, qreal width) {
    const QList<int> starts = lineStarts(text, width);
    QStringList problems;
    for (const QString& term : terms) {
        for (qsizetype at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            for (int start : starts)
                if (start > at && start < at + term.size())
                    problems << QStringLiteral("%1|%2 in: %3")
                                    .arg(text.mid(at, start - at),
                                         text.mid(start, at + term.size() - start), text);
        }
    }
    return problems;
}

constexpr qreal kNarrowWidth = 40; // a few Thai syllables

TEST(ThaiLineBreak, TheProjectDictionaryIsSelected) {
    const QString directory =
        studio::i18n::ThaiBreakDictionary::directoryFor(QApplication::applicationFilePath());
    ASSERT_FALSE(directory.isEmpty()) << "no share/wdf-lifecycle-studio/libthai/thbrk.tri";
    EXPECT_EQ(qEnvironmentVariable("LIBTHAI_DICTDIR"), directory);
}

TEST(ThaiLineBreak, NoTermIsSplitInTheTranslationsOrTopics) {
    const QStringList terms = readTerms();
    ASSERT_GT(terms.size(), 20);
    QStringList problems;
    for (const QString& text : thaiTexts())
        problems << splitTerms(text, terms, kNarrowWidth);
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " splits, the first ones:\n"
                                    << problems.mid(0, 20).join(QLatin1Char('\n')).toStdString();
}

TEST(ThaiLineBreak, ACallbackCaptionBreaksBetweenWords) {
    ASSERT_TRUE(studio::i18n::Translations::install(QStringLiteral("th")));
    const QString caption =
        QCoreApplication::translate("EventNarrator",
                                    "EvtCleanupCallback of %1 (context %2) runs at %3 on %4.")
            .arg(QStringLiteral("workItem"), QStringLiteral("WORK_CONTEXT"),
                 QStringLiteral("PASSIVE_LEVEL"),
                 QCoreApplication::translate("EventNarrator", "the framework's thread"));
    studio::i18n::Translations::install(QStringLiteral("en"));
    ASSERT_TRUE(caption.contains(QStringLiteral("เธรด"))) << caption.toStdString();
    for (const qreal width : {40.0, 120.0, 200.0, 280.0})
        EXPECT_EQ(splitTerms(caption, readTerms(), width), QStringList()) << width;
}

} // namespace
