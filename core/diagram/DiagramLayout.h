#pragma once

#include "diagram/DiagramStyle.h"
#include "diagram/SequenceDiagram.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace wdflc::diagram {

// Width in pixels of `text` drawn in the font of `style`.
using TextMeasure = std::function<double(std::string_view text, ShapeStyle style)>;

// A width estimate from the font size and the text's display columns; the SVG
// writer uses it because it cannot know the viewer's fonts.
double estimateTextWidth(std::string_view text, ShapeStyle style);

struct LayoutOptions {
    // Pages never grow taller than this (rows are never split).
    double maxPageHeight = 3000;
    // false: one page, however tall (the studio's scrolling view).
    bool paginate = true;
    TextMeasure measure = estimateTextWidth;
};

enum class ShapeKind : std::uint8_t { Rect, RoundedRect, Line, Polygon, Text };
enum class TextAnchor : std::uint8_t { Start, Middle, End };

struct Point {
    double x = 0;
    double y = 0;
};

inline constexpr std::uint32_t kNoLifeline = 0xFFFFFFFFu;

// One drawing primitive. Text `y` is the baseline.
struct Shape {
    ShapeKind kind = ShapeKind::Rect;
    ShapeStyle style = ShapeStyle::Page;
    // The lifeline whose header this shape draws; kNoLifeline for every other shape.
    std::uint32_t lifeline = kNoLifeline;
    double x = 0, y = 0, width = 0, height = 0; // rects; text position
    Point from, to;                             // lines
    std::vector<Point> points;                  // polygons
    std::string text;
    TextAnchor anchor = TextAnchor::Start;
    std::size_t row = kNoRow; // the row this shape belongs to
};

struct RowBox {
    std::size_t page = 0;
    double top = 0;
    double bottom = 0;
    double left = 0;
    double right = 0;
};

struct LayoutPage {
    double width = 0;
    double height = 0;
    std::size_t firstRow = 0;
    std::size_t endRow = 0; // one past the last row
    std::vector<Shape> shapes;
};

struct DiagramLayout {
    std::vector<LayoutPage> pages;
    std::vector<RowBox> rows; // one per diagram row
    std::vector<double> lifelineX;

    // The row drawn at (x, y) of `page`, or kNoRow.
    std::size_t rowAt(std::size_t page, double x, double y) const;
};

DiagramLayout layoutDiagram(const SequenceDiagram& diagram, const LayoutOptions& options = {});

} // namespace wdflc::diagram
