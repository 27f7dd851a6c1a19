#include "canvas/CanvasScene.h"

#include "canvas/NodeItem.h"
#include "canvas/TreeLayout.h"
#include "canvas/WorkerLaneItem.h"
#include "document/Document.h"
#include "document/StateStyle.h"

#include <QGraphicsPathItem>
#include <QPainterPath>
#include <QPen>

namespace studio {
namespace {

constexpr qreal kMargin = 40.0;
constexpr qreal kLaneGap = 36.0;

bool waitsOnWorker(wdflc::ObjectState state) {
    return state == wdflc::ObjectState::Queued || state == wdflc::ObjectState::PartlyDisposed ||
           state == wdflc::ObjectState::DestroyQueued;
}

} // namespace

CanvasScene::CanvasScene(Document* document, QObject* parent)
    : QGraphicsScene(parent), document_(document) {
    // The tree is static between edits and hit tests are rare (clicks and
    // drags): an index would cost more to build for a big tree than it saves.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(document_, &Document::traceChanged, this, &CanvasScene::rebuild);
    connect(document_, &Document::languageChanged, this, &CanvasScene::rebuild); // node captions
    connect(document_, &Document::positionChanged, this, &CanvasScene::refresh);
    connect(document_, &Document::selectionChanged, this, &CanvasScene::refresh);
    rebuild();
}

NodeItem* CanvasScene::nodeFor(wdflc::ObjectId id) const {
    return id < nodes_.size() ? nodes_[id] : nullptr;
}

NodeItem* CanvasScene::nodeAt(const QPointF& scenePos) const {
    for (QGraphicsItem* item : items(scenePos))
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem*>(item);
    return nullptr;
}

void CanvasScene::setDropTarget(wdflc::ObjectId id) {
    if (id == dropTarget_)
        return;
    dropTarget_ = id;
    refresh();
}

CanvasScene::~CanvasScene() {
    removeSurplusNodes(0);
}

void CanvasScene::removeSurplusNodes(std::size_t keep) {
    // From the back: the scene removes its last item in constant time, its
    // first in linear time, and a big tree has thousands.
    while (nodes_.size() > keep) {
        delete nodes_.back();
        nodes_.pop_back();
    }
}

void CanvasScene::rebuild() {
    diagnosticEvents_.clear();
    dropTarget_ = wdflc::kNoObject;
    const wdflc::Scenario& scenario = document_->scenario();
    const TreeLayout layout(scenario);

    // All edges in one path: one item instead of thousands.
    QPainterPath edges;
    const qreal halfWidth = TreeLayout::kNodeSize.width() / 2;
    for (wdflc::ObjectId parent = 0; parent < layout.children().size(); ++parent) {
        const auto& kids = layout.children()[parent];
        if (kids.empty())
            continue;
        const QRectF from = layout.nodeRect(parent);
        const qreal midY = from.bottom() + TreeLayout::kVerticalGap / 2;
        edges.moveTo(from.left() + halfWidth, from.bottom());
        edges.lineTo(from.left() + halfWidth, midY);
        const qreal firstX = layout.positions()[kids.front()].x() + halfWidth;
        const qreal lastX = layout.positions()[kids.back()].x() + halfWidth;
        edges.moveTo(std::min(firstX, from.left() + halfWidth), midY);
        edges.lineTo(std::max(lastX, from.left() + halfWidth), midY);
        for (wdflc::ObjectId child : kids) {
            const QRectF to = layout.nodeRect(child);
            edges.moveTo(to.left() + halfWidth, midY);
            edges.lineTo(to.left() + halfWidth, to.top());
        }
    }
    if (edges_ == nullptr) {
        edges_ = addPath(QPainterPath(), QPen(QColor(0x90, 0xa4, 0xae), 1.5));
        edges_->setZValue(-1);
    }
    edges_->setPath(edges);

    // An edit changes a few objects of the tree: keep the items, show the
    // objects now at their index, and add or remove only the difference.
    const std::size_t count = scenario.declarations.size();
    removeSurplusNodes(count);
    for (wdflc::ObjectId id = 0; id < nodes_.size(); ++id)
        nodes_[id]->setObject(scenario, id);
    nodes_.reserve(count);
    for (auto id = static_cast<wdflc::ObjectId>(nodes_.size()); id < count; ++id) {
        auto* node = new NodeItem(scenario, id);
        addItem(node);
        nodes_.push_back(node);
    }
    for (wdflc::ObjectId id = 0; id < count; ++id)
        nodes_[id]->setPos(layout.positions()[id]);

    const QRectF tree = layout.bounds();
    const qreal laneWidth = std::max(tree.width(), 900.0);
    if (workerLane_ == nullptr) {
        workerLane_ = new WorkerLaneItem;
        addItem(workerLane_);
    }
    workerLane_->setWidth(laneWidth);
    workerLane_->setPos(tree.left(), tree.bottom() + kLaneGap);
    setSceneRect(QRectF(tree.left(), tree.top(), laneWidth,
                        tree.height() + kLaneGap + WorkerLaneItem::kHeight)
                     .adjusted(-kMargin, -kMargin, kMargin, kMargin));

    const auto& trace = *document_->trace();
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq) {
        const wdflc::Event& event = trace.at(seq);
        if (event.kind != wdflc::EventKind::Diagnostic)
            continue;
        const wdflc::ObjectId object =
            event.object != wdflc::kNoObject ? event.object : trace.diagnostic(event).object;
        if (object != wdflc::kNoObject)
            diagnosticEvents_.emplace_back(seq, object);
    }
    refresh();
}

void CanvasScene::refresh() {
    const auto& trace = *document_->trace();
    const std::uint32_t position = document_->position();
    const std::vector<wdflc::ObjectSnapshot> states = document_->timeline().statesAt(position);
    const std::uint32_t previous = document_->previousPosition();
    std::vector<wdflc::ObjectSnapshot> before;
    if (previous != position)
        before = document_->timeline().statesAt(previous);

    std::vector<int> diagnostics(nodes_.size(), 0);
    for (const auto& [seq, object] : diagnosticEvents_)
        if (seq <= position && object < diagnostics.size())
            ++diagnostics[object];

    const wdflc::Event* current = position > 0 ? &trace.at(position) : nullptr;
    wdflc::ObjectId currentObject = wdflc::kNoObject;
    if (current != nullptr) {
        currentObject = current->object;
        if (current->kind == wdflc::EventKind::Diagnostic && currentObject == wdflc::kNoObject)
            currentObject = trace.diagnostic(*current).object;
    }

    QStringList waiting;
    for (wdflc::ObjectId id = 0; id < nodes_.size(); ++id) {
        NodeItem::Look look;
        look.snapshot = id < states.size() ? states[id] : wdflc::ObjectSnapshot{};
        look.changed = !before.empty() && id < before.size() && before[id] != look.snapshot;
        look.diagnostics = diagnostics[id];
        look.selected = id == document_->selectedObject();
        look.dropTarget = id == dropTarget_;
        if (id == currentObject) {
            look.phase = StateStyle::phaseColor(current->kind);
            look.phaseText = StateStyle::phaseText(current->kind);
            nodes_[id]->setZValue(1); // the glow goes over the neighbours
        } else {
            nodes_[id]->setZValue(0);
        }
        nodes_[id]->setLook(look);
        if (waitsOnWorker(look.snapshot.state))
            waiting << QString::fromStdString(document_->scenario().decl(id).id);
    }
    QString running;
    if (current != nullptr && current->thread == wdflc::ThreadKind::Worker &&
        currentObject != wdflc::kNoObject && currentObject < nodes_.size())
        running = QStringLiteral("%1 %2").arg(
            QString::fromStdString(document_->scenario().decl(currentObject).id),
            StateStyle::phaseText(current->kind));
    workerLane_->setContents(waiting, running);
}

} // namespace studio
