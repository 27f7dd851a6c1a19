#include "player/PlayerBar.h"

#include "document/Document.h"
#include "document/StateStyle.h"
#include "i18n/Retranslator.h"
#include "player/PlayerController.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio {

PlayerBar::PlayerBar(Document* document, PlayerController* player, QWidget* parent)
    : QWidget(parent), document_(document), player_(player),
      slider_(new QSlider(Qt::Horizontal, this)), positionLabel_(new QLabel(this)),
      speed_(new QComboBox(this)), texts_(new i18n::Retranslator(this)) {
    setObjectName(QStringLiteral("playerBar"));
    // The scrub slider gets the whole width; the controls go below it.
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(6, 2, 6, 2);
    rows->setSpacing(0);
    rows->addWidget(slider_);
    auto* layout = new QHBoxLayout;
    rows->addLayout(layout);
    for (QAction* action :
         {player_->toStartAction(), player_->stepBackAction(), player_->playAction(),
          player_->stepForwardAction(), player_->toEndAction()}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setIconSize(QSize(22, 22));
        layout->addWidget(button);
    }
    slider_->setObjectName(QStringLiteral("scrubSlider"));
    layout->addWidget(positionLabel_, 1);

    auto* speedLabel = new QLabel(this);
    layout->addWidget(speedLabel);
    for (double speed : PlayerController::speeds())
        speed_->addItem(QString(), speed);
    texts_->add([this, speedLabel] {
        slider_->setToolTip(
            tr("Scrub through the trace: the views show the state after each event."));
        speedLabel->setText(tr("Speed:"));
        for (int index = 0; index < speed_->count(); ++index)
            speed_->setItemText(index, tr("%1 events/s").arg(speed_->itemData(index).toDouble()));
        showPosition();
    });
    speed_->setCurrentIndex(speed_->findData(player_->speed()));
    connect(speed_, &QComboBox::activated, this,
            [this](int index) { player_->setSpeed(speed_->itemData(index).toDouble()); });
    connect(player_, &PlayerController::speedChanged, this, [this](double speed) {
        const int index = speed_->findData(speed);
        if (index >= 0)
            speed_->setCurrentIndex(index);
    });
    layout->addWidget(speed_);
    layout->addWidget(breakpointButton());

    connect(slider_, &QSlider::valueChanged, this,
            [this](int value) { document_->setPosition(static_cast<std::uint32_t>(value)); });
    connect(document_, &Document::positionChanged, this, &PlayerBar::showPosition);
    connect(document_, &Document::traceChanged, this, &PlayerBar::showPosition);
    showPosition();
}

QToolButton* PlayerBar::breakpointButton() {
    auto* button = new QToolButton(this);
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    const wdflc::EventKind kinds[] = {
        wdflc::EventKind::DeleteRequested,  wdflc::EventKind::Cleanup, wdflc::EventKind::Deferred,
        wdflc::EventKind::WaitForCallbacks, wdflc::EventKind::Destroy, wdflc::EventKind::Freed,
        wdflc::EventKind::Diagnostic};
    for (wdflc::EventKind kind : kinds) {
        QAction* action = menu->addAction(QString());
        texts_->add([action, kind] {
            action->setText(tr("Stop at every %1").arg(StateStyle::phaseText(kind)));
        });
        action->setCheckable(true);
        action->setChecked(player_->breakpoints().contains(kind));
        connect(action, &QAction::toggled, this,
                [this, kind](bool on) { player_->setBreakpoint(kind, on); });
    }
    button->setMenu(menu);
    texts_->add([button] {
        button->setText(tr("Breakpoints"));
        button->setToolTip(tr("Pause the animation at events of these kinds"));
    });
    return button;
}

void PlayerBar::showPosition() {
    const std::uint32_t position = document_->position();
    const std::uint32_t count = document_->eventCount();
    {
        const QSignalBlocker blocker(slider_);
        slider_->setRange(0, static_cast<int>(count));
        slider_->setValue(static_cast<int>(position));
    }
    const auto& trace = *document_->trace();
    const int step = position > 0 ? trace.at(position).step : -1;
    positionLabel_->setText(
        step >= 0 ? tr("event %1 of %2 · step %3").arg(position).arg(count).arg(step + 1)
                  : tr("event %1 of %2").arg(position).arg(count));
}

} // namespace studio
