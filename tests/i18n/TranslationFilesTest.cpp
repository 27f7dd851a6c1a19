// Every .ts file is complete: no unfinished, obsolete or empty entries, and
// each translation keeps the placeholders of its source.
#include "i18n/QtStandardTexts.h"
#include "i18n/Translations.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace {

struct Entry {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "unfinished", "obsolete", "vanished" or empty
    bool numerus = false;
};

QList<Entry> readTs(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QList<Entry> entries;
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = Entry{context,
                          {},
                          {},
                          {},
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.translations << xml.readElementText();
            } else {
                entry.translations << xml.readElementText();
            }
            entries << entry;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return entries;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QStringList tsFiles() {
    QStringList files;
    for (const QString& name : QDir(QStringLiteral(WDFLC_TRANSLATIONS_DIR))
                                   .entryList({QStringLiteral("*.ts")}, QDir::Files))
        files << QStringLiteral(WDFLC_TRANSLATIONS_DIR "/") + name;
    return files;
}

TEST(TranslationFiles, JapaneseAndThaiExist) {
    const QStringList files = tsFiles();
    EXPECT_TRUE(
        files.contains(QStringLiteral(WDFLC_TRANSLATIONS_DIR "/wdf-lifecycle-studio_ja.ts")));
    EXPECT_TRUE(
        files.contains(QStringLiteral(WDFLC_TRANSLATIONS_DIR "/wdf-lifecycle-studio_th.ts")));
}

TEST(TranslationFiles, EveryEntryIsTranslated) {
    for (const QString& path : tsFiles()) {
        const QList<Entry> entries = readTs(path);
        // The English file holds the plural forms only.
        EXPECT_GT(entries.size(), path.endsWith(QLatin1String("_en.ts")) ? 3 : 100)
            << path.toStdString();
        for (const Entry& entry : entries) {
            const std::string where = path.section(QLatin1Char('/'), -1).toStdString() + " " +
                                      entry.context.toStdString() + ": " +
                                      entry.source.toStdString();
            EXPECT_TRUE(entry.type.isEmpty()) << entry.type.toStdString() << " " << where;
            ASSERT_FALSE(entry.translations.isEmpty()) << where;
            for (const QString& translation : entry.translations) {
                EXPECT_FALSE(translation.trimmed().isEmpty()) << where;
                EXPECT_EQ(placeholders(translation), placeholders(entry.source)) << where;
            }
        }
    }
}

TEST(TranslationFiles, CountsUsePluralForms) {
    for (const QString& path : tsFiles())
        for (const Entry& entry : readTs(path))
            if (entry.source.contains(QLatin1String("%n"))) {
                EXPECT_TRUE(entry.numerus) << entry.source.toStdString();
            }
}

TEST(TranslationFiles, ApiNamesStayAsTheyAre) {
    static const QRegularExpression api(
        QStringLiteral("\\b(Wdf[A-Za-z]+|Evt[A-Za-z]+|[A-Z]+_LEVEL|WDF[A-Z]+)\\b"));
    for (const QString& path : tsFiles())
        for (const Entry& entry : readTs(path))
            for (auto it = api.globalMatch(entry.source); it.hasNext();) {
                const QString name = it.next().captured();
                for (const QString& translation : entry.translations)
                    EXPECT_TRUE(translation.contains(name))
                        << name.toStdString() << " missing in " << translation.toStdString();
            }
}

} // namespace

namespace {

// Qt has no Thai translation of its own: the dialog buttons come from ours.
TEST(TranslationFiles, QtDialogButtonsSpeakThaiAndJapanese) {
    studio::i18n::Translations::install(QStringLiteral("en"));
    const QStringList english = studio::i18n::qtStandardTexts();
    for (const char* language : {"ja", "th"}) {
        ASSERT_TRUE(studio::i18n::Translations::install(QString::fromLatin1(language)));
        const QStringList translated = studio::i18n::qtStandardTexts();
        ASSERT_EQ(translated.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i)
            if (english[i] != QLatin1String("OK")) {
                EXPECT_NE(translated[i], english[i]) << language;
            }
    }
    studio::i18n::Translations::install(QStringLiteral("en"));
}

TEST(TranslationFiles, EnglishCountsAgreeWithTheNumber) {
    ASSERT_TRUE(studio::i18n::Translations::install(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("studio::MainWindow", "Opened %1 with %n warning(s)",
                                          nullptr, 1),
              QStringLiteral("Opened %1 with 1 warning"));
    EXPECT_EQ(QCoreApplication::translate("studio::MainWindow", "Opened %1 with %n warning(s)",
                                          nullptr, 3),
              QStringLiteral("Opened %1 with 3 warnings"));
}

} // namespace
