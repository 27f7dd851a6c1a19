#pragma once

#include "diagram/SequenceDiagram.h"

#include <cstddef>
#include <string>
#include <vector>

namespace wdflc::diagram {

struct MermaidOptions {
    // Mermaid refuses larger diagrams (maxTextSize 50,000) and renders more
    // than a few hundred messages badly, so the diagram is cut into blocks.
    std::size_t maxBlockCharacters = 50'000;
    std::size_t maxBlockMessages = 500;
};

// Each element is a complete `sequenceDiagram` (one .mmd file), below both limits.
std::vector<std::string> writeMermaidBlocks(const SequenceDiagram& diagram,
                                            const MermaidOptions& options = {});

// A Markdown document: the title as a heading, then one fenced `mermaid`
// block per part, as GitHub renders them.
std::string writeMermaidMarkdown(const SequenceDiagram& diagram,
                                 const MermaidOptions& options = {});

// Backslash-escapes Markdown punctuation so a title stays plain text.
std::string escapeMarkdown(std::string_view text);

} // namespace wdflc::diagram
