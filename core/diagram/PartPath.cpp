#include "diagram/PartPath.h"

namespace wdflc::diagram {

std::string partPath(const std::string& path, std::size_t index) {
    if (index == 0)
        return path;
    std::size_t slash = path.find_last_of('/');
    std::size_t nameStart = slash == std::string::npos ? 0 : slash + 1;
    std::size_t dot = path.find_last_of('.');
    // A leading dot starts a hidden name, not an extension.
    bool hasExtension = dot != std::string::npos && dot > nameStart;
    std::string suffix = "-" + std::to_string(index + 1);
    if (!hasExtension)
        return path + suffix;
    return path.substr(0, dot) + suffix + path.substr(dot);
}

} // namespace wdflc::diagram
