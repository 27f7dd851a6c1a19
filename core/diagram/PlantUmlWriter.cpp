#include "diagram/PlantUmlWriter.h"

#include "diagram/DiagramOptions.h"
#include "diagram/RowDirectives.h"
#include "diagram/TextEscape.h"

#include <algorithm>
#include <cmath>

namespace wdflc::diagram {
namespace {

// PlantUML wraps message text at this width (skinparam maxMessageSize).
constexpr double kMaxMessageWidth = 420;
constexpr double kAverageCharacterWidth = 7;
constexpr std::size_t kNoteColumns = 60;
// Rendered heights, measured on PlantUML 1.2020 output.
constexpr double kLineHeight = 16;
constexpr double kMessageBase = 16;
constexpr double kCreateExtra = 40;
constexpr double kSelfExtra = 14;
constexpr double kNoteBase = 18;
constexpr double kGroupExtra = 34;
constexpr double kPageChrome = 150; // title, participant boxes, margins

double wrappedLines(const std::string& text, double width) {
    if (text.empty())
        return 0;
    return std::max(1.0, std::ceil(displayColumns(text) * kAverageCharacterWidth / width));
}

// A note's text cut into lines at spaces, joined with PlantUML's "\n".
std::string noteText(const std::string& text) {
    std::string result;
    std::string line;
    std::string word;
    auto flushWord = [&] {
        if (!line.empty() && displayColumns(line) + 1 + displayColumns(word) > kNoteColumns) {
            result += escapePlantUml(line) + "\\n";
            line.clear();
        }
        line += line.empty() ? word : " " + word;
        word.clear();
    };
    for (char c : singleLine(text)) {
        if (c == ' ')
            flushWord();
        else
            word += c;
    }
    flushWord();
    return result + escapePlantUml(line);
}

std::string arrow(MessageStyle style) {
    switch (style) {
    case MessageStyle::Call:
    case MessageStyle::Create:
    case MessageStyle::Free: // the `destroy` that follows draws the cross
        return "->";
    case MessageStyle::Callback:
        return "-[#2E7D32]>";
    case MessageStyle::Quiet:
        return "-[#78909C]->";
    case MessageStyle::Async:
        return "-[#EF6C00]->>";
    }
    return "->";
}

class Writer {
public:
    Writer(const SequenceDiagram& diagram, const PlantUmlOptions& options)
        : diagram_(diagram), options_(options), directives_(diagram) {}

    std::string write() {
        std::vector<std::size_t> pageStarts = paginate();
        out_ += "@startuml\n";
        out_ +=
            "skinparam maxMessageSize " + std::to_string(static_cast<int>(kMaxMessageWidth)) + "\n";
        out_ += "skinparam shadowing false\n";
        out_ += "skinparam sequenceMessageAlign center\n";
        out_ += "hide footbox\n";
        // Many lifelines make a page wider than any page split can help;
        // PlantUML then scales the page down to stay under its 4096 px limit.
        out_ += "scale max 4000*4000\n";
        writePageTitle(0, pageStarts.size(), false);
        for (const Lifeline& lifeline : diagram_.lifelines) {
            std::string name = escapePlantUml(lifeline.title);
            if (!lifeline.subtitle.empty())
                name += "\\n" + escapePlantUml(lifeline.subtitle);
            out_ += "participant \"" + name + "\" as " + lifeline.alias +
                    (lifeline.kind == LifelineKind::Object ? " #E3F2FD" : " #ECEFF1") + "\n";
        }
        if (diagram_.numbered)
            out_ += "autonumber\n";
        for (std::size_t page = 0; page < pageStarts.size(); ++page) {
            std::size_t first = pageStarts[page];
            std::size_t end =
                page + 1 < pageStarts.size() ? pageStarts[page + 1] : diagram_.rows.size();
            if (page > 0) {
                writePageTitle(page, pageStarts.size(), true);
                for (std::size_t span : directives_.spansOpenAt(first))
                    activate(span);
                for (std::size_t group : directives_.groupsOpenAt(first))
                    openGroup(group);
            }
            for (std::size_t row = first; row < end; ++row)
                writeRow(row);
            if (page + 1 < pageStarts.size()) {
                auto groups = directives_.groupsOpenAt(end);
                for (std::size_t i = 0; i < groups.size(); ++i)
                    out_ += "end\n";
                for (std::size_t span : directives_.spansOpenAt(end))
                    out_ += "deactivate " +
                            diagram_.lifelines[diagram_.spans[span].lifeline].alias + "\n";
            }
        }
        out_ += "@enduml\n";
        return std::move(out_);
    }

private:
    double rowHeight(std::size_t index) const {
        const Row& row = diagram_.rows[index];
        double height = 0;
        if (row.kind == RowKind::Note) {
            double columns = displayColumns(row.text) + displayColumns(row.detail) + kNoteColumns;
            height = kNoteBase + kLineHeight * std::ceil(columns / kNoteColumns);
        } else {
            double lines = wrappedLines((row.number ? "000 " : "") + row.text, kMaxMessageWidth) +
                           wrappedLines(row.detail, kMaxMessageWidth);
            height = kMessageBase + kLineHeight * lines;
            if (row.style == MessageStyle::Create)
                height += kCreateExtra;
            if (row.isSelf())
                height += kSelfExtra;
        }
        height += kGroupExtra * static_cast<double>(directives_.groupsStarting(index).size());
        return height;
    }

    std::vector<std::size_t> paginate() const {
        std::vector<std::size_t> starts{0};
        double budget = options_.maxPageHeight - kPageChrome;
        double used = 0;
        for (std::size_t row = 0; row < diagram_.rows.size(); ++row) {
            double height = rowHeight(row);
            if (used > 0 && used + height > budget) {
                starts.push_back(row);
                // Groups reopened at the top of the page take their header again.
                used = kGroupExtra * static_cast<double>(directives_.groupsOpenAt(row).size());
            }
            used += height;
        }
        return starts;
    }

    void writePageTitle(std::size_t page, std::size_t pages, bool newPage) {
        std::string title = diagram_.title;
        if (pages > 1) {
            std::string pageText =
                substitute(diagram_.pageOfLabel, std::to_string(page + 1), std::to_string(pages));
            title = title.empty() ? pageText : title + " (" + pageText + ")";
        }
        if (newPage)
            out_ += title.empty() ? "newpage\n" : "newpage " + escapePlantUml(title) + "\n";
        else if (!title.empty())
            out_ += "title " + escapePlantUml(title) + "\n";
    }

    void openGroup(std::size_t group) {
        out_ += "group " + escapePlantUml(diagram_.groups[group].label) + "\n";
    }

    void activate(std::size_t span) {
        out_ +=
            "activate " + diagram_.lifelines[diagram_.spans[span].lifeline].alias + " #FFCDD2\n";
    }

    void writeRow(std::size_t index) {
        const Row& row = diagram_.rows[index];
        for (std::size_t group : directives_.groupsStarting(index))
            openGroup(group);
        for (std::size_t lifeline : directives_.created(index))
            out_ += "create " + diagram_.lifelines[lifeline].alias + "\n";
        const std::string& from = diagram_.lifelines[row.from].alias;
        const std::string& to = diagram_.lifelines[row.to].alias;
        if (row.kind == RowKind::Note) {
            std::string text = noteText(row.text);
            if (!row.detail.empty())
                text += "\\n" + noteText(row.detail);
            out_ += "note over " + from + (row.tone == NoteTone::Error ? " #FFEBEE" : " #FFF8E1") +
                    " : " + text + "\n";
        } else {
            std::string text = escapePlantUml(row.text);
            if (!row.detail.empty())
                text += "\\n" + escapePlantUml(row.detail);
            out_ += from + " " + arrow(row.style) + " " + to + " : " + text + "\n";
        }
        for (std::size_t lifeline : directives_.freed(index))
            out_ += "destroy " + diagram_.lifelines[lifeline].alias + "\n";
        for (std::size_t span : directives_.spansStarting(index))
            activate(span);
        for (std::size_t span : directives_.spansEnding(index))
            out_ += "deactivate " + diagram_.lifelines[diagram_.spans[span].lifeline].alias + "\n";
        for (std::size_t i = 0; i < directives_.groupsEnding(index).size(); ++i)
            out_ += "end\n";
    }

    const SequenceDiagram& diagram_;
    const PlantUmlOptions& options_;
    RowDirectives directives_;
    std::string out_;
};

} // namespace

std::string writePlantUml(const SequenceDiagram& diagram, const PlantUmlOptions& options) {
    return Writer(diagram, options).write();
}

} // namespace wdflc::diagram
