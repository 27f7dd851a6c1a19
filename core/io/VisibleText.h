#pragma once

#include <string>
#include <string_view>

namespace wdflc {

// Text from a scenario (ids, tags, names, titles) is printed to terminals by
// `wdflc` and shown in messages: control characters in it must not reach a
// terminal raw (ESC starts escape sequences that recolour, move the cursor
// or retitle the window). Each C0 control (U+0000–U+001F, the tab and line
// breaks included), DEL (U+007F) and each C1 control (U+0080–U+009F, as
// UTF-8) becomes its code point written out: ESC is "<U+001B>". Everything
// else is kept byte for byte. Apply it to one line of output at a time.
std::string visibleText(std::string_view text);

} // namespace wdflc
