// The outline's item model, checked by QAbstractItemModelTester through
// loads, edits, undo and animation.
#include "outline/OutlineModel.h"

#include "commands/Editor.h"
#include "document/Document.h"
#include "document/ObjectMime.h"
#include "document/StateStyle.h"
#include "StudioTestSupport.h"

#include <gtest/gtest.h>
#include <memory>
#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QUndoStack>

namespace studio {
namespace {

// Collects what the model tester reports (it reports through qWarning).
class TesterMessages {
public:
    TesterMessages() { previous_ = qInstallMessageHandler(&TesterMessages::handle); }
    ~TesterMessages() { qInstallMessageHandler(previous_); }
    static QStringList& failures() {
        static QStringList list;
        return list;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type != QtDebugMsg && type != QtInfoMsg)
            failures() << message;
    }
    QtMessageHandler previous_;
};

class OutlineModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        TesterMessages::failures().clear();
        test::loadSample(document, QStringLiteral("01-device-removal.wdfscn.json"));
        model = std::make_unique<OutlineModel>(&document, &editor);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    void TearDown() override {
        tester.reset();
        EXPECT_TRUE(TesterMessages::failures().isEmpty())
            << TesterMessages::failures().join(QLatin1Char('\n')).toStdString();
    }
    wdflc::ObjectId id(const char* name) { return *document.scenario().find(name); }

    TesterMessages messages;
    Document document;
    Editor editor{&document};
    std::unique_ptr<OutlineModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(OutlineModelTest, ShowsTheTree) {
    ASSERT_EQ(model->rowCount(), 1); // the driver
    const QModelIndex driver = model->index(0, 0);
    EXPECT_EQ(driver.data().toString(), QStringLiteral("driver"));
    ASSERT_EQ(model->rowCount(driver), 1);
    const QModelIndex device = model->index(0, 0, driver);
    EXPECT_EQ(device.data().toString(), QStringLiteral("device"));
    EXPECT_EQ(model->rowCount(device), 3);
    EXPECT_EQ(model->objectAt(device), id("device"));
    EXPECT_EQ(model->indexOf(id("device")), device);
    EXPECT_EQ(model->parent(device), driver);
}

TEST_F(OutlineModelTest, StateColumnFollowsThePosition) {
    const QModelIndex device = model->indexOf(id("device"), OutlineModel::StateColumn);
    document.setPosition(0);
    EXPECT_EQ(device.data().toString(), StateStyle::stateText(wdflc::ObjectState::NotCreated));
    document.setPosition(document.eventCount());
    EXPECT_EQ(device.data().toString(), StateStyle::stateText(wdflc::ObjectState::Freed));
}

TEST_F(OutlineModelTest, StaysConsistentThroughEditsAndUndo) {
    ASSERT_TRUE(editor.addObject(wdflc::ObjectType::WorkItem, id("device")).isEmpty());
    ASSERT_TRUE(editor.reparent(id("commonBuffer"), id("defaultQueue")).isEmpty());
    ASSERT_TRUE(editor.removeObject(id("watchdogTimer")).isEmpty());
    EXPECT_EQ(model->rowCount(model->indexOf(id("defaultQueue"))), 1);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    EXPECT_EQ(model->rowCount(model->indexOf(id("device"))), 3);
    for (const QString& sample : test::sampleFileNames())
        test::loadSample(document, sample);
}

TEST_F(OutlineModelTest, DropsReparentAndCreateThroughTheEditor) {
    const QModelIndex queue = model->indexOf(id("defaultQueue"));
    std::unique_ptr<QMimeData> move(ObjectMime::forObject(document.scenario(), id("commonBuffer")));
    ASSERT_TRUE(model->canDropMimeData(move.get(), Qt::MoveAction, -1, 0, queue));
    ASSERT_TRUE(model->dropMimeData(move.get(), Qt::MoveAction, -1, 0, queue));
    EXPECT_EQ(document.scenario().decl(id("commonBuffer")).parentId, id("defaultQueue"));

    std::unique_ptr<QMimeData> device(ObjectMime::forType(wdflc::ObjectType::Device));
    EXPECT_FALSE(model->canDropMimeData(device.get(), Qt::CopyAction, -1, 0,
                                        model->indexOf(id("defaultQueue"))));
    EXPECT_FALSE(model->dropMimeData(device.get(), Qt::CopyAction, -1, 0,
                                     model->indexOf(id("defaultQueue"))));
}

} // namespace
} // namespace studio
