#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wdflc {

// The JSON path of each declaration ("objects[3]", "steps[2]"), kept for
// error messages only: one shared buffer instead of a string per object.
class PathTable {
public:
    void reserve(std::size_t count) { ends_.reserve(count); }
    void add(std::string_view path) {
        text_ += path;
        ends_.push_back(text_.size());
    }
    std::string operator[](std::size_t index) const {
        const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
        return text_.substr(begin, ends_[index] - begin);
    }

private:
    std::string text_;
    std::vector<std::size_t> ends_;
};

} // namespace wdflc
