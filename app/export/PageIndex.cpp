#include "PageIndex.h"

#include <algorithm>

namespace wdflc::exporting {

using diagram::Shape;
using diagram::ShapeKind;

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

namespace {
// Taller than this, a shape is tested on every query instead of indexed by
// its top: few shapes are (lifelines, activation bars, group frames), and
// indexing them would widen every query by their height.
constexpr double kTall = 400;
} // namespace

PageIndex::PageIndex(const diagram::LayoutPage& page) : page_(&page) {
    for (std::size_t i = 0; i < page.shapes.size(); ++i) {
        const QRectF bounds = roughBounds(page.shapes[i]);
        if (bounds.height() > kTall) {
            tall_.push_back(i);
        } else {
            byTop_.emplace_back(bounds.top(), i);
            tallestShort_ = std::max(tallestShort_, bounds.height());
        }
    }
    std::sort(byTop_.begin(), byTop_.end());
}

std::vector<std::size_t> PageIndex::shapesIn(const QRectF& visible) const {
    std::vector<std::size_t> found;
    if (!page_)
        return found;
    auto meets = [&](std::size_t i) { return roughBounds(page_->shapes[i]).intersects(visible); };
    for (std::size_t i : tall_)
        if (meets(i))
            found.push_back(i);
    // A short shape that reaches `visible` starts at most tallestShort_ above it.
    auto first = std::lower_bound(byTop_.begin(), byTop_.end(),
                                  std::pair(visible.top() - tallestShort_, std::size_t{0}));
    for (auto it = first; it != byTop_.end() && it->first <= visible.bottom(); ++it)
        if (meets(it->second))
            found.push_back(it->second);
    std::sort(found.begin(), found.end()); // the page's drawing order
    return found;
}

} // namespace wdflc::exporting
