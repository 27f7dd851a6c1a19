#include "canvas/CanvasView.h"

#include "canvas/CanvasScene.h"
#include "canvas/NodeItem.h"
#include "commands/Editor.h"
#include "commands/ParentRules.h"
#include "docs/HelpTopics.h"
#include "document/Document.h"
#include "document/ObjectMime.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace studio {
namespace {

constexpr qreal kMinScale = 0.05;
constexpr qreal kMaxScale = 4.0;
constexpr qreal kMaxFitScale = 1.3;

} // namespace

CanvasView::CanvasView(Document* document, Editor* editor, QWidget* parent)
    : QGraphicsView(parent), document_(document), editor_(editor),
      scene_(new CanvasScene(document, this)) {
    setScene(scene_);
    setObjectName(QStringLiteral("canvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    // A new document is shown whole, and stays fitted while the view is
    // resized, until the user zooms.
    connect(document_, &Document::documentReset, this, &CanvasView::fitToView);
    // F1 explains the selected node's type (docs::HelpTopics reads the property).
    const auto nameHelpTopic = [this] {
        docs::HelpTopics::set(
            this, docs::HelpTopics::forObject(document_->scenario(), document_->selectedObject()));
    };
    connect(document_, &Document::selectionChanged, this, nameHelpTopic);
    connect(document_, &Document::traceChanged, this, nameHelpTopic);
}

void CanvasView::scaleBy(qreal factor) {
    const qreal current = transform().m11();
    const qreal target = std::clamp(current * factor, kMinScale, kMaxScale);
    scale(target / current, target / current);
}

void CanvasView::zoomIn() {
    autoFit_ = false;
    scaleBy(1.25);
}

void CanvasView::zoomOut() {
    autoFit_ = false;
    scaleBy(1 / 1.25);
}

void CanvasView::resetZoom() {
    autoFit_ = false;
    setTransform(QTransform());
}

void CanvasView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (autoFit_)
        fitToView();
}

void CanvasView::fitToView() {
    const QRectF bounds = scene_->sceneRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);
    // A small tree is enlarged only a little: a few big nodes read badly.
    if (transform().m11() > kMaxFitScale)
        setTransform(QTransform::fromScale(kMaxFitScale, kMaxFitScale));
    centerOn(bounds.center());
    autoFit_ = true;
}

void CanvasView::wheelEvent(QWheelEvent* event) {
    if (event->angleDelta().y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    autoFit_ = false;
    scaleBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void CanvasView::mousePressEvent(QMouseEvent* event) {
    NodeItem* node = event->button() == Qt::LeftButton
                         ? scene_->nodeAt(mapToScene(event->position().toPoint()))
                         : nullptr;
    if (node == nullptr) {
        if (event->button() == Qt::LeftButton)
            document_->setSelectedObject(wdflc::kNoObject);
        QGraphicsView::mousePressEvent(event); // pans the background
        return;
    }
    pressedObject_ = node->objectId();
    pressPos_ = event->position().toPoint();
    document_->setSelectedObject(node->objectId());
    event->accept();
}

void CanvasView::mouseMoveEvent(QMouseEvent* event) {
    if (pressedObject_ == wdflc::kNoObject || !(event->buttons() & Qt::LeftButton)) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    if ((event->position().toPoint() - pressPos_).manhattanLength() <
        QApplication::startDragDistance())
        return;
    const wdflc::ObjectId dragged = pressedObject_;
    pressedObject_ = wdflc::kNoObject;
    auto* drag = new QDrag(this);
    drag->setMimeData(ObjectMime::forObject(document_->scenario(), dragged));
    if (NodeItem* node = scene_->nodeFor(dragged)) {
        QPixmap image(node->boundingRect().size().toSize());
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.translate(-node->boundingRect().topLeft());
        painter.setOpacity(0.7);
        node->paint(&painter, nullptr, nullptr);
        painter.end();
        drag->setPixmap(image);
    }
    drag->exec(Qt::MoveAction);
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event) {
    pressedObject_ = wdflc::kNoObject;
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (NodeItem* node = scene_->nodeAt(mapToScene(event->position().toPoint()))) {
        centerOn(node);
        event->accept();
        return;
    }
    fitToView();
}

QString CanvasView::whyNot(const QMimeData* mime, const QPoint& viewPos,
                           wdflc::ObjectId* target) const {
    const wdflc::Scenario& scenario = document_->scenario();
    NodeItem* node = scene_->nodeAt(mapToScene(viewPos));
    *target = node != nullptr ? node->objectId() : wdflc::kNoObject;
    if (const auto type = ObjectMime::type(mime)) {
        const wdflc::Creator creator = ParentRules::defaultCreator(*type);
        return *target == wdflc::kNoObject
                   ? ParentRules::whyNoDefaultParent(scenario, *type, creator)
                   : ParentRules::whyNotChild(scenario, *type, creator, *target);
    }
    if (const auto object = ObjectMime::object(mime, scenario)) {
        if (*target == wdflc::kNoObject)
            return tr("Drop %1 on the object that should become its parent.")
                .arg(QString::fromStdString(scenario.decl(*object).id));
        if (scenario.decl(*object).parentId == *target)
            return tr("%1 is already a child of %2.")
                .arg(QString::fromStdString(scenario.decl(*object).id),
                     QString::fromStdString(scenario.decl(*target).id));
        return ParentRules::whyNotReparent(scenario, *object, *target);
    }
    return tr("Only object types from the palette and objects of this tree can be dropped here.");
}

void CanvasView::dragEnterEvent(QDragEnterEvent* event) {
    // Files are for the main window: let the event travel up to it.
    if (!event->mimeData()->hasFormat(ObjectMime::kTypeFormat) &&
        !event->mimeData()->hasFormat(ObjectMime::kObjectFormat)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void CanvasView::dragMoveEvent(QDragMoveEvent* event) {
    wdflc::ObjectId target = wdflc::kNoObject;
    const QPoint pos = event->position().toPoint();
    const QString previous = lastRefusal_;
    lastRefusal_ = whyNot(event->mimeData(), pos, &target);
    if (lastRefusal_.isEmpty()) {
        scene_->setDropTarget(target);
        QToolTip::hideText();
        event->acceptProposedAction();
    } else {
        scene_->setDropTarget(wdflc::kNoObject);
        QToolTip::showText(mapToGlobal(pos), lastRefusal_, this);
        // A refused drag is never dropped, and the tooltip goes with the
        // button: the status bar keeps the reason after the release.
        if (lastRefusal_ != previous)
            emit refused(lastRefusal_);
        event->ignore();
    }
}

void CanvasView::dragLeaveEvent(QDragLeaveEvent* event) {
    scene_->setDropTarget(wdflc::kNoObject);
    QToolTip::hideText();
    QGraphicsView::dragLeaveEvent(event);
}

void CanvasView::dropEvent(QDropEvent* event) {
    scene_->setDropTarget(wdflc::kNoObject);
    wdflc::ObjectId target = wdflc::kNoObject;
    const QPoint pos = event->position().toPoint();
    lastRefusal_ = whyNot(event->mimeData(), pos, &target);
    if (lastRefusal_.isEmpty()) {
        const wdflc::Scenario& scenario = document_->scenario();
        if (const auto type = ObjectMime::type(event->mimeData()))
            lastRefusal_ = editor_->addObject(*type, target);
        else if (const auto object = ObjectMime::object(event->mimeData(), scenario))
            lastRefusal_ = editor_->reparent(*object, target);
    }
    if (!lastRefusal_.isEmpty()) {
        QToolTip::showText(mapToGlobal(pos), lastRefusal_, this);
        emit refused(lastRefusal_);
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

} // namespace studio
