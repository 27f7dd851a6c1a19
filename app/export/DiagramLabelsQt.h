#pragma once

#include "diagram/DiagramOptions.h"

namespace wdflc::exporting {

// The diagram's words through QCoreApplication::translate (context
// "DiagramLabels"), so they follow the installed translators.
diagram::DiagramLabels translatedDiagramLabels();

} // namespace wdflc::exporting
