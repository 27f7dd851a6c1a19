#include "TimelinePlot.h"

#include "IndexTicker.h"
#include "IrqlLanes.h"
#include "LifetimeBars.h"
#include "QtOutputFile.h"
#include "TimelinePalette.h"
#include "TimelineText.h"

#include <algorithm>
#include <cmath>
#include <qcustomplot.h>
#include <QFileInfo>
#include <QResizeEvent>
#include <QTemporaryDir>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace studio::plots {

using wdflc::ObjectId;
using wdflc::plot::AxisUnit;
using wdflc::plot::LifetimePhase;
using wdflc::plot::LifetimeTick;

namespace {

constexpr int kRowPixels = 18;       // the height of a row, unless every row is shown
constexpr int kKeyEntryPixels = 160; // the width of one entry of the colour key
constexpr int kAxisLabelPixels = 80; // the width a label of the event/step axis needs
constexpr double kRowsPerWheelStep = 3;
constexpr int kCompactHeight = 380;  // below this the plot has no title and no key
constexpr double kTickTolerance = 5; // pixels
constexpr int kClickSlop = 4;        // pixels a click may move and stay a click
constexpr int kRowLabelPixels = 15;  // the least height a row label needs

QCPAxis* keyAxisOf(QCPAxisRect* rect) {
    return rect->axis(QCPAxis::atBottom);
}

QCPAxis* valueAxisOf(QCPAxisRect* rect) {
    return rect->axis(QCPAxis::atLeft);
}

QSharedPointer<IndexTicker> countTicker() {
    return QSharedPointer<IndexTicker>::create(std::numeric_limits<int>::max(), 0.0,
                                               [](qint64 index) { return QString::number(index); });
}

} // namespace

TimelinePlot::TimelinePlot(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    setMinimumSize(320, 260); // the studio's bottom dock at its screenshot size
    buildLayout();
    buildKey();
    retranslate();
    setTrace(nullptr);
}

TimelinePlot::~TimelinePlot() = default;

void TimelinePlot::buildLayout() {
    plot_->setAutoAddPlottableToLegend(false);
    plot_->setNoAntialiasingOnDrag(true);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->plotLayout()->clear(); // drops the default axis rect and its legend
    plot_->plotLayout()->setRowSpacing(2);

    title_ = new QCPTextElement(plot_, QString(), QFont(font().family(), 10, QFont::Bold));
    plot_->plotLayout()->addElement(0, 0, title_);

    key_ = new QCPLegend;
    plot_->plotLayout()->addElement(1, 0, key_);
    key_->setLayer(QStringLiteral("legend"));
    key_->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    key_->setWrap(8);
    key_->setBorderPen(Qt::NoPen);
    key_->setIconSize(14, 10);
    key_->setFont(QFont(font().family(), 8));
    key_->setMargins(QMargins(4, 2, 4, 4));

    auto* margins = new QCPMarginGroup(plot_);
    const auto addRect = [&](int row, double stretch) {
        auto* rect = new QCPAxisRect(plot_);
        plot_->plotLayout()->addElement(row, 0, rect);
        plot_->plotLayout()->setRowStretchFactor(row, stretch);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        // QCustomPlot keeps 15 px above and below every axis rect: between
        // four lanes that is a quarter of a short dock. The lanes share one
        // scale, and only the lowest carries its numbers.
        rect->setMinimumMargins(QMargins(15, 5, 15, 5));
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDragAxes(keyAxisOf(rect), valueAxisOf(rect));
        rect->setRangeZoomAxes(keyAxisOf(rect), valueAxisOf(rect));
        for (QCPAxis* axis : rect->axes()) {
            axis->setTickLabelFont(QFont(font().family(), 8));
            axis->setLabelFont(QFont(font().family(), 9));
        }
        QObject::connect(keyAxisOf(rect), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
                         [this](const QCPRange& range) { applyKeyRange(range); });
        return rect;
    };
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    plot_->plotLayout()->setRowStretchFactor(1, 0.001);
    lifetimeRect_ = addRect(2, 5);
    referenceRect_ = addRect(3, 2);
    irqlRect_ = addRect(4, 0.9);
    queueRect_ = addRect(5, 1.6);
    lifetimeRect_->setMinimumSize(0, 2 * kRowPixels);
    fitLanes();
    QObject::connect(plot_, &QCustomPlot::afterLayout, this, [this] { fitLaneNames(); });

    // Only the lowest axis carries the numbers; the others show the same scale.
    for (QCPAxisRect* rect : {lifetimeRect_, referenceRect_, irqlRect_})
        keyAxisOf(rect)->setTickLabels(false);

    lifetimeRect_->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    valueAxisOf(lifetimeRect_)->setRangeReversed(true);
    valueAxisOf(lifetimeRect_)->grid()->setVisible(false);
    QObject::connect(valueAxisOf(lifetimeRect_), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
                     this, [this] { clampRowRange(); });
    bars_ = new LifetimeBars(keyAxisOf(lifetimeRect_), valueAxisOf(lifetimeRect_));

    valueAxisOf(irqlRect_)->setRangeReversed(true);
    valueAxisOf(irqlRect_)->setRange(-0.5, wdflc::plot::kThreadCount - 0.5);
    valueAxisOf(irqlRect_)->grid()->setVisible(false);
    valueAxisOf(irqlRect_)->setTicker(
        QSharedPointer<IndexTicker>::create(wdflc::plot::kThreadCount, 0.0, [](qint64 lane) {
            return TimelineText::threadName(static_cast<wdflc::ThreadKind>(lane));
        }));
    lanes_ = new IrqlLanes(keyAxisOf(irqlRect_), valueAxisOf(irqlRect_));

    valueAxisOf(referenceRect_)->setTicker(countTicker());
    valueAxisOf(queueRect_)->setTicker(countTicker());

    referenceLegend_ = new QCPLegend;
    referenceRect_->insetLayout()->addElement(referenceLegend_, Qt::AlignTop | Qt::AlignRight);
    referenceLegend_->setLayer(QStringLiteral("legend"));
    referenceLegend_->setFont(QFont(font().family(), 8));
    referenceLegend_->setIconSize(18, 8);
    referenceLegend_->setBrush(QColor(255, 255, 255, 210));

    referenceHint_ = new QCPItemText(plot_);
    referenceHint_->setClipAxisRect(referenceRect_);
    referenceHint_->position->setType(QCPItemPosition::ptAxisRectRatio);
    referenceHint_->position->setAxisRect(referenceRect_);
    referenceHint_->position->setCoords(0.5, 0.5);
    referenceHint_->setColor(Qt::darkGray);
    // The name of the reference and queue lanes inside the lane, for when it
    // does not fit beside it (fitLaneNames).
    for (QCPAxisRect* rect : {referenceRect_, queueRect_}) {
        auto* caption = new QCPItemText(plot_);
        caption->setClipAxisRect(rect);
        caption->position->setType(QCPItemPosition::ptAxisRectRatio);
        caption->position->setAxisRect(rect);
        caption->position->setCoords(0.003, 0.05);
        caption->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        caption->setColor(Qt::darkGray);
        caption->setFont(QFont(font().family(), 8));
        caption->setVisible(false);
        (rect == queueRect_ ? queueCaption_ : referenceCaption_) = caption;
    }

    queueGraph_ = plot_->addGraph(keyAxisOf(queueRect_), valueAxisOf(queueRect_));
    queueGraph_->setLineStyle(QCPGraph::lsStepLeft);
    queueGraph_->setPen(QPen(QColor(0x9c, 0x75, 0x5f), 1.5));
    queueGraph_->setBrush(QColor(0x9c, 0x75, 0x5f, 60));

    // The cursor lives on its own buffered layer: following the animation
    // repaints one thin layer, not the whole plot.
    plot_->addLayer(QStringLiteral("cursor"), plot_->layer(QStringLiteral("legend")),
                    QCustomPlot::limAbove);
    cursorLayer_ = plot_->layer(QStringLiteral("cursor"));
    cursorLayer_->setMode(QCPLayer::lmBuffered);
    for (QCPAxisRect* rect : {lifetimeRect_, referenceRect_, irqlRect_, queueRect_}) {
        auto* line = new QCPItemStraightLine(plot_);
        line->setLayer(cursorLayer_);
        line->setClipAxisRect(rect);
        line->setPen(QPen(cursorColor(), 1.5));
        line->setSelectable(false);
        for (QCPItemPosition* point : {line->point1, line->point2}) {
            point->setAxisRect(rect);
            point->setAxes(keyAxisOf(rect), valueAxisOf(rect));
        }
        cursors_.push_back(line);
    }

    // Rows keep a readable height and one label each. Ticks and ranges are
    // set before the layout, from the rect's previous height: when the layout
    // changed that height, draw once more.
    connect(plot_, &QCustomPlot::afterLayout, this, [this] {
        const bool refitted = fitRows();
        if (refitted || rowLabelCount() != valueAxisOf(lifetimeRect_)->ticker()->tickCount() ||
            axisLabelCount() != keyAxisOf(queueRect_)->ticker()->tickCount())
            plot_->replot(QCustomPlot::rpQueuedReplot);
    });
    plot_->installEventFilter(this); // Shift+wheel scrolls the rows instead of zooming
    connect(plot_, &QCustomPlot::mousePress, this, &TimelinePlot::onMousePress);
    // A quick second click arrives as a double click: it is a click all the same.
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, &TimelinePlot::onMousePress);
    connect(plot_, &QCustomPlot::mouseRelease, this, &TimelinePlot::onMouseRelease);
    connect(plot_, &QCustomPlot::mouseMove, this, &TimelinePlot::onMouseMove);
}

void TimelinePlot::buildKey() {
    // Empty plottables whose only job is their legend icon.
    const auto swatch = [&](const QColor& color, std::function<QString()> name) {
        auto* bars = new QCPBars(keyAxisOf(lifetimeRect_), valueAxisOf(lifetimeRect_));
        bars->setPen(Qt::NoPen);
        bars->setBrush(color);
        bars->addToLegend(key_);
        keyEntries_.emplace_back(bars, std::move(name));
    };
    const auto mark = [&](LifetimeTick::Kind kind, QCPScatterStyle::ScatterShape shape) {
        auto* graph = new QCPGraph(keyAxisOf(lifetimeRect_), valueAxisOf(lifetimeRect_));
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor color = tickColor(kind);
        if (shape == QCPScatterStyle::ssCustom) {
            QPainterPath stroke;
            stroke.moveTo(0, -5);
            stroke.lineTo(0, 5);
            graph->setScatterStyle(QCPScatterStyle(stroke, QPen(color, 2), Qt::NoBrush, 10));
        } else {
            graph->setScatterStyle(QCPScatterStyle(shape, color.darker(130), color, 8));
        }
        graph->addToLegend(key_);
        keyEntries_.emplace_back(graph, [kind] { return TimelineText::tickName(kind); });
    };
    for (int phase = 0; phase < static_cast<int>(wdflc::plot::kLifetimePhaseCount); ++phase) {
        const auto value = static_cast<LifetimePhase>(phase);
        swatch(phaseColor(value), [value] { return TimelineText::phaseName(value); });
    }
    mark(LifetimeTick::Kind::CleanupCallback, QCPScatterStyle::ssCustom);
    mark(LifetimeTick::Kind::DestroyCallback, QCPScatterStyle::ssCustom);
    mark(LifetimeTick::Kind::DeleteRequested, QCPScatterStyle::ssCustom);
    mark(LifetimeTick::Kind::Deferred, QCPScatterStyle::ssCustom);
    mark(LifetimeTick::Kind::WaitForCallbacks, QCPScatterStyle::ssCustom);
    mark(LifetimeTick::Kind::Warning, QCPScatterStyle::ssTriangleInverted);
    mark(LifetimeTick::Kind::Error, QCPScatterStyle::ssTriangleInverted);
    for (wdflc::Irql irql : {wdflc::Irql::Passive, wdflc::Irql::Apc, wdflc::Irql::Dispatch})
        swatch(irqlColor(irql), [irql] { return TimelineText::irqlName(irql); });
}

void TimelinePlot::retranslate() {
    QString title;
    if (trace_ && trace_->scenario && !trace_->scenario->title.empty())
        title = QString::fromStdString(trace_->scenario->title.in(language_.toStdString()));
    title_->setText(title.isEmpty() ? tr("Timelines") : title);
    for (auto& [plottable, name] : keyEntries_)
        plottable->setName(name());
    valueAxisOf(lifetimeRect_)->setLabel(tr("Objects"));
    valueAxisOf(referenceRect_)->setLabel(tr("References"));
    valueAxisOf(irqlRect_)->setLabel(tr("Thread"));
    valueAxisOf(queueRect_)->setLabel(tr("Deferred queue"));
    keyAxisOf(queueRect_)->setLabel(unit_ == AxisUnit::Events ? tr("Event") : tr("Step"));
    referenceHint_->setText(tr("Select objects to see their reference counts"));
    for (std::size_t i = 0; i < referenceGraphs_.size(); ++i) {
        const QString object = TimelineText::objectLabel(*trace_, selected_[i / 2]);
        referenceGraphs_[i]->setName(i % 2 == 0 ? object
                                                : tr("%1: creation reference").arg(object));
    }
}

void TimelinePlot::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

void TimelinePlot::setTrace(std::shared_ptr<const wdflc::Trace> trace) {
    // An edit makes a new trace: keep the reader's zoom and scroll across it.
    const auto [firstVisible, lastVisible] = visiblePositions();
    const bool zoomedIn = trace_ && (firstVisible > 0 || lastVisible < data_.eventCount());
    const double firstRow = trace_ ? valueAxisOf(lifetimeRect_)->range().lower : -0.5;
    trace_ = std::move(trace);
    data_ = trace_ ? wdflc::plot::buildPlotData(*trace_) : wdflc::plot::PlotData{};
    position_ = std::min(position_, data_.eventCount());
    bars_->setData(&data_, unit_);
    lanes_->setData(&data_, unit_);

    const auto rowCount = static_cast<qint64>(data_.rows.size());
    auto rowTicker = QSharedPointer<IndexTicker>::create(rowCount, 0.0, [this](qint64 row) {
        if (!trace_ || row < 0 || row >= static_cast<qint64>(data_.rows.size()))
            return QString();
        return TimelineText::objectLabel(*trace_, data_.rows[static_cast<std::size_t>(row)].object);
    });
    rowTicker->setTickCountSource([this] { return rowLabelCount(); });
    valueAxisOf(lifetimeRect_)->setTicker(rowTicker);
    valueAxisOf(lifetimeRect_)->setRange(firstRow, firstRow + 1);
    fitRows();

    // Keep only the selected objects that still exist in the new trace.
    std::vector<ObjectId> kept;
    for (ObjectId object : selected_) {
        if (data_.rowOf(object))
            kept.push_back(object);
    }
    selected_ = std::move(kept);

    updateTickers();
    rebuildQueueGraph();
    rebuildReferenceGraphs();
    retranslate();
    if (zoomedIn)
        setVisiblePositions(firstVisible, lastVisible);
    else
        applyKeyRange(QCPRange(-0.5, data_.axis.axisEnd(unit_) + 0.5));
    updateCursor();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::setPosition(std::uint32_t position) {
    position_ = std::min(position, data_.eventCount());
    const double x = data_.axis.toAxis(position_, unit_);
    const QCPRange range = keyAxisOf(queueRect_)->range();
    if (x < range.lower || x > range.upper) {
        // Follow the animation: bring the cursor back into view, a little in from the left.
        applyKeyRange(QCPRange(x - range.size() * 0.1, x + range.size() * 0.9));
        updateCursor();
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    updateCursor();
    cursorLayer_->replot();
}

void TimelinePlot::setCursorVisible(bool visible) {
    cursorLayer_->setVisible(visible);
    cursorLayer_->replot();
}

void TimelinePlot::setSelectedObjects(const std::vector<ObjectId>& objects) {
    selected_.clear();
    for (ObjectId object : objects) {
        if (data_.rowOf(object) &&
            std::find(selected_.begin(), selected_.end(), object) == selected_.end())
            selected_.push_back(object);
    }
    rebuildReferenceGraphs();
    retranslate();
    if (!selected_.empty())
        scrollToRow(data_.rowOfObject[selected_.back()]);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::scrollToRow(std::uint32_t row) {
    QCPAxis* rows = valueAxisOf(lifetimeRect_);
    const QCPRange range = rows->range();
    if (row > range.lower && row < range.upper)
        return;
    const double lower = row - std::floor(range.size() / 2) - 0.5; // the row in the middle
    rows->setRange(lower, lower + range.size());
}

bool TimelinePlot::eventFilter(QObject* watched, QEvent* event) {
    if (watched != plot_ || event->type() != QEvent::Wheel)
        return QWidget::eventFilter(watched, event);
    auto* wheel = static_cast<QWheelEvent*>(event);
    const QPoint point = wheel->position().toPoint();
    if (!(wheel->modifiers() & Qt::ShiftModifier) || !lifetimeRect_->rect().contains(point))
        return false; // QCustomPlot zooms the event axis
    // Some platforms turn Shift+wheel into a horizontal wheel.
    const int degrees =
        wheel->angleDelta().y() != 0 ? wheel->angleDelta().y() : wheel->angleDelta().x();
    const double rows = -degrees / 120.0 * kRowsPerWheelStep;
    QCPAxis* axis = valueAxisOf(lifetimeRect_);
    axis->setRange(axis->range().lower + rows, axis->range().upper + rows);
    plot_->replot(QCustomPlot::rpQueuedReplot);
    return true;
}

void TimelinePlot::resizeEvent(QResizeEvent* event) {
    // As many key entries per line as the width holds, so the key stays short.
    key_->setWrap(std::clamp(event->size().width() / kKeyEntryPixels, 4, 15));
    setCompact(event->size().height() < kCompactHeight);
    QWidget::resizeEvent(event);
}

void TimelinePlot::setCompact(bool compact) {
    // A short plot gives the title's and the key's lines to the plots (the
    // dock has a title, and the tooltips name every colour).
    if (compact == compact_)
        return;
    compact_ = compact;
    QCPLayoutGrid* layout = plot_->plotLayout();
    // A taken element stays a layerable of the plot and would still be drawn
    // where it last was: hide it too.
    key_->setVisible(!compact);
    title_->setVisible(!compact);
    if (compact) {
        layout->take(key_);
        layout->take(title_);
        layout->simplify();
    } else {
        for (QCPLayoutElement* element :
             {static_cast<QCPLayoutElement*>(key_), static_cast<QCPLayoutElement*>(title_)}) {
            layout->insertRow(0);
            layout->addElement(0, 0, element);
            layout->setRowStretchFactor(0, 0.001);
        }
    }
    referenceLegend_->setVisible(!compact_ && !selected_.empty());
    fitLanes();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::fitLaneNames() {
    // A lane's name runs along it; one longer than its lane (a short dock)
    // would run into the next lanes. It is hidden then, its space kept so the
    // lanes stay aligned: the ticks, the hint or a caption in the lane still
    // say what the lane is.
    for (QCPAxisRect* rect : {lifetimeRect_, referenceRect_, irqlRect_, queueRect_}) {
        QCPAxis* axis = valueAxisOf(rect);
        const int length = QFontMetrics(axis->labelFont()).horizontalAdvance(axis->label());
        // The name is centred on the lane; it may reach 12 px beyond it, into
        // the margins between the lanes, but not to the next lane's labels.
        const bool fits = length <= rect->rect().height() + 24;
        axis->setLabelColor(fits ? QColor(Qt::black) : QColor(Qt::transparent));
        QCPItemText* caption = rect == queueRect_       ? queueCaption_
                               : rect == referenceRect_ ? referenceCaption_
                                                        : nullptr;
        if (caption) {
            caption->setText(axis->label());
            // An empty reference lane shows its hint instead.
            caption->setVisible(!fits && !(rect == referenceRect_ && referenceHint_->visible()));
        }
    }
}

void TimelinePlot::fitLanes() {
    // The object rows are what a short dock is for: there the other lanes
    // keep their floors, and an empty reference lane (nothing selected) just
    // one line for its hint. A tall plot (big docks, exports) lets them grow
    // up to their ceilings and gives the rows whatever is left.
    const bool folded = compact_ && selected_.empty();
    const int references = folded ? 22 : 36;
    referenceRect_->setMinimumSize(0, references);
    irqlRect_->setMinimumSize(0, 3 * 14);
    queueRect_->setMinimumSize(0, 40);
    referenceRect_->setMaximumSize(QWIDGETSIZE_MAX, compact_ ? references : 200);
    irqlRect_->setMaximumSize(QWIDGETSIZE_MAX, compact_ ? 3 * 14 : 80);
    queueRect_->setMaximumSize(QWIDGETSIZE_MAX, compact_ ? 40 : 120);
    valueAxisOf(referenceRect_)->setTickLabels(!folded);
}

void TimelinePlot::focusObject(ObjectId object) {
    if (std::find(selected_.begin(), selected_.end(), object) != selected_.end())
        return;
    setSelectedObjects(object == wdflc::kNoObject ? std::vector<ObjectId>{}
                                                  : std::vector<ObjectId>{object});
}

void TimelinePlot::setLanguage(const QString& language) {
    language_ = language;
    retranslate();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::setAxisUnit(AxisUnit unit) {
    if (unit == unit_)
        return;
    const auto [first, last] = visiblePositions();
    unit_ = unit;
    bars_->setData(&data_, unit_);
    bars_->setSelectedRows(selectedRows());
    lanes_->setData(&data_, unit_);
    updateTickers();
    rebuildQueueGraph();
    rebuildReferenceGraphs();
    retranslate();
    setVisiblePositions(first, last);
    updateCursor();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::setVisiblePositions(double first, double last) {
    applyKeyRange(QCPRange(data_.axis.toAxis(first, unit_), data_.axis.toAxis(last, unit_)));
}

std::pair<double, double> TimelinePlot::visiblePositions() const {
    const QCPRange range = keyAxisOf(queueRect_)->range();
    return {data_.axis.toPosition(range.lower, unit_), data_.axis.toPosition(range.upper, unit_)};
}

void TimelinePlot::showWholeTrace() {
    applyKeyRange(QCPRange(-0.5, data_.axis.axisEnd(unit_) + 0.5));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::showAllRows() {
    allRows_ = true;
    fitRows();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool TimelinePlot::fitRows() {
    QCPAxis* rows = valueAxisOf(lifetimeRect_);
    const double count = std::max<double>(1, data_.rows.size());
    const double wanted =
        allRows_ ? count
                 : std::clamp(std::floor(lifetimeRect_->height() / double(kRowPixels)), 1.0, count);
    if (std::abs(rows->range().size() - wanted) < 1e-9)
        return false;
    rows->setRange(rows->range().lower,
                   rows->range().lower + wanted); // clampRowRange() keeps it in bounds
    return true;
}

void TimelinePlot::applyKeyRange(const QCPRange& requested) {
    if (syncingRanges_)
        return;
    syncingRanges_ = true;
    const double end = std::max(1.0, data_.axis.axisEnd(unit_));
    const double margin = end * 0.02 + 0.5;
    const double narrowest = unit_ == AxisUnit::Events ? 4.0 : 0.5;
    const double width = std::clamp(requested.size(), narrowest, end + 2 * margin);
    const double lower = std::clamp(requested.lower, -margin, end + margin - width);
    const QCPRange range(lower, lower + width);
    for (QCPAxisRect* rect : {lifetimeRect_, referenceRect_, irqlRect_, queueRect_})
        keyAxisOf(rect)->setRange(range);
    syncingRanges_ = false;
}

void TimelinePlot::clampRowRange() {
    QCPAxis* rows = valueAxisOf(lifetimeRect_);
    const double count = std::max<double>(1, data_.rows.size());
    QCPRange range = rows->range();
    const double size = std::min(range.size(), count);
    const double lower = std::clamp(range.lower, -0.5, std::max(-0.5, count - 0.5 - size));
    if (lower != range.lower || size != range.size())
        rows->setRange(lower, lower + size);
}

void TimelinePlot::updateTickers() {
    QSharedPointer<IndexTicker> ticker;
    if (unit_ == AxisUnit::Events) {
        ticker = QSharedPointer<IndexTicker>::create(
            static_cast<qint64>(data_.eventCount()) + 1, 0.0,
            [](qint64 position) { return QString::number(position); });
    } else {
        ticker = QSharedPointer<IndexTicker>::create(
            static_cast<qint64>(data_.axis.stepSlots().size()), 0.5, [this](qint64 slot) {
                const auto& stepSlots = data_.axis.stepSlots();
                return slot >= 0 && slot < static_cast<qint64>(stepSlots.size())
                           ? TimelineText::slotLabel(stepSlots[static_cast<std::size_t>(slot)])
                           : QString();
            });
    }
    // As many labels as the width holds (the step labels "objects" and "end" are the widest).
    ticker->setTickCountSource([this] { return axisLabelCount(); });
    for (QCPAxisRect* rect : {lifetimeRect_, referenceRect_, irqlRect_, queueRect_})
        keyAxisOf(rect)->setTicker(ticker);
}

void TimelinePlot::rebuildQueueGraph() {
    QVector<double> keys;
    QVector<double> values;
    keys.reserve(static_cast<qsizetype>(data_.queueLength.size()) + 1);
    values.reserve(keys.capacity());
    for (const auto& point : data_.queueLength) {
        keys.append(data_.axis.toAxis(point.position, unit_));
        values.append(point.length);
    }
    if (!data_.queueLength.empty()) {
        keys.append(data_.axis.toAxis(data_.eventCount(), unit_));
        values.append(data_.queueLength.back().length);
    }
    queueGraph_->setData(keys, values, true);
    valueAxisOf(queueRect_)->setRange(0, std::max(1u, data_.maxQueueLength) + 0.6);
}

void TimelinePlot::rebuildReferenceGraphs() {
    for (QCPGraph* graph : referenceGraphs_)
        plot_->removePlottable(graph);
    referenceGraphs_.clear();
    referenceSeries_.clear();
    referenceLegend_->clearItems();

    int highest = 1;
    for (std::size_t i = 0; i < selected_.size(); ++i) {
        auto series = wdflc::plot::referenceCountSeries(*trace_, selected_[i]);
        const wdflc::plot::LifetimeRow* row = data_.rowOf(selected_[i]);
        QVector<double> keys;
        QVector<double> totals;
        QVector<double> creations;
        for (const auto& point : series) {
            keys.append(data_.axis.toAxis(point.position, unit_));
            totals.append(point.total);
            creations.append(point.creation);
            highest = std::max(highest, point.total);
        }
        if (!series.empty() && row && !row->freed()) {
            // Still alive at the end: carry the last count to the end of the trace.
            keys.append(data_.axis.toAxis(data_.eventCount(), unit_));
            totals.append(series.back().total);
            creations.append(series.back().creation);
        }
        const QColor color = seriesColor(static_cast<int>(i));

        auto* total = plot_->addGraph(keyAxisOf(referenceRect_), valueAxisOf(referenceRect_));
        total->setLineStyle(QCPGraph::lsStepLeft);
        total->setPen(QPen(color, 2));
        total->setData(keys, totals, true);

        QColor fill = color;
        fill.setAlpha(45);
        auto* creation = plot_->addGraph(keyAxisOf(referenceRect_), valueAxisOf(referenceRect_));
        creation->setLineStyle(QCPGraph::lsStepLeft);
        creation->setPen(QPen(color.lighter(120), 1.2, Qt::DashLine));
        creation->setBrush(fill);
        creation->setData(keys, creations, true);

        total->addToLegend(referenceLegend_);
        creation->addToLegend(referenceLegend_);
        referenceGraphs_.push_back(total);
        referenceGraphs_.push_back(creation);
        referenceSeries_.push_back(std::move(series));
    }
    referenceLegend_->setVisible(!compact_ && !selected_.empty());
    referenceHint_->setVisible(selected_.empty());
    valueAxisOf(referenceRect_)->setRange(-0.2, highest + 0.6);
    fitLanes();
    bars_->setSelectedRows(selectedRows());
}

std::vector<bool> TimelinePlot::selectedRows() const {
    std::vector<bool> rows(data_.rows.size(), false);
    for (ObjectId object : selected_) {
        if (object < data_.rowOfObject.size() && data_.rowOfObject[object] != wdflc::kNone)
            rows[data_.rowOfObject[object]] = true;
    }
    return rows;
}

void TimelinePlot::updateCursor() {
    const double x = data_.axis.toAxis(position_, unit_);
    for (QCPItemStraightLine* line : cursors_) {
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
    }
}

void TimelinePlot::replotNow() {
    plot_->replot(QCustomPlot::rpImmediateRefresh);
}

int TimelinePlot::axisLabelCount() const {
    return std::max(2, queueRect_->width() / kAxisLabelPixels);
}

int TimelinePlot::rowLabelCount() const {
    return std::max(1, lifetimeRect_->height() / kRowLabelPixels);
}

double TimelinePlot::positionAtPixel(double pixelX) const {
    return data_.axis.toPosition(keyAxisOf(queueRect_)->pixelToCoord(pixelX), unit_);
}

std::uint32_t TimelinePlot::clampedPosition(double position) const {
    const double rounded = std::round(std::clamp(position, 0.0, double(data_.eventCount())));
    return static_cast<std::uint32_t>(rounded);
}

QString TimelinePlot::toolTipAt(const QPoint& point) const {
    if (!trace_ || data_.eventCount() == 0)
        return {};
    QCPAxisRect* rect = plot_->axisRectAt(point);
    if (!rect || !rect->rect().contains(point))
        return {};
    const double position = positionAtPixel(point.x());
    if (position < 0 || position > data_.eventCount())
        return {};
    if (rect == lifetimeRect_) {
        const int row = bars_->rowAt(point.y());
        if (row < 0)
            return {};
        if (const auto seq = bars_->tickNear(row, point.x(), kTickTolerance))
            return TimelineText::describeEvent(*trace_, *seq);
        const auto& lifetime = data_.rows[static_cast<std::size_t>(row)];
        const QString object = TimelineText::objectLabel(*trace_, lifetime.object);
        if (const auto* segment = bars_->segmentAt(row, position)) {
            return tr("%1\n%2 from event %3 to event %4")
                .arg(object, TimelineText::phaseName(segment->phase))
                .arg(segment->begin)
                .arg(segment->end);
        }
        return object;
    }
    const std::uint32_t seq = std::max(1u, static_cast<std::uint32_t>(std::ceil(position)));
    if (rect == irqlRect_)
        return TimelineText::describeEvent(*trace_, std::min(seq, data_.eventCount()));
    const auto at = clampedPosition(std::floor(position));
    if (rect == queueRect_) {
        auto point =
            std::upper_bound(data_.queueLength.begin(), data_.queueLength.end(), at,
                             [](std::uint32_t where, const auto& p) { return where < p.position; });
        const std::uint32_t length =
            point == data_.queueLength.begin() ? 0 : std::prev(point)->length;
        return tr("deferred queue after event %1: %n item(s)", nullptr, static_cast<int>(length))
            .arg(at);
    }
    QStringList lines;
    for (std::size_t i = 0; i < selected_.size(); ++i) {
        const auto& series = referenceSeries_[i];
        auto point =
            std::upper_bound(series.begin(), series.end(), at,
                             [](std::uint32_t where, const auto& p) { return where < p.position; });
        if (point == series.begin())
            continue;
        --point;
        lines << tr("%1: count %2 (creation reference %3, driver references %4)")
                     .arg(TimelineText::objectLabel(*trace_, selected_[i]))
                     .arg(point->total)
                     .arg(point->creation)
                     .arg(point->driver);
    }
    if (lines.isEmpty())
        return {};
    return tr("after event %1").arg(at) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

void TimelinePlot::clickAt(const QPoint& point, Qt::KeyboardModifiers modifiers) {
    if (!trace_ || data_.eventCount() == 0)
        return;
    QCPAxisRect* rect = plot_->axisRectAt(point);
    if (!rect || !rect->rect().contains(point))
        return;
    const double position = positionAtPixel(point.x());
    if (rect != lifetimeRect_) {
        emit positionRequested(clampedPosition(position));
        return;
    }
    const int row = bars_->rowAt(point.y());
    if (row < 0)
        return;
    const auto& lifetime = data_.rows[static_cast<std::size_t>(row)];
    if (modifiers & Qt::ControlModifier) {
        // Ctrl+click gathers several objects for the reference-count plot.
        auto selection = selected_;
        const auto found = std::find(selection.begin(), selection.end(), lifetime.object);
        if (found == selection.end())
            selection.push_back(lifetime.object);
        else
            selection.erase(found);
        setSelectedObjects(selection);
    }
    emit objectActivated(lifetime.object);
    if (const auto seq = bars_->tickNear(row, point.x(), kTickTolerance)) {
        emit positionRequested(*seq);
        return;
    }
    const double end = lifetime.endPosition(data_.eventCount());
    emit positionRequested(clampedPosition(std::clamp<double>(position, lifetime.createdSeq, end)));
}

void TimelinePlot::onMousePress(QMouseEvent* event) {
    pressPoint_ = event->pos();
}

void TimelinePlot::onMouseRelease(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton ||
        (event->pos() - pressPoint_).manhattanLength() > kClickSlop)
        return; // a drag pans; only a click selects
    clickAt(event->pos(), event->modifiers());
}

void TimelinePlot::onMouseMove(QMouseEvent* event) {
    if (event->buttons() != Qt::NoButton)
        return;
    const QString text = toolTipAt(event->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, plot_);
}

QSize TimelinePlot::exportSizeForAllRows() const {
    const int rows = static_cast<int>(std::min<std::size_t>(data_.rows.size(), 400));
    return QSize(1400, 160 + std::max(rows, 4) * 20 + 480); // key, rows, the three lower plots
}

bool TimelinePlot::exportTo(const QString& path, QSize size, QString* error) {
    const QFileInfo target(path);
    const QString suffix = target.suffix().toLower();
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf"))
        return fail(tr("%1: the file name must end in .png or .pdf").arg(path));
    if (!target.absoluteDir().exists())
        return fail(tr("%1: the folder does not exist").arg(path));
    // QCustomPlot renders to a file name: render into a private folder, then
    // write by the output rules (atomic, through links, devices in place).
    QTemporaryDir scratch;
    const QString rendering = scratch.filePath(QStringLiteral("plot.") + suffix);
    if (!scratch.isValid())
        return fail(tr("%1: cannot write: %2").arg(path, scratch.errorString()));

    const int width = size.isEmpty() ? 0 : size.width();
    const int height = size.isEmpty() ? 0 : size.height();
    if (!size.isEmpty()) {
        plot_->toPixmap(width, height); // lays out at the export size, so rows and labels fit it
        fitRows();
    }
    const bool rendered =
        suffix == QLatin1String("png")
            ? plot_->savePng(rendering, width, height)
            : plot_->savePdf(rendering, width, height, QCP::epNoCosmetic,
                             QStringLiteral("WDF Lifecycle Studio"), title_->text());
    QFile renderedFile(rendering);
    if (!rendered || !renderedFile.open(QIODevice::ReadOnly) || renderedFile.size() == 0)
        return fail(tr("%1: the plot could not be rendered").arg(path));
    if (const QString failure = wdflc::output::writeFile(path, renderedFile.readAll());
        !failure.isEmpty())
        return fail(failure);
    return true;
}

} // namespace studio::plots
