#pragma once

#include "model/Scenario.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace wdflc {

// One problem found while reading a scenario. `where` is either
// "LINE:COL" (syntax) or a JSON path such as "objects[3].parent".
struct LoadProblem {
    enum class Kind : std::uint8_t { Error, Warning } kind = Kind::Error;
    std::string where;
    std::string message;
    bool isLineColumn = false;

    // "FILE:LINE:COL: error: …" or "FILE: objects[3].parent: error: …"
    std::string format(const std::string& file) const;
};

struct LoadLimits {
    // 256 MiB holds a million objects with contexts; the parsed document takes
    // about ten times the file's size in memory, so this also bounds memory.
    std::uint64_t maxFileBytes = 256ull << 20;
    std::uint32_t maxDepth = 256;         // JSON nesting
    std::uint32_t maxObjects = 4'000'000; // declarations, all depths
    std::uint32_t maxSteps = 4'000'000;   // steps plus callback actions
};

struct LoadOptions {
    bool strict = false; // unknown keys are errors instead of warnings
    LoadLimits limits;
};

struct LoadResult {
    std::shared_ptr<const Scenario> scenario; // null when any error was found
    std::vector<LoadProblem> problems;        // errors and warnings, in file order

    bool ok() const { return scenario != nullptr; }
    bool hasErrors() const;
};

} // namespace wdflc
