// Switching the language at run time: the menus, the docks and the document
// follow at once; in Japanese and Thai no English is left on screen apart
// from API names and the scenario's own ids. Screenshots of the main window
// and of the documentation dock are written for a person to look at.
#include "diagram/DiagramBuilder.h"
#include "DiagramImageExport.h"
#include "DiagramLabelsQt.h"
#include "docs/DocsDock.h"
#include "docs/HelpTopics.h"
#include "docs/TopicLibrary.h"
#include "document/Document.h"
#include "i18n/DiagnosticText.h"
#include "i18n/Translations.h"
#include "MainWindow.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

namespace {

namespace Translations = studio::i18n::Translations;

void switchTo(const QString& language) {
    ASSERT_TRUE(Translations::choose(language));
    QApplication::processEvents(); // LanguageChange is posted to the widgets
    // ... and the new texts' sizes post layout requests of their own.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();
}

QStringList menuTitles(const QMainWindow& window) {
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

std::unique_ptr<studio::MainWindow> newWindow() {
    studio::MainWindow::Options options;
    options.restoreSettings = false;
    options.offerRecovery = false;
    auto window = std::make_unique<studio::MainWindow>(options);
    window->resize(1400, 900);
    return window;
}

class LanguageSwitch : public ::testing::Test {
protected:
    void TearDown() override { Translations::choose(QStringLiteral("en")); }
};

TEST_F(LanguageSwitch, MenusFollowAtRunTime) {
    Translations::install(QStringLiteral("en"));
    auto window = newWindow();
    window->show();
    ASSERT_EQ(menuTitles(*window).value(0), QStringLiteral("&File"));
    switchTo(QStringLiteral("ja"));
    EXPECT_EQ(menuTitles(*window).value(0), QStringLiteral("ファイル(&F)"));
    EXPECT_EQ(window->document()->language(), QStringLiteral("ja"));
    switchTo(QStringLiteral("th"));
    EXPECT_EQ(menuTitles(*window).value(0), QStringLiteral("ไฟล์(&F)"));
    EXPECT_EQ(window->document()->language(), QStringLiteral("th"));
    switchTo(QStringLiteral("en"));
    EXPECT_EQ(menuTitles(*window).value(0), QStringLiteral("&File"));
    EXPECT_EQ(window->document()->language(), QStringLiteral("en"));
}

TEST_F(LanguageSwitch, TheChoiceIsRemembered) {
    switchTo(QStringLiteral("th"));
    EXPECT_EQ(QSettings().value(QStringLiteral("interface/language")).toString(),
              QStringLiteral("th"));
    EXPECT_EQ(Translations::startLanguage(), QStringLiteral("th"));
    EXPECT_EQ(Translations::startLanguage(QStringLiteral("ja")), QStringLiteral("ja"));
}

TEST_F(LanguageSwitch, TheViewMenuOffersEveryLanguage) {
    auto window = newWindow();
    auto* menu = window->findChild<QMenu*>(QStringLiteral("languageMenu"));
    ASSERT_NE(menu, nullptr);
    ASSERT_EQ(menu->actions().size(), 3);
    QAction* thai = window->findChild<QAction*>(QStringLiteral("language-th"));
    ASSERT_NE(thai, nullptr);
    thai->trigger();
    QApplication::processEvents();
    EXPECT_EQ(Translations::current(), QStringLiteral("th"));
    EXPECT_TRUE(thai->isChecked());
    EXPECT_EQ(window->document()->language(), QStringLiteral("th"));
}

// The display texts of a model's rows, two levels deep (outline, steps, palette).
QStringList modelTexts(const QAbstractItemModel* model, const QModelIndex& parent, int depth = 0) {
    QStringList texts;
    if (model == nullptr || depth > 2)
        return texts;
    for (int row = 0; row < model->rowCount(parent); ++row)
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            texts << index.data().toString();
            if (column == 0)
                texts << modelTexts(model, index, depth + 1);
        }
    return texts;
}

// Texts a person reads: menus, tool bars, dock titles, labels, buttons,
// headers and the rows of the item views.
QStringList visibleTexts(QMainWindow& window) {
    QStringList texts;
    const auto addAction = [&texts](const QAction* action) {
        if (!action->isSeparator() && action->isVisible())
            texts << action->text();
    };
    for (QAction* top : window.menuBar()->actions()) {
        addAction(top);
        if (top->menu() != nullptr)
            for (const QAction* action : top->menu()->actions())
                addAction(action);
    }
    for (const QToolBar* bar : window.findChildren<QToolBar*>())
        for (const QAction* action : bar->actions())
            addAction(action);
    for (const QDockWidget* dock : window.findChildren<QDockWidget*>())
        texts << dock->windowTitle();
    texts << window.statusBar()->currentMessage();
    for (const QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            texts << label->text();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            texts << button->text();
        else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget))
            texts << modelTexts(view->model(), QModelIndex());
        if (const auto* header = qobject_cast<const QHeaderView*>(widget);
            header && header->model())
            for (int section = 0; section < header->count(); ++section)
                texts << header->model()->headerData(section, header->orientation()).toString();
    }
    return texts;
}

// English words left in a text, once API names, the scenario's ids, file
// names and numbers are set aside.
QStringList englishWords(const QString& text, const QSet<QString>& ids, bool glossesAllowed) {
    // Thai puts the English term beside the Thai one, in parentheses.
    static const QRegularExpression gloss(QStringLiteral("\\([A-Za-z][A-Za-z ,_]*\\)"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_.:/\\-]*"));
    static const QRegularExpression api(QStringLiteral(
        "^(Wdf|Evt|WDF|KMDF|UMDF|IRQL|PASSIVE|APC|DISPATCH|DPC|PnP|I/O|STATUS_|PlantUML|Mermaid|"
        "SVG|PNG|PDF|JSON|English|WDF_VIOLATION|Shift|Ctrl|Alt|Unicode|lookaside).*"));
    QStringList english;
    QString shown = QString(text).remove(QLatin1Char('&'));
    if (glossesAllowed)
        shown.remove(gloss);
    for (auto it = word.globalMatch(shown); it.hasNext();) {
        const QString found = it.next().captured();
        if (!api.match(found).hasMatch() && !ids.contains(found) &&
            !found.endsWith(QLatin1String(".json")) && found.size() > 1)
            english << found;
    }
    return english;
}

void expectNoEnglishLeft(studio::MainWindow& window, const char* language) {
    QSet<QString> ids;
    for (const auto& decl : window.document()->scenario().declarations)
        ids.insert(QString::fromStdString(decl.id));
    for (const std::string& tag : window.document()->trace()->tags)
        ids.insert(QString::fromStdString(tag));
    for (const wdflc::RuleInfo& rule : wdflc::allRules())
        ids.insert(QString::fromLatin1(rule.id.data(), qsizetype(rule.id.size())));
    for (const QString& text : visibleTexts(window)) {
        const QStringList english =
            englishWords(text, ids, QLatin1String(language) == QLatin1String("th"));
        EXPECT_TRUE(english.isEmpty()) << language << ": \"" << text.toStdString() << "\" has "
                                       << english.join(' ').toStdString();
    }
}

// The sequence diagram of the trace as a PNG export, worded in the language
// installed now (labels, diagnostic notes and the scenario's title).
void exportDiagram(const studio::Document& document, const QString& name) {
    wdflc::diagram::DiagramOptions options;
    options.language = document.language().toStdString();
    wdflc::diagram::DiagramLabels labels = wdflc::exporting::translatedDiagramLabels();
    labels.diagnosticText = [](const wdflc::Trace& trace, const wdflc::DiagnosticDetail& detail) {
        return studio::i18n::DiagnosticText::message(trace, detail).toStdString();
    };
    const auto diagram = wdflc::diagram::buildSequenceDiagram(*document.trace(), options, labels);
    QDir().mkpath(QStringLiteral(WDFLC_SCREENSHOT_DIR));
    const auto result =
        wdflc::exporting::exportPng(diagram, QStringLiteral(WDFLC_SCREENSHOT_DIR "/") + name);
    EXPECT_TRUE(result.ok()) << result.error.toStdString();
}

void saveScreenshot(QWidget& widget, const QString& name) {
    QDir().mkpath(QStringLiteral(WDFLC_SCREENSHOT_DIR));
    const QString path = QStringLiteral(WDFLC_SCREENSHOT_DIR "/") + name;
    EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
}

TEST_F(LanguageSwitch, NoEnglishLeftInJapaneseAndThaiWithScreenshots) {
    Translations::install(QStringLiteral("en"));
    auto window = newWindow();
    window->openSample(QStringLiteral("13-mistake-delete-twice.wdfscn.json"));
    window->show();
    QApplication::processEvents();
    window->document()->setPosition(window->document()->eventCount() / 2);
    for (const char* language : {"ja", "th"}) {
        switchTo(QString::fromLatin1(language));
        expectNoEnglishLeft(*window, language);
        saveScreenshot(*window, QStringLiteral("main-%1.png").arg(QLatin1String(language)));
        exportDiagram(*window->document(),
                      QStringLiteral("export-%1.png").arg(QLatin1String(language)));
        auto* docs = window->findChild<studio::docs::DocsDock*>(QStringLiteral("docsDock"));
        ASSERT_NE(docs, nullptr);
        docs->raise();
        docs->setContentsShown(true);
        docs->showTopic(QStringLiteral("evt-cleanup-callback"));
        QApplication::processEvents();
        EXPECT_EQ(docs->currentLanguage(), QString::fromLatin1(language));
        saveScreenshot(*window, QStringLiteral("docs-%1.png").arg(QLatin1String(language)));
        // The pane at a reading size, as a user who undocks it sees it.
        docs->setFloating(true);
        docs->resize(560, 720);
        QApplication::processEvents();
        saveScreenshot(*docs, QStringLiteral("docs-dock-%1.png").arg(QLatin1String(language)));
        docs->setFloating(false);
    }
}

TEST_F(LanguageSwitch, F1OpensTheTopicOfTheFocusedControl) {
    auto window = newWindow();
    window->show();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    auto* docs = window->findChild<studio::docs::DocsDock*>(QStringLiteral("docsDock"));
    ASSERT_NE(docs, nullptr);
    docs->setFollowsAnimation(false);
    auto* outline = window->findChild<QWidget*>(QStringLiteral("outline"));
    ASSERT_NE(outline, nullptr);
    outline->setFocus();
    QTest::keyClick(outline, Qt::Key_F1);
    EXPECT_EQ(docs->currentTopic(), QStringLiteral("objects-and-tree"));
    auto* diagnostics = window->findChild<QWidget*>(QStringLiteral("diagnostics"));
    ASSERT_NE(diagnostics, nullptr);
    diagnostics->setFocus();
    QTest::keyClick(diagnostics, Qt::Key_F1);
    EXPECT_EQ(docs->currentTopic(), QStringLiteral("index"));
}

TEST_F(LanguageSwitch, F1OpensTheTopicOfTheSelectedNodeAndOfTheSelectedDiagnostic) {
    auto window = newWindow();
    window->openSample(QStringLiteral("13-mistake-delete-twice.wdfscn.json"));
    window->show();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    auto* docs = window->findChild<studio::docs::DocsDock*>(QStringLiteral("docsDock"));
    ASSERT_NE(docs, nullptr);
    docs->setFollowsAnimation(false);
    studio::Document* document = window->document();
    const auto queue = document->scenario().find("defaultQueue");
    ASSERT_TRUE(queue.has_value());
    document->setSelectedObject(*queue);
    auto* canvas = window->findChild<QWidget*>(QStringLiteral("canvas"));
    ASSERT_NE(canvas, nullptr);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_F1);
    EXPECT_EQ(docs->currentTopic(),
              studio::docs::HelpTopics::forObjectType(wdflc::ObjectType::Queue));
    EXPECT_NE(docs->currentTopic(), QStringLiteral("studio-tour"));

    // The outline names the same topic for its selected row.
    docs->showTopic(QStringLiteral("index"));
    auto* outline = window->findChild<QWidget*>(QStringLiteral("outline"));
    ASSERT_NE(outline, nullptr);
    outline->setFocus();
    QTest::keyClick(outline, Qt::Key_F1);
    EXPECT_EQ(docs->currentTopic(),
              studio::docs::HelpTopics::forObjectType(wdflc::ObjectType::Queue));

    auto* diagnostics = window->findChild<QTreeWidget*>(QStringLiteral("diagnostics"));
    ASSERT_NE(diagnostics, nullptr);
    ASSERT_GT(diagnostics->topLevelItemCount(), 0);
    diagnostics->setCurrentItem(diagnostics->topLevelItem(0));
    diagnostics->setFocus();
    QTest::keyClick(diagnostics, Qt::Key_F1);
    const QString rule = diagnostics->topLevelItem(0)->text(2);
    EXPECT_EQ(docs->currentTopic(), QStringLiteral("rule-") + rule);
}

// Every dock of the main window names a topic for F1.
TEST_F(LanguageSwitch, EveryDockHasAHelpTopic) {
    auto window = newWindow();
    const QStringList topics = studio::docs::TopicLibrary::topicIds(QStringLiteral("en"));
    for (const QDockWidget* dock : window->findChildren<QDockWidget*>()) {
        const QString topic = studio::docs::HelpTopics::forWidget(dock);
        EXPECT_TRUE(topics.contains(topic)) << dock->objectName().toStdString();
    }
}

} // namespace
