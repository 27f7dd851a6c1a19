#pragma once

#include "trace/TimelineIndex.h"
#include "trace/Trace.h"

#include <cstdint>
#include <QCoreApplication>
#include <QString>

namespace studio {

// Says in plain words what the event at a position did and why: the caption
// of the animation ("children are cleaned up before their parent", "paged-pool
// memory is cleaned up at PASSIVE_LEVEL, so the work was queued").
class EventNarrator {
    Q_DECLARE_TR_FUNCTIONS(EventNarrator)

public:
    // `position` events shown: narrates event `position` (1-based seq).
    static QString caption(const wdflc::Trace& trace, const wdflc::TimelineIndex& timeline,
                           std::uint32_t position);
    // The "what" part alone, one line (for lists and tooltips).
    static QString what(const wdflc::Trace& trace, std::uint32_t seq);
    // The "why" part alone, or an empty string when nothing needs explaining.
    static QString why(const wdflc::Trace& trace, const wdflc::TimelineIndex& timeline,
                       std::uint32_t seq);
};

} // namespace studio
