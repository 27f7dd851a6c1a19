#pragma once

#include "model/ObjectType.h"

#include <QCoreApplication>
#include <QString>

namespace studio::i18n {

// The one-line description of each object type (ObjectTypeInfo::summary) in
// the interface language, for the palette and tool tips.
class ObjectTypeSummary {
    Q_DECLARE_TR_FUNCTIONS(ObjectTypeSummary)

public:
    static QString text(wdflc::ObjectType type);
};

} // namespace studio::i18n
