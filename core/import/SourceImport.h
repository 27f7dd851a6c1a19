#pragma once

#include "import/Draft.h"
#include "import/ScenarioDraftV1.h"
#include "import/SourceParser.h"
#include "io/LoadResult.h"

#include <filesystem>
#include <string>
#include <vector>

// `wdflc import-source` and File → Import Driver Source…: a driver's source
// directory in, a draft scenario and its coverage report out.
namespace wdflc::import {

struct ImportResult {
    Draft draft;
    ScenarioV1 v1;
    std::string json;                  // the v1 file, as the scenario writer writes it
    std::vector<LoadProblem> problems; // the loader's word on `json`; empty when it loads
};

// Throws std::runtime_error when the directory cannot be read.
ImportResult importDriverSource(const std::filesystem::path& directory,
                                const ParseOptions& options = {});

// "38 of 41 creation sites placed; 3 unresolved"
std::string coverageLine(const Draft& draft);

// The whole coverage report, as `wdflc import-source --report` prints it.
std::string reportText(const ImportResult& result);

std::string_view parentSourceName(ParentSource source);

} // namespace wdflc::import
