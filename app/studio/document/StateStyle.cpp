#include "document/StateStyle.h"

namespace studio {

QColor StateStyle::stateFill(wdflc::ObjectState state) {
    switch (state) {
    case wdflc::ObjectState::NotCreated:
        return QColor(0xf4, 0xf4, 0xf4);
    case wdflc::ObjectState::Alive:
        return QColor(0xe8, 0xf5, 0xe9);
    case wdflc::ObjectState::Queued:
    case wdflc::ObjectState::PartlyDisposed:
    case wdflc::ObjectState::DestroyQueued:
        return QColor(0xff, 0xf3, 0xc4);
    case wdflc::ObjectState::Disposing:
        return QColor(0xff, 0xe0, 0xb2);
    case wdflc::ObjectState::Disposed:
    case wdflc::ObjectState::Released:
        return QColor(0xe1, 0xd5, 0xf0);
    case wdflc::ObjectState::Freed:
        return QColor(0xdd, 0xdd, 0xdd);
    }
    return Qt::white;
}

QString StateStyle::stateText(wdflc::ObjectState state) {
    switch (state) {
    case wdflc::ObjectState::NotCreated:
        return tr("not created");
    case wdflc::ObjectState::Alive:
        return tr("alive");
    case wdflc::ObjectState::Queued:
        return tr("deletion queued");
    case wdflc::ObjectState::Disposing:
        return tr("cleaning up");
    case wdflc::ObjectState::PartlyDisposed:
        return tr("partly cleaned up");
    case wdflc::ObjectState::Disposed:
        return tr("cleaned up");
    case wdflc::ObjectState::Released:
        return tr("waiting for references");
    case wdflc::ObjectState::DestroyQueued:
        return tr("destroy queued");
    case wdflc::ObjectState::Freed:
        return tr("freed");
    }
    return {};
}

QColor StateStyle::phaseColor(wdflc::EventKind kind) {
    switch (kind) {
    case wdflc::EventKind::Created:
        return QColor(0x2e, 0x7d, 0x32);
    case wdflc::EventKind::Referenced:
    case wdflc::EventKind::Dereferenced:
        return QColor(0x19, 0x76, 0xd2);
    case wdflc::EventKind::DeleteRequested:
    case wdflc::EventKind::Cleanup:
        return QColor(0xef, 0x6c, 0x00);
    case wdflc::EventKind::Deferred:
        return QColor(0xf9, 0xa8, 0x25);
    case wdflc::EventKind::WaitForCallbacks:
        return QColor(0xfb, 0xc0, 0x2d);
    case wdflc::EventKind::Destroy:
        return QColor(0xc6, 0x28, 0x28);
    case wdflc::EventKind::Freed:
    case wdflc::EventKind::BufferFreed:
        return QColor(0x61, 0x61, 0x61);
    case wdflc::EventKind::Diagnostic:
        return diagnosticColor();
    case wdflc::EventKind::IrqlChanged:
        return QColor(0x45, 0x5a, 0x64);
    }
    return Qt::black;
}

QString StateStyle::phaseText(wdflc::EventKind kind) {
    switch (kind) {
    case wdflc::EventKind::Created:
        return tr("created");
    case wdflc::EventKind::Referenced:
        return tr("referenced");
    case wdflc::EventKind::Dereferenced:
        return tr("dereferenced");
    case wdflc::EventKind::DeleteRequested:
        return tr("deletion requested");
    case wdflc::EventKind::Cleanup:
        return tr("cleanup");
    case wdflc::EventKind::Deferred:
        return tr("deferred");
    case wdflc::EventKind::WaitForCallbacks:
        return tr("waiting");
    case wdflc::EventKind::Destroy:
        return tr("destroy");
    case wdflc::EventKind::Freed:
        return tr("freed");
    case wdflc::EventKind::BufferFreed:
        return tr("buffer freed");
    case wdflc::EventKind::Diagnostic:
        return tr("diagnostic");
    case wdflc::EventKind::IrqlChanged:
        return tr("IRQL changed");
    }
    return {};
}

} // namespace studio
