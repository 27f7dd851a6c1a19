#pragma once

#include "import/Draft.h"
#include "model/Scenario.h"

#include <string>
#include <vector>

namespace wdflc::import {

// What format version 1 can hold of a draft: the objects it has a type and a
// valid place for (parents before children, the driver first), their
// contexts with cleanup/destroy bodies, `source` on every object and action,
// then the PnP removal of each device, EvtDriverUnload's calls and the unload.
struct ScenarioV1 {
    Scenario scenario;
    std::vector<std::string> leftOut; // "FILE:LINE id: why", for what v1 cannot hold
};

ScenarioV1 toScenarioV1(const Draft& draft, const std::string& title);

} // namespace wdflc::import
