#pragma once

#include "plot/EventAxis.h"
#include "plot/PlotData.h"

#include <cstdint>
#include <optional>
#include <qcustomplot.h>

namespace studio::plots {

// Draws the IRQL band: one lane per thread (driver, framework, worker at
// values 0, 1, 2); each event is a cell in its thread's lane, coloured by the
// IRQL it ran at. Where several runs share a pixel column the highest IRQL
// is shown, so a short stretch at DISPATCH_LEVEL never disappears.
class IrqlLanes : public QCPAbstractPlottable {
    Q_OBJECT

public:
    IrqlLanes(QCPAxis* keyAxis, QCPAxis* valueAxis);

    void setData(const wdflc::plot::PlotData* data, wdflc::plot::AxisUnit unit);

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

    const wdflc::plot::PlotData* data_ = nullptr;
    wdflc::plot::AxisUnit unit_ = wdflc::plot::AxisUnit::Events;
};

} // namespace studio::plots
