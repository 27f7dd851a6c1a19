#pragma once

#include "model/Scenario.h"
#include "trace/ReferenceLedger.h"
#include "trace/Trace.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace wdflc {

struct SimulationOptions {
    // Permute the order among siblings from this seed. The framework walks
    // children in creation order, but the documentation promises no order:
    // a shuffled run shows which orders hold in every run.
    std::optional<std::uint64_t> shuffleSeed;
    // Stop (with Simulation::eventLimitReached()) once the trace holds this many events.
    std::uint64_t maxEvents = 200'000'000;
    // Keep Trace::stateChanges (what TimelineIndex needs to show any position).
    // Front ends that only print the events can skip it.
    bool recordStates = true;
};

class Engine;

// Runs a loaded scenario through the framework's object life cycle
// (semantics.md) and records the trace. The constructor creates the
// scenario's `objects` (step -1); step() then processes one step at a time,
// and the step after the last one is the end of the scenario.
//
//     Simulation sim(scenario);
//     sim.runToEnd();
//     const Trace& trace = sim.trace();
class Simulation {
public:
    explicit Simulation(std::shared_ptr<const Scenario> scenario, SimulationOptions options = {});
    ~Simulation();
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    // True once the end-of-scenario processing ran, a fatal diagnostic
    // halted the run, or the event limit was reached.
    bool atEnd() const;
    // Index of the step the next call to step() processes; steps().size() means
    // the end of the scenario.
    std::size_t nextStep() const;
    void step();
    void runToEnd();

    bool eventLimitReached() const;
    const Trace& trace() const;
    // Moves the trace out; the simulation is finished afterwards.
    Trace takeTrace();

    // Live state, as of the last event.
    const ObjectSnapshot& object(ObjectId id) const;
    Irql currentIrql() const;
    std::size_t deferredQueueLength() const;
    // The driver's references on an object (outstanding tags, newest 25
    // operations); null when the driver never referenced it.
    const ReferenceLedger* references(ObjectId id) const;

private:
    std::unique_ptr<Engine> engine_;
};

// Convenience: run a whole scenario.
Trace simulate(std::shared_ptr<const Scenario> scenario, SimulationOptions options = {});

} // namespace wdflc
