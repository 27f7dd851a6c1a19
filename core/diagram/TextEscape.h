#pragma once

#include <string>
#include <string_view>

namespace wdflc::diagram {

// Every text of a diagram comes from the scenario (title, ids, tags, context
// names) or from translations, so each writer passes it through the escape of
// its target: nothing a scenario holds can end a label or add syntax.

// Valid UTF-8 on one line: invalid bytes become U+FFFD, control characters
// (line breaks included) become spaces.
std::string singleLine(std::string_view text);

// Text and attribute content of XML 1.0.
std::string escapeXml(std::string_view text);

// A PlantUML label: creole markup, HTML-like tags, preprocessor and URL
// characters become numeric character references (&#NN;).
std::string escapePlantUml(std::string_view text);

// A Mermaid label: statement separators, entity starts, quotes, tags and the
// block keyword `end` become Mermaid entity codes (#NN;).
std::string escapeMermaid(std::string_view text);

// Number of code points, with East Asian wide characters counted twice and
// combining marks not at all: the display width in "average characters".
double displayColumns(std::string_view text);

} // namespace wdflc::diagram
