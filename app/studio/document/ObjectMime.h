#pragma once

#include "model/Scenario.h"

#include <optional>
#include <QString>

class QMimeData;

namespace studio {

// The drag payloads of the studio: a type from the palette, or an existing
// object being moved. Built and read in one place so the palette, the canvas
// and the tests agree.
namespace ObjectMime {

inline const QString kTypeFormat = QStringLiteral("application/x-wdflc-object-type");
inline const QString kObjectFormat = QStringLiteral("application/x-wdflc-object");

QMimeData* forType(wdflc::ObjectType type);
QMimeData* forObject(const wdflc::Scenario& scenario, wdflc::ObjectId object);
std::optional<wdflc::ObjectType> type(const QMimeData* mime);
// The object named by the payload, if it still exists in `scenario`.
std::optional<wdflc::ObjectId> object(const QMimeData* mime, const wdflc::Scenario& scenario);

} // namespace ObjectMime
} // namespace studio
