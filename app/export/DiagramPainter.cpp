#include "DiagramPainter.h"

#include "PageIndex.h"

#include <map>
#include <memory>
#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <string>
#include <unordered_map>

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
    // Widths are remembered too: a long trace repeats its labels, and text
    // shaping is most of the layout's time (about 9 s of a 400,000-event
    // diagram without this). The cache lives as long as the function, which
    // a layout makes anew, so a change of fonts is always seen.
    struct Cache {
        std::map<ShapeStyle, QFontMetricsF> metrics;
        std::unordered_map<std::string, double> widths; // style byte + text
    };
    auto cache = std::make_shared<Cache>();
    return [cache](std::string_view text, ShapeStyle style) {
        std::string key(1, static_cast<char>(style));
        key += text;
        if (auto known = cache->widths.find(key); known != cache->widths.end())
            return known->second;
        auto it = cache->metrics.find(style);
        if (it == cache->metrics.end())
            it = cache->metrics.emplace(style, QFontMetricsF(diagramFont(style))).first;
        const double width = it->second.horizontalAdvance(
            QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
        cache->widths.emplace(std::move(key), width);
        return width;
    };
}

void paintShape(QPainter& painter, const Shape& shape) {
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

void paintPage(QPainter& painter, const diagram::LayoutPage& page, const QRectF& visible) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const Shape& shape : page.shapes)
        if (visible.isEmpty() || roughBounds(shape).intersects(visible))
            paintShape(painter, shape);
    painter.restore();
}

void paintPage(QPainter& painter, const diagram::LayoutPage& page, const PageIndex& index,
               const QRectF& visible) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (std::size_t i : index.shapesIn(visible))
        paintShape(painter, page.shapes[i]);
    painter.restore();
}

} // namespace wdflc::exporting
