#pragma once

#include "model/Scenario.h"
#include "plot/EventAxis.h"
#include "plot/PlotData.h"
#include "plot/ReferenceCounts.h"
#include "trace/Trace.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <QString>
#include <QWidget>
#include <utility>
#include <vector>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPLayer;
class QCPLegend;
class QCPRange;
class QCPTextElement;
class QCPItemText;
class QMouseEvent;

namespace studio::plots {

class LifetimeBars;
class IrqlLanes;

// The timelines of one trace, stacked on one event axis: a lifetime bar per
// object (phases and callback/diagnostic ticks), the reference counts of the
// selected objects, the thread and IRQL of every event, and the deferred
// queue's length. A cursor marks the animation's position. Knows nothing of
// the studio: it is told the trace, position and selection, and asks for
// changes through its signals.
class TimelinePlot : public QWidget {
    Q_OBJECT

public:
    explicit TimelinePlot(QWidget* parent = nullptr);
    ~TimelinePlot() override;

    void setTrace(std::shared_ptr<const wdflc::Trace> trace);
    const std::shared_ptr<const wdflc::Trace>& trace() const { return trace_; }
    const wdflc::plot::PlotData& plotData() const { return data_; }

    // The cursor; the view pans to keep it visible.
    void setPosition(std::uint32_t position);
    std::uint32_t position() const { return position_; }
    void setCursorVisible(bool visible);

    // The highlighted rows and the objects whose reference counts are drawn.
    void setSelectedObjects(const std::vector<wdflc::ObjectId>& objects);
    const std::vector<wdflc::ObjectId>& selectedObjects() const { return selected_; }
    // Shows one object: keeps the selection when it is part of it, else selects it alone.
    void focusObject(wdflc::ObjectId object);

    // The language of the scenario's title ("en", "ja", "th"); the rest of the
    // text follows the installed translators.
    void setLanguage(const QString& language);

    void setAxisUnit(wdflc::plot::AxisUnit unit);
    wdflc::plot::AxisUnit axisUnit() const { return unit_; }

    // The visible stretch of the trace, in positions.
    void setVisiblePositions(double first, double last);
    std::pair<double, double> visiblePositions() const;
    void showWholeTrace();
    // Every row in view (exports); otherwise rows keep a readable height and scroll.
    void showAllRows();

    // What the tooltip says at a point of customPlot(); empty when nothing is there.
    QString toolTipAt(const QPoint& point) const;
    // A click at a point of customPlot(), as the mouse gives it.
    void clickAt(const QPoint& point, Qt::KeyboardModifiers modifiers);

    // PNG or PDF by the file's suffix. An empty size uses the widget's size.
    // Writes to a temporary file and renames it: no partial file on failure.
    bool exportTo(const QString& path, QSize size, QString* error);
    // A size that shows every row legibly (capped for huge traces).
    QSize exportSizeForAllRows() const;

    QCustomPlot* customPlot() const { return plot_; }
    // Redraws now (benchmarks and exports); the widget otherwise redraws lazily.
    void replotNow();

signals:
    void positionRequested(std::uint32_t position);
    void objectActivated(wdflc::ObjectId object);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLayout();
    void buildKey();
    void retranslate();
    void rebuildReferenceGraphs();
    void rebuildQueueGraph();
    void updateCursor();
    void updateTickers();
    void applyKeyRange(const QCPRange& range);
    void clampRowRange();
    void scrollToRow(std::uint32_t row);
    void setCompact(bool compact);
    void fitLanes();
    void fitLaneNames();
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    int rowLabelCount() const;
    int axisLabelCount() const;
    // Sets how many rows the lifetimes show; true when that changed.
    bool fitRows();
    double positionAtPixel(double pixelX) const;
    std::uint32_t clampedPosition(double position) const;
    std::vector<bool> selectedRows() const;

    std::shared_ptr<const wdflc::Trace> trace_;
    wdflc::plot::PlotData data_;
    wdflc::plot::AxisUnit unit_ = wdflc::plot::AxisUnit::Events;
    std::uint32_t position_ = 0;
    std::vector<wdflc::ObjectId> selected_;
    std::vector<std::vector<wdflc::plot::ReferenceCountPoint>> referenceSeries_; // per selected
    QString language_ = QStringLiteral("en");
    bool syncingRanges_ = false;
    bool allRows_ = false; // showAllRows(): every row in view, however thin
    bool compact_ = false; // too short for the title and the key
    QPoint pressPoint_;

    QCustomPlot* plot_;
    QCPTextElement* title_ = nullptr;
    QCPLegend* key_ = nullptr;
    QCPLegend* referenceLegend_ = nullptr;
    QCPAxisRect* lifetimeRect_ = nullptr;
    QCPAxisRect* referenceRect_ = nullptr;
    QCPAxisRect* irqlRect_ = nullptr;
    QCPAxisRect* queueRect_ = nullptr;
    LifetimeBars* bars_ = nullptr;
    IrqlLanes* lanes_ = nullptr;
    QCPItemText* referenceHint_ = nullptr;
    QCPItemText* referenceCaption_ = nullptr;
    QCPItemText* queueCaption_ = nullptr;
    std::vector<QCPGraph*> referenceGraphs_;
    QCPGraph* queueGraph_ = nullptr;
    // Entries of the colour key with the function that names them in the current language.
    std::vector<std::pair<QCPAbstractPlottable*, std::function<QString()>>> keyEntries_;
    QCPLayer* cursorLayer_ = nullptr;
    std::vector<QCPItemStraightLine*> cursors_;
};

} // namespace studio::plots
