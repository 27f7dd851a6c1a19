#include "document/ObjectMime.h"

#include <QMimeData>

namespace studio::ObjectMime {

QMimeData* forType(wdflc::ObjectType type) {
    auto* mime = new QMimeData;
    const std::string_view name = wdflc::typeName(type);
    mime->setData(kTypeFormat, QByteArray(name.data(), static_cast<qsizetype>(name.size())));
    mime->setText(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
    return mime;
}

QMimeData* forObject(const wdflc::Scenario& scenario, wdflc::ObjectId object) {
    auto* mime = new QMimeData;
    // By id, not index: an index means nothing once the scenario changes.
    const QByteArray id = QByteArray::fromStdString(scenario.decl(object).id);
    mime->setData(kObjectFormat, id);
    mime->setText(QString::fromUtf8(id));
    return mime;
}

std::optional<wdflc::ObjectType> type(const QMimeData* mime) {
    if (mime == nullptr || !mime->hasFormat(kTypeFormat))
        return std::nullopt;
    return wdflc::parseObjectType(mime->data(kTypeFormat).toStdString());
}

std::optional<wdflc::ObjectId> object(const QMimeData* mime, const wdflc::Scenario& scenario) {
    if (mime == nullptr || !mime->hasFormat(kObjectFormat))
        return std::nullopt;
    return scenario.find(mime->data(kObjectFormat).toStdString());
}

} // namespace studio::ObjectMime
