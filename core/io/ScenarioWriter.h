#pragma once

#include "model/Scenario.h"

#include <string>

namespace wdflc {

// Writes a scenario in the canonical layout: keys in the order of
// scenario-format.md, only what the scenario states (defaults stay implicit),
// two-space indentation, one object or step per line. Reading the output
// gives an equal Scenario, and writing that again gives the same bytes.
std::string writeScenario(const Scenario& scenario);

} // namespace wdflc
