#include "document/TypeIcons.h"

#include <QHash>
#include <QString>

namespace studio {

const QIcon& typeIcon(wdflc::ObjectType type) {
    static QHash<int, QIcon> icons;
    auto it = icons.find(static_cast<int>(type));
    if (it == icons.end()) {
        const std::string_view name = wdflc::typeName(type);
        const QString file =
            QStringLiteral(":/icons/types/%1.svg")
                .arg(QString::fromLatin1(name.data(), qsizetype(name.size())).toLower());
        it = icons.insert(static_cast<int>(type), QIcon(file));
    }
    return *it;
}

} // namespace studio
