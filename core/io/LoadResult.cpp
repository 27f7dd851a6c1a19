#include "io/LoadResult.h"

#include <algorithm>

namespace wdflc {

std::string LoadProblem::format(const std::string& file) const {
    const char* level = kind == Kind::Error ? "error" : "warning";
    if (where.empty())
        return file + ": " + level + ": " + message;
    if (isLineColumn)
        return file + ":" + where + ": " + level + ": " + message;
    return file + ": " + where + ": " + level + ": " + message;
}

bool LoadResult::hasErrors() const {
    return std::any_of(problems.begin(), problems.end(),
                       [](const LoadProblem& p) { return p.kind == LoadProblem::Kind::Error; });
}

} // namespace wdflc
