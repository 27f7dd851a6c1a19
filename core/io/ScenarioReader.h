#pragma once

#include "io/LoadResult.h"

#include <string>
#include <string_view>

namespace wdflc {

// Reads and checks a scenario (scenario-format.md, semantics.md 14.15).
// A scenario with any error is refused whole: no half-loaded result.
LoadResult readScenario(std::string_view json, const LoadOptions& options = {});

// Reads a file ("-" = standard input). I/O failures are reported as a problem
// with where = "" and set ioError.
LoadResult readScenarioFile(const std::string& path, const LoadOptions& options = {},
                            bool* ioError = nullptr);

} // namespace wdflc
