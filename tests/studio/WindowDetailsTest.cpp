// Small things a class notices: two kinds of delete named apart, a subtree
// removed only when confirmed, Save As with its shortcut, exports that say
// where they wrote, and a new document at PASSIVE_LEVEL.
#include "commands/ParentRules.h"
#include "diagram/SequenceDiagramDock.h"
#include "document/Document.h"
#include "MainWindow.h"
#include "StudioTestSupport.h"
#include "TimelineDock.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QUndoStack>

namespace studio {
namespace {

class WindowDetailsTest : public ::testing::Test {
protected:
    void SetUp() override {
        window.resize(1200, 800);
        window.show();
        test::loadSample(*window.document(), QStringLiteral("01-device-removal.wdfscn.json"));
        QApplication::processEvents();
    }
    QAction* actionNamed(const QString& text) {
        for (QAction* action : window.findChildren<QAction*>())
            if (action->text() == text)
                return action;
        return nullptr;
    }
    Document& document() { return *window.document(); }
    wdflc::ObjectId id(const char* name) { return *document().scenario().find(name); }

    MainWindow window{MainWindow::Options{false, false, {}, 30}};
};

TEST_F(WindowDetailsTest, RemoveFromScenarioAndWdfObjectDeleteAreNamedApart) {
    QAction* remove = actionNamed(QStringLiteral("&Remove from Scenario"));
    ASSERT_NE(remove, nullptr);
    EXPECT_EQ(remove->shortcut(), QKeySequence(QKeySequence::Delete));
    QAction* step = actionNamed(QStringLiteral("WdfObjectDelete"));
    ASSERT_NE(step, nullptr);
    EXPECT_TRUE(step->shortcut().isEmpty());
    EXPECT_TRUE(step->toolTip().contains(QStringLiteral("Remove from Scenario")));
    EXPECT_TRUE(remove->toolTip().contains(QStringLiteral("WdfObjectDelete")));
    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("driveToolBar"));
    ASSERT_NE(toolBar, nullptr);
    EXPECT_TRUE(toolBar->actions().contains(step));
    // No action is labelled plain "Delete" any more.
    EXPECT_EQ(actionNamed(QStringLiteral("Delete")), nullptr);
}

TEST_F(WindowDetailsTest, RemovingASubtreeAsksFirst) {
    QAction* remove = actionNamed(QStringLiteral("&Remove from Scenario"));
    ASSERT_NE(remove, nullptr);
    document().setSelectedObject(id("device")); // with a buffer, a timer and a queue under it
    int below = 0;
    for (wdflc::ObjectId object = 0; object < document().scenario().declarations.size(); ++object)
        below += object != id("device") &&
                 ParentRules::isDescendantOrSelf(document().scenario(), object, id("device"));
    ASSERT_GE(below, 2);
    const QString question = test::answerMessageBox(QMessageBox::No, [&] { remove->trigger(); });
    EXPECT_TRUE(question.contains(QStringLiteral("device"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("%1 objects").arg(below)))
        << question.toStdString();
    EXPECT_TRUE(document().scenario().find("device").has_value());
    EXPECT_EQ(document().undoStack()->count(), 0);

    test::answerMessageBox(QMessageBox::Yes, [&] { remove->trigger(); });
    EXPECT_FALSE(document().scenario().find("device").has_value());
    EXPECT_FALSE(document().scenario().find("watchdogTimer").has_value());
}

TEST_F(WindowDetailsTest, RemovingALeafAsksNothing) {
    document().setSelectedObject(id("watchdogTimer"));
    actionNamed(QStringLiteral("&Remove from Scenario"))->trigger();
    EXPECT_FALSE(document().scenario().find("watchdogTimer").has_value());
}

TEST_F(WindowDetailsTest, SaveAsHasItsStandardShortcut) {
    QAction* saveAs = actionNamed(QStringLiteral("Save &As…"));
    ASSERT_NE(saveAs, nullptr);
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::SaveAs);
    EXPECT_EQ(saveAs->shortcuts(),
              platform.isEmpty() ? QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+Shift+S"))}
                                 : platform);
    EXPECT_FALSE(saveAs->shortcut().isEmpty());
}

TEST_F(WindowDetailsTest, ExportsSayWhereTheyWrote) {
    QTemporaryDir dir;
    auto* sequence = window.findChild<diagram::SequenceDiagramDock*>();
    ASSERT_NE(sequence, nullptr);
    const QString diagram = dir.filePath(QStringLiteral("removal.puml"));
    ASSERT_EQ(sequence->exportTo(diagram, QStringLiteral("puml")), QString());
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Exported to ") + diagram);

    auto* timelines = window.findChild<plots::TimelineDock*>();
    ASSERT_NE(timelines, nullptr);
    const QString plot = dir.filePath(QStringLiteral("removal.png"));
    ASSERT_EQ(timelines->exportTo(plot), QString());
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Exported to ") + plot);
}

TEST_F(WindowDetailsTest, ANewDocumentStartsAtPassiveLevel) {
    QAction* dispatch = actionNamed(QStringLiteral("DISPATCH"));
    ASSERT_NE(dispatch, nullptr);
    dispatch->trigger();
    ASSERT_TRUE(dispatch->isChecked());
    QAction* newFile = actionNamed(QStringLiteral("&New"));
    ASSERT_NE(newFile, nullptr);
    newFile->trigger();
    QAction* passive = actionNamed(QStringLiteral("PASSIVE"));
    ASSERT_NE(passive, nullptr);
    EXPECT_TRUE(passive->isChecked());
    EXPECT_FALSE(dispatch->isChecked());
}

} // namespace
} // namespace studio
