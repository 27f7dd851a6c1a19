#include "DiagramPainter.h"

#include <map>
#include <memory>
#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

namespace wdflc::exporting {
namespace {

using diagram::Paint;
using diagram::Shape;
using diagram::ShapeKind;
using diagram::ShapeStyle;
using diagram::TextAnchor;

QColor color(std::uint32_t rgb) {
    return QColor::fromRgb(static_cast<QRgb>(rgb));
}

QPen penFor(const Paint& paint) {
    if (paint.strokeWidth <= 0)
        return Qt::NoPen;
    QPen pen(color(paint.stroke), paint.strokeWidth);
    if (paint.dashed)
        pen.setDashPattern({5.0 / paint.strokeWidth, 4.0 / paint.strokeWidth});
    return pen;
}

QString qt(const std::string& text) {
    return QString::fromStdString(text);
}

// Generous bounds, only to skip what is far outside the visible area; a
// text's width is not known without measuring, so its whole line is taken.
QRectF roughBounds(const Shape& shape) {
    switch (shape.kind) {
    case ShapeKind::Rect:
    case ShapeKind::RoundedRect:
        return QRectF(shape.x, shape.y, shape.width, shape.height).adjusted(-2, -2, 2, 2);
    case ShapeKind::Line:
        return QRectF(QPointF(shape.from.x, shape.from.y), QPointF(shape.to.x, shape.to.y))
            .normalized()
            .adjusted(-2, -2, 2, 2);
    case ShapeKind::Polygon: {
        QRectF bounds;
        for (const auto& point : shape.points)
            bounds |= QRectF(point.x - 1, point.y - 1, 2, 2);
        return bounds;
    }
    case ShapeKind::Text:
        return QRectF(-1e7, shape.y - 30, 2e7, 40);
    }
    return {};
}

} // namespace

QFont diagramFont(ShapeStyle style) {
    const Paint& paint = diagram::paintFor(style);
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP"),
                      QStringLiteral("Loma"), QStringLiteral("Garuda")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qRound(paint.fontSize));
    font.setBold(paint.bold);
    return font;
}

diagram::TextMeasure qtTextMeasure() {
    // One QFontMetricsF per style, made on first use: building fonts for each
    // of the thousands of labels of a long trace would dominate the layout.
    auto metrics = std::make_shared<std::map<ShapeStyle, QFontMetricsF>>();
    return [metrics](std::string_view text, ShapeStyle style) {
        auto it = metrics->find(style);
        if (it == metrics->end())
            it = metrics->emplace(style, QFontMetricsF(diagramFont(style))).first;
        return it->second.horizontalAdvance(
            QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    };
}

void paintPage(QPainter& painter, const diagram::LayoutPage& page, const QRectF& visible) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const Shape& shape : page.shapes) {
        if (!visible.isEmpty() && !roughBounds(shape).intersects(visible))
            continue;
        const Paint& paint = diagram::paintFor(shape.style);
        switch (shape.kind) {
        case ShapeKind::Rect:
        case ShapeKind::RoundedRect: {
            painter.setPen(penFor(paint));
            painter.setBrush(paint.filled ? QBrush(color(paint.fill)) : QBrush(Qt::NoBrush));
            QRectF rect(shape.x, shape.y, shape.width, shape.height);
            if (shape.kind == ShapeKind::RoundedRect)
                painter.drawRoundedRect(rect, 4, 4);
            else
                painter.drawRect(rect);
            break;
        }
        case ShapeKind::Line:
            painter.setPen(penFor(paint));
            painter.drawLine(QPointF(shape.from.x, shape.from.y), QPointF(shape.to.x, shape.to.y));
            break;
        case ShapeKind::Polygon: {
            Paint solid = paint;
            solid.dashed = false;
            painter.setPen(penFor(solid));
            painter.setBrush(paint.filled ? QBrush(color(paint.fill)) : QBrush(Qt::NoBrush));
            QPolygonF polygon;
            for (const auto& point : shape.points)
                polygon << QPointF(point.x, point.y);
            painter.drawPolygon(polygon);
            break;
        }
        case ShapeKind::Text: {
            QFont font = diagramFont(shape.style);
            painter.setFont(font);
            painter.setPen(color(paint.fill));
            QString text = qt(shape.text);
            double x = shape.x;
            double width = QFontMetricsF(font).horizontalAdvance(text);
            if (shape.anchor == TextAnchor::Middle)
                x -= width / 2;
            else if (shape.anchor == TextAnchor::End)
                x -= width;
            painter.drawText(QPointF(x, shape.y), text);
            break;
        }
        }
    }
    painter.restore();
}

} // namespace wdflc::exporting
