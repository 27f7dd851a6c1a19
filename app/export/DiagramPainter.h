#pragma once

#include "diagram/DiagramLayout.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace wdflc::exporting {
class PageIndex;
}

namespace wdflc::exporting {

// The font of a drawn piece: the studio's sans-serif with Japanese and Thai
// fallbacks, at the palette's size (pixels).
QFont diagramFont(diagram::ShapeStyle style);

// Measures with the real fonts, so PNG, PDF and the dock fit their text.
// Needs a QGuiApplication.
diagram::TextMeasure qtTextMeasure();

// Draws one page of a layout in layout pixels (scale the painter for more).
// With a non-empty `visible` rectangle, shapes entirely outside it are skipped.
void paintPage(QPainter& painter, const diagram::LayoutPage& page, const QRectF& visible = {});
// The same through an index of the page: for a long page drawn many times.
void paintPage(QPainter& painter, const diagram::LayoutPage& page, const PageIndex& index,
               const QRectF& visible);
// Draws one shape.
void paintShape(QPainter& painter, const diagram::Shape& shape);

} // namespace wdflc::exporting
