#pragma once

#include "plot/EventAxis.h"
#include "plot/PlotData.h"

#include <cstdint>
#include <optional>
#include <qcustomplot.h>
#include <vector>

namespace studio::plots {

// Draws one lifetime bar per row of PlotData (row i at value i): the phase
// segments and the ticks. Only what is visible is drawn, and never more than
// one rectangle per pixel column, so a 100,000-event trace pans smoothly.
class LifetimeBars : public QCPAbstractPlottable {
    Q_OBJECT

public:
    LifetimeBars(QCPAxis* keyAxis, QCPAxis* valueAxis);

    void setData(const wdflc::plot::PlotData* data, wdflc::plot::AxisUnit unit);
    void setSelectedRows(std::vector<bool> selected);

    // -1 when the pixel is on no row.
    int rowAt(double pixelY) const;
    // The seq of the tick on `row` nearest to pixelX, within `tolerance` pixels.
    std::optional<std::uint32_t> tickNear(int row, double pixelX, double tolerance) const;
    const wdflc::plot::PhaseSegment* segmentAt(int row, double position) const;

    double selectTest(const QPointF& pos, bool onlySelectable,
                      QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    double keyPixel(double position) const;
    void drawRow(QCPPainter* painter, const wdflc::plot::LifetimeRow& row, double centre,
                 double halfHeight, double firstPosition, double lastPosition) const;

    const wdflc::plot::PlotData* data_ = nullptr;
    wdflc::plot::AxisUnit unit_ = wdflc::plot::AxisUnit::Events;
    std::vector<bool> selected_;
};

} // namespace studio::plots
