#include "SequenceDiagramView.h"

#include "DiagramPainter.h"

#include <algorithm>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace studio::diagram {

using wdflc::diagram::kNoRow;

SequenceDiagramView::SequenceDiagramView(QWidget* parent) : QAbstractScrollArea(parent) {
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
    relayout(); // an empty diagram still has its one page
}

void SequenceDiagramView::setDiagram(wdflc::diagram::SequenceDiagram diagram) {
    diagram_ = std::move(diagram);
    currentRow_ = kNoRow;
    relayout();
}

void SequenceDiagramView::relayout() {
    wdflc::diagram::LayoutOptions options;
    options.paginate = false; // one long page: the view scrolls
    options.measure = wdflc::exporting::qtTextMeasure();
    layout_ = wdflc::diagram::layoutDiagram(diagram_, options);
    pageIndex_ = wdflc::exporting::PageIndex(layout_.pages.front());
    pinHeaders();
    updateScrollBars();
    viewport()->update();
}

void SequenceDiagramView::pinHeaders() {
    using wdflc::diagram::ShapeKind;
    using wdflc::diagram::ShapeStyle;
    pinnedHeaders_ = {};
    headersBottom_ = 0;
    if (layout_.rows.empty())
        return;
    const double firstRowTop = layout_.rows.front().top;
    double top = firstRowTop;
    for (const auto& shape : layout_.pages.front().shapes) {
        const bool header =
            shape.style == ShapeStyle::ThreadHeader || shape.style == ShapeStyle::ObjectHeader ||
            shape.style == ShapeStyle::HeaderTitle || shape.style == ShapeStyle::HeaderSubtitle;
        if (!header || shape.y >= firstRowTop)
            continue;
        pinnedHeaders_.shapes.push_back(shape);
        if (shape.kind != ShapeKind::Text) {
            top = std::min(top, shape.y);
            headersBottom_ = std::max(headersBottom_, shape.y + shape.height);
        }
    }
    constexpr double kPadding = 4;
    for (auto& shape : pinnedHeaders_.shapes)
        shape.y += kPadding - top;
    pinnedHeaders_.width = layout_.pages.front().width;
    pinnedHeaders_.height = headersBottom_ - top + 2 * kPadding;
}

void SequenceDiagramView::updateScrollBars() {
    const auto& page = layout_.pages.front();
    const QSize area = viewport()->size();
    horizontalScrollBar()->setRange(0, qMax(0, qCeil(page.width) - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setRange(0, qMax(0, qCeil(page.height) - area.height()));
    verticalScrollBar()->setPageStep(area.height());
}

void SequenceDiagramView::setCurrentEvent(std::uint32_t seq) {
    std::size_t row = kNoRow;
    if (seq > 0) {
        // The last row drawing an event at or before `seq`: the filter may
        // leave the current event itself out.
        std::size_t after = diagram_.rowAtOrAfter(seq + 1);
        std::size_t end = after == kNoRow ? diagram_.rows.size() : after;
        if (end > 0)
            row = end - 1;
    }
    if (row == currentRow_)
        return;
    currentRow_ = row;
    if (row != kNoRow)
        scrollToRow(row);
    viewport()->update();
}

QRect SequenceDiagramView::rowRect(std::size_t row) const {
    if (row >= layout_.rows.size())
        return {};
    const auto& box = layout_.rows[row];
    return QRectF(box.left - horizontalScrollBar()->value(), box.top - verticalScrollBar()->value(),
                  box.right - box.left, box.bottom - box.top)
        .toAlignedRect();
}

int SequenceDiagramView::pinnedHeaderHeight(int scrolledTo) const {
    return !pinnedHeaders_.shapes.empty() && scrolledTo > headersBottom_
               ? qCeil(pinnedHeaders_.height)
               : 0;
}

void SequenceDiagramView::scrollToRow(std::size_t row) {
    const auto& box = layout_.rows[row];
    const int top = qFloor(box.top);
    const int bottom = qCeil(box.bottom);
    auto* bar = verticalScrollBar();
    const int height = viewport()->height();
    // Rows scrolled under the pinned headers are hidden: center the row in
    // the part of the view below them.
    if (top < bar->value() + pinnedHeaderHeight(bar->value()) || bottom > bar->value() + height) {
        const int cover = qCeil(pinnedHeaders_.height);
        int value = qMax(0, (top + bottom) / 2 - (height + cover) / 2);
        if (top < value + pinnedHeaderHeight(value))
            value = qMax(0, top - pinnedHeaderHeight(value));
        bar->setValue(value);
    }
    auto* horizontal = horizontalScrollBar();
    const int left = qFloor(box.left);
    const int right = qCeil(box.right);
    if (right > horizontal->value() + viewport()->width() || left < horizontal->value())
        horizontal->setValue(qMax(0, left - 20));
}

void SequenceDiagramView::paintEvent(QPaintEvent* event) {
    QPainter painter(viewport());
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.translate(-offset);
    const QRectF visible = QRectF(event->rect()).translated(offset);
    wdflc::exporting::paintPage(painter, layout_.pages.front(), pageIndex_, visible);
    if (currentRow_ != kNoRow && currentRow_ < layout_.rows.size()) {
        const auto& box = layout_.rows[currentRow_];
        QColor highlight = palette().color(QPalette::Highlight);
        painter.setPen(QPen(highlight, 1.5));
        highlight.setAlpha(40);
        painter.setBrush(highlight);
        painter.drawRoundedRect(
            QRectF(box.left - 4, box.top + 1, box.right - box.left + 8, box.bottom - box.top - 2),
            4, 4);
    }
    if (!pinnedHeaders_.shapes.empty() && offset.y() > headersBottom_) {
        painter.resetTransform();
        painter.translate(-offset.x(), 0);
        QColor band = palette().color(QPalette::Base);
        band.setAlpha(235);
        painter.fillRect(QRectF(offset.x(), 0, viewport()->width(), pinnedHeaders_.height), band);
        wdflc::exporting::paintPage(painter, pinnedHeaders_);
    }
}

void SequenceDiagramView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    // A dock shown for the first time gets its size after it scrolled: the
    // current event must still be in view, and not under the pinned headers.
    if (currentRow_ < layout_.rows.size())
        scrollToRow(currentRow_);
}

void SequenceDiagramView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const QPointF point =
        event->position() + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const std::size_t row = layout_.rowAt(0, point.x(), point.y());
    if (row != kNoRow)
        emit rowActivated(row);
}

bool SequenceDiagramView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPointF point =
            help->pos() + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
        const std::size_t row = layout_.rowAt(0, point.x(), point.y());
        if (row != kNoRow) {
            const auto& r = diagram_.rows[row];
            QString text = QString::fromStdString(r.text);
            if (!r.detail.empty())
                text += u'\n' + QString::fromStdString(r.detail);
            if (!r.source.empty())
                text += u'\n' + tr("source: %1").arg(QString::fromStdString(r.source));
            QToolTip::showText(help->globalPos(), text, viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace studio::diagram
