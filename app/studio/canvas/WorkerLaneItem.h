#pragma once

#include <QGraphicsItem>
#include <QString>
#include <QStringList>

namespace studio {

// The worker thread's lane under the tree: the deferred work waiting in the
// queue (objects whose cleanup or destroy was pushed to PASSIVE_LEVEL) and
// what the worker is running right now.
class WorkerLaneItem : public QGraphicsItem {
public:
    void setWidth(qreal width);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void setContents(const QStringList& waiting, const QString& running);
    const QStringList& waiting() const { return waiting_; }
    const QString& running() const { return running_; }

    static constexpr qreal kHeight = 54.0;

private:
    qreal width_ = 0;
    QStringList waiting_;
    QString running_;
};

} // namespace studio
