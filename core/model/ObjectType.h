#pragma once

#include "model/Irql.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace wdflc {

// Every framework handle type the engine knows (semantics.md section 1.1).
enum class ObjectType : std::uint8_t {
    Driver,
    Device,
    Queue,
    FileObject,
    Request,
    Memory,
    Lookaside,
    Timer,
    WorkItem,
    Dpc,
    Interrupt,
    IoTarget,
    String,
    Key,
    Collection,
    SpinLock,
    WaitLock,
    Object,
    ChildList,
};

// Where an object goes when the scenario gives no `parent`.
enum class DefaultParent : std::uint8_t {
    None,              // root (driver) or no parent at all (framework-created request)
    Driver,            // the WDFDRIVER
    OnlyDevice,        // the scenario's only WDFDEVICE
    OnlyDeviceIoQueue, // the only WDFDEVICE, through its invisible I/O package
    Required,          // the create call must name a parent
};

// Which explicit `parent` a type accepts.
enum class ParentRule : std::uint8_t {
    NotAllowed,
    OnlyDriver,
    OnlyDevice,
    DeviceOrQueue,
    DeviceAncestor, // any object that is, or descends from, a WDFDEVICE
    Any,
};

enum class DeletableBy : std::uint8_t {
    Driver,            // WdfObjectDelete allowed
    Framework,         // the driver may never delete it
    ControlDeviceOnly, // WDFDEVICE: only with role controlDevice
    NonFixedQueues,    // WDFQUEUE: not default or dispatch queues
};

enum class PassiveRule : std::uint8_t { Never, Always, PagedPoolOnly };

struct ObjectTypeInfo {
    ObjectType type;
    std::string_view name;    // e.g. "WDFDEVICE"
    std::string_view summary; // one line, English (the GUI translates by type name)
    DefaultParent defaultParent;
    ParentRule parentRule;
    DeletableBy deletable;
    PassiveRule passive;
    std::string_view waitCallback; // EvtWorkItem / EvtTimerFunc / EvtDpcFunc, or empty
    bool kmdf;
    bool umdf;
    Irql creationIrqlLimit; // for PagedPool memory/lookaside see creationIrqlLimitFor()
    std::string_view cleanupRoleType;
    std::string_view destroyRoleType;
    bool frameworkCreatedByDefault;
};

std::span<const ObjectTypeInfo> allObjectTypes();
const ObjectTypeInfo& typeInfo(ObjectType type);
std::optional<ObjectType> parseObjectType(std::string_view name);
std::string_view typeName(ObjectType type);

enum class PoolType : std::uint8_t { NonPaged, Paged };
enum class Creator : std::uint8_t { Driver, Framework };
enum class Role : std::uint8_t {
    None,
    DefaultQueue,
    DispatchQueue,
    ControlDevice,
    StaticPdo,  // version 2: WdfPdoInitAllocate; deletable until WdfFdoAddStaticChild
    DynamicPdo, // version 2: created in EvtChildListCreateDevice; never deletable
};

// WDF_OBJECT_ATTRIBUTES.ExecutionLevel and .SynchronizationScope (version 2).
enum class ExecutionLevel : std::uint8_t { InheritFromParent, Passive, Dispatch };
enum class SynchronizationScope : std::uint8_t { InheritFromParent, Device, Queue, None };

std::string_view executionLevelName(ExecutionLevel level);
std::string_view synchronizationScopeName(SynchronizationScope scope);

std::string_view poolTypeName(PoolType pool);
std::string_view roleName(Role role);

// Properties that depend on an instance's fields, not just its type.
bool isPassiveObject(ObjectType type, PoolType pool);
bool driverMayDelete(ObjectType type, Creator creator, Role role);
Irql creationIrqlLimit(ObjectType type, PoolType pool);
bool waitsForCallbacks(ObjectType type);
bool availableIn(ObjectType type, Framework framework);

} // namespace wdflc
