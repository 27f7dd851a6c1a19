#include "StudioTestSupport.h"

#include <gtest/gtest.h>
#include <QDir>

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

} // namespace studio::test
