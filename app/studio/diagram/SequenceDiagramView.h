#pragma once

#include "diagram/DiagramLayout.h"
#include "diagram/SequenceDiagram.h"
#include "PageIndex.h"

#include <cstdint>
#include <QAbstractScrollArea>

namespace studio::diagram {

// Draws one sequence diagram as a single scrolling page, highlights the row
// of the current event and reports clicks on rows.
class SequenceDiagramView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit SequenceDiagramView(QWidget* parent = nullptr);

    void setDiagram(wdflc::diagram::SequenceDiagram diagram);
    const wdflc::diagram::SequenceDiagram& diagram() const { return diagram_; }

    // Highlights the last row at or before event `seq` (0 = none) and scrolls it into view.
    void setCurrentEvent(std::uint32_t seq);
    std::size_t currentRow() const { return currentRow_; }
    // Where a row is drawn, in viewport coordinates.
    QRect rowRect(std::size_t row) const;
    // Height of the headers pinned over the top when scrolled to `scrolledTo`
    // (0 while the real headers are in view).
    int pinnedHeaderHeight(int scrolledTo) const;

signals:
    void rowActivated(std::size_t row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void relayout();
    void updateScrollBars();
    void scrollToRow(std::size_t row);
    void pinHeaders();

    wdflc::diagram::SequenceDiagram diagram_;
    wdflc::diagram::DiagramLayout layout_;
    wdflc::exporting::PageIndex pageIndex_; // of layout_'s one page
    // The lifeline headers of the top of the diagram, redrawn along the top of
    // the viewport once they have scrolled out of it.
    wdflc::diagram::LayoutPage pinnedHeaders_;
    double headersBottom_ = 0;
    std::size_t currentRow_ = wdflc::diagram::kNoRow;
};

} // namespace studio::diagram
