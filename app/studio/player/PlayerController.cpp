#include "player/PlayerController.h"

#include "document/Document.h"

#include <algorithm>
#include <QAction>
#include <QIcon>
#include <QTimer>

namespace studio {

PlayerController::PlayerController(Document* document, QObject* parent)
    : QObject(parent), document_(document), timer_(new QTimer(this)),
      play_(new QAction(QIcon(QStringLiteral(":/icons/actions/play.svg")), tr("&Play"), this)),
      stepForward_(new QAction(QIcon(QStringLiteral(":/icons/actions/step-forward.svg")),
                               tr("Step &Forward"), this)),
      stepBack_(new QAction(QIcon(QStringLiteral(":/icons/actions/step-back.svg")),
                            tr("Step &Back"), this)),
      toStart_(new QAction(QIcon(QStringLiteral(":/icons/actions/to-start.svg")),
                           tr("Jump to &Start"), this)),
      toEnd_(new QAction(QIcon(QStringLiteral(":/icons/actions/to-end.svg")), tr("Jump to &End"),
                         this)),
      faster_(new QAction(tr("F&aster"), this)), slower_(new QAction(tr("S&lower"), this)) {
    play_->setShortcut(Qt::Key_Space);
    stepForward_->setShortcut(Qt::Key_Right);
    stepBack_->setShortcut(Qt::Key_Left);
    toStart_->setShortcut(Qt::Key_Home);
    toEnd_->setShortcut(Qt::Key_End);
    faster_->setShortcut(Qt::Key_BracketRight);
    slower_->setShortcut(Qt::Key_BracketLeft);
    for (QAction* action : actions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    play_->setCheckable(true);
    connect(play_, &QAction::triggered, this, &PlayerController::togglePlay);
    connect(stepForward_, &QAction::triggered, this, &PlayerController::stepForward);
    connect(stepBack_, &QAction::triggered, this, &PlayerController::stepBack);
    connect(toStart_, &QAction::triggered, this, &PlayerController::toStart);
    connect(toEnd_, &QAction::triggered, this, &PlayerController::toEnd);
    connect(faster_, &QAction::triggered, this, [this] {
        const auto next = std::find_if(speeds().begin(), speeds().end(),
                                       [this](double speed) { return speed > speed_; });
        if (next != speeds().end())
            setSpeed(*next);
    });
    connect(slower_, &QAction::triggered, this, [this] {
        const auto next = std::find_if(speeds().rbegin(), speeds().rend(),
                                       [this](double speed) { return speed < speed_; });
        if (next != speeds().rend())
            setSpeed(*next);
    });
    connect(timer_, &QTimer::timeout, this, &PlayerController::advance);
    connect(document_, &Document::positionChanged, this, &PlayerController::updateActions);
    connect(document_, &Document::traceChanged, this, &PlayerController::updateActions);
    connect(document_, &Document::documentReset, this, &PlayerController::pause);
    // Not a widget, so no LanguageChange: the document's language follows the interface's.
    connect(document_, &Document::languageChanged, this, &PlayerController::retranslate);
    setSpeed(speed_);
    // A diagnostic is what a trainee should not miss.
    breakpoints_.insert(wdflc::EventKind::Diagnostic);
    updateActions();
}

QList<QAction*> PlayerController::actions() const {
    return {toStart_, stepBack_, play_, stepForward_, toEnd_, slower_, faster_};
}

const QList<double>& PlayerController::speeds() {
    static const QList<double> list{0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 60.0};
    return list;
}

bool PlayerController::isPlaying() const {
    return timer_->isActive();
}

void PlayerController::setSpeed(double eventsPerSecond) {
    speed_ = std::clamp(eventsPerSecond, 0.25, 1000.0);
    timer_->setInterval(static_cast<int>(1000.0 / speed_));
    emit speedChanged(speed_);
}

void PlayerController::setBreakpoint(wdflc::EventKind kind, bool enabled) {
    if (enabled)
        breakpoints_.insert(kind);
    else
        breakpoints_.remove(kind);
}

void PlayerController::play() {
    if (isPlaying())
        return;
    // Playing from the end starts over: a trainer presses Play again.
    if (document_->position() >= document_->eventCount())
        document_->setPosition(0);
    timer_->start();
    updatePlayAction();
    emit playingChanged(true);
}

void PlayerController::pause() {
    if (!isPlaying())
        return;
    timer_->stop();
    updatePlayAction();
    emit playingChanged(false);
}

void PlayerController::togglePlay() {
    if (isPlaying())
        pause();
    else
        play();
}

void PlayerController::advance() {
    if (document_->position() >= document_->eventCount()) {
        pause();
        return;
    }
    document_->setPosition(document_->position() + 1);
    const wdflc::EventKind kind = document_->trace()->at(document_->position()).kind;
    if (breakpoints_.contains(kind)) {
        pause();
        emit breakpointHit(kind);
    } else if (document_->position() >= document_->eventCount()) {
        pause();
    }
}

void PlayerController::stepForward() {
    pause();
    document_->setPosition(document_->position() + 1);
}

void PlayerController::stepBack() {
    pause();
    if (document_->position() > 0)
        document_->setPosition(document_->position() - 1);
}

void PlayerController::toStart() {
    pause();
    document_->setPosition(0);
}

void PlayerController::toEnd() {
    pause();
    document_->setPosition(document_->eventCount());
}

void PlayerController::retranslate() {
    stepForward_->setText(tr("Step &Forward"));
    stepBack_->setText(tr("Step &Back"));
    toStart_->setText(tr("Jump to &Start"));
    toEnd_->setText(tr("Jump to &End"));
    faster_->setText(tr("F&aster"));
    slower_->setText(tr("S&lower"));
    updatePlayAction();
}

void PlayerController::updatePlayAction() {
    play_->setChecked(isPlaying());
    play_->setText(isPlaying() ? tr("&Pause") : tr("&Play"));
    play_->setIcon(QIcon(isPlaying() ? QStringLiteral(":/icons/actions/pause.svg")
                                     : QStringLiteral(":/icons/actions/play.svg")));
}

void PlayerController::updateActions() {
    const std::uint32_t position = document_->position();
    const std::uint32_t count = document_->eventCount();
    play_->setEnabled(count > 0);
    stepForward_->setEnabled(position < count);
    toEnd_->setEnabled(position < count);
    stepBack_->setEnabled(position > 0);
    toStart_->setEnabled(position > 0);
}

} // namespace studio
