#include "diagram/PartPath.h"

namespace wdflc::diagram {

std::string partPath(const std::string& path, std::size_t index) {
    if (index == 0)
        return path;
    std::size_t slash = path.find_last_of('/');
    std::size_t dot = path.find_last_of('.');
    bool hasExtension = dot != std::string::npos && (slash == std::string::npos || dot > slash + 1);
    std::string suffix = "-" + std::to_string(index + 1);
    if (!hasExtension)
        return path + suffix;
    return path.substr(0, dot) + suffix + path.substr(dot);
}

} // namespace wdflc::diagram
