#include "plot/EventAxis.h"

#include <algorithm>
#include <cmath>

namespace wdflc::plot {

namespace {

// Events of step -1 before the first step are the creation of `objects`;
// step -1 after it is the end of the scenario (scenario-format.md, "Trace").
std::vector<std::uint32_t> assignSlots(const Trace& trace, std::size_t endSlot) {
    std::vector<std::uint32_t> slots(trace.events.size());
    bool inObjects = true;
    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        const Event& event = trace.events[i];
        if (event.step >= 0) {
            inObjects = false;
            slots[i] = static_cast<std::uint32_t>(event.step) + 1;
            continue;
        }
        inObjects = inObjects && event.kind == EventKind::Created;
        slots[i] = inObjects ? 0u : static_cast<std::uint32_t>(endSlot);
    }
    return slots;
}

} // namespace

EventAxis::EventAxis(const Trace& trace)
    : eventCount_(static_cast<std::uint32_t>(trace.events.size())) {
    std::size_t stepCount = trace.scenario ? trace.scenario->steps.size() : 0;
    for (const Event& event : trace.events)
        stepCount = std::max(stepCount, static_cast<std::size_t>(event.step + 1));
    const std::size_t endSlot = stepCount + 1;

    slotOfEvent_ = assignSlots(trace, endSlot);

    slots_.resize(endSlot + 1);
    slots_.front().kind = StepSlot::Kind::Objects;
    slots_.back().kind = StepSlot::Kind::End;
    for (std::size_t slot = 1; slot < endSlot; ++slot)
        slots_[slot].step = static_cast<std::int32_t>(slot - 1);

    std::vector<std::uint32_t> eventsInSlot(slots_.size(), 0);
    for (std::uint32_t slot : slotOfEvent_)
        ++eventsInSlot[slot];

    // A slot's first position is where the previous slot ended; walk the
    // events once and let empty slots inherit the running position.
    stepCoordinate_.assign(eventCount_ + std::size_t{1}, 0.0);
    std::vector<std::uint32_t> seen(slots_.size(), 0);
    std::uint32_t position = 0;
    std::size_t currentSlot = 0;
    for (std::uint32_t i = 0; i < eventCount_; ++i) {
        const std::uint32_t slot = slotOfEvent_[i];
        for (; currentSlot < slot; ++currentSlot) {
            slots_[currentSlot].lastPosition = position;
            slots_[currentSlot + 1].firstPosition = position;
        }
        ++position;
        ++seen[slot];
        stepCoordinate_[position] = slot + static_cast<double>(seen[slot]) / eventsInSlot[slot];
    }
    for (; currentSlot + 1 < slots_.size(); ++currentSlot) {
        slots_[currentSlot].lastPosition = position;
        slots_[currentSlot + 1].firstPosition = position;
    }
    slots_.back().lastPosition = position;
}

double EventAxis::toAxis(double position, AxisUnit unit) const {
    if (unit == AxisUnit::Events || stepCoordinate_.empty())
        return position;
    const double clamped = std::clamp(position, 0.0, static_cast<double>(eventCount_));
    const auto below = static_cast<std::size_t>(std::floor(clamped));
    if (below >= eventCount_)
        return stepCoordinate_[eventCount_] + (position - clamped);
    const double fraction = clamped - static_cast<double>(below);
    return stepCoordinate_[below] +
           fraction * (stepCoordinate_[below + 1] - stepCoordinate_[below]) + (position - clamped);
}

double EventAxis::toPosition(double coordinate, AxisUnit unit) const {
    if (unit == AxisUnit::Events || stepCoordinate_.size() < 2)
        return coordinate;
    if (coordinate <= 0.0)
        return coordinate;
    if (coordinate >= stepCoordinate_.back())
        return eventCount_ + (coordinate - stepCoordinate_.back());
    const auto above = std::upper_bound(stepCoordinate_.begin(), stepCoordinate_.end(), coordinate);
    const auto index = static_cast<std::size_t>(above - stepCoordinate_.begin());
    const double low = stepCoordinate_[index - 1];
    const double high = stepCoordinate_[index];
    return static_cast<double>(index - 1) + (coordinate - low) / (high - low);
}

double EventAxis::axisEnd(AxisUnit unit) const {
    return unit == AxisUnit::Events ? static_cast<double>(eventCount_)
                                    : static_cast<double>(slots_.size());
}

std::size_t EventAxis::slotOfEvent(std::uint32_t seq) const {
    return slotOfEvent_.at(seq - 1);
}

} // namespace wdflc::plot
