#include "i18n/ThaiBreakDictionary.h"

#include <QDir>
#include <QFileInfo>

namespace studio::i18n::ThaiBreakDictionary {
namespace {

const QString kRelativeDirectory = QStringLiteral("share/wdf-lifecycle-studio/libthai");
const QString kFileName = QStringLiteral("thbrk.tri"); // the name libthai looks for
// bin/ → the prefix; build/app/studio/ or build/tests/i18n/ → build/.
constexpr int kLevelsUp = 3;

} // namespace

QString directoryFor(const QString& executablePath) {
    QDir dir = QFileInfo(executablePath).absoluteDir();
    for (int level = 0; level <= kLevelsUp; ++level) {
        const QString candidate = dir.filePath(kRelativeDirectory);
        if (QFileInfo(QDir(candidate).filePath(kFileName)).isFile())
            return QDir::cleanPath(candidate);
        if (!dir.cdUp())
            break;
    }
    return {};
}

bool select() {
    // QCoreApplication::applicationFilePath() needs the application object,
    // which must not exist yet.
    const QString executable = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QString directory = directoryFor(executable);
    if (directory.isEmpty())
        return false;
    return qputenv("LIBTHAI_DICTDIR", QFile::encodeName(directory));
}

} // namespace studio::i18n::ThaiBreakDictionary
