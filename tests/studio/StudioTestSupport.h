#pragma once

#include "document/Document.h"

#include <QByteArray>
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

} // namespace studio::test
