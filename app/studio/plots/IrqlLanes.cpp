#include "IrqlLanes.h"

#include "TimelinePalette.h"

#include <algorithm>
#include <cmath>

namespace studio::plots {

using wdflc::plot::IrqlRun;

namespace {

constexpr double kLaneHalfHeight = 0.38; // in lanes

} // namespace

IrqlLanes::IrqlLanes(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis) {
    setSelectable(QCP::stNone);
}

void IrqlLanes::setData(const wdflc::plot::PlotData* data, wdflc::plot::AxisUnit unit) {
    data_ = data;
    unit_ = unit;
}

double IrqlLanes::keyPixel(double position) const {
    return mKeyAxis->coordToPixel(data_->axis.toAxis(position, unit_));
}

double IrqlLanes::selectTest(const QPointF&, bool, QVariant*) const {
    return -1;
}

QCPRange IrqlLanes::getKeyRange(bool& foundRange, QCP::SignDomain) const {
    foundRange = data_ && data_->eventCount() > 0;
    return foundRange ? QCPRange(0, data_->axis.axisEnd(unit_)) : QCPRange();
}

QCPRange IrqlLanes::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const {
    foundRange = true;
    return QCPRange(-0.5, wdflc::plot::kThreadCount - 0.5);
}

void IrqlLanes::draw(QCPPainter* painter) {
    if (!data_ || !mKeyAxis || !mValueAxis)
        return;
    const QCPRange keys = mKeyAxis->range();
    const double firstPosition = data_->axis.toPosition(keys.lower, unit_);
    const double lastPosition = data_->axis.toPosition(keys.upper, unit_);
    const double lanePixels = std::abs(mValueAxis->coordToPixel(1) - mValueAxis->coordToPixel(0));
    const double half = std::max(1.0, lanePixels * kLaneHalfHeight);
    const QRect clip = clipRect();
    painter->setAntialiasing(false);

    for (std::size_t lane = 0; lane < data_->irql.lanes.size(); ++lane) {
        const auto& runs = data_->irql.lanes[lane];
        const double centre = mValueAxis->coordToPixel(static_cast<double>(lane));
        // Event seq occupies positions (seq - 1, seq].
        auto run =
            std::lower_bound(runs.begin(), runs.end(), firstPosition,
                             [](const IrqlRun& r, double where) { return r.lastSeq < where; });
        double pendingLeft = 0;
        double pendingRight = -1e9;
        wdflc::Irql pendingIrql = wdflc::Irql::Passive;
        const auto flush = [&] {
            if (pendingRight > pendingLeft)
                painter->fillRect(
                    QRectF(pendingLeft, centre - half, pendingRight - pendingLeft, 2 * half),
                    irqlColor(pendingIrql));
        };
        for (; run != runs.end() && run->firstSeq - 1.0 <= lastPosition; ++run) {
            double left = std::floor(std::max(keyPixel(run->firstSeq - 1.0), clip.left() - 1.0));
            double right = std::floor(std::min(keyPixel(run->lastSeq), clip.right() + 1.0));
            right = std::max(right, left + 1);
            if (left < pendingRight) {
                // Shares a pixel column with what is pending: merge, keep the highest IRQL.
                pendingRight = std::max(pendingRight, right);
                pendingIrql = std::max(pendingIrql, run->irql);
                continue;
            }
            flush();
            pendingLeft = left;
            pendingRight = right;
            pendingIrql = run->irql;
        }
        flush();
    }
}

void IrqlLanes::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const {
    painter->fillRect(rect, irqlColor(wdflc::Irql::Dispatch));
}

} // namespace studio::plots
