#pragma once

#include "document/Document.h"

#include <functional>
#include <QByteArray>
#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace studio::test {

// The project's samples, read from the source tree (not the embedded copy),
// so a test names the files a user opens.
QString samplePath(const QString& fileName);
QStringList sampleFileNames();
// Loads a sample into `document`, failing the test if it does not load.
void loadSample(Document& document, const QString& fileName);
// A small scenario written inline for tests that need a precise tree.
void loadJson(Document& document, const char* json);

// Answers the next message box that opens (while `action` runs, or up to
// 10 s after it) with `button`; returns the box's text, empty if none came.
QString answerMessageBox(QMessageBox::StandardButton button,
                         const std::function<void()>& action = {});

} // namespace studio::test
