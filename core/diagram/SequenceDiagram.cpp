#include "diagram/SequenceDiagram.h"

#include <algorithm>

namespace wdflc::diagram {

std::size_t SequenceDiagram::messageCount() const {
    return static_cast<std::size_t>(std::count_if(
        rows.begin(), rows.end(), [](const Row& row) { return row.kind == RowKind::Message; }));
}

std::size_t SequenceDiagram::rowAtOrAfter(std::uint32_t seq) const {
    auto it = std::lower_bound(rows.begin(), rows.end(), seq,
                               [](const Row& row, std::uint32_t value) { return row.seq < value; });
    return it == rows.end() ? kNoRow : static_cast<std::size_t>(it - rows.begin());
}

std::string substitute(const std::string& pattern, std::string_view argument) {
    std::string result = pattern;
    if (auto at = result.find("%1"); at != std::string::npos)
        result.replace(at, 2, argument);
    return result;
}

std::string substitute(const std::string& pattern, std::string_view first,
                       std::string_view second) {
    std::string result = pattern;
    // Both markers are located before either is replaced, so an argument that
    // itself contains "%2" is never substituted again.
    auto at1 = result.find("%1");
    auto at2 = result.find("%2");
    if (at1 != std::string::npos && at2 != std::string::npos && at2 < at1) {
        result.replace(at1, 2, first);
        result.replace(at2, 2, second);
    } else {
        if (at2 != std::string::npos)
            result.replace(at2, 2, second);
        if (at1 != std::string::npos)
            result.replace(at1, 2, first);
    }
    return result;
}

} // namespace wdflc::diagram
