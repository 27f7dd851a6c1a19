#pragma once

#include "model/Scenario.h"

#include <QGraphicsView>
#include <QPoint>

class QMimeData;

namespace studio {

class CanvasScene;
class Document;
class Editor;

// The canvas: the tree of CanvasScene with zoom (wheel, +/-), pan (drag the
// background), fit to view, click to select, and drag and drop: a type from
// the palette creates an object under the node it is dropped on (or under
// its default parent on empty canvas), a node dragged onto another moves
// there. A drop the type rules forbid is refused with the reason at the cursor.
class CanvasView : public QGraphicsView {
    Q_OBJECT

public:
    CanvasView(Document* document, Editor* editor, QWidget* parent = nullptr);

    CanvasScene* canvasScene() const { return scene_; }
    // Why the last drag was refused (empty when it was accepted); for the tests
    // and the status bar.
    QString lastRefusal() const { return lastRefusal_; }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView();

signals:
    void refused(const QString& reason);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Why dropping `mime` at `viewPos` is not allowed (empty: allowed), and
    // the object it would land on.
    QString whyNot(const QMimeData* mime, const QPoint& viewPos, wdflc::ObjectId* target) const;
    void scaleBy(qreal factor);

    Document* document_;
    Editor* editor_;
    CanvasScene* scene_;
    QString lastRefusal_;
    bool autoFit_ = true; // refit on resize until the user zooms
    wdflc::ObjectId pressedObject_ = wdflc::kNoObject;
    QPoint pressPos_;
};

} // namespace studio
