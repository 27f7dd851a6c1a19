#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace studio {

// The built-in samples (resources/samples, embedded under :/samples): file
// name, contents and the title in each language, in file-name order.
struct Sample {
    QString fileName; // e.g. "01-device-removal.wdfscn.json"
    QByteArray json;
    QString title(const QString& language) const;
};

class SampleLibrary {
public:
    static QList<Sample> all();
    // The one opened at start: 01-device-removal, or the first there is.
    static const QString& defaultSampleName();
    static QString resourcePath(const QString& fileName);
};

} // namespace studio
