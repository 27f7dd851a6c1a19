#include "model/Irql.h"

namespace wdflc {

std::string_view irqlName(Irql irql) {
    switch (irql) {
    case Irql::Passive:
        return "PASSIVE_LEVEL";
    case Irql::Apc:
        return "APC_LEVEL";
    case Irql::Dispatch:
        return "DISPATCH_LEVEL";
    }
    return "PASSIVE_LEVEL";
}

std::optional<Irql> parseIrql(std::string_view name) {
    if (name == "PASSIVE_LEVEL")
        return Irql::Passive;
    if (name == "APC_LEVEL")
        return Irql::Apc;
    if (name == "DISPATCH_LEVEL")
        return Irql::Dispatch;
    return std::nullopt;
}

std::string_view threadName(ThreadKind thread) {
    switch (thread) {
    case ThreadKind::Driver:
        return "driver";
    case ThreadKind::Framework:
        return "framework";
    case ThreadKind::Worker:
        return "worker";
    }
    return "driver";
}

std::string_view frameworkName(Framework framework) {
    return framework == Framework::Kmdf ? "KMDF" : "UMDF";
}

} // namespace wdflc
