#pragma once

#include <cstdint>
#include <string_view>

namespace wdflc::diagram {

// What a drawn piece is; the palette turns it into colours and fonts, so the
// SVG writer and the Qt painter draw the same picture.
enum class ShapeStyle : std::uint8_t {
    Page,
    Title,
    PageNumber,
    ThreadHeader,
    ObjectHeader,
    HeaderTitle,
    HeaderSubtitle,
    Lifeline,
    CallLine,
    CallbackLine,
    QuietLine,
    AsyncLine,
    MessageText,
    CallbackText,
    DetailText,
    NumberBadge,
    NumberText,
    WarningNote,
    ErrorNote,
    NoteTitle,
    NoteText,
    GroupFrame,
    GroupTab,
    GroupLabel,
    BlockedSpan,
    BlockedLabel,
    FreedCross,
};

struct Paint {
    std::uint32_t fill = 0; // 0xRRGGBB
    bool filled = false;
    std::uint32_t stroke = 0; // 0xRRGGBB
    double strokeWidth = 0;   // 0 = no outline
    bool dashed = false;
    double fontSize = 12; // px, for text
    bool bold = false;
};

const Paint& paintFor(ShapeStyle style);

// Fonts tried in order: Latin first, then Japanese and Thai coverage.
inline constexpr std::string_view kFontFamilies =
    "'DejaVu Sans', 'Noto Sans CJK JP', 'Loma', 'Garuda', sans-serif";

} // namespace wdflc::diagram
