#pragma once

#include "model/Scenario.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <vector>

namespace studio {

// Places every declared object of a scenario as a top-down tidy tree: leaves
// side by side in tree order, each parent centred over its children, one row
// per depth. Linear in the number of objects (no recursion, so a 10,000-deep
// chain is fine). Pure: the benchmark and the tests call it without a scene.
class TreeLayout {
public:
    static constexpr QSizeF kNodeSize{176.0, 92.0};
    static constexpr qreal kHorizontalGap = 24.0;
    static constexpr qreal kVerticalGap = 56.0;

    explicit TreeLayout(const wdflc::Scenario& scenario);

    // Top-left corner of each object's node, indexed by ObjectId.
    const std::vector<QPointF>& positions() const { return positions_; }
    QRectF nodeRect(wdflc::ObjectId id) const { return {positions_[id], kNodeSize}; }
    QRectF bounds() const { return bounds_; }
    // Children in display order, and the roots (objects without a parent).
    const std::vector<std::vector<wdflc::ObjectId>>& children() const { return children_; }
    const std::vector<wdflc::ObjectId>& roots() const { return roots_; }

private:
    std::vector<std::vector<wdflc::ObjectId>> children_;
    std::vector<wdflc::ObjectId> roots_;
    std::vector<QPointF> positions_;
    QRectF bounds_;
};

} // namespace studio
