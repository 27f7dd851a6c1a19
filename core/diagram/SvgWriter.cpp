#include "diagram/SvgWriter.h"

#include "diagram/TextEscape.h"

#include <cmath>
#include <cstdio>

namespace wdflc::diagram {
namespace {

// Fixed-point numbers: the same layout always prints the same bytes.
std::string number(double value) {
    double rounded = std::round(value * 10) / 10;
    if (rounded == 0)
        rounded = 0; // no "-0"
    char buffer[32];
    if (rounded == std::floor(rounded))
        std::snprintf(buffer, sizeof buffer, "%.0f", rounded);
    else
        std::snprintf(buffer, sizeof buffer, "%.1f", rounded);
    return buffer;
}

std::string color(std::uint32_t rgb) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06X", rgb & 0xFFFFFFu);
    return buffer;
}

std::string paintAttributes(const Paint& paint, bool forText) {
    std::string out;
    if (forText) {
        out += " fill=\"" + color(paint.fill) + "\" font-size=\"" + number(paint.fontSize) + "\"";
        if (paint.bold)
            out += " font-weight=\"bold\"";
        return out;
    }
    out += paint.filled ? " fill=\"" + color(paint.fill) + "\"" : std::string(" fill=\"none\"");
    if (paint.strokeWidth > 0) {
        out += " stroke=\"" + color(paint.stroke) + "\" stroke-width=\"" +
               number(paint.strokeWidth) + "\"";
        if (paint.dashed)
            out += " stroke-dasharray=\"5 4\"";
    }
    return out;
}

std::string_view anchorName(TextAnchor anchor) {
    switch (anchor) {
    case TextAnchor::Start:
        return "start";
    case TextAnchor::Middle:
        return "middle";
    case TextAnchor::End:
        return "end";
    }
    return "start";
}

void writeShape(std::string& out, const Shape& shape) {
    const Paint& paint = paintFor(shape.style);
    switch (shape.kind) {
    case ShapeKind::Rect:
    case ShapeKind::RoundedRect:
        out += "<rect x=\"" + number(shape.x) + "\" y=\"" + number(shape.y) + "\" width=\"" +
               number(shape.width) + "\" height=\"" + number(shape.height) + "\"";
        if (shape.kind == ShapeKind::RoundedRect)
            out += " rx=\"4\"";
        out += paintAttributes(paint, false) + "/>\n";
        return;
    case ShapeKind::Line: {
        Paint stroke = paint;
        stroke.filled = false;
        out += "<line x1=\"" + number(shape.from.x) + "\" y1=\"" + number(shape.from.y) +
               "\" x2=\"" + number(shape.to.x) + "\" y2=\"" + number(shape.to.y) + "\"" +
               paintAttributes(stroke, false) + "/>\n";
        return;
    }
    case ShapeKind::Polygon: {
        out += "<polygon points=\"";
        for (std::size_t i = 0; i < shape.points.size(); ++i) {
            if (i)
                out += ' ';
            out += number(shape.points[i].x) + "," + number(shape.points[i].y);
        }
        Paint solid = paint;
        solid.dashed = false;
        out += "\"" + paintAttributes(solid, false) + "/>\n";
        return;
    }
    case ShapeKind::Text:
        out += "<text x=\"" + number(shape.x) + "\" y=\"" + number(shape.y) + "\"";
        if (shape.anchor != TextAnchor::Start)
            out += " text-anchor=\"" + std::string(anchorName(shape.anchor)) + "\"";
        out += paintAttributes(paint, true) + ">" + escapeXml(shape.text) + "</text>\n";
        return;
    }
}

// The source a shape's tooltip names: its row's, or its lifeline header's.
const std::string* sourceOf(const SequenceDiagram& diagram, const Shape& shape) {
    if (shape.lifeline < diagram.lifelines.size())
        return &diagram.lifelines[shape.lifeline].source;
    if (shape.row < diagram.rows.size())
        return &diagram.rows[shape.row].source;
    return nullptr;
}

} // namespace

std::string writeSvgPage(const SequenceDiagram& diagram, const DiagramLayout& layout,
                         std::size_t pageIndex, const std::string& title) {
    const LayoutPage& page = layout.pages[pageIndex];
    std::string out;
    out.reserve(page.shapes.size() * 96 + 512);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
           number(page.width) + "\" height=\"" + number(page.height) + "\" viewBox=\"0 0 " +
           number(page.width) + " " + number(page.height) + "\" font-family=\"" +
           escapeXml(kFontFamilies) + "\">\n";
    if (!title.empty())
        out += "<title>" + escapeXml(title) + "</title>\n";
    // Shapes of one row or header that name a source share one group, so the
    // tooltip shows wherever the pointer is over them.
    const std::string* openSource = nullptr;
    for (const Shape& shape : page.shapes) {
        const std::string* source = sourceOf(diagram, shape);
        if (source != nullptr && source->empty())
            source = nullptr;
        if (openSource != nullptr && source != openSource) {
            out += "</g>\n";
            openSource = nullptr;
        }
        if (source != nullptr && openSource == nullptr) {
            out += "<g><title>source: " + escapeXml(*source) + "</title>\n";
            openSource = source;
        }
        writeShape(out, shape);
    }
    if (openSource != nullptr)
        out += "</g>\n";
    out += "</svg>\n";
    return out;
}

std::vector<std::string> writeSvg(const SequenceDiagram& diagram, const LayoutOptions& options) {
    DiagramLayout layout = layoutDiagram(diagram, options);
    std::vector<std::string> pages;
    pages.reserve(layout.pages.size());
    for (std::size_t page = 0; page < layout.pages.size(); ++page)
        pages.push_back(writeSvgPage(diagram, layout, page, diagram.title));
    return pages;
}

} // namespace wdflc::diagram
