// The palette offers every type of the engine's table and drags it as that
// type; the steps list reorders by drag and follows the animation.
#include "commands/Editor.h"
#include "document/Document.h"
#include "document/ObjectMime.h"
#include "palette/PaletteView.h"
#include "steps/StepsModel.h"
#include "StudioTestSupport.h"

#include <gtest/gtest.h>
#include <memory>
#include <QMimeData>
#include <QUndoStack>

namespace studio {
namespace {

TEST(PaletteTest, DragsEveryTypeOfTheEngineTable) {
    Document document;
    test::loadSample(document, QStringLiteral("01-device-removal.wdfscn.json"));
    Editor editor(&document);
    PaletteView palette(&document, &editor);
    ASSERT_EQ(palette.count(), static_cast<int>(wdflc::allObjectTypes().size()));
    for (int row = 0; row < palette.count(); ++row) {
        const QModelIndex index = palette.model()->index(row, 0);
        std::unique_ptr<QMimeData> mime(palette.model()->mimeData({index}));
        ASSERT_TRUE(mime);
        EXPECT_EQ(ObjectMime::type(mime.get()), wdflc::allObjectTypes()[row].type);
    }
}

TEST(PaletteTest, TypesTheFrameworkLacksAreDisabled) {
    Document document;
    test::loadSample(document, QStringLiteral("01-device-removal.wdfscn.json"));
    Editor editor(&document);
    PaletteView palette(&document, &editor);
    ASSERT_TRUE(editor.setFramework(wdflc::Framework::Umdf).isEmpty());
    for (int row = 0; row < palette.count(); ++row) {
        const wdflc::ObjectType type = wdflc::allObjectTypes()[row].type;
        EXPECT_EQ(palette.item(row)->flags().testFlag(Qt::ItemIsEnabled),
                  wdflc::availableIn(type, wdflc::Framework::Umdf))
            << wdflc::typeName(type);
    }
}

TEST(StepsModelTest, DraggingARowMovesTheStepUndoably) {
    Document document;
    test::loadSample(document, QStringLiteral("03-reference-delete-dereference.wdfscn.json"));
    Editor editor(&document);
    StepsModel model(&document, &editor);
    ASSERT_GE(model.rowCount(), 3);
    const QByteArray before = document.serialized();
    const wdflc::Op first = document.scenario().steps[0].op;
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0)}));
    // Dropped into the gap after the third row.
    model.dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {});
    EXPECT_EQ(document.scenario().steps[2].op, first);
    EXPECT_EQ(model.rowCount(), static_cast<int>(document.scenario().steps.size()));
    document.undoStack()->undo();
    EXPECT_EQ(document.serialized(), before);
}

TEST(StepsModelTest, MarksTheStepOfTheCurrentEvent) {
    Document document;
    test::loadSample(document, QStringLiteral("03-reference-delete-dereference.wdfscn.json"));
    Editor editor(&document);
    StepsModel model(&document, &editor);
    for (std::uint32_t position = 1; position <= document.eventCount(); ++position) {
        document.setPosition(position);
        EXPECT_EQ(model.currentStep(), document.trace()->at(position).step);
    }
    for (int step = 0; step < model.rowCount(); ++step) {
        const std::uint32_t position = model.positionBefore(step);
        if (position < document.eventCount()) {
            EXPECT_GE(document.trace()->events[position].step, step);
        }
    }
}

} // namespace
} // namespace studio
