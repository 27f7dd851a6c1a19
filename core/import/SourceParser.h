#pragma once

#include "import/SourceModel.h"

#include <filesystem>
#include <string>

namespace wdflc::import {

struct ParseOptions {
    unsigned threads = 2; // translation units parsed at once
};

// Reads every .c/.cpp/.h file under `directory` and parses it with libclang,
// the framework's names force-included (framework/WdfNames.h). Headers that are
// not in the directory parse as empty, SAL annotations are defined empty and
// unknown role typedefs are declared, so that a driver parses without the
// WDK; what was done is listed in the result. Throws std::runtime_error only
// when the directory cannot be read.
SourceCorpus parseDriverSources(const std::filesystem::path& directory,
                                const ParseOptions& options = {});

// The force-included declaration file, as embedded in the build.
const std::string& frameworkNamesText();

} // namespace wdflc::import
