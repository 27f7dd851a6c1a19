#pragma once

#include "model/Scenario.h"
#include "trace/ObjectState.h"

#include <optional>
#include <QColor>
#include <QGraphicsItem>
#include <QIcon>

namespace studio {

// One object of the tree on the canvas. It draws what the scene tells it
// (the object's snapshot at the current position and how to highlight it);
// it keeps no state of its own that the document does not have.
class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    NodeItem(const wdflc::Scenario& scenario, wdflc::ObjectId id);
    // Shows another object (the scene reuses its items when the tree changes).
    void setObject(const wdflc::Scenario& scenario, wdflc::ObjectId id);

    wdflc::ObjectId objectId() const { return id_; }
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    struct Look {
        wdflc::ObjectSnapshot snapshot;
        std::optional<QColor> phase; // the current event happens to this object
        QString phaseText;
        bool changed = false; // differs from the previous position
        int diagnostics = 0;  // diagnostics about it so far
        bool selected = false;
        bool dropTarget = false;
    };
    void setLook(const Look& look);
    const Look& look() const { return look_; }

    // The two lines under the type: the reference count and state, then
    // the callbacks, what runs, or what destroy waits for. Drawn whole: the
    // font shrinks to fit before anything is cut.
    QString stateLine() const;
    QString lastLine() const;
    // The smallest pixel size a line is drawn at before it would be cut.
    static constexpr int kMinLinePixels = 8;

private:
    wdflc::ObjectId id_;
    QString idText_;
    QString typeText_;
    QString callbacksText_;
    bool passive_ = false;
    QIcon icon_;
    Look look_;
};

} // namespace studio
