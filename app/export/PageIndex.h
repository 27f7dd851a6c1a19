#pragma once

#include "diagram/DiagramLayout.h"

#include <cstddef>
#include <QRectF>
#include <utility>
#include <vector>

namespace wdflc::exporting {

// Generous bounds of a shape, only to skip what is far outside a visible
// area; a text's width is not known without measuring, so its whole line is
// taken.
QRectF roughBounds(const diagram::Shape& shape);

// Finds the shapes of a long page that a visible rectangle may show without
// testing every one: the studio dock draws a whole trace as one page, and a
// 400,000-event trace has more than a million shapes. Keeps a pointer to the
// page: build it again whenever the page changes.
class PageIndex {
public:
    PageIndex() = default;
    explicit PageIndex(const diagram::LayoutPage& page);

    // Indices into page.shapes, in drawing order, of the shapes whose rough
    // bounds meet `visible`.
    std::vector<std::size_t> shapesIn(const QRectF& visible) const;

private:
    const diagram::LayoutPage* page_ = nullptr;
    std::vector<std::size_t> tall_;                     // lifelines, long bars: tested each time
    std::vector<std::pair<double, std::size_t>> byTop_; // the others, by their top
    double tallestShort_ = 0;                           // the tallest of byTop_
};

} // namespace wdflc::exporting
