#pragma once

#include "diagram/DiagramOptions.h"
#include "diagram/SequenceDiagram.h"
#include "trace/Trace.h"

namespace wdflc::diagram {

// Turns a trace into a sequence diagram: lifelines for the driver thread, the
// framework, the worker and each participating object (tree order); one row
// per kept event; worker runs as groups; waits as blocked spans.
SequenceDiagram buildSequenceDiagram(const Trace& trace, const DiagramOptions& options = {},
                                     const DiagramLabels& labels = {});

} // namespace wdflc::diagram
