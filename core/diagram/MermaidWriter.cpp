#include "diagram/MermaidWriter.h"

#include "diagram/DiagramOptions.h"
#include "diagram/RowDirectives.h"
#include "diagram/TextEscape.h"

namespace wdflc::diagram {
namespace {

// Room kept in a block for the lines that close it and for the page title.
constexpr std::size_t kClosingReserve = 2'000;

std::string arrow(MessageStyle style) {
    switch (style) {
    case MessageStyle::Call:
    case MessageStyle::Callback:
    case MessageStyle::Create:
        return "->>";
    case MessageStyle::Quiet:
        return "-->>";
    case MessageStyle::Async:
        return "-)";
    case MessageStyle::Free:
        return "-x";
    }
    return "->>";
}

class Writer {
public:
    Writer(const SequenceDiagram& diagram, const MermaidOptions& options)
        : diagram_(diagram), options_(options), directives_(diagram) {}

    std::vector<std::string> write() {
        std::vector<std::size_t> starts = split();
        std::vector<std::string> blocks;
        for (std::size_t block = 0; block < starts.size(); ++block) {
            std::size_t end = block + 1 < starts.size() ? starts[block + 1] : diagram_.rows.size();
            blocks.push_back(writeBlock(starts[block], end, block, starts.size()));
        }
        return blocks;
    }

private:
    std::string participant(std::size_t index) const {
        const Lifeline& lifeline = diagram_.lifelines[index];
        std::string name = escapeMermaid(lifeline.title);
        if (!lifeline.subtitle.empty())
            name += "<br/>" + escapeMermaid(lifeline.subtitle);
        return "participant " + lifeline.alias + " as " + name + "\n";
    }

    std::string header(std::size_t first, std::size_t block, std::size_t blocks) const {
        std::string out = "sequenceDiagram\n";
        std::string title = diagram_.title;
        if (blocks > 1) {
            std::string pageText =
                substitute(diagram_.pageOfLabel, std::to_string(block + 1), std::to_string(blocks));
            title = title.empty() ? pageText : title + " (" + pageText + ")";
        }
        if (!title.empty())
            out += "    title " + escapeMermaid(title) + "\n";
        if (diagram_.numbered) {
            for (std::size_t row = first; row < diagram_.rows.size(); ++row) {
                if (diagram_.rows[row].kind == RowKind::Message) {
                    out += "    autonumber " + std::to_string(diagram_.rows[row].number) + "\n";
                    break;
                }
            }
        }
        for (std::size_t lifeline : directives_.lifelinesAliveAt(first))
            out += "    " + participant(lifeline);
        for (std::size_t span : directives_.spansOpenAt(first))
            out += "    activate " + diagram_.lifelines[diagram_.spans[span].lifeline].alias + "\n";
        for (std::size_t group : directives_.groupsOpenAt(first))
            out += "    loop " + escapeMermaid(diagram_.groups[group].label) + "\n";
        return out;
    }

    std::string rowLines(std::size_t index) const {
        const Row& row = diagram_.rows[index];
        std::string out;
        for (std::size_t group : directives_.groupsStarting(index))
            out += "    loop " + escapeMermaid(diagram_.groups[group].label) + "\n";
        for (std::size_t lifeline : directives_.created(index))
            out += "    create " + participant(lifeline);
        for (std::size_t lifeline : directives_.freed(index))
            out += "    destroy " + diagram_.lifelines[lifeline].alias + "\n";
        const std::string& from = diagram_.lifelines[row.from].alias;
        const std::string& to = diagram_.lifelines[row.to].alias;
        std::string text = escapeMermaid(row.text);
        if (!row.detail.empty())
            text += "<br/>" + escapeMermaid(row.detail);
        if (row.kind == RowKind::Note)
            out += "    Note over " + from + ": " + text + "\n";
        else
            out += "    " + from + arrow(row.style) + to + ": " + text + "\n";
        for (std::size_t span : directives_.spansStarting(index))
            out += "    activate " + diagram_.lifelines[diagram_.spans[span].lifeline].alias + "\n";
        for (std::size_t span : directives_.spansEnding(index))
            out +=
                "    deactivate " + diagram_.lifelines[diagram_.spans[span].lifeline].alias + "\n";
        for (std::size_t i = 0; i < directives_.groupsEnding(index).size(); ++i)
            out += "    end\n";
        return out;
    }

    // Greedy: as many rows as fit under both limits, at least one per block.
    std::vector<std::size_t> split() const {
        std::vector<std::size_t> starts{0};
        std::size_t characters = header(0, 0, 2).size();
        std::size_t messages = 0;
        for (std::size_t row = 0; row < diagram_.rows.size(); ++row) {
            std::size_t size = rowLines(row).size();
            bool message = diagram_.rows[row].kind == RowKind::Message;
            bool full = characters + size + kClosingReserve >= options_.maxBlockCharacters ||
                        (message && messages + 1 >= options_.maxBlockMessages);
            if (full && row > starts.back()) {
                starts.push_back(row);
                characters = header(row, 0, 2).size();
                messages = 0;
            }
            characters += size;
            messages += message ? 1 : 0;
        }
        return starts;
    }

    std::string writeBlock(std::size_t first, std::size_t end, std::size_t block,
                           std::size_t blocks) const {
        std::string out = header(first, block, blocks);
        for (std::size_t row = first; row < end; ++row)
            out += rowLines(row);
        // Close what continues in the next block: groups inside out, then activations.
        for (std::size_t i = 0; i < directives_.groupsOpenAt(end).size(); ++i)
            out += "    end\n";
        if (end < diagram_.rows.size())
            for (std::size_t span : directives_.spansOpenAt(end))
                out += "    deactivate " + diagram_.lifelines[diagram_.spans[span].lifeline].alias +
                       "\n";
        return out;
    }

    const SequenceDiagram& diagram_;
    const MermaidOptions& options_;
    RowDirectives directives_;
};

} // namespace

std::vector<std::string> writeMermaidBlocks(const SequenceDiagram& diagram,
                                            const MermaidOptions& options) {
    return Writer(diagram, options).write();
}

std::string escapeMarkdown(std::string_view text) {
    constexpr std::string_view kPunctuation = "\\`*_{}[]()<>#+-.!|~&\"'";
    std::string out;
    for (char c : singleLine(text)) {
        if (kPunctuation.find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

std::string writeMermaidMarkdown(const SequenceDiagram& diagram, const MermaidOptions& options) {
    std::vector<std::string> blocks = writeMermaidBlocks(diagram, options);
    std::string out;
    if (!diagram.title.empty())
        out += "# " + escapeMarkdown(diagram.title) + "\n\n";
    for (std::size_t block = 0; block < blocks.size(); ++block) {
        if (blocks.size() > 1)
            out += "## " +
                   escapeMarkdown(substitute(diagram.pageOfLabel, std::to_string(block + 1),
                                             std::to_string(blocks.size()))) +
                   "\n\n";
        out += "```mermaid\n" + blocks[block] + "```\n\n";
    }
    if (!out.empty())
        out.pop_back(); // one newline at the end of the file
    return out;
}

} // namespace wdflc::diagram
