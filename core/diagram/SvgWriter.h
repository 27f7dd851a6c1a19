#pragma once

#include "diagram/DiagramLayout.h"
#include "diagram/SequenceDiagram.h"

#include <string>
#include <vector>

namespace wdflc::diagram {

// One standalone SVG document per page of the layout.
std::string writeSvgPage(const SequenceDiagram& diagram, const DiagramLayout& layout,
                         std::size_t page, const std::string& title);

// Lays the diagram out (estimated text widths) and writes every page.
std::vector<std::string> writeSvg(const SequenceDiagram& diagram,
                                  const LayoutOptions& options = {});

} // namespace wdflc::diagram
