#include "diagram/RowDirectives.h"

namespace wdflc::diagram {

RowDirectives::RowDirectives(const SequenceDiagram& diagram) : diagram_(diagram) {
    std::size_t rows = diagram.rows.size();
    for (PerRow* table :
         {&groupsStarting_, &groupsEnding_, &spansStarting_, &spansEnding_, &created_, &freed_})
        table->resize(rows);
    for (std::size_t i = 0; i < diagram.groups.size(); ++i) {
        groupsStarting_[diagram.groups[i].firstRow].push_back(i);
        groupsEnding_[diagram.groups[i].lastRow].push_back(i);
    }
    for (std::size_t i = 0; i < diagram.spans.size(); ++i) {
        spansStarting_[diagram.spans[i].firstRow].push_back(i);
        spansEnding_[diagram.spans[i].lastRow].push_back(i);
    }
    for (std::size_t i = 0; i < diagram.lifelines.size(); ++i) {
        const Lifeline& lifeline = diagram.lifelines[i];
        if (lifeline.createdAtRow != kNoRow)
            created_[lifeline.createdAtRow].push_back(i);
        if (lifeline.freedAtRow != kNoRow)
            freed_[lifeline.freedAtRow].push_back(i);
    }
}

std::vector<std::size_t> RowDirectives::groupsOpenAt(std::size_t row) const {
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < diagram_.groups.size(); ++i)
        if (diagram_.groups[i].firstRow < row && diagram_.groups[i].lastRow >= row)
            open.push_back(i);
    return open;
}

std::vector<std::size_t> RowDirectives::spansOpenAt(std::size_t row) const {
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < diagram_.spans.size(); ++i)
        if (diagram_.spans[i].firstRow < row && diagram_.spans[i].lastRow >= row)
            open.push_back(i);
    return open;
}

std::vector<std::size_t> RowDirectives::lifelinesAliveAt(std::size_t row) const {
    std::vector<std::size_t> alive;
    for (std::size_t i = 0; i < diagram_.lifelines.size(); ++i) {
        const Lifeline& lifeline = diagram_.lifelines[i];
        bool created = lifeline.createdAtRow == kNoRow || lifeline.createdAtRow < row;
        bool freed = lifeline.freedAtRow != kNoRow && lifeline.freedAtRow < row;
        if (created && !freed)
            alive.push_back(i);
    }
    return alive;
}

} // namespace wdflc::diagram
