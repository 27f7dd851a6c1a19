#pragma once

#include "diagram/SequenceDiagram.h"

#include <vector>

namespace wdflc::diagram {

// What starts and ends at each row, so the text writers can open and close
// groups, activations and lifelines while walking the rows once, and reopen
// them at the top of every page.
class RowDirectives {
public:
    explicit RowDirectives(const SequenceDiagram& diagram);

    const std::vector<std::size_t>& groupsStarting(std::size_t row) const {
        return at(groupsStarting_, row);
    }
    const std::vector<std::size_t>& groupsEnding(std::size_t row) const {
        return at(groupsEnding_, row);
    }
    const std::vector<std::size_t>& spansStarting(std::size_t row) const {
        return at(spansStarting_, row);
    }
    const std::vector<std::size_t>& spansEnding(std::size_t row) const {
        return at(spansEnding_, row);
    }
    const std::vector<std::size_t>& created(std::size_t row) const { return at(created_, row); }
    const std::vector<std::size_t>& freed(std::size_t row) const { return at(freed_, row); }

    // Groups and spans that began before `row` and are still open at it.
    std::vector<std::size_t> groupsOpenAt(std::size_t row) const;
    std::vector<std::size_t> spansOpenAt(std::size_t row) const;
    // Lifelines that exist when `row` begins (created earlier, not freed earlier).
    std::vector<std::size_t> lifelinesAliveAt(std::size_t row) const;

private:
    using PerRow = std::vector<std::vector<std::size_t>>;
    static const std::vector<std::size_t>& at(const PerRow& table, std::size_t row) {
        return table[row];
    }

    const SequenceDiagram& diagram_;
    PerRow groupsStarting_, groupsEnding_, spansStarting_, spansEnding_, created_, freed_;
};

} // namespace wdflc::diagram
