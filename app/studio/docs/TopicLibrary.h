#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace studio::docs {

struct TopicEntry {
    QString id; // the file name without ".md", e.g. "evt-cleanup-callback"
    QString title;
};

struct ContentsSection {
    QString title;
    QList<TopicEntry> topics;
};

// The documentation topics embedded under :/docs/<language>/<id>.md. A topic
// missing in a language is read from English, so a link never leads nowhere.
namespace TopicLibrary {

QUrl url(const QString& language, const QString& id);
// The topic id and language of a url() (empty when it is not a topic).
QString topicOf(const QUrl& url);
QString languageOf(const QUrl& url);

QStringList topicIds(const QString& language);
bool exists(const QString& language, const QString& id);
QString markdown(const QString& language, const QString& id);
// The text of the topic's first heading; the id when it has none.
QString title(const QString& language, const QString& id);

// The table of contents: the sections ("## ...") and links ("- [..](x.md)")
// of index.md; without an index, one section with every topic.
QList<ContentsSection> contents(const QString& language);

// Topics whose text contains every word of `query` (case-insensitive), the
// ones whose title matches first. Japanese and Thai need no word breaks: a
// word is whatever the user separated by spaces.
QList<TopicEntry> search(const QString& language, const QString& query);

} // namespace TopicLibrary
} // namespace studio::docs
