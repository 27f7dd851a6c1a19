// Every edit is a command: doing it changes the scenario, undo gives back the
// exact bytes of before, redo the exact bytes of after.
#include "commands/Editor.h"
#include "document/Document.h"
#include "StudioTestSupport.h"

#include <functional>
#include <gtest/gtest.h>
#include <QUndoStack>

namespace studio {
namespace {

constexpr char kTree[] = R"({
  "format": "wdf-lifecycle-scenario", "version": 1,
  "objects": [
    { "id": "driver", "type": "WDFDRIVER" },
    { "id": "device", "type": "WDFDEVICE", "parent": "driver" },
    { "id": "queue", "type": "WDFQUEUE", "parent": "device" },
    { "id": "buf", "type": "WDFMEMORY", "parent": "device",
      "contexts": [ { "name": "BUF", "cleanup": true } ] }
  ],
  "steps": [
    { "op": "reference", "object": "buf", "tag": "dma" },
    { "op": "delete", "object": "buf" },
    { "op": "dereference", "object": "buf", "tag": "dma" }
  ]
})";

class CommandsTest : public ::testing::Test {
protected:
    void SetUp() override { test::loadJson(document, kTree); }

    wdflc::ObjectId id(const char* name) const { return *document.scenario().find(name); }

    // Runs one edit and checks do, undo and redo byte for byte.
    void expectUndoable(const std::function<QString()>& edit) {
        const QByteArray before = document.serialized();
        const int commands = document.undoStack()->count();
        const QString refusal = edit();
        ASSERT_TRUE(refusal.isEmpty()) << refusal.toStdString();
        const QByteArray after = document.serialized();
        EXPECT_NE(after, before);
        ASSERT_EQ(document.undoStack()->count(), commands + 1);
        EXPECT_FALSE(document.undoStack()->undoText().isEmpty());
        EXPECT_TRUE(document.isModified());
        document.undoStack()->undo();
        EXPECT_EQ(document.serialized(), before);
        document.undoStack()->redo();
        EXPECT_EQ(document.serialized(), after);
        // The trace follows every edit.
        EXPECT_EQ(document.trace()->scenario.get(), &document.scenario());
    }

    void expectRefused(const std::function<QString()>& edit) {
        const QByteArray before = document.serialized();
        const int commands = document.undoStack()->count();
        EXPECT_FALSE(edit().isEmpty());
        EXPECT_EQ(document.serialized(), before);
        EXPECT_EQ(document.undoStack()->count(), commands);
    }

    Document document;
    Editor editor{&document};
};

TEST_F(CommandsTest, AddObjectUnderAParent) {
    expectUndoable([&] { return editor.addObject(wdflc::ObjectType::Timer, id("device")); });
    const auto timer = document.scenario().find("timer1");
    ASSERT_TRUE(timer);
    EXPECT_EQ(document.scenario().decl(*timer).parentId, id("device"));
    EXPECT_EQ(document.selectedObject(), *timer);
}

TEST_F(CommandsTest, AddObjectUnderItsDefaultParent) {
    expectUndoable([&] { return editor.addObject(wdflc::ObjectType::Memory, wdflc::kNoObject); });
    EXPECT_EQ(document.scenario().decl(*document.scenario().find("memory1")).parentId,
              id("driver"));
}

TEST_F(CommandsTest, RemoveObjectTakesItsSubtreeAndItsSteps) {
    expectUndoable([&] { return editor.removeObject(id("device")); });
    EXPECT_EQ(document.scenario().declarations.size(), 1u);
    EXPECT_TRUE(document.scenario().steps.empty());
}

TEST_F(CommandsTest, Reparent) {
    expectUndoable([&] { return editor.reparent(id("buf"), id("queue")); });
    EXPECT_EQ(document.scenario().decl(id("buf")).parentId, id("queue"));
}

TEST_F(CommandsTest, RenameRenamesEveryReference) {
    wdflc::ObjectDecl renamed = document.scenario().decl(id("buf"));
    renamed.id = "ringBuffer";
    expectUndoable([&] { return editor.replaceObject(id("buf"), renamed, QStringLiteral("id")); });
    EXPECT_FALSE(document.scenario().find("buf"));
    for (const wdflc::Action& step : document.scenario().steps)
        EXPECT_EQ(step.object, "ringBuffer");
}

TEST_F(CommandsTest, EditContexts) {
    wdflc::ObjectDecl changed = document.scenario().decl(id("queue"));
    wdflc::ContextDecl context;
    context.name = "QUEUE_CONTEXT";
    context.destroy = true;
    changed.contexts.push_back(context);
    expectUndoable(
        [&] { return editor.replaceObject(id("queue"), changed, QStringLiteral("contexts")); });
    EXPECT_TRUE(document.scenario().decl(id("queue")).contexts.front().destroy);
}

TEST_F(CommandsTest, AppendStepAtAnotherIrqlIsOneCommand) {
    expectUndoable(
        [&] { return editor.appendStep(wdflc::Op::Delete, id("queue"), wdflc::Irql::Dispatch); });
    const auto& steps = document.scenario().steps;
    ASSERT_EQ(steps.size(), 5u);
    EXPECT_EQ(steps[3].op, wdflc::Op::SetIrql);
    EXPECT_EQ(steps[3].irql, wdflc::Irql::Dispatch);
    EXPECT_EQ(steps[4].op, wdflc::Op::Delete);
}

TEST_F(CommandsTest, RemoveStep) {
    expectUndoable([&] { return editor.removeStep(2); });
    EXPECT_EQ(document.scenario().steps.size(), 2u);
}

TEST_F(CommandsTest, MoveStep) {
    expectUndoable([&] { return editor.moveStep(2, 0); });
    EXPECT_EQ(document.scenario().steps.front().op, wdflc::Op::Dereference);
}

TEST_F(CommandsTest, ReplaceStep) {
    wdflc::Action step;
    step.op = wdflc::Op::FrameworkDelete;
    step.object = "device";
    expectUndoable([&] { return editor.replaceStep(1, step); });
    EXPECT_EQ(document.scenario().steps[1].op, wdflc::Op::FrameworkDelete);
}

TEST_F(CommandsTest, SwitchFramework) {
    expectUndoable([&] { return editor.setFramework(wdflc::Framework::Umdf); });
    EXPECT_EQ(document.scenario().framework, wdflc::Framework::Umdf);
}

TEST_F(CommandsTest, SwitchAutoDrain) {
    expectUndoable([&] { return editor.setAutoDrain(false); });
    EXPECT_FALSE(document.scenario().autoDrain);
}

TEST_F(CommandsTest, TypingIntoOneFieldMergesIntoOneCommand) {
    const QByteArray before = document.serialized();
    const wdflc::ObjectId buf = id("buf"); // ids are indexes: renaming keeps them
    wdflc::ObjectDecl changed = document.scenario().decl(buf);
    for (const char* name : {"b2", "b23", "b234"}) {
        changed.id = name;
        ASSERT_TRUE(editor.replaceObject(buf, changed, QStringLiteral("id")).isEmpty());
    }
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(document.scenario().find("b234"));
    document.undoStack()->undo();
    EXPECT_EQ(document.serialized(), before);
}

TEST_F(CommandsTest, EditsTheRulesForbidAreRefused) {
    expectRefused([&] { return editor.addObject(wdflc::ObjectType::Timer, wdflc::kNoObject); });
    expectRefused([&] { return editor.addObject(wdflc::ObjectType::Device, id("queue")); });
    expectRefused([&] { return editor.reparent(id("device"), id("queue")); });
    expectRefused([&] { return editor.removeObject(id("driver")); });
    expectRefused([&] { return editor.addObject(wdflc::ObjectType::Driver, wdflc::kNoObject); });
    ASSERT_TRUE(editor.addObject(wdflc::ObjectType::Dpc, id("device")).isEmpty());
    // A KMDF-only object keeps the scenario from becoming UMDF: the engine's reader says so.
    expectRefused([&] { return editor.setFramework(wdflc::Framework::Umdf); });
    wdflc::ObjectDecl clash = document.scenario().decl(id("buf"));
    clash.id = "queue";
    expectRefused([&] { return editor.replaceObject(id("buf"), clash, QStringLiteral("id")); });
}

} // namespace
} // namespace studio
