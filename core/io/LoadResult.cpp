#include "io/LoadResult.h"

#include "io/VisibleText.h"

#include <algorithm>

namespace wdflc {

std::string LoadProblem::format(const std::string& file) const {
    const char* level = kind == Kind::Error ? "error" : "warning";
    // Messages quote the file's own text (keys, ids): no control character
    // of it reaches a terminal raw.
    if (where.empty())
        return visibleText(file + ": " + level + ": " + message);
    if (isLineColumn)
        return visibleText(file + ":" + where + ": " + level + ": " + message);
    return visibleText(file + ": " + where + ": " + level + ": " + message);
}

bool LoadResult::hasErrors() const {
    return std::any_of(problems.begin(), problems.end(),
                       [](const LoadProblem& p) { return p.kind == LoadProblem::Kind::Error; });
}

} // namespace wdflc
