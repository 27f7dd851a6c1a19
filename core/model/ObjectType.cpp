#include "model/ObjectType.h"

#include <array>

namespace wdflc {
namespace {

constexpr std::string_view kObjectCleanup = "EVT_WDF_OBJECT_CONTEXT_CLEANUP";
constexpr std::string_view kObjectDestroy = "EVT_WDF_OBJECT_CONTEXT_DESTROY";

using enum ObjectType;
using DP = DefaultParent;
using PR = ParentRule;
using DB = DeletableBy;
using PV = PassiveRule;

// One row per type, in the order of semantics.md section 1.1.
constexpr std::array<ObjectTypeInfo, 19> kTypes{{
    {Driver, "WDFDRIVER", "The driver itself: root of every object tree.", DP::None, PR::NotAllowed,
     DB::Framework, PV::Always, "", true, true, Irql::Passive, kObjectCleanup, kObjectDestroy,
     false},
    {Device, "WDFDEVICE",
     "A device the driver controls; removed by PnP or deleted if a control device.", DP::Driver,
     PR::OnlyDriver, DB::ControlDeviceOnly, PV::Always, "", true, true, Irql::Passive,
     "EVT_WDF_DEVICE_CONTEXT_CLEANUP", "EVT_WDF_DEVICE_CONTEXT_DESTROY", false},
    {Queue, "WDFQUEUE", "An I/O queue that presents requests to the driver.", DP::OnlyDeviceIoQueue,
     PR::DeviceAncestor, DB::NonFixedQueues, PV::Always, "", true, true, Irql::Dispatch,
     "EVT_WDF_IO_QUEUE_CONTEXT_CLEANUP_CALLBACK", "EVT_WDF_IO_QUEUE_CONTEXT_DESTROY_CALLBACK",
     false},
    {FileObject, "WDFFILEOBJECT",
     "A file object the framework creates when an application opens the device.", DP::OnlyDevice,
     PR::OnlyDevice, DB::Framework, PV::Never, "", true, true, Irql::Dispatch,
     "EVT_WDF_FILE_CONTEXT_CLEANUP_CALLBACK", "EVT_WDF_FILE_CONTEXT_DESTROY_CALLBACK", true},
    {Request, "WDFREQUEST",
     "An I/O request: framework-created (completed by the driver) or driver-created.", DP::None,
     PR::NotAllowed, DB::Framework, PV::Never, "", true, true, Irql::Dispatch, kObjectCleanup,
     kObjectDestroy, true},
    {Memory, "WDFMEMORY", "A memory buffer; paged-pool buffers need PASSIVE_LEVEL cleanup.",
     DP::Driver, PR::Any, DB::Driver, PV::PagedPoolOnly, "", true, true, Irql::Dispatch,
     kObjectCleanup, kObjectDestroy, false},
    {Lookaside, "WDFLOOKASIDE", "A lookaside list that hands out memory objects of one size.",
     DP::Driver, PR::Any, DB::Driver, PV::PagedPoolOnly, "", true, false, Irql::Dispatch,
     kObjectCleanup, kObjectDestroy, false},
    {Timer, "WDFTIMER", "A timer whose EvtTimerFunc runs when it expires.", DP::Required,
     PR::DeviceAncestor, DB::Driver, PV::Always, "EvtTimerFunc", true, true, Irql::Dispatch,
     kObjectCleanup, kObjectDestroy, false},
    {WorkItem, "WDFWORKITEM",
     "A work item whose EvtWorkItem runs at PASSIVE_LEVEL on a system thread.", DP::Required,
     PR::DeviceAncestor, DB::Driver, PV::Always, "EvtWorkItem", true, true, Irql::Dispatch,
     kObjectCleanup, kObjectDestroy, false},
    {Dpc, "WDFDPC", "A DPC object whose EvtDpcFunc runs at DISPATCH_LEVEL.", DP::Required,
     PR::DeviceAncestor, DB::Driver, PV::Always, "EvtDpcFunc", true, false, Irql::Dispatch,
     kObjectCleanup, kObjectDestroy, false},
    {Interrupt, "WDFINTERRUPT", "An interrupt object owned by its device.", DP::OnlyDevice,
     PR::DeviceOrQueue, DB::Framework, PV::Always, "", true, true, Irql::Passive, kObjectCleanup,
     kObjectDestroy, false},
    {IoTarget, "WDFIOTARGET", "A target the driver sends I/O requests to.", DP::OnlyDevice,
     PR::DeviceAncestor, DB::Driver, PV::Always, "", true, true, Irql::Passive, kObjectCleanup,
     kObjectDestroy, false},
    {String, "WDFSTRING", "A Unicode string object.", DP::Driver, PR::Any, DB::Driver, PV::Always,
     "", true, true, Irql::Passive, kObjectCleanup, kObjectDestroy, false},
    {Key, "WDFKEY", "An open registry key.", DP::Driver, PR::Any, DB::Driver, PV::Always, "", true,
     true, Irql::Passive, kObjectCleanup, kObjectDestroy, false},
    {Collection, "WDFCOLLECTION", "A list of framework objects.", DP::Driver, PR::Any, DB::Driver,
     PV::Never, "", true, true, Irql::Dispatch, kObjectCleanup, kObjectDestroy, false},
    {SpinLock, "WDFSPINLOCK", "A spin lock.", DP::Driver, PR::Any, DB::Driver, PV::Never, "", true,
     true, Irql::Dispatch, kObjectCleanup, kObjectDestroy, false},
    {WaitLock, "WDFWAITLOCK", "A wait lock (a kernel event used as a lock).", DP::Driver, PR::Any,
     DB::Driver, PV::Never, "", true, true, Irql::Dispatch, kObjectCleanup, kObjectDestroy, false},
    {Object, "WDFOBJECT", "A general object the driver uses to hold context and children.",
     DP::Driver, PR::Any, DB::Driver, PV::Never, "", true, true, Irql::Dispatch, kObjectCleanup,
     kObjectDestroy, false},
    {ChildList, "WDFCHILDLIST", "A bus driver's list of child devices.", DP::OnlyDevice,
     PR::OnlyDevice, DB::Framework, PV::Never, "", true, false, Irql::Dispatch, kObjectCleanup,
     kObjectDestroy, false},
}};

} // namespace

std::span<const ObjectTypeInfo> allObjectTypes() {
    return kTypes;
}

const ObjectTypeInfo& typeInfo(ObjectType type) {
    return kTypes[static_cast<std::size_t>(type)];
}

std::optional<ObjectType> parseObjectType(std::string_view name) {
    for (const auto& info : kTypes)
        if (info.name == name)
            return info.type;
    return std::nullopt;
}

std::string_view typeName(ObjectType type) {
    return typeInfo(type).name;
}

std::string_view poolTypeName(PoolType pool) {
    return pool == PoolType::Paged ? "PagedPool" : "NonPagedPool";
}

std::string_view roleName(Role role) {
    switch (role) {
    case Role::None:
        return "";
    case Role::DefaultQueue:
        return "defaultQueue";
    case Role::DispatchQueue:
        return "dispatchQueue";
    case Role::ControlDevice:
        return "controlDevice";
    case Role::StaticPdo:
        return "staticPdo";
    case Role::DynamicPdo:
        return "dynamicPdo";
    }
    return "";
}

std::string_view executionLevelName(ExecutionLevel level) {
    switch (level) {
    case ExecutionLevel::InheritFromParent:
        return "WdfExecutionLevelInheritFromParent";
    case ExecutionLevel::Passive:
        return "WdfExecutionLevelPassive";
    case ExecutionLevel::Dispatch:
        return "WdfExecutionLevelDispatch";
    }
    return "";
}

std::string_view synchronizationScopeName(SynchronizationScope scope) {
    switch (scope) {
    case SynchronizationScope::InheritFromParent:
        return "WdfSynchronizationScopeInheritFromParent";
    case SynchronizationScope::Device:
        return "WdfSynchronizationScopeDevice";
    case SynchronizationScope::Queue:
        return "WdfSynchronizationScopeQueue";
    case SynchronizationScope::None:
        return "WdfSynchronizationScopeNone";
    }
    return "";
}

bool isPassiveObject(ObjectType type, PoolType pool) {
    switch (typeInfo(type).passive) {
    case PassiveRule::Always:
        return true;
    case PassiveRule::Never:
        return false;
    case PassiveRule::PagedPoolOnly:
        return pool == PoolType::Paged;
    }
    return false;
}

bool driverMayDelete(ObjectType type, Creator creator, Role role) {
    if (creator == Creator::Framework)
        return false;
    if (type == ObjectType::Request)
        return true; // driver-created: the driver may, and must, delete it
    switch (typeInfo(type).deletable) {
    case DeletableBy::Driver:
        return true;
    case DeletableBy::Framework:
        return false;
    case DeletableBy::ControlDeviceOnly:
        return role == Role::ControlDevice;
    case DeletableBy::NonFixedQueues:
        return role != Role::DefaultQueue && role != Role::DispatchQueue;
    }
    return false;
}

Irql creationIrqlLimit(ObjectType type, PoolType pool) {
    if ((type == ObjectType::Memory || type == ObjectType::Lookaside) && pool == PoolType::Paged)
        return Irql::Apc;
    return typeInfo(type).creationIrqlLimit;
}

bool waitsForCallbacks(ObjectType type) {
    return !typeInfo(type).waitCallback.empty();
}

bool availableIn(ObjectType type, Framework framework) {
    const auto& info = typeInfo(type);
    return framework == Framework::Kmdf ? info.kmdf : info.umdf;
}

} // namespace wdflc
