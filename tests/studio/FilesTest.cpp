// Saving and loading: byte-stable round trips for every sample, and a file
// that fails to load leaves the open document exactly as it was.
#include "commands/Editor.h"
#include "document/Autosave.h"
#include "document/Document.h"
#include "document/SampleLibrary.h"
#include "MainWindow.h"
#include "StudioTestSupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

namespace studio {
namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

TEST(FilesTest, SaveThenLoadIsByteStableForEverySample) {
    QTemporaryDir dir;
    const QStringList samples = test::sampleFileNames();
    ASSERT_GE(samples.size(), 8);
    for (const QString& sample : samples) {
        SCOPED_TRACE(sample.toStdString());
        Document document;
        test::loadSample(document, sample);
        const QString first = dir.filePath(QStringLiteral("first-") + sample);
        ASSERT_EQ(document.save(first), QString());
        EXPECT_EQ(document.filePath(), first);
        const QByteArray saved = readAll(first);
        EXPECT_EQ(saved, document.serialized());

        Document reloaded;
        ASSERT_TRUE(reloaded.load(first).ok);
        EXPECT_EQ(reloaded.scenario(), document.scenario());
        const QString second = dir.filePath(QStringLiteral("second-") + sample);
        ASSERT_EQ(reloaded.save(second), QString());
        EXPECT_EQ(readAll(second), saved);
    }
}

TEST(FilesTest, SavingMarksTheDocumentClean) {
    QTemporaryDir dir;
    Document document;
    test::loadSample(document, QStringLiteral("01-device-removal.wdfscn.json"));
    Editor editor(&document);
    ASSERT_TRUE(editor.addObject(wdflc::ObjectType::Collection, wdflc::kNoObject).isEmpty());
    EXPECT_TRUE(document.isModified());
    ASSERT_EQ(document.save(dir.filePath(QStringLiteral("edited.wdfscn.json"))), QString());
    EXPECT_FALSE(document.isModified());
}

// Save and Save As write by the rules of app/output, as wdflc -o does.
TEST(FilesTest, SavingFollowsASymlinkAndReportsAFullDevice) {
    QTemporaryDir dir;
    Document document;
    test::loadSample(document, QStringLiteral("01-device-removal.wdfscn.json"));
    const QString target = dir.filePath(QStringLiteral("target.wdfscn.json"));
    const QString link = dir.filePath(QStringLiteral("link.wdfscn.json"));
    writeAll(target, "old");
    ASSERT_TRUE(QFile::link(QStringLiteral("target.wdfscn.json"), link));
    ASSERT_EQ(document.save(link), QString());
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(readAll(target), document.serialized());

    Editor editor(&document);
    ASSERT_TRUE(editor.addObject(wdflc::ObjectType::Collection, wdflc::kNoObject).isEmpty());
    const QString error = document.save(QStringLiteral("/dev/full"));
    EXPECT_TRUE(error.contains(QStringLiteral("/dev/full: No space left on device")))
        << error.toStdString();
    EXPECT_TRUE(document.isModified()); // nothing was saved
    EXPECT_EQ(document.filePath(), link);
    EXPECT_FALSE(document.save(dir.path()).isEmpty()); // a directory
    EXPECT_TRUE(QFileInfo(dir.path()).isDir());
}

class CorruptFileTest : public ::testing::TestWithParam<const char*> {};

TEST_P(CorruptFileTest, LeavesTheOpenDocumentUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.wdfscn.json"));
    writeAll(path, QByteArray(GetParam()));

    Document document;
    test::loadSample(document, QStringLiteral("03-reference-delete-dereference.wdfscn.json"));
    Editor editor(&document);
    ASSERT_TRUE(editor.addObject(wdflc::ObjectType::String, wdflc::kNoObject).isEmpty());
    document.setPosition(3);
    const QByteArray bytes = document.serialized();
    const QString filePath = document.filePath();
    const auto trace = document.trace();
    const int commands = document.undoStack()->count();

    const Document::LoadReport report = document.load(path);
    EXPECT_FALSE(report.ok);
    ASSERT_FALSE(report.problems.isEmpty());
    // The engine's own message, naming the file.
    EXPECT_TRUE(report.problems.front().startsWith(path)) << report.problems.front().toStdString();
    EXPECT_EQ(document.serialized(), bytes);
    EXPECT_EQ(document.filePath(), filePath);
    EXPECT_EQ(document.trace(), trace);
    EXPECT_EQ(document.position(), 3u);
    EXPECT_EQ(document.undoStack()->count(), commands);
    EXPECT_TRUE(document.isModified());
}

INSTANTIATE_TEST_SUITE_P(Files, CorruptFileTest,
                         ::testing::Values(
                             // Syntax error (line and column).
                             R"({ "format": "wdf-lifecycle-scenario", "version": 1, "objects": [ )",
                             // A timer without a parent.
                             R"({ "format": "wdf-lifecycle-scenario", "version": 1, "objects": [
             { "id": "driver", "type": "WDFDRIVER" },
             { "id": "t", "type": "WDFTIMER" } ] })",
                             // Not a scenario at all.
                             R"([1, 2, 3])",
                             // Empty file.
                             ""));

TEST(FilesTest, MissingFileLeavesTheOpenDocumentUntouched) {
    Document document;
    test::loadSample(document, QStringLiteral("01-device-removal.wdfscn.json"));
    const QByteArray bytes = document.serialized();
    const Document::LoadReport report = document.load(QStringLiteral("/nonexistent/x.wdfscn.json"));
    EXPECT_FALSE(report.ok);
    EXPECT_FALSE(report.problems.isEmpty());
    EXPECT_EQ(document.serialized(), bytes);
}

TEST(FilesTest, MainWindowReportsTheEngineErrorsAndKeepsTheDocument) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.wdfscn.json"));
    writeAll(path,
             R"({ "format": "wdf-lifecycle-scenario", "version": 1, "objects": [ { "id": 1 } ] })");
    MainWindow window(MainWindow::Options{false, false, {}, 30});
    ASSERT_TRUE(window.openSample(SampleLibrary::defaultSampleName()));
    const QByteArray bytes = window.document()->serialized();
    EXPECT_FALSE(window.openFile(path));
    EXPECT_FALSE(window.lastLoadProblems().isEmpty());
    EXPECT_EQ(window.document()->serialized(), bytes);
}

TEST(FilesTest, EveryEmbeddedSampleLoads) {
    const QList<Sample> samples = SampleLibrary::all();
    EXPECT_EQ(samples.size(), test::sampleFileNames().size());
    for (const Sample& sample : samples) {
        Document document;
        EXPECT_TRUE(document.loadText(sample.json, sample.fileName, false).ok)
            << sample.fileName.toStdString();
        EXPECT_FALSE(sample.title(QStringLiteral("en")).isEmpty());
    }
}

TEST(FilesTest, AutosaveWritesTheUnsavedDocumentAndASaveDiscardsIt) {
    QTemporaryDir dir;
    Document document;
    test::loadSample(document, QStringLiteral("01-device-removal.wdfscn.json"));
    Autosave autosave(&document, dir.filePath(QStringLiteral("autosave")));
    Editor editor(&document);
    ASSERT_TRUE(editor.addObject(wdflc::ObjectType::WaitLock, wdflc::kNoObject).isEmpty());
    autosave.writeNow();
    ASSERT_TRUE(autosave.hasRecovery());
    EXPECT_EQ(readAll(autosave.recoveryPath()), document.serialized());
    EXPECT_EQ(autosave.recoveredSourcePath(), document.filePath());

    Document recovered;
    ASSERT_TRUE(
        recovered.loadText(readAll(autosave.recoveryPath()), autosave.recoveredSourcePath()).ok);
    EXPECT_EQ(recovered.serialized(), document.serialized());

    ASSERT_EQ(document.save(dir.filePath(QStringLiteral("saved.wdfscn.json"))), QString());
    EXPECT_FALSE(autosave.hasRecovery());
}

} // namespace
} // namespace studio
