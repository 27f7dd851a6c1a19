#include "model/Callbacks.h"

#include <array>
#include <string>

namespace wdflc {
namespace {

using enum ObjectType;

// name, type, runnable, always registered, $request, $file, KMDF only
constexpr std::array<CallbackInfo, 40> kCallbacks{{
    {"EvtDriverUnload", Driver, false, false, false, false, false},
    {"EvtDevicePrepareHardware", Device, false, false, false, false, false},
    {"EvtDeviceReleaseHardware", Device, false, false, false, false, false},
    {"EvtDeviceD0Entry", Device, false, false, false, false, false},
    {"EvtDeviceD0EntryPostInterruptsEnabled", Device, false, false, false, false, false},
    {"EvtDeviceD0ExitPreInterruptsDisabled", Device, false, false, false, false, false},
    {"EvtDeviceD0Exit", Device, false, false, false, false, false},
    {"EvtDeviceSelfManagedIoInit", Device, false, false, false, false, false},
    {"EvtDeviceSelfManagedIoSuspend", Device, false, false, false, false, false},
    {"EvtDeviceSelfManagedIoRestart", Device, false, false, false, false, false},
    {"EvtDeviceSelfManagedIoFlush", Device, false, false, false, false, false},
    {"EvtDeviceSelfManagedIoCleanup", Device, false, false, false, false, false},
    {"EvtDeviceSurpriseRemoval", Device, false, false, false, false, false},
    {"EvtDeviceQueryRemove", Device, false, false, false, false, false},
    {"EvtDeviceQueryStop", Device, false, false, false, false, false},
    {"EvtDeviceFileCreate", Device, false, false, true, true, false},
    {"EvtFileCleanup", Device, false, false, false, true, false},
    {"EvtFileClose", Device, false, false, false, true, false},
    {"EvtIoDefault", Queue, false, false, true, false, false},
    {"EvtIoRead", Queue, false, false, true, false, false},
    {"EvtIoWrite", Queue, false, false, true, false, false},
    {"EvtIoDeviceControl", Queue, false, false, true, false, false},
    {"EvtIoInternalDeviceControl", Queue, false, false, true, false, false},
    {"EvtIoStop", Queue, false, false, true, false, false},
    {"EvtIoResume", Queue, false, false, true, false, false},
    {"EvtIoCanceledOnQueue", Queue, false, false, true, false, false},
    {"EvtTimerFunc", Timer, true, true, false, false, false},
    {"EvtWorkItem", WorkItem, true, true, false, false, false},
    {"EvtDpcFunc", Dpc, true, true, false, false, true},
    {"EvtInterruptIsr", Interrupt, true, true, false, false, false},
    {"EvtInterruptDpc", Interrupt, true, false, false, false, true},
    {"EvtInterruptWorkItem", Interrupt, true, false, false, false, false},
    {"EvtInterruptEnable", Interrupt, false, false, false, false, false},
    {"EvtInterruptDisable", Interrupt, false, false, false, false, false},
    {"EvtIoTargetQueryRemove", IoTarget, false, false, false, false, false},
    {"EvtIoTargetRemoveCanceled", IoTarget, false, false, false, false, false},
    {"EvtIoTargetRemoveComplete", IoTarget, false, false, false, false, false},
    {"EvtChildListCreateDevice", ChildList, false, false, false, false, true},
    {"EvtRequestCancel", Request, false, false, true, false, false},
    {"EvtRequestCompletionRoutine", Request, false, false, true, false, false},
}};

} // namespace

const CallbackInfo* findCallback(ObjectType type, std::string_view name) {
    for (const auto& info : kCallbacks)
        if (info.type == type && info.name == name)
            return &info;
    return nullptr;
}

std::string_view mainCallback(ObjectType type) {
    switch (type) {
    case Timer:
        return "EvtTimerFunc";
    case WorkItem:
        return "EvtWorkItem";
    case Dpc:
        return "EvtDpcFunc";
    case Interrupt:
        return "EvtInterruptIsr";
    default:
        return {};
    }
}

std::string callbackNames(ObjectType type) {
    std::string out;
    for (const auto& info : kCallbacks)
        if (info.type == type)
            out += (out.empty() ? "" : ", ") + std::string(info.name);
    return out;
}

} // namespace wdflc
