#pragma once

#include "model/ObjectType.h"

#include <QIcon>

namespace studio {

// The icon of each object type (resources/icons/types), made once: building
// a QIcon from a file looks up its icon engine, too slow to do per node of a
// big tree.
const QIcon& typeIcon(wdflc::ObjectType type);

} // namespace studio
