#include "io/VisibleText.h"

#include <cstdio>

namespace wdflc {
namespace {

void appendCodePoint(std::string& out, unsigned codePoint) {
    char written[16];
    std::snprintf(written, sizeof written, "<U+%04X>", codePoint);
    out += written;
}

} // namespace

std::string visibleText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 || byte == 0x7F) {
            appendCodePoint(out, byte);
        } else if (byte == 0xC2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            appendCodePoint(out, static_cast<unsigned char>(text[++i]));
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace wdflc
