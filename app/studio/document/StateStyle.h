#pragma once

#include "trace/Event.h"
#include "trace/ObjectState.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace studio {

// How every view colours and names life-cycle states and event phases, so
// the canvas, the outline and the inspector agree.
class StateStyle {
    Q_DECLARE_TR_FUNCTIONS(StateStyle)

public:
    static QColor stateFill(wdflc::ObjectState state);
    static QString stateText(wdflc::ObjectState state);
    // The colour a node lights up with while an event of this kind happens to it.
    static QColor phaseColor(wdflc::EventKind kind);
    static QString phaseText(wdflc::EventKind kind);
    static QColor diagnosticColor() { return QColor(0xd3, 0x2f, 0x2f); }
    static QColor changedColor() { return QColor(0x19, 0x76, 0xd2); }
};

} // namespace studio
