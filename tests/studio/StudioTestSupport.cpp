#include "StudioTestSupport.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPointer>
#include <QTimer>

namespace studio::test {

QString samplePath(const QString& fileName) {
    return QDir(QStringLiteral(WDFLC_SAMPLES_DIR)).filePath(fileName);
}

QStringList sampleFileNames() {
    return QDir(QStringLiteral(WDFLC_SAMPLES_DIR))
        .entryList({QStringLiteral("*.wdfscn.json")}, QDir::Files, QDir::Name);
}

void loadSample(Document& document, const QString& fileName) {
    const Document::LoadReport report = document.load(samplePath(fileName));
    ASSERT_TRUE(report.ok) << report.problems.join(QLatin1Char('\n')).toStdString();
}

void loadJson(Document& document, const char* json) {
    const Document::LoadReport report =
        document.loadText(QByteArray(json), QStringLiteral("inline.wdfscn.json"), false);
    ASSERT_TRUE(report.ok) << report.problems.join(QLatin1Char('\n')).toStdString();
}

QString answerMessageBox(QMessageBox::StandardButton button, const std::function<void()>& action) {
    QString text;
    bool answered = false;
    // A modal box runs its own event loop: a repeating timer finds it there.
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (box == nullptr || !box->isVisible() || answered)
                continue;
            text = box->text();
            answered = true;
            if (QAbstractButton* chosen = box->button(button))
                chosen->click();
            else
                box->reject();
        }
    });
    poll.start();
    if (action)
        action();
    const QDeadlineTimer deadline(10'000);
    while (!answered && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return text;
}

} // namespace studio::test
