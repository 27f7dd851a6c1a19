#pragma once

// OutputFile.h for Qt callers: the same rules, with QString paths and errors.
// Header only, so the library itself stays free of Qt.
#include "OutputFile.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace wdflc::output {

inline std::string nativePath(const QString& path) {
    return QFile::encodeName(path).toStdString();
}

inline QString qtError(const std::string& error) {
    return QFile::decodeName(QByteArray::fromStdString(error));
}

// Returns an empty string, or the error ("cannot write PATH: cause").
inline QString writeFile(const QString& path, const QByteArray& bytes) {
    return qtError(writeFile(nativePath(path), std::string_view(bytes.constData(), bytes.size())));
}

// writeFileSet() with part i at pathOfPart(i).
inline QString writeFileSet(const QList<QByteArray>& parts,
                            const std::function<QString(std::size_t)>& pathOfPart) {
    std::vector<std::string> bytes;
    bytes.reserve(static_cast<std::size_t>(parts.size()));
    for (const QByteArray& part : parts)
        bytes.push_back(part.toStdString());
    return qtError(writeFileSet(
        bytes, [&pathOfPart](std::size_t index) { return nativePath(pathOfPart(index)); }));
}

} // namespace wdflc::output
