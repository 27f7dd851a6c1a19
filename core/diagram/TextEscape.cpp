#include "diagram/TextEscape.h"

#include <cstdint>
#include <cstdio>
#include <vector>

namespace wdflc::diagram {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes UTF-8; invalid or overlong sequences and surrogates yield U+FFFD.
std::vector<char32_t> decode(std::string_view text) {
    std::vector<char32_t> result;
    result.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        auto byte = static_cast<unsigned char>(text[i]);
        int length = byte < 0x80           ? 1
                     : (byte >> 5) == 0x6  ? 2
                     : (byte >> 4) == 0xE  ? 3
                     : (byte >> 3) == 0x1E ? 4
                                           : 0;
        if (length == 0 || i + length > text.size()) {
            result.push_back(kReplacement);
            ++i;
            continue;
        }
        char32_t code = length == 1 ? byte : byte & (0x7F >> length);
        bool valid = true;
        for (int k = 1; k < length; ++k) {
            auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) {
                valid = false;
                break;
            }
            code = (code << 6) | (next & 0x3F);
        }
        constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (!valid || code < kMinimum[length] || code > 0x10FFFF ||
            (code >= 0xD800 && code <= 0xDFFF)) {
            result.push_back(kReplacement);
            ++i;
            continue;
        }
        result.push_back(code);
        i += static_cast<std::size_t>(length);
    }
    return result;
}

void appendUtf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

bool isControl(char32_t code) {
    return code < 0x20 || code == 0x7F || (code >= 0x80 && code < 0xA0) || code == 0x2028 ||
           code == 0x2029 || code == 0xFFFE || code == 0xFFFF;
}

std::vector<char32_t> cleanCodes(std::string_view text) {
    auto codes = decode(text);
    for (char32_t& code : codes)
        if (isControl(code))
            code = U' ';
    return codes;
}

bool isWordCharacter(char32_t code) {
    return (code >= U'a' && code <= U'z') || (code >= U'A' && code <= U'Z') ||
           (code >= U'0' && code <= U'9') || code == U'_';
}

char32_t lower(char32_t code) {
    return code >= U'A' && code <= U'Z' ? code + 32 : code;
}

// True when codes[i..i+2] is the word "end" (any case) standing alone.
bool isEndKeyword(const std::vector<char32_t>& codes, std::size_t i) {
    if (i + 3 > codes.size() || lower(codes[i]) != U'e' || lower(codes[i + 1]) != U'n' ||
        lower(codes[i + 2]) != U'd')
        return false;
    bool startsWord = i == 0 || !isWordCharacter(codes[i - 1]);
    bool endsWord = i + 3 == codes.size() || !isWordCharacter(codes[i + 3]);
    return startsWord && endsWord;
}

} // namespace

std::string singleLine(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t code : cleanCodes(text))
        appendUtf8(out, code);
    return out;
}

std::string escapeXml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char32_t code : cleanCodes(text)) {
        switch (code) {
        case U'&':
            out += "&amp;";
            break;
        case U'<':
            out += "&lt;";
            break;
        case U'>':
            out += "&gt;";
            break;
        case U'"':
            out += "&quot;";
            break;
        case U'\'':
            out += "&apos;";
            break;
        default:
            appendUtf8(out, code);
        }
    }
    return out;
}

std::string escapePlantUml(std::string_view text) {
    constexpr std::u32string_view kAlways = U"<>[]{}|\\\"'*~^#$%!&;=@`";
    constexpr std::u32string_view kWhenDoubled = U"-/_.+";
    auto codes = cleanCodes(text);
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < codes.size(); ++i) {
        char32_t code = codes[i];
        bool doubled =
            kWhenDoubled.find(code) != std::u32string_view::npos &&
            ((i > 0 && codes[i - 1] == code) || (i + 1 < codes.size() && codes[i + 1] == code));
        if (code == U'\\' || code == U'$') {
            // PlantUML feeds decoded &#NN; text to a regex replacement, where
            // these two throw; its <U+XXXX> form takes another path.
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "<U+%04X>", static_cast<unsigned>(code));
            out += buffer;
        } else if (kAlways.find(code) != std::u32string_view::npos || doubled) {
            out += "&#" + std::to_string(static_cast<std::uint32_t>(code)) + ";";
        } else {
            appendUtf8(out, code);
        }
    }
    return out;
}

std::string escapeMermaid(std::string_view text) {
    constexpr std::u32string_view kAlways = U";#\"'<>{}%`\\&|";
    auto codes = cleanCodes(text);
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < codes.size(); ++i) {
        char32_t code = codes[i];
        if (kAlways.find(code) != std::u32string_view::npos || isEndKeyword(codes, i))
            out += "#" + std::to_string(static_cast<std::uint32_t>(code)) + ";";
        else
            appendUtf8(out, code);
    }
    return out;
}

double displayColumns(std::string_view text) {
    double columns = 0;
    for (char32_t code : decode(text)) {
        bool combining = (code >= 0x0300 && code <= 0x036F) || code == 0x0E31 ||
                         (code >= 0x0E34 && code <= 0x0E3A) || (code >= 0x0E47 && code <= 0x0E4E);
        bool wide = (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF) ||
                    (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) ||
                    (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) ||
                    (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x20000 && code <= 0x3FFFD);
        if (!combining)
            columns += wide ? 2.0 : 1.0;
    }
    return columns;
}

} // namespace wdflc::diagram
