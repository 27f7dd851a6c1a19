#include "engine/Simulation.h"

#include "engine/Engine.h"

namespace wdflc {

Simulation::Simulation(std::shared_ptr<const Scenario> scenario, SimulationOptions options)
    : engine_(std::make_unique<Engine>(std::move(scenario), options)) {}

Simulation::~Simulation() = default;

bool Simulation::atEnd() const {
    return engine_->atEnd();
}
std::size_t Simulation::nextStep() const {
    return engine_->nextStep();
}
void Simulation::step() {
    engine_->step();
}

void Simulation::runToEnd() {
    while (!engine_->atEnd())
        engine_->step();
}

bool Simulation::eventLimitReached() const {
    return engine_->eventLimitReached();
}
const Trace& Simulation::trace() const {
    return engine_->trace();
}
Trace Simulation::takeTrace() {
    return std::move(engine_->trace());
}
const ObjectSnapshot& Simulation::object(ObjectId id) const {
    return engine_->snapshot(id);
}
Irql Simulation::currentIrql() const {
    return engine_->currentIrql();
}
std::size_t Simulation::deferredQueueLength() const {
    return engine_->queueLength();
}
const ReferenceLedger* Simulation::references(ObjectId id) const {
    return engine_->references(id);
}

Trace simulate(std::shared_ptr<const Scenario> scenario, SimulationOptions options) {
    Simulation simulation(std::move(scenario), options);
    simulation.runToEnd();
    return simulation.takeTrace();
}

} // namespace wdflc
