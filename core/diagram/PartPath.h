#pragma once

#include <cstddef>
#include <string>

namespace wdflc::diagram {

// Where part `index` (0-based) of a multi-part export goes: the first part at
// `path` itself, the next ones beside it as "name-2.ext", "name-3.ext", …
std::string partPath(const std::string& path, std::size_t index);

} // namespace wdflc::diagram
