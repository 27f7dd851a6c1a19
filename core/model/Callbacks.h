#pragma once

#include "model/ObjectType.h"

#include <string>
#include <string_view>

namespace wdflc {

// The event callbacks a version 2 body can belong to (scenario-format-v2.md
// section 4.1) and what the engine knows about each.
struct CallbackInfo {
    std::string_view name;
    ObjectType type;
    bool runnable;         // `run` / `beginCallback` may start it (format 5.2)
    bool alwaysRegistered; // the create call requires it (format 4.1)
    bool receivesRequest;  // `$request` is valid in its body (format 4.2)
    bool receivesFile;     // `$file` is valid in its body
    bool kmdfOnly;         // UMDF does not offer it
};

// The entry for `name` on `type`, or null when the type has no such callback.
const CallbackInfo* findCallback(ObjectType type, std::string_view name);
// The callback `run` and `beginCallback` start when they name none:
// EvtTimerFunc, EvtWorkItem, EvtDpcFunc or EvtInterruptIsr; empty for other types.
std::string_view mainCallback(ObjectType type);
// The names `type` has, comma-separated, for load messages.
std::string callbackNames(ObjectType type);

} // namespace wdflc
