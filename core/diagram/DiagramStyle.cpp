#include "diagram/DiagramStyle.h"

#include <array>

namespace wdflc::diagram {
namespace {

// Colours of the studio: blue for driver calls, green for callbacks, amber
// for deferred work, red for errors.
constexpr std::array<Paint, 27> kPaints{{
    /* Page           */ {0xFFFFFF, true, 0, 0, false, 12, false},
    /* Title          */ {0x1B1F24, true, 0, 0, false, 16, true},
    /* PageNumber     */ {0x6A737D, true, 0, 0, false, 10, false},
    /* ThreadHeader   */ {0xECEFF1, true, 0x546E7A, 1.2, false, 12, false},
    /* ObjectHeader   */ {0xE3F2FD, true, 0x1565C0, 1.2, false, 12, false},
    /* HeaderTitle    */ {0x1B1F24, true, 0, 0, false, 12.5, true},
    /* HeaderSubtitle */ {0x455A64, true, 0, 0, false, 10, false},
    /* Lifeline       */ {0, false, 0x90A4AE, 1, true, 12, false},
    /* CallLine       */ {0x1565C0, true, 0x1565C0, 1.3, false, 12, false},
    /* CallbackLine   */ {0x2E7D32, true, 0x2E7D32, 1.6, false, 12, false},
    /* QuietLine      */ {0x78909C, true, 0x78909C, 1, true, 12, false},
    /* AsyncLine      */ {0xEF6C00, true, 0xEF6C00, 1.3, true, 12, false},
    /* MessageText    */ {0x1B1F24, true, 0, 0, false, 12, false},
    /* CallbackText   */ {0x1B5E20, true, 0, 0, false, 12, true},
    /* DetailText     */ {0x546E7A, true, 0, 0, false, 10.5, false},
    /* NumberBadge    */ {0x37474F, true, 0, 0, false, 12, false},
    /* NumberText     */ {0xFFFFFF, true, 0, 0, false, 9.5, true},
    /* WarningNote    */ {0xFFF8E1, true, 0xF9A825, 1, false, 12, false},
    /* ErrorNote      */ {0xFFEBEE, true, 0xC62828, 1, false, 12, false},
    /* NoteTitle      */ {0x1B1F24, true, 0, 0, false, 11.5, true},
    /* NoteText       */ {0x37474F, true, 0, 0, false, 11, false},
    /* GroupFrame     */ {0xFFF3E0, true, 0xEF6C00, 1, false, 12, false},
    /* GroupTab       */ {0xFFE0B2, true, 0xEF6C00, 1, false, 12, false},
    /* GroupLabel     */ {0x8D4A00, true, 0, 0, false, 10.5, true},
    /* BlockedSpan    */ {0xFFCDD2, true, 0xC62828, 1, false, 12, false},
    /* BlockedLabel   */ {0xB71C1C, true, 0, 0, false, 10, true},
    /* FreedCross     */ {0, false, 0xC62828, 2, false, 12, false},
}};

} // namespace

const Paint& paintFor(ShapeStyle style) {
    return kPaints[static_cast<std::size_t>(style)];
}

} // namespace wdflc::diagram
