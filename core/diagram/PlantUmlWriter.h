#pragma once

#include "diagram/SequenceDiagram.h"

#include <string>

namespace wdflc::diagram {

struct PlantUmlOptions {
    // Estimated height of one rendered page; `newpage` splits before it
    // (PlantUML crops images above 4096 px).
    double maxPageHeight = 3400;
};

// A PlantUML sequence diagram (@startuml … @enduml), split with `newpage`.
std::string writePlantUml(const SequenceDiagram& diagram, const PlantUmlOptions& options = {});

} // namespace wdflc::diagram
