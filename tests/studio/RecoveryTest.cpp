// Crash recovery end to end: the studio binary edits a scenario, autosaves
// and is killed with SIGKILL; a new process recovers the edit, which must
// stay unsaved work (modified, Quit asks) until it is saved or discarded.
#include "commands/Editor.h"
#include "document/Document.h"
#include "MainWindow.h"
#include "StudioTestSupport.h"

#include <csignal>
#include <gtest/gtest.h>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>

namespace studio {
namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool waitFor(const std::function<bool()>& condition, int milliseconds) {
    const QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(50);
    }
    return true;
}

// The studio runs on Qt's VNC platform (offscreen, no display): the test
// types into it as a VNC client would. RFB 3.3: version, security "none",
// client and server init, then key events.
class VncKeyboard {
public:
    bool connect(quint16 port, int milliseconds) {
        const QDeadlineTimer deadline(milliseconds);
        while (!deadline.hasExpired()) {
            socket_.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (socket_.waitForConnected(1000))
                return handshake();
            socket_.abort();
            QThread::msleep(200);
        }
        return false;
    }

    void press(quint32 keysym) {
        for (const char down : {1, 0}) {
            const char event[8] = {
                4,           down, 0, 0, char(keysym >> 24), char(keysym >> 16), char(keysym >> 8),
                char(keysym)};
            socket_.write(event, sizeof event);
        }
        socket_.flush();
    }

private:
    QByteArray read(qint64 size) {
        QByteArray bytes;
        while (bytes.size() < size &&
               (socket_.bytesAvailable() > 0 || socket_.waitForReadyRead(10'000)))
            bytes += socket_.read(size - bytes.size());
        return bytes;
    }

    bool handshake() {
        const QByteArray version = read(12);
        if (!version.startsWith("RFB "))
            return false;
        socket_.write("RFB 003.003\n");
        if (read(4) != QByteArray("\0\0\0\1", 4)) // security: none
            return false;
        socket_.write("\1", 1); // shared
        const QByteArray init = read(24);
        if (init.size() != 24)
            return false;
        const quint32 nameLength = (quint8(init[20]) << 24) | (quint8(init[21]) << 16) |
                                   (quint8(init[22]) << 8) | quint8(init[23]);
        return read(nameLength).size() == qint64(nameLength);
    }

    QTcpSocket socket_;
};

constexpr quint32 kDeleteKeysym = 0xffff;

TEST(RecoveryTest, AnEditRecoveredAfterSigkillStaysUnsavedUntilSaved) {
    QTemporaryDir home;
    const QString scenario = home.filePath(QStringLiteral("removal.wdfscn.json"));
    ASSERT_TRUE(
        QFile::copy(test::samplePath(QStringLiteral("01-device-removal.wdfscn.json")), scenario));
    const QByteArray original = readAll(scenario);
    ASSERT_TRUE(original.contains("watchdogTimer"));
    // Where the studio keeps its recovery file under XDG_DATA_HOME.
    const QString recoveryDir =
        home.filePath(QStringLiteral("data/WDF Lifecycle Studio/wdf-lifecycle-studio"));
    const QString recovery = QDir(recoveryDir).filePath(QStringLiteral("recovery.wdfscn.json"));

    // First process: the studio, editing. Delete removes the selected leaf.
    const quint16 port = quint16(QRandomGenerator::global()->bounded(20000, 60000));
    QProcess studio;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                       QStringLiteral("vnc:size=1280x800:port=%1").arg(port));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    studio.setProcessEnvironment(environment);
    studio.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    studio.start(QStringLiteral(WDFLC_STUDIO_BINARY),
                 {scenario, QStringLiteral("--lang"), QStringLiteral("en"),
                  QStringLiteral("--select"), QStringLiteral("watchdogTimer"),
                  QStringLiteral("--autosave-seconds"), QStringLiteral("1")});
    ASSERT_TRUE(studio.waitForStarted(10'000));
    VncKeyboard keyboard;
    ASSERT_TRUE(keyboard.connect(port, 60'000)) << "no VNC connection to the studio";
    // The window may not have the focus at once: press until the edit shows.
    const bool autosaved = waitFor(
        [&] {
            if (!QFile::exists(recovery))
                keyboard.press(kDeleteKeysym);
            return QFile::exists(recovery) && !readAll(recovery).contains("watchdogTimer");
        },
        60'000);
    ASSERT_TRUE(autosaved) << "the studio wrote no recovery file with the edit";
    ::kill(pid_t(studio.processId()), SIGKILL);
    ASSERT_TRUE(studio.waitForFinished(10'000));
    EXPECT_EQ(studio.exitStatus(), QProcess::CrashExit);
    EXPECT_EQ(readAll(scenario), original) << "the edit reached the file without a save";
    ASSERT_TRUE(QFile::exists(recovery));

    // A new process (this one) starts the studio's window and recovers.
    MainWindow::Options options;
    options.restoreSettings = false;
    options.autosaveDirectory = recoveryDir;
    MainWindow window(options);
    window.openFile(scenario);
    const QString question = test::answerMessageBox(QMessageBox::Yes, [&] { window.show(); });
    ASSERT_FALSE(question.isEmpty()) << "no recovery prompt";
    Document* document = window.document();
    ASSERT_FALSE(document->scenario().find("watchdogTimer").has_value());
    EXPECT_EQ(document->filePath(), scenario);
    EXPECT_TRUE(document->isModified());
    EXPECT_TRUE(window.isWindowModified()); // the title's "*"
    EXPECT_TRUE(QFile::exists(recovery));

    // Quit asks; Cancel keeps the window and the recovery file.
    const QString quitQuestion =
        test::answerMessageBox(QMessageBox::Cancel, [&] { window.close(); });
    EXPECT_FALSE(quitQuestion.isEmpty()) << "Quit asked nothing";
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(QFile::exists(recovery));

    ASSERT_TRUE(window.saveTo(document->filePath()));
    EXPECT_FALSE(document->isModified());
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_FALSE(QFile::exists(recovery));
    EXPECT_EQ(readAll(scenario), document->serialized());
    EXPECT_FALSE(readAll(scenario).contains("watchdogTimer"));
}

TEST(RecoveryTest, DiscardingRecoveredWorkRemovesTheRecoveryFile) {
    QTemporaryDir dir;
    const QString recovery = dir.filePath(QStringLiteral("recovery.wdfscn.json"));
    ASSERT_TRUE(QFile::copy(test::samplePath(test::sampleFileNames().value(1)), recovery));
    MainWindow::Options options;
    options.restoreSettings = false;
    options.autosaveDirectory = dir.path();
    MainWindow window(options);
    window.document()->newScenario();
    ASSERT_FALSE(test::answerMessageBox(QMessageBox::Yes, [&] { window.show(); }).isEmpty());
    ASSERT_TRUE(window.document()->isModified());

    EXPECT_FALSE(test::answerMessageBox(QMessageBox::Discard, [&] { window.close(); }).isEmpty());
    EXPECT_FALSE(window.isVisible());
    EXPECT_FALSE(QFile::exists(recovery));
}

TEST(RecoveryTest, UndoingBackToTheRecoveredStateKeepsItUnsaved) {
    Document document;
    test::loadSample(document, QStringLiteral("01-device-removal.wdfscn.json"));
    document.markRecovered();
    ASSERT_TRUE(document.isModified());
    Editor editor(&document);
    ASSERT_TRUE(editor.addObject(wdflc::ObjectType::Collection, wdflc::kNoObject).isEmpty());
    document.undoStack()->undo();
    EXPECT_TRUE(document.isModified());
}

} // namespace
} // namespace studio
