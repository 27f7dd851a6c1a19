// The documentation topics: the same files in en, ja and th, each with the
// same structure (headings, code sketches, link targets), links that lead
// to existing topics, a topic for every diagnostic rule, and the embedded
// resources matching the files.
#include "docs/TopicLibrary.h"
#include "trace/DiagnosticRule.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("th")};

QString docsDir(const QString& language) {
    return QStringLiteral(WDFLC_DOCS_DIR "/") + language;
}

QStringList topicFiles(const QString& language) {
    return QDir(docsDir(language)).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

struct Structure {
    QStringList headings; // the "#" marks of each heading, in order: "#", "##", ...
    int codeBlocks = 0;
    QSet<QString> links; // relative link targets without anchors
};

Structure structureOf(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+\\S"));
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s]+)\\)"));
    Structure structure;
    bool inCode = false;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            if (!inCode)
                ++structure.codeBlocks;
            inCode = !inCode;
            continue;
        }
        if (inCode)
            continue;
        if (const auto match = heading.match(line); match.hasMatch())
            structure.headings << match.captured(1);
        for (auto it = link.globalMatch(line); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (!target.contains(QLatin1String("://")) && !target.startsWith(QLatin1Char('#')))
                structure.links.insert(target.section(QLatin1Char('#'), 0, 0));
        }
    }
    EXPECT_FALSE(inCode) << "unclosed code block in " << path.toStdString();
    return structure;
}

TEST(Topics, EveryLanguageHasTheSameTopics) {
    const QStringList english = topicFiles(QStringLiteral("en"));
    ASSERT_GT(english.size(), 30);
    for (const QString& language : kLanguages)
        EXPECT_EQ(topicFiles(language), english) << language.toStdString();
}

TEST(Topics, TranslationsKeepTheStructure) {
    for (const QString& topic : topicFiles(QStringLiteral("en"))) {
        const Structure english = structureOf(docsDir(QStringLiteral("en")) + '/' + topic);
        for (const QString& language : {QStringLiteral("ja"), QStringLiteral("th")}) {
            const QString path = docsDir(language) + '/' + topic;
            if (!QFile::exists(path))
                continue; // reported by EveryLanguageHasTheSameTopics
            const Structure translated = structureOf(path);
            const std::string where = language.toStdString() + "/" + topic.toStdString();
            EXPECT_EQ(translated.headings, english.headings) << where << ": headings";
            EXPECT_EQ(translated.codeBlocks, english.codeBlocks) << where << ": code blocks";
            EXPECT_EQ(translated.links, english.links) << where << ": link targets";
        }
    }
}

TEST(Topics, EveryLinkLeadsToATopicOfTheSameLanguage) {
    for (const QString& language : kLanguages)
        for (const QString& topic : topicFiles(language))
            for (const QString& target : structureOf(docsDir(language) + '/' + topic).links)
                EXPECT_TRUE(QFile::exists(docsDir(language) + '/' + target))
                    << language.toStdString() << "/" << topic.toStdString() << " links to "
                    << target.toStdString();
}

TEST(Topics, EveryTopicStartsWithATitle) {
    for (const QString& language : kLanguages)
        for (const QString& topic : topicFiles(language)) {
            const Structure structure = structureOf(docsDir(language) + '/' + topic);
            ASSERT_FALSE(structure.headings.isEmpty()) << topic.toStdString();
            EXPECT_EQ(structure.headings.front(), QStringLiteral("#"))
                << language.toStdString() << "/" << topic.toStdString();
        }
}

TEST(Topics, EveryDiagnosticRuleHasATopicInEveryLanguage) {
    for (const wdflc::RuleInfo& rule : wdflc::allRules()) {
        const QString file =
            QStringLiteral("rule-%1.md")
                .arg(QString::fromLatin1(rule.id.data(), qsizetype(rule.id.size())));
        for (const QString& language : kLanguages)
            EXPECT_TRUE(QFile::exists(docsDir(language) + '/' + file))
                << language.toStdString() << "/" << file.toStdString();
    }
}

TEST(Topics, TheContentsListEveryTopic) {
    for (const QString& language : kLanguages) {
        QSet<QString> listed;
        for (const auto& section : studio::docs::TopicLibrary::contents(language))
            for (const auto& entry : section.topics)
                listed.insert(entry.id);
        for (const QString& topic : topicFiles(language))
            if (topic != QLatin1String("index.md"))
                EXPECT_TRUE(listed.contains(topic.chopped(3)))
                    << language.toStdString() << ": " << topic.toStdString();
    }
}

TEST(Topics, EmbeddedResourcesAreTheFiles) {
    for (const QString& language : kLanguages) {
        QStringList files = topicFiles(language);
        for (QString& file : files)
            file.chop(3);
        QStringList embedded = studio::docs::TopicLibrary::topicIds(language);
        embedded.sort();
        EXPECT_EQ(embedded, files) << language.toStdString();
    }
}

} // namespace
