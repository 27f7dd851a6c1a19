#include "document/SampleLibrary.h"

#include "io/ScenarioReader.h"

#include <QDir>
#include <QFile>

namespace studio {

QString Sample::title(const QString& language) const {
    const wdflc::LoadResult loaded =
        wdflc::readScenario(std::string_view(json.data(), json.size()));
    if (!loaded.ok() || loaded.scenario->title.empty())
        return fileName;
    return QString::fromStdString(loaded.scenario->title.in(language.toStdString()));
}

QString SampleLibrary::resourcePath(const QString& fileName) {
    return QStringLiteral(":/samples/") + fileName;
}

const QString& SampleLibrary::defaultSampleName() {
    static const QString name = QStringLiteral("01-device-removal.wdfscn.json");
    return name;
}

QList<Sample> SampleLibrary::all() {
    QList<Sample> samples;
    const QDir dir(QStringLiteral(":/samples"));
    const QStringList names =
        dir.entryList({QStringLiteral("*.wdfscn.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            samples.append({name, file.readAll()});
    }
    return samples;
}

} // namespace studio
