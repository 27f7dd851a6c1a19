#pragma once

#include "io/LoadResult.h"

#include <memory>
#include <ostream>
#include <string>

namespace wdflc::cli {

// wdflc's exit codes, shared by every command.
enum ExitCode { kOk = 0, kErrorDiagnostics = 1, kInvalidInput = 2, kIoError = 3 };

struct ScenarioInput {
    std::shared_ptr<const Scenario> scenario; // null when it could not be loaded
    int exitCode = kOk;                       // kInvalidInput or kIoError when null
};

// Loads FILE ("-" = standard input) for a command, writing every problem to
// `err` as "FILE:LINE:COL: error: …" or "FILE: path: error: …".
ScenarioInput loadScenarioInput(const std::string& file, const LoadOptions& options,
                                std::ostream& err);

} // namespace wdflc::cli
