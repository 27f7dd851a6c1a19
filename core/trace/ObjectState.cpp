#include "trace/ObjectState.h"

namespace wdflc {

std::string_view objectStateName(ObjectState state) {
    switch (state) {
    case ObjectState::NotCreated:
        return "not-created";
    case ObjectState::Alive:
        return "alive";
    case ObjectState::Queued:
        return "queued";
    case ObjectState::Disposing:
        return "disposing";
    case ObjectState::PartlyDisposed:
        return "partly-disposed";
    case ObjectState::Disposed:
        return "disposed";
    case ObjectState::Released:
        return "released";
    case ObjectState::DestroyQueued:
        return "destroy-queued";
    case ObjectState::Freed:
        return "freed";
    }
    return "alive";
}

std::string_view frameworkStateName(const ObjectSnapshot& snapshot) {
    switch (snapshot.state) {
    case ObjectState::NotCreated:
        return "";
    case ObjectState::Alive:
        return "FxObjectStateCreated";
    case ObjectState::Queued:
        return "FxObjectStateDeferedDeleting";
    case ObjectState::Disposing:
        // The root of a deletion disposes itself; a descendant is disposed by its parent's walk.
        return snapshot.deletionRoot ? "FxObjectStateDeletedDisposing"
                                     : "FxObjectStateDisposingDisposeChildren";
    case ObjectState::PartlyDisposed:
        return "FxObjectStateDeferedDisposing";
    case ObjectState::Disposed:
        return "FxObjectStateDisposed";
    case ObjectState::Released:
        return "FxObjectStateDeletedAndDisposed";
    case ObjectState::DestroyQueued:
        return "FxObjectStateDeferedDestroy";
    case ObjectState::Freed:
        return "FxObjectStateDestroyed";
    }
    return "";
}

} // namespace wdflc
