#pragma once

#include "trace/Event.h"

#include <QObject>
#include <QSet>

class QAction;
class QTimer;

namespace studio {

class Document;

// The animation: plays the trace by moving Document::position one event at a
// time. It changes nothing else; every view redraws from the position, so
// stepping back is exact. Owns the actions (with their shortcuts) that the
// player bar and the Play menu show.
class PlayerController : public QObject {
    Q_OBJECT

public:
    explicit PlayerController(Document* document, QObject* parent = nullptr);

    bool isPlaying() const;
    double speed() const { return speed_; } // events per second
    void setSpeed(double eventsPerSecond);

    // The speeds the player offers, slowest first.
    static const QList<double>& speeds();

    // Playing pauses on events of these kinds (after showing them).
    const QSet<wdflc::EventKind>& breakpoints() const { return breakpoints_; }
    void setBreakpoint(wdflc::EventKind kind, bool enabled);

    QAction* playAction() const { return play_; }
    QAction* stepForwardAction() const { return stepForward_; }
    QAction* stepBackAction() const { return stepBack_; }
    QAction* toStartAction() const { return toStart_; }
    QAction* toEndAction() const { return toEnd_; }
    QAction* fasterAction() const { return faster_; }
    QAction* slowerAction() const { return slower_; }
    QList<QAction*> actions() const;

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();

signals:
    void playingChanged(bool playing);
    void speedChanged(double eventsPerSecond);
    void breakpointHit(wdflc::EventKind kind);

private:
    void advance();
    void updateActions();
    void updatePlayAction();
    void retranslate();

    Document* document_;
    QTimer* timer_;
    double speed_ = 4.0;
    QSet<wdflc::EventKind> breakpoints_;
    QAction* play_;
    QAction* stepForward_;
    QAction* stepBack_;
    QAction* toStart_;
    QAction* toEnd_;
    QAction* faster_;
    QAction* slower_;
};

} // namespace studio
