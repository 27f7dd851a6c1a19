#include "canvas/NodeItem.h"

#include "canvas/TreeLayout.h"
#include "document/ActionText.h"
#include "document/StateStyle.h"
#include "document/TypeIcons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace studio {
namespace {

// Below this scale the node's text would be a few pixels high.
constexpr qreal kMinTextDetail = 0.35;

QString callbacksSummary(const wdflc::ObjectDecl& decl) {
    int cleanups = 0;
    int destroys = 0;
    for (const wdflc::ContextDecl& context : decl.contexts) {
        cleanups += context.cleanup ? 1 : 0;
        destroys += context.destroy ? 1 : 0;
    }
    QStringList parts;
    if (cleanups > 0)
        parts << (cleanups > 1 ? QStringLiteral("EvtCleanup ×%1").arg(cleanups)
                               : QStringLiteral("EvtCleanup"));
    if (destroys > 0)
        parts << (destroys > 1 ? QStringLiteral("EvtDestroy ×%1").arg(destroys)
                               : QStringLiteral("EvtDestroy"));
    return parts.isEmpty() ? QCoreApplication::translate("NodeItem", "no callbacks")
                           : parts.join(QStringLiteral(" · "));
}

// Draws `text` in `rect` at `pixels` or, if it does not fit, at the largest
// smaller size that does (down to NodeItem::kMinLinePixels, then cut).
void drawWhole(QPainter* painter, const QRectF& rect, const QString& text, int pixels) {
    QFont font = painter->font();
    font.setPixelSize(pixels);
    while (pixels > NodeItem::kMinLinePixels &&
           QFontMetricsF(font).horizontalAdvance(text) > rect.width()) {
        font.setPixelSize(--pixels);
    }
    painter->save();
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, int(rect.width())));
    painter->restore();
}

} // namespace

NodeItem::NodeItem(const wdflc::Scenario& scenario, wdflc::ObjectId id) {
    setAcceptHoverEvents(true);
    setObject(scenario, id);
}

void NodeItem::setObject(const wdflc::Scenario& scenario, wdflc::ObjectId id) {
    const wdflc::ObjectDecl& decl = scenario.decl(id);
    id_ = id;
    idText_ = QString::fromStdString(decl.id);
    typeText_ = ActionText::typeText(decl.type);
    callbacksText_ = callbacksSummary(decl);
    passive_ = decl.passive();
    icon_ = typeIcon(decl.type);
    setToolTip(QCoreApplication::translate("NodeItem", "%1 (%2)\nDrag onto another object to "
                                                       "move it there.")
                   .arg(idText_, typeText_));
    update();
}

QRectF NodeItem::boundingRect() const {
    // Room for the glow, the phase tag above and the diagnostics badge.
    return QRectF(QPointF(0, 0), TreeLayout::kNodeSize).adjusted(-6, -12, 8, 8);
}

void NodeItem::setLook(const Look& look) {
    if (look.snapshot == look_.snapshot && look.phase == look_.phase &&
        look.changed == look_.changed && look.diagnostics == look_.diagnostics &&
        look.selected == look_.selected && look.dropTarget == look_.dropTarget &&
        look.phaseText == look_.phaseText)
        return;
    look_ = look;
    // Objects not created yet are ghosts. Freed ones are drawn grey but
    // opaque (paint()), so their text and "freed" tag stay readable.
    setOpacity(look_.snapshot.state == wdflc::ObjectState::NotCreated ? 0.55 : 1.0);
    update();
}

QString NodeItem::stateLine() const {
    const wdflc::ObjectState state = look_.snapshot.state;
    if (state == wdflc::ObjectState::NotCreated || state == wdflc::ObjectState::Freed)
        return StateStyle::stateText(state);
    // Released: cleaned up, destroy waits for the count; the next line says so.
    const QString text = state == wdflc::ObjectState::Released
                             ? StateStyle::stateText(wdflc::ObjectState::Disposed)
                             : StateStyle::stateText(state);
    return QCoreApplication::translate("NodeItem", "refs %1 · %2")
        .arg(look_.snapshot.refCount)
        .arg(text);
}

QString NodeItem::lastLine() const {
    if (look_.snapshot.state == wdflc::ObjectState::Released)
        return look_.snapshot.refCount == 1
                   ? QCoreApplication::translate("NodeItem", "destroy waits for 1 dereference")
                   : QCoreApplication::translate("NodeItem", "destroy waits for %1 dereferences")
                         .arg(look_.snapshot.refCount);
    if (look_.snapshot.pending > 0)
        return QCoreApplication::translate("NodeItem", "callbacks running: %1")
            .arg(look_.snapshot.pending);
    return callbacksText_;
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF box(QPointF(0, 0), TreeLayout::kNodeSize);
    const wdflc::ObjectState state = look_.snapshot.state;
    // Zoomed far out (a big tree fitted to the view) the text is unreadable
    // anyway: draw the node as a coloured block, which keeps animation smooth.
    const qreal detail =
        option != nullptr ? option->levelOfDetailFromTransform(painter->worldTransform()) : 1.0;
    if (detail < kMinTextDetail) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(look_.phase         ? *look_.phase
                          : look_.selected    ? QColor(0x0d, 0x47, 0xa1)
                          : look_.diagnostics ? StateStyle::diagnosticColor()
                                              : StateStyle::stateFill(state).darker(115));
        painter->drawRect(box);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);

    if (look_.phase) {
        QColor glow = *look_.phase;
        glow.setAlpha(90);
        painter->setPen(Qt::NoPen);
        painter->setBrush(glow);
        painter->drawRoundedRect(box.adjusted(-5, -5, 5, 5), 12, 12);
    }
    QPen border(QColor(0x75, 0x75, 0x75), 1.0);
    if (state == wdflc::ObjectState::NotCreated)
        border.setStyle(Qt::DashLine);
    if (state == wdflc::ObjectState::Freed)
        border.setStyle(Qt::DotLine); // gone: drawn grey, not faded, so it stays readable
    if (look_.changed)
        border = QPen(StateStyle::changedColor(), 2.5, Qt::DashLine);
    if (look_.diagnostics > 0)
        border = QPen(StateStyle::diagnosticColor(), 2.5);
    if (look_.phase)
        border = QPen(*look_.phase, 3.0);
    if (look_.selected)
        border = QPen(QColor(0x0d, 0x47, 0xa1), 3.5);
    if (look_.dropTarget)
        border = QPen(QColor(0x2e, 0x7d, 0x32), 4.0);
    painter->setPen(border);
    painter->setBrush(StateStyle::stateFill(state));
    painter->drawRoundedRect(box, 8, 8);

    const qreal pad = 8;
    icon_.paint(painter, QRect(int(pad), int(pad), 22, 22));

    QFont font = painter->font();
    font.setPixelSize(13);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::black);
    const QRectF titleRect(pad + 28, pad, box.width() - pad * 2 - 28, 22);
    painter->drawText(
        titleRect, Qt::AlignVCenter | Qt::AlignLeft,
        painter->fontMetrics().elidedText(idText_, Qt::ElideRight, int(titleRect.width())));

    font.setBold(false);
    font.setPixelSize(11);
    painter->setFont(font);
    painter->setPen(QColor(0x42, 0x42, 0x42));
    painter->drawText(QRectF(pad, pad + 24, box.width() - pad * 2, 16),
                      Qt::AlignVCenter | Qt::AlignLeft, typeText_);

    // IRQL class: passive objects always clean up and are destroyed at PASSIVE_LEVEL.
    const QString irqlClass = passive_ ? QStringLiteral("PASSIVE") : QStringLiteral("≤ DISPATCH");
    const QRectF badge(box.width() - pad - 72, pad + 25, 72, 15);
    painter->setPen(Qt::NoPen);
    painter->setBrush(passive_ ? QColor(0xbb, 0xde, 0xfb) : QColor(0xff, 0xcc, 0xbc));
    painter->drawRoundedRect(badge, 7, 7);
    painter->setPen(QColor(0x21, 0x21, 0x21));
    painter->drawText(badge, Qt::AlignCenter, irqlClass);

    drawWhole(painter, QRectF(pad, pad + 42, box.width() - pad * 2, 16), stateLine(), 11);
    painter->setPen(QColor(0x5d, 0x40, 0x37));
    drawWhole(painter, QRectF(pad, pad + 60, box.width() - pad * 2, 16), lastLine(), 11);

    if (look_.phase && !look_.phaseText.isEmpty()) {
        // A tag above the node names the phase it is in right now.
        font.setBold(true);
        painter->setFont(font);
        const int width = painter->fontMetrics().horizontalAdvance(look_.phaseText) + 12;
        const QRectF tag(box.right() - width - 6, -10, width, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(*look_.phase);
        painter->drawRoundedRect(tag, 9, 9);
        painter->setPen(Qt::white);
        painter->drawText(tag, Qt::AlignCenter, look_.phaseText);
    }
    if (look_.diagnostics > 0) {
        const QRectF mark(box.right() - 14, box.bottom() - 14, 20, 20);
        painter->setPen(Qt::NoPen);
        painter->setBrush(StateStyle::diagnosticColor());
        painter->drawEllipse(mark);
        painter->setPen(Qt::white);
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(mark, Qt::AlignCenter, QString::number(look_.diagnostics));
    }
}

} // namespace studio
