#pragma once

#include "trace/Trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wdflc::plot {

// The horizontal unit of every timeline: one unit per event, or one unit per step.
enum class AxisUnit : std::uint8_t { Events, Steps };

// A step's stretch of the step axis. Slot 0 holds the creation of the scenario's
// `objects`, slots 1..n the steps, slot n + 1 the end of the scenario.
struct StepSlot {
    enum class Kind : std::uint8_t { Objects, Step, End };
    Kind kind = Kind::Step;
    std::int32_t step = -1;          // the step index for Kind::Step
    std::uint32_t firstPosition = 0; // positions are "after N events"
    std::uint32_t lastPosition = 0;  // == firstPosition when the step emitted nothing
};

// Maps trace positions (0 … eventCount, "after the first N events"; event `seq`
// ends at position seq) to axis coordinates and back. In event units the
// mapping is the identity; in step units every step gets the width 1 and its
// events share it evenly, so the order of events is kept and both plots have
// the same shape.
class EventAxis {
public:
    EventAxis() = default;
    explicit EventAxis(const Trace& trace);

    std::uint32_t eventCount() const { return eventCount_; }
    double toAxis(double position, AxisUnit unit) const;
    double toPosition(double coordinate, AxisUnit unit) const;
    // The axis range that shows the whole trace.
    double axisEnd(AxisUnit unit) const;

    const std::vector<StepSlot>& stepSlots() const { return slots_; }
    // The slot of an event (1-based seq).
    std::size_t slotOfEvent(std::uint32_t seq) const;

private:
    std::uint32_t eventCount_ = 0;
    std::vector<StepSlot> slots_;
    std::vector<std::uint32_t> slotOfEvent_; // by seq - 1
    std::vector<double> stepCoordinate_;     // by position, strictly increasing
};

} // namespace wdflc::plot
