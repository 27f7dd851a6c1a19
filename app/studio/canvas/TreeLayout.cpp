#include "canvas/TreeLayout.h"

#include <algorithm>

namespace studio {

TreeLayout::TreeLayout(const wdflc::Scenario& scenario) {
    const std::size_t count = scenario.declarations.size();
    children_.resize(count);
    positions_.resize(count);
    for (wdflc::ObjectId id = 0; id < count; ++id) {
        const wdflc::ObjectId parent = scenario.decl(id).parentId;
        if (parent == wdflc::kNoObject || parent >= count)
            roots_.push_back(id);
        else
            children_[parent].push_back(id);
    }
    // The framework keeps I/O-package queues ahead of the device's other
    // children; showing them first matches the order they are cleaned up.
    for (auto& siblings : children_)
        std::stable_partition(siblings.begin(), siblings.end(),
                              [&](wdflc::ObjectId id) { return scenario.decl(id).inIoPackage; });

    const qreal columnWidth = kNodeSize.width() + kHorizontalGap;
    const qreal rowHeight = kNodeSize.height() + kVerticalGap;
    std::vector<qreal> centre(count, 0.0);
    std::vector<int> depth(count, 0);
    qreal nextLeaf = 0.0;

    // Iterative post-order walk: a node is placed once all its children are.
    struct Frame {
        wdflc::ObjectId id;
        std::size_t nextChild;
    };
    std::vector<Frame> stack;
    for (wdflc::ObjectId root : roots_) {
        stack.push_back({root, 0});
        while (!stack.empty()) {
            Frame& frame = stack.back();
            const auto& kids = children_[frame.id];
            if (frame.nextChild < kids.size()) {
                const wdflc::ObjectId child = kids[frame.nextChild++];
                depth[child] = depth[frame.id] + 1;
                stack.push_back({child, 0});
                continue;
            }
            if (kids.empty()) {
                centre[frame.id] = nextLeaf;
                nextLeaf += columnWidth;
            } else {
                centre[frame.id] = (centre[kids.front()] + centre[kids.back()]) / 2.0;
            }
            stack.pop_back();
        }
    }

    qreal right = 0.0;
    qreal bottom = 0.0;
    for (wdflc::ObjectId id = 0; id < count; ++id) {
        positions_[id] = QPointF(centre[id], depth[id] * rowHeight);
        right = std::max(right, centre[id] + kNodeSize.width());
        bottom = std::max(bottom, depth[id] * rowHeight + kNodeSize.height());
    }
    bounds_ = count == 0 ? QRectF() : QRectF(0.0, 0.0, right, bottom);
}

} // namespace studio
