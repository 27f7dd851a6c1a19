// The documentation dock: topics by id, links, back/forward, search, the
// document's language, following the animation, and the help mapping.
#include "docs/DocsDock.h"

#include "docs/HelpTopics.h"
#include "docs/TopicLibrary.h"
#include "document/Document.h"
#include "document/SampleLibrary.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

namespace {

using studio::docs::DocsDock;
namespace HelpTopics = studio::docs::HelpTopics;

TEST(DocsDock, OpensTopicsById) {
    studio::Document document;
    DocsDock dock(&document);
    EXPECT_EQ(dock.currentTopic(), QStringLiteral("index"));
    dock.showTopic(QStringLiteral("evt-cleanup-callback"));
    EXPECT_EQ(dock.currentTopic(), QStringLiteral("evt-cleanup-callback"));
    EXPECT_TRUE(dock.browser()->toPlainText().contains(QLatin1String("EvtCleanupCallback")));
    dock.showTopic(QStringLiteral("rule-delete-twice"));
    EXPECT_EQ(dock.currentTopic(), QStringLiteral("rule-delete-twice"));
    dock.showTopic(QStringLiteral("no-such-topic"));
    EXPECT_EQ(dock.currentTopic(), QStringLiteral("index"));
}

TEST(DocsDock, LinksBackAndForward) {
    studio::Document document;
    DocsDock dock(&document);
    dock.showTopic(QStringLiteral("evt-cleanup-callback"));
    emit dock.browser()->anchorClicked(QUrl(QStringLiteral("reference-counts.md")));
    EXPECT_EQ(dock.currentTopic(), QStringLiteral("reference-counts"));
    dock.browser()->backward();
    EXPECT_EQ(dock.currentTopic(), QStringLiteral("evt-cleanup-callback"));
    dock.browser()->forward();
    EXPECT_EQ(dock.currentTopic(), QStringLiteral("reference-counts"));
}

TEST(DocsDock, ContentsComeFromTheIndex) {
    studio::Document document;
    DocsDock dock(&document);
    QTreeWidget* contents = dock.contentsView();
    EXPECT_TRUE(contents->isHidden()); // until asked for
    dock.setContentsShown(true);
    EXPECT_FALSE(contents->isHidden());
    ASSERT_GT(contents->topLevelItemCount(), 3);
    int topics = 0;
    for (int section = 0; section < contents->topLevelItemCount(); ++section)
        topics += contents->topLevelItem(section)->childCount();
    EXPECT_EQ(topics, studio::docs::TopicLibrary::topicIds(QStringLiteral("en")).size() - 1);
}

TEST(DocsDock, SearchListsTheMatchingTopics) {
    studio::Document document;
    DocsDock dock(&document);
    dock.searchBox()->setText(QStringLiteral("STATUS_DELETE_PENDING"));
    QTreeWidget* results = dock.contentsView();
    ASSERT_GE(results->topLevelItemCount(), 1);
    QStringList ids;
    for (int row = 0; row < results->topLevelItemCount(); ++row)
        ids << results->topLevelItem(row)->data(0, Qt::UserRole + 1).toString();
    EXPECT_TRUE(ids.contains(QStringLiteral("rule-parent-being-deleted")));
    dock.searchBox()->setText(QStringLiteral("zzzz-nothing-has-this"));
    ASSERT_EQ(results->topLevelItemCount(), 1);
    EXPECT_FALSE(results->topLevelItem(0)->flags() & Qt::ItemIsEnabled);
    dock.searchBox()->clear();
    EXPECT_GT(results->topLevelItem(0)->childCount(), 0); // the contents again
}

TEST(DocsDock, FollowsTheDocumentsLanguage) {
    studio::Document document;
    DocsDock dock(&document);
    dock.showTopic(QStringLiteral("evt-destroy-callback"));
    for (const QString& language : {QStringLiteral("ja"), QStringLiteral("th")}) {
        document.setLanguage(language);
        EXPECT_EQ(dock.currentTopic(), QStringLiteral("evt-destroy-callback"));
        EXPECT_EQ(dock.currentLanguage(), language);
    }
    document.setLanguage(QStringLiteral("en"));
    EXPECT_EQ(dock.currentLanguage(), QStringLiteral("en"));
}

TEST(DocsDock, RemembersWhetherItFollows) {
    studio::Document document;
    {
        DocsDock dock(&document);
        dock.setFollowsAnimation(false);
    }
    DocsDock again(&document);
    EXPECT_FALSE(again.followsAnimation());
    again.setFollowsAnimation(true);
}

TEST(DocsDock, FollowsTheAnimation) {
    studio::Document document;
    QFile sample(
        studio::SampleLibrary::resourcePath(QStringLiteral("13-mistake-delete-twice.wdfscn.json")));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    ASSERT_TRUE(document.loadText(sample.readAll(), sample.fileName(), false).ok);
    DocsDock dock(&document);
    dock.setFollowsAnimation(true);
    const auto& events = document.trace()->events;
    ASSERT_FALSE(events.empty());
    document.setPosition(1); // the first event: a creation
    EXPECT_EQ(dock.currentTopic(), HelpTopics::forEvent(events[0].kind));
    const auto diagnostic = std::find_if(events.begin(), events.end(), [](const auto& event) {
        return event.kind == wdflc::EventKind::Diagnostic;
    });
    ASSERT_NE(diagnostic, events.end());
    document.setPosition(std::uint32_t(diagnostic - events.begin()) + 1);
    EXPECT_EQ(dock.currentTopic(),
              HelpTopics::forRule(document.trace()->diagnostic(*diagnostic).rule));
    dock.setFollowsAnimation(false);
    dock.showTopic(QStringLiteral("glossary"));
    document.setPosition(0);
    document.setPosition(1);
    EXPECT_EQ(dock.currentTopic(), QStringLiteral("glossary"));
}

TEST(HelpTopics, EveryMappedTopicExists) {
    const QStringList topics = studio::docs::TopicLibrary::topicIds(QStringLiteral("en"));
    for (int kind = 0; kind <= static_cast<int>(wdflc::EventKind::IrqlChanged); ++kind)
        EXPECT_TRUE(topics.contains(HelpTopics::forEvent(static_cast<wdflc::EventKind>(kind))));
    for (const wdflc::RuleInfo& rule : wdflc::allRules())
        EXPECT_TRUE(topics.contains(HelpTopics::forRule(rule.rule))) << rule.id;
    for (const wdflc::ObjectTypeInfo& type : wdflc::allObjectTypes())
        EXPECT_TRUE(topics.contains(HelpTopics::forObjectType(type.type))) << type.name;
    for (int op = 0; op <= static_cast<int>(wdflc::Op::Call); ++op)
        EXPECT_TRUE(topics.contains(HelpTopics::forOp(static_cast<wdflc::Op>(op))));
}

TEST(HelpTopics, TheBriefsEventMapping) {
    using wdflc::EventKind;
    EXPECT_EQ(HelpTopics::forEvent(EventKind::Created), QStringLiteral("objects-and-tree"));
    EXPECT_EQ(HelpTopics::forEvent(EventKind::Referenced), QStringLiteral("reference-counts"));
    EXPECT_EQ(HelpTopics::forEvent(EventKind::Dereferenced), QStringLiteral("reference-counts"));
    EXPECT_EQ(HelpTopics::forEvent(EventKind::DeleteRequested), QStringLiteral("wdfobjectdelete"));
    EXPECT_EQ(HelpTopics::forEvent(EventKind::Cleanup), QStringLiteral("evt-cleanup-callback"));
    EXPECT_EQ(HelpTopics::forEvent(EventKind::Destroy), QStringLiteral("evt-destroy-callback"));
    EXPECT_EQ(HelpTopics::forEvent(EventKind::Deferred), QStringLiteral("deferred-work"));
    EXPECT_EQ(HelpTopics::forEvent(EventKind::WaitForCallbacks),
              QStringLiteral("waiting-for-callbacks"));
    EXPECT_EQ(HelpTopics::forEvent(EventKind::Freed), QStringLiteral("cleanup-destroy-order"));
    EXPECT_EQ(HelpTopics::forEvent(EventKind::BufferFreed), QStringLiteral("contexts-and-buffers"));
    EXPECT_EQ(HelpTopics::forEvent(EventKind::IrqlChanged),
              QStringLiteral("irql-and-passive-objects"));
    EXPECT_EQ(HelpTopics::forRule(wdflc::Rule::DeleteTwice), QStringLiteral("rule-delete-twice"));
}

TEST(HelpTopics, WidgetsNameTheirTopic) {
    QWidget dockLike;
    dockLike.setObjectName(QStringLiteral("outlineDock"));
    QWidget inside(&dockLike);
    EXPECT_EQ(HelpTopics::forWidget(&inside), QStringLiteral("objects-and-tree"));
    QToolButton button(&dockLike);
    QAction remove(QStringLiteral("Delete"));
    HelpTopics::set(&remove, HelpTopics::forOp(wdflc::Op::Delete));
    button.setDefaultAction(&remove);
    EXPECT_EQ(HelpTopics::forWidget(&button), QStringLiteral("wdfobjectdelete"));
    QWidget unknown;
    EXPECT_TRUE(HelpTopics::forWidget(&unknown).isEmpty());
}

} // namespace
