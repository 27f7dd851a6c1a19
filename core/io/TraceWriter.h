#pragma once

#include "trace/Trace.h"

#include <ostream>
#include <string>

namespace wdflc {

// One JSON object per line, keys in the contract's order.
void writeTraceJsonLines(const Trace& trace, std::ostream& out);
std::string eventJson(const Trace& trace, std::uint32_t seq);
void appendEventJson(std::string& out, const Trace& trace, std::uint32_t seq);

// One readable line per event (free wording, English).
void writeTraceText(const Trace& trace, std::ostream& out);
std::string eventText(const Trace& trace, std::uint32_t seq);

} // namespace wdflc
