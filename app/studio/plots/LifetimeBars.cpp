#include "LifetimeBars.h"

#include "TimelinePalette.h"

#include <algorithm>
#include <cmath>

namespace studio::plots {

using wdflc::plot::LifetimeRow;
using wdflc::plot::LifetimeTick;
using wdflc::plot::PhaseSegment;

namespace {

constexpr double kBarHalfHeight = 0.3; // in rows
constexpr double kTickHalfHeight = 0.42;

bool isMinorTick(LifetimeTick::Kind kind) {
    return kind == LifetimeTick::Kind::CleanupWithoutCallback ||
           kind == LifetimeTick::Kind::DestroyWithoutCallback;
}

bool isDiagnostic(LifetimeTick::Kind kind) {
    return kind == LifetimeTick::Kind::Warning || kind == LifetimeTick::Kind::Error;
}

} // namespace

LifetimeBars::LifetimeBars(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis) {
    setSelectable(QCP::stNone);
    setAntialiasedFill(false);
}

void LifetimeBars::setData(const wdflc::plot::PlotData* data, wdflc::plot::AxisUnit unit) {
    data_ = data;
    unit_ = unit;
    selected_.clear();
}

void LifetimeBars::setSelectedRows(std::vector<bool> selected) {
    selected_ = std::move(selected);
}

double LifetimeBars::keyPixel(double position) const {
    return mKeyAxis->coordToPixel(data_->axis.toAxis(position, unit_));
}

int LifetimeBars::rowAt(double pixelY) const {
    if (!data_ || data_->rows.empty())
        return -1;
    const double value = mValueAxis->pixelToCoord(pixelY);
    const auto row = static_cast<long long>(std::llround(value));
    if (row < 0 || row >= static_cast<long long>(data_->rows.size()))
        return -1;
    return static_cast<int>(row);
}

std::optional<std::uint32_t> LifetimeBars::tickNear(int row, double pixelX,
                                                    double tolerance) const {
    if (!data_ || row < 0 || row >= static_cast<int>(data_->rows.size()))
        return std::nullopt;
    const auto& ticks = data_->rows[static_cast<std::size_t>(row)].ticks;
    const double position = data_->axis.toPosition(mKeyAxis->pixelToCoord(pixelX), unit_);
    const auto after =
        std::lower_bound(ticks.begin(), ticks.end(), position,
                         [](const LifetimeTick& tick, double where) { return tick.seq < where; });
    std::optional<std::uint32_t> best;
    double bestDistance = tolerance;
    const auto consider = [&](auto it) {
        const double distance = std::abs(keyPixel(it->seq) - pixelX);
        // Diagnostics win ties: they are what a reader hovers for.
        if (distance < bestDistance ||
            (distance <= bestDistance && best && isDiagnostic(it->kind))) {
            bestDistance = distance;
            best = it->seq;
        }
    };
    for (auto it = after; it != ticks.end() && keyPixel(it->seq) - pixelX <= tolerance; ++it)
        consider(it);
    for (auto it = after; it != ticks.begin();) {
        --it;
        if (pixelX - keyPixel(it->seq) > tolerance)
            break;
        consider(it);
    }
    return best;
}

const PhaseSegment* LifetimeBars::segmentAt(int row, double position) const {
    if (!data_ || row < 0 || row >= static_cast<int>(data_->rows.size()))
        return nullptr;
    for (const PhaseSegment& segment : data_->rows[static_cast<std::size_t>(row)].segments) {
        if (position >= segment.begin && position < segment.end)
            return &segment;
    }
    return nullptr;
}

double LifetimeBars::selectTest(const QPointF&, bool, QVariant*) const {
    return -1; // rows are picked by the plot's own mouse handling
}

QCPRange LifetimeBars::getKeyRange(bool& foundRange, QCP::SignDomain) const {
    foundRange = data_ && data_->eventCount() > 0;
    return foundRange ? QCPRange(0, data_->axis.axisEnd(unit_)) : QCPRange();
}

QCPRange LifetimeBars::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const {
    foundRange = data_ && !data_->rows.empty();
    return foundRange ? QCPRange(-0.5, static_cast<double>(data_->rows.size()) - 0.5) : QCPRange();
}

void LifetimeBars::draw(QCPPainter* painter) {
    if (!data_ || data_->rows.empty() || !mKeyAxis || !mValueAxis)
        return;
    const QCPRange keys = mKeyAxis->range();
    const double firstPosition = data_->axis.toPosition(keys.lower, unit_);
    const double lastPosition = data_->axis.toPosition(keys.upper, unit_);
    const QCPRange values = mValueAxis->range();
    const auto rowCount = static_cast<long long>(data_->rows.size());
    const long long firstRow = std::max(0LL, static_cast<long long>(std::floor(values.lower)));
    const long long lastRow =
        std::min(rowCount - 1, static_cast<long long>(std::ceil(values.upper)));
    const double rowPixels = std::abs(mValueAxis->coordToPixel(1) - mValueAxis->coordToPixel(0));
    // Rows thinner than a pixel: draw one row per pixel line, not all of them.
    const long long stride =
        rowPixels >= 1.0 ? 1 : static_cast<long long>(std::ceil(1.0 / rowPixels));
    const QRect clip = clipRect();

    painter->setAntialiasing(false);
    for (long long index = firstRow; index <= lastRow; index += stride) {
        const double centre = mValueAxis->coordToPixel(static_cast<double>(index));
        if (static_cast<std::size_t>(index) < selected_.size() &&
            selected_[static_cast<std::size_t>(index)]) {
            const double half = std::max(1.0, rowPixels / 2);
            painter->fillRect(QRectF(clip.left(), centre - half, clip.width(), 2 * half),
                              selectionColor());
        }
        drawRow(painter, data_->rows[static_cast<std::size_t>(index)], centre,
                std::max(0.5, rowPixels * kBarHalfHeight), firstPosition, lastPosition);
    }
}

void LifetimeBars::drawRow(QCPPainter* painter, const LifetimeRow& row, double centre,
                           double halfHeight, double firstPosition, double lastPosition) const {
    const QRect clip = clipRect();
    double drawnUpTo = -1e9;
    for (const PhaseSegment& segment : row.segments) {
        if (segment.end < firstPosition || segment.begin > lastPosition)
            continue;
        double left = std::max(keyPixel(segment.begin), clip.left() - 1.0);
        double right = std::min(keyPixel(segment.end), clip.right() + 1.0);
        left = std::floor(left);
        right = std::max(std::floor(right), left + 1); // a short phase stays visible
        if (right <= drawnUpTo)
            continue; // already covered by an earlier segment of this pixel column
        left = std::max(left, drawnUpTo);
        painter->fillRect(QRectF(left, centre - halfHeight, right - left, 2 * halfHeight),
                          phaseColor(segment.phase));
        drawnUpTo = right;
    }
    if (!row.freed()) {
        // An open end: the object outlived the trace.
        const double end = keyPixel(data_->eventCount());
        if (end >= clip.left() && end <= clip.right() + 6) {
            painter->setPen(QPen(phaseColor(row.segments.back().phase), 1));
            painter->drawLine(QPointF(end, centre - halfHeight), QPointF(end + 5, centre));
            painter->drawLine(QPointF(end + 5, centre), QPointF(end, centre + halfHeight));
        }
    }

    const auto first =
        std::lower_bound(row.ticks.begin(), row.ticks.end(), firstPosition,
                         [](const LifetimeTick& tick, double where) { return tick.seq < where; });
    const double tickHalf = halfHeight / kBarHalfHeight * kTickHalfHeight;
    int lastColumn = INT_MIN;
    bool lastWasMajor = false;
    for (auto tick = first; tick != row.ticks.end() && tick->seq <= lastPosition; ++tick) {
        const double x = std::floor(keyPixel(tick->seq)) + 0.5;
        const int column = static_cast<int>(x);
        const bool major = !isMinorTick(tick->kind);
        if (column == lastColumn && (lastWasMajor || !major) && !isDiagnostic(tick->kind))
            continue; // one tick per pixel column
        lastColumn = column;
        lastWasMajor = major;
        const QColor color = tickColor(tick->kind);
        if (isDiagnostic(tick->kind)) {
            const double size = std::clamp(tickHalf, 3.0, 6.0);
            const QPointF top(x, centre - tickHalf);
            const QPolygonF marker{top + QPointF(-size, -size), top + QPointF(size, -size),
                                   top + QPointF(0, size * 0.6)};
            painter->setAntialiasing(true);
            painter->setPen(QPen(color.darker(130), 1));
            painter->setBrush(color);
            painter->drawPolygon(marker);
            painter->setAntialiasing(false);
            painter->setPen(QPen(color, 2));
            painter->drawLine(QPointF(x, centre - tickHalf), QPointF(x, centre + tickHalf));
            continue;
        }
        const double half = major ? tickHalf : halfHeight * 0.6;
        painter->setPen(QPen(color, major ? 2 : 1));
        painter->drawLine(QPointF(x, centre - half), QPointF(x, centre + half));
    }
}

void LifetimeBars::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const {
    painter->fillRect(rect, phaseColor(wdflc::plot::LifetimePhase::Alive));
}

} // namespace studio::plots
