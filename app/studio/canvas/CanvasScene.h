#pragma once

#include "model/Scenario.h"

#include <QGraphicsScene>
#include <utility>
#include <vector>

class QGraphicsPathItem;

namespace studio {

class Document;
class NodeItem;
class WorkerLaneItem;

// The object tree of the document as a scene: laid out again whenever the
// scenario changes, redrawn from TimelineIndex::statesAt(position) whenever
// the position moves (so stepping back is exact), highlighting the object of
// the current event by phase and what changed since the previous position.
class CanvasScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit CanvasScene(Document* document, QObject* parent = nullptr);
    ~CanvasScene() override;

    NodeItem* nodeFor(wdflc::ObjectId id) const;
    NodeItem* nodeAt(const QPointF& scenePos) const;
    WorkerLaneItem* workerLane() const { return workerLane_; }
    // Highlights the node a drag is over (kNoObject: none).
    void setDropTarget(wdflc::ObjectId id);

private:
    void rebuild();
    void refresh();
    void removeSurplusNodes(std::size_t keep);

    Document* document_;
    std::vector<NodeItem*> nodes_; // indexed by ObjectId
    WorkerLaneItem* workerLane_ = nullptr;
    QGraphicsPathItem* edges_ = nullptr;
    std::vector<std::pair<std::uint32_t, wdflc::ObjectId>> diagnosticEvents_; // (seq, object)
    wdflc::ObjectId dropTarget_ = wdflc::kNoObject;
};

} // namespace studio
