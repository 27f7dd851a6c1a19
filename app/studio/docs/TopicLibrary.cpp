#include "docs/TopicLibrary.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace studio::docs::TopicLibrary {
namespace {

const QString kEnglish = QStringLiteral("en");

QString resourcePath(const QString& language, const QString& id) {
    return QStringLiteral(":/docs/%1/%2.md").arg(language, id);
}

QString readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The language a topic is actually read in.
QString available(const QString& language, const QString& id) {
    return QFile::exists(resourcePath(language, id)) ? language : kEnglish;
}

} // namespace

QUrl url(const QString& language, const QString& id) {
    return QUrl(QStringLiteral("qrc") + resourcePath(available(language, id), id));
}

QString topicOf(const QUrl& url) {
    if (url.scheme() != QLatin1String("qrc") || !url.path().endsWith(QLatin1String(".md")))
        return {};
    return url.fileName().chopped(3);
}

QString languageOf(const QUrl& url) {
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() == 3 && parts.front() == QLatin1String("docs") ? parts.at(1) : QString();
}

QStringList topicIds(const QString& language) {
    QStringList ids =
        QDir(QStringLiteral(":/docs/") + language).entryList({QStringLiteral("*.md")}, QDir::Files);
    for (QString& id : ids)
        id.chop(3);
    return ids;
}

bool exists(const QString& language, const QString& id) {
    return QFile::exists(resourcePath(language, id));
}

QString markdown(const QString& language, const QString& id) {
    return readText(resourcePath(available(language, id), id));
}

QString title(const QString& language, const QString& id) {
    static const QRegularExpression heading(QStringLiteral("^#\\s+(.+?)\\s*$"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = heading.match(markdown(language, id));
    return match.hasMatch() ? match.captured(1) : id;
}

QList<ContentsSection> contents(const QString& language) {
    static const QRegularExpression section(QStringLiteral("^##\\s+(.+?)\\s*$"));
    static const QRegularExpression link(
        QStringLiteral("^\\s*[-*]\\s+\\[([^\\]]+)\\]\\(([^)#]+)\\.md\\)"));
    QList<ContentsSection> sections;
    const QString index = markdown(language, QStringLiteral("index"));
    for (const QString& line : index.split(QLatin1Char('\n'))) {
        if (const auto match = section.match(line); match.hasMatch()) {
            sections.append(ContentsSection{match.captured(1), {}});
        } else if (const auto entry = link.match(line); entry.hasMatch()) {
            if (sections.isEmpty())
                sections.append(ContentsSection{});
            sections.back().topics.append(TopicEntry{entry.captured(2), entry.captured(1)});
        }
    }
    if (sections.isEmpty()) {
        ContentsSection all;
        for (const QString& id : topicIds(language))
            all.topics.append(TopicEntry{id, title(language, id)});
        sections.append(all);
    }
    return sections;
}

QList<TopicEntry> search(const QString& language, const QString& query) {
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<TopicEntry> inTitle;
    QList<TopicEntry> inText;
    if (words.isEmpty())
        return {};
    QStringList ids = topicIds(kEnglish);
    for (const QString& id : topicIds(language))
        if (!ids.contains(id))
            ids.append(id);
    for (const QString& id : ids) {
        const QString text = markdown(language, id);
        const TopicEntry entry{id, title(language, id)};
        const auto containsAll = [&words](const QString& haystack) {
            return std::all_of(words.begin(), words.end(), [&haystack](const QString& word) {
                return haystack.contains(word, Qt::CaseInsensitive);
            });
        };
        if (containsAll(entry.title))
            inTitle.append(entry);
        else if (containsAll(text))
            inText.append(entry);
    }
    return inTitle + inText;
}

} // namespace studio::docs::TopicLibrary
