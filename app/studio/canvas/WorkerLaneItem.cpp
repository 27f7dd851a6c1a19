#include "canvas/WorkerLaneItem.h"

#include "document/StateStyle.h"

#include <QCoreApplication>
#include <QPainter>

namespace studio {

void WorkerLaneItem::setWidth(qreal width) {
    if (width == width_)
        return;
    prepareGeometryChange();
    width_ = width;
}

QRectF WorkerLaneItem::boundingRect() const {
    return QRectF(0, 0, width_, kHeight);
}

void WorkerLaneItem::setContents(const QStringList& waiting, const QString& running) {
    if (waiting == waiting_ && running == running_)
        return;
    waiting_ = waiting;
    running_ = running;
    update();
}

void WorkerLaneItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF lane = boundingRect();
    painter->setPen(QPen(QColor(0xb0, 0xbe, 0xc5), 1.0, Qt::DashLine));
    painter->setBrush(QColor(0xf5, 0xf7, 0xf8));
    painter->drawRoundedRect(lane, 6, 6);

    QFont font = painter->font();
    font.setPixelSize(12);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x45, 0x5a, 0x64));
    const QString title =
        QCoreApplication::translate("WorkerLaneItem", "Worker thread (PASSIVE_LEVEL)");
    const qreal titleWidth = painter->fontMetrics().horizontalAdvance(title) + 20;
    painter->drawText(QRectF(10, 0, titleWidth, kHeight), Qt::AlignVCenter | Qt::AlignLeft, title);

    font.setBold(false);
    font.setPixelSize(11);
    painter->setFont(font);
    qreal x = titleWidth + 10;
    auto chip = [&](const QString& text, const QColor& fill, const QColor& ink) {
        const qreal width = painter->fontMetrics().horizontalAdvance(text) + 16;
        const QRectF rect(x, kHeight / 2 - 11, width, 22);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(rect, 11, 11);
        painter->setPen(ink);
        painter->drawText(rect, Qt::AlignCenter, text);
        x += width + 8;
    };
    if (!running_.isEmpty())
        chip(QCoreApplication::translate("WorkerLaneItem", "running: %1").arg(running_),
             StateStyle::phaseColor(wdflc::EventKind::Deferred), Qt::black);
    for (const QString& item : waiting_)
        chip(item, QColor(0xff, 0xf3, 0xc4), QColor(0x5d, 0x40, 0x37));
    if (running_.isEmpty() && waiting_.isEmpty()) {
        painter->setPen(QColor(0x90, 0xa4, 0xae));
        painter->drawText(QRectF(x, 0, width_ - x, kHeight), Qt::AlignVCenter | Qt::AlignLeft,
                          QCoreApplication::translate("WorkerLaneItem", "idle: no deferred work"));
    }
}

} // namespace studio
