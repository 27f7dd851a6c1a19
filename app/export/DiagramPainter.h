#pragma once

#include "diagram/DiagramLayout.h"

#include <QFont>

class QPainter;

namespace wdflc::exporting {

// The font of a drawn piece: the studio's sans-serif with Japanese and Thai
// fallbacks, at the palette's size (pixels).
QFont diagramFont(diagram::ShapeStyle style);

// Measures with the real fonts, so PNG, PDF and the dock fit their text.
// Needs a QGuiApplication.
diagram::TextMeasure qtTextMeasure();

// Draws one page of a layout in layout pixels (scale the painter for more).
void paintPage(QPainter& painter, const diagram::LayoutPage& page);

} // namespace wdflc::exporting
