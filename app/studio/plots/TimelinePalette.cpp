#include "TimelinePalette.h"

#include <array>

namespace studio::plots {

using wdflc::plot::LifetimePhase;
using wdflc::plot::LifetimeTick;

QColor phaseColor(LifetimePhase phase) {
    switch (phase) {
    case LifetimePhase::Alive:
        return QColor(0x4e, 0x79, 0xa7);
    case LifetimePhase::DeletionRequested:
        return QColor(0xf2, 0x8e, 0x2b);
    case LifetimePhase::CleanedUp:
        return QColor(0x59, 0xa1, 0x4f);
    case LifetimePhase::WaitingForDestroy:
        return QColor(0xb0, 0x7a, 0xa1);
    case LifetimePhase::DestroyQueued:
        return QColor(0x9c, 0x75, 0x5f);
    }
    return Qt::gray;
}

QColor tickColor(LifetimeTick::Kind kind) {
    switch (kind) {
    case LifetimeTick::Kind::CleanupCallback:
        return QColor(0x1f, 0x3a, 0x93);
    case LifetimeTick::Kind::DestroyCallback:
        return QColor(0x20, 0x20, 0x20);
    case LifetimeTick::Kind::CleanupWithoutCallback:
    case LifetimeTick::Kind::DestroyWithoutCallback:
        return QColor(0xa0, 0xa0, 0xa0);
    case LifetimeTick::Kind::DeleteRequested:
        return QColor(0xb3, 0x5c, 0x00);
    case LifetimeTick::Kind::Deferred:
        return QColor(0xed, 0xc9, 0x48);
    case LifetimeTick::Kind::WaitForCallbacks:
        return QColor(0x76, 0xb7, 0xb2);
    case LifetimeTick::Kind::Warning:
        return QColor(0xe8, 0xa2, 0x02);
    case LifetimeTick::Kind::Error:
        return QColor(0xd6, 0x27, 0x28);
    }
    return Qt::black;
}

QColor irqlColor(wdflc::Irql irql) {
    switch (irql) {
    case wdflc::Irql::Passive:
        return QColor(0x8c, 0xd1, 0x7d);
    case wdflc::Irql::Apc:
        return QColor(0xf1, 0xce, 0x63);
    case wdflc::Irql::Dispatch:
        return QColor(0xe1, 0x57, 0x59);
    }
    return Qt::gray;
}

QColor seriesColor(int index) {
    static const std::array<QColor, 8> colors{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                              QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                              QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                                              QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
    return colors[static_cast<std::size_t>(index) % colors.size()];
}

QColor cursorColor() {
    return QColor(0xc0, 0x10, 0x10);
}

QColor selectionColor() {
    return QColor(0xff, 0xf1, 0xb8);
}

} // namespace studio::plots
