// Drag and drop with synthetic events (offscreen): palette types and tree
// objects dropped on the canvas, drops the type rules refuse, and a scenario
// file dropped on the main window.
#include "canvas/CanvasScene.h"
#include "canvas/CanvasView.h"
#include "canvas/NodeItem.h"
#include "document/Document.h"
#include "document/ObjectMime.h"
#include "MainWindow.h"
#include "StudioTestSupport.h"

#include <gtest/gtest.h>
#include <memory>
#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>

namespace studio {
namespace {

class DropTest : public ::testing::Test {
protected:
    void SetUp() override {
        window.resize(1200, 800);
        window.show();
        test::loadSample(*window.document(), QStringLiteral("01-device-removal.wdfscn.json"));
        QApplication::processEvents();
    }

    Document& document() { return *window.document(); }
    CanvasView& canvas() { return *window.canvas(); }
    wdflc::ObjectId id(const char* name) { return *document().scenario().find(name); }

    QPoint viewPointOf(wdflc::ObjectId object) {
        NodeItem* node = canvas().canvasScene()->nodeFor(object);
        canvas().centerOn(node);
        QApplication::processEvents();
        return canvas().mapFromScene(node->sceneBoundingRect().center());
    }
    QPoint emptyPoint() {
        const QRectF scene = canvas().sceneRect();
        canvas().centerOn(scene.topLeft());
        return canvas().mapFromScene(scene.topLeft() + QPointF(5, 5));
    }

    // Sends enter, move and drop as a real drag would; returns whether the
    // drop was accepted.
    bool drop(QWidget* target, const QPoint& at, QMimeData* mime) {
        std::unique_ptr<QMimeData> owner(mime);
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton,
                            Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent dropEvent(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton,
                             Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        return dropEvent.isAccepted();
    }

    MainWindow window{MainWindow::Options{false, false, {}, 30}};
};

TEST_F(DropTest, TypeDroppedOnANodeBecomesItsChild) {
    const QPoint at = viewPointOf(id("device"));
    ASSERT_TRUE(drop(canvas().viewport(), at, ObjectMime::forType(wdflc::ObjectType::WorkItem)));
    const auto created = document().scenario().find("workitem1");
    ASSERT_TRUE(created);
    EXPECT_EQ(document().scenario().decl(*created).parentId, id("device"));
    EXPECT_EQ(document().undoStack()->count(), 1);
}

TEST_F(DropTest, TypeDroppedOnEmptyCanvasGetsItsDefaultParent) {
    ASSERT_TRUE(drop(canvas().viewport(), emptyPoint(),
                     ObjectMime::forType(wdflc::ObjectType::Collection)));
    const auto created = document().scenario().find("collection1");
    ASSERT_TRUE(created);
    EXPECT_EQ(document().scenario().decl(*created).parentId, id("driver"));
}

TEST_F(DropTest, ObjectDroppedOnAnotherMovesThere) {
    const QPoint at = viewPointOf(id("defaultQueue"));
    ASSERT_TRUE(drop(canvas().viewport(), at,
                     ObjectMime::forObject(document().scenario(), id("commonBuffer"))));
    EXPECT_EQ(document().scenario().decl(id("commonBuffer")).parentId, id("defaultQueue"));
}

TEST_F(DropTest, DropsTheRulesForbidAreRefusedWithAReason) {
    const QByteArray before = document().serialized();
    // A timer needs a device above it: not on the empty canvas, not under the driver.
    EXPECT_FALSE(
        drop(canvas().viewport(), emptyPoint(), ObjectMime::forType(wdflc::ObjectType::Timer)));
    EXPECT_TRUE(canvas().lastRefusal().contains(QStringLiteral("WDFTIMER")));
    EXPECT_FALSE(drop(canvas().viewport(), viewPointOf(id("driver")),
                      ObjectMime::forType(wdflc::ObjectType::Timer)));
    EXPECT_FALSE(canvas().lastRefusal().isEmpty());
    // A device under a queue.
    EXPECT_FALSE(drop(canvas().viewport(), viewPointOf(id("defaultQueue")),
                      ObjectMime::forObject(document().scenario(), id("device"))));
    EXPECT_FALSE(canvas().lastRefusal().isEmpty());
    // An object under its own child.
    EXPECT_FALSE(drop(canvas().viewport(), viewPointOf(id("watchdogTimer")),
                      ObjectMime::forObject(document().scenario(), id("device"))));
    EXPECT_FALSE(canvas().lastRefusal().isEmpty());
    EXPECT_EQ(document().serialized(), before);
    EXPECT_EQ(document().undoStack()->count(), 0);
}

TEST_F(DropTest, ARefusedDropSaysWhyInTheStatusBar) {
    // The refused drag ends with the move: the tooltip vanishes on release.
    EXPECT_FALSE(
        drop(canvas().viewport(), emptyPoint(), ObjectMime::forType(wdflc::ObjectType::Timer)));
    const QString reason = canvas().lastRefusal();
    ASSERT_FALSE(reason.isEmpty());
    EXPECT_EQ(window.statusBar()->currentMessage(), reason);
}

TEST_F(DropTest, ForeignDataIsRefused) {
    auto* text = new QMimeData;
    text->setText(QStringLiteral("WDFDEVICE"));
    const QByteArray before = document().serialized();
    EXPECT_FALSE(drop(canvas().viewport(), viewPointOf(id("device")), text));
    EXPECT_EQ(document().serialized(), before);
}

TEST_F(DropTest, ScenarioFileDroppedOnTheWindowOpens) {
    auto* mime = new QMimeData;
    mime->setUrls(
        {QUrl::fromLocalFile(test::samplePath(QStringLiteral("08-work-item-waits.wdfscn.json")))});
    EXPECT_TRUE(drop(&window, QPoint(20, 20), mime));
    EXPECT_TRUE(document().filePath().endsWith(QStringLiteral("08-work-item-waits.wdfscn.json")));
}

TEST_F(DropTest, OtherFilesAreRefusedByTheWindow) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    const QString before = document().filePath();
    EXPECT_FALSE(drop(&window, QPoint(20, 20), mime));
    EXPECT_EQ(document().filePath(), before);
}

} // namespace
} // namespace studio
