#pragma once

#include "plot/EventAxis.h"
#include "plot/Lifetimes.h"
#include "trace/Trace.h"

#include <cstdint>
#include <QCoreApplication>
#include <QString>

namespace studio::plots {

// The words of the timelines in the user's language. API names
// (EvtCleanupCallback, DISPATCH_LEVEL, WDFDEVICE) stay as they are.
class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(TimelineText)

public:
    static QString phaseName(wdflc::plot::LifetimePhase phase);
    static QString tickName(wdflc::plot::LifetimeTick::Kind kind);
    static QString threadName(wdflc::ThreadKind thread);
    static QString irqlName(wdflc::Irql irql);
    static QString slotLabel(const wdflc::plot::StepSlot& slot);
    static QString objectLabel(const wdflc::Trace& trace, wdflc::ObjectId object);
    // What happened at one event, and where: for tooltips.
    static QString describeEvent(const wdflc::Trace& trace, std::uint32_t seq);
    static QString describeEventAction(const wdflc::Trace& trace, const wdflc::Event& event);
};

} // namespace studio::plots
