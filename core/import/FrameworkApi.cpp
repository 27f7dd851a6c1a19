#include "import/FrameworkApi.h"

#include <algorithm>

namespace wdflc::import {
namespace {

CreationApi api(std::string_view name, std::string_view type, int attributes, int output) {
    CreationApi result;
    result.name = name;
    result.typeName = type;
    result.attributes = attributes;
    result.output = output;
    return result;
}

CreationApi on(CreationApi a, int object) {
    a.onObject = object;
    return a;
}
CreationApi config(CreationApi a, int index) {
    a.config = index;
    return a;
}
CreationApi pool(CreationApi a, int index) {
    a.pool = index;
    return a;
}

std::vector<CreationApi> makeCreationApis() {
    std::vector<CreationApi> apis{
        config(api("WdfDriverCreate", "WDFDRIVER", 2, 4), 3),
        on(api("WdfDeviceMiniportCreate", "WDFDEVICE", 1, 5), 0),
        on(config(api("WdfIoQueueCreate", "WDFQUEUE", 2, 3), 1), 0),
        config(api("WdfTimerCreate", "WDFTIMER", 1, 2), 0),
        config(api("WdfWorkItemCreate", "WDFWORKITEM", 1, 2), 0),
        config(api("WdfDpcCreate", "WDFDPC", 1, 2), 0),
        on(config(api("WdfInterruptCreate", "WDFINTERRUPT", 2, 3), 1), 0),
        pool(api("WdfMemoryCreate", "WDFMEMORY", 0, 4), 1),
        api("WdfMemoryCreatePreallocated", "WDFMEMORY", 0, 3),
        api("WdfSpinLockCreate", "WDFSPINLOCK", 0, 1),
        api("WdfWaitLockCreate", "WDFWAITLOCK", 0, 1),
        api("WdfCollectionCreate", "WDFCOLLECTION", 0, 1),
        api("WdfStringCreate", "WDFSTRING", 1, 2),
        api("WdfRegistryOpenKey", "WDFKEY", 3, 4),
        api("WdfRegistryCreateKey", "WDFKEY", 5, 6),
        api("WdfDriverOpenParametersRegistryKey", "WDFKEY", 2, 3),
        api("WdfDriverOpenPersistentStateRegistryKey", "WDFKEY", 2, 3),
        api("WdfDeviceOpenRegistryKey", "WDFKEY", 3, 4),
        api("WdfDeviceOpenDevicemapKey", "WDFKEY", 3, 4),
        api("WdfFdoInitOpenRegistryKey", "WDFKEY", 3, 4),
        pool(api("WdfRegistryQueryMemory", "WDFMEMORY", 3, 4), 2),
        pool(api("WdfDeviceAllocAndQueryProperty", "WDFMEMORY", 3, 4), 2),
        pool(api("WdfDeviceAllocAndQueryPropertyEx", "WDFMEMORY", 3, 4), 2),
        pool(api("WdfFdoInitAllocAndQueryProperty", "WDFMEMORY", 3, 4), 2),
        pool(api("WdfFdoInitAllocAndQueryPropertyEx", "WDFMEMORY", 3, 4), 2),
        pool(api("WdfIoTargetAllocAndQueryTargetProperty", "WDFMEMORY", 3, 4), 2),
        on(api("WdfIoTargetCreate", "WDFIOTARGET", 1, 2), 0),
        api("WdfRequestCreate", "WDFREQUEST", 0, 2),
        api("WdfRequestCreateFromIrp", "WDFREQUEST", 0, 3),
        on(api("WdfUsbTargetDeviceCreate", "WDFUSBDEVICE", 1, 2), 0),
        on(api("WdfUsbTargetDeviceCreateWithParameters", "WDFUSBDEVICE", 2, 3), 0),
        on(api("WdfUsbTargetDeviceCreateUrb", "WDFMEMORY", 1, 2), 0),
        on(api("WdfUsbTargetDeviceCreateIsochUrb", "WDFMEMORY", 1, 3), 0),
        on(api("WdfUsbTargetPipeCreateUrb", "WDFMEMORY", 1, 2), 0),
        on(config(api("WdfDmaEnablerCreate", "WDFDMAENABLER", 2, 3), 1), 0),
        on(api("WdfDmaTransactionCreate", "WDFDMATRANSACTION", 1, 2), 0),
        on(api("WdfCommonBufferCreate", "WDFCOMMONBUFFER", 2, 3), 0),
        on(api("WdfCommonBufferCreateWithConfig", "WDFCOMMONBUFFER", 3, 4), 0),
        on(config(api("WdfWmiProviderCreate", "WDFWMIPROVIDER", 2, 3), 1), 0),
        on(config(api("WdfWmiInstanceCreate", "WDFWMIINSTANCE", 2, 3), 1), 0),
        on(config(api("WdfChildListCreate", "WDFCHILDLIST", 2, 3), 1), 0),
        api("WdfObjectCreate", "WDFOBJECT", 0, 1),
        on(api("WdfIoResourceListCreate", "WDFIORESLIST", 1, 2), 0),
    };
    CreationApi device = api("WdfDeviceCreate", "WDFDEVICE", 1, 2);
    device.deviceInit = 0;
    apis.push_back(device);
    CreationApi lookaside = pool(api("WdfLookasideListCreate", "WDFLOOKASIDE", 0, 5), 2);
    lookaside.memoryAttributes = 3;
    apis.push_back(lookaside);
    CreationApi fromLookaside = api("WdfMemoryCreateFromLookaside", "WDFMEMORY", -1, 1);
    fromLookaside.lookaside = 0;
    apis.push_back(fromLookaside);
    std::sort(apis.begin(), apis.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    return apis;
}

const std::vector<Initializer> kInitializers{
    {"WDF_OBJECT_ATTRIBUTES_INIT", {}, {}},
    {"WdfImportInitContextType", {{1, "ContextTypeInfo"}}, {}},
    {"WDF_DRIVER_CONFIG_INIT", {{1, "EvtDriverDeviceAdd"}}, {}},
    {"WDF_IO_QUEUE_CONFIG_INIT", {{1, "DispatchType"}}, {}},
    {"WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE", {{1, "DispatchType"}}, "DefaultQueue"},
    {"WDF_TIMER_CONFIG_INIT", {{1, "EvtTimerFunc"}}, {}},
    {"WDF_TIMER_CONFIG_INIT_PERIODIC", {{1, "EvtTimerFunc"}, {2, "Period"}}, {}},
    {"WDF_WORKITEM_CONFIG_INIT", {{1, "EvtWorkItemFunc"}}, {}},
    {"WDF_DPC_CONFIG_INIT", {{1, "EvtDpcFunc"}}, {}},
    {"WDF_INTERRUPT_CONFIG_INIT", {{1, "EvtInterruptIsr"}, {2, "EvtInterruptDpc"}}, {}},
    {"WDF_PNPPOWER_EVENT_CALLBACKS_INIT", {}, {}},
    {"WDF_POWER_POLICY_EVENT_CALLBACKS_INIT", {}, {}},
    {"WDF_FILEOBJECT_CONFIG_INIT",
     {{1, "EvtDeviceFileCreate"}, {2, "EvtFileClose"}, {3, "EvtFileCleanup"}},
     {}},
    {"WDF_CHILD_LIST_CONFIG_INIT", {{2, "EvtChildListCreateDevice"}}, {}},
    {"WDF_USB_CONTINUOUS_READER_CONFIG_INIT", {{1, "EvtUsbTargetPipeReadComplete"}}, {}},
    {"WDF_DMA_ENABLER_CONFIG_INIT", {}, {}},
    {"WDF_WMI_PROVIDER_CONFIG_INIT", {}, {}},
    {"WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER", {}, {}},
    {"WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER_CONFIG", {}, {}},
};

const std::vector<LifetimeCall> kLifetimeCalls{
    {"WdfObjectDelete", "delete", -1},
    {"WdfObjectReference", "reference", -1},
    {"WdfObjectReferenceWithTag", "reference", 1},
    {"WdfObjectReferenceActual", "reference", 1},
    {"WdfObjectDereference", "dereference", -1},
    {"WdfObjectDereferenceWithTag", "dereference", 1},
    {"WdfObjectDereferenceActual", "dereference", 1},
    {"WdfRequestComplete", "completeRequest", -1},
    {"WdfRequestCompleteWithInformation", "completeRequest", -1},
    {"WdfRequestCompleteWithPriorityBoost", "completeRequest", -1},
    {"WdfTimerStop", "call", -1},
    {"WdfWorkItemFlush", "call", -1},
    {"WdfDpcCancel", "call", -1},
};

const std::vector<CallbackRegistration> kRegistrations{
    {"WdfRequestSetCompletionRoutine", "CompletionRoutine", 1},
    {"WdfRequestMarkCancelable", "EvtRequestCancel", 1},
    {"WdfRequestMarkCancelableEx", "EvtRequestCancel", 1},
    {"WdfIoQueueReadyNotify", "EvtIoQueueState", 1},
    {"WdfIoQueueStop", "EvtIoQueueState", 1},
    {"WdfIoQueuePurge", "EvtIoQueueState", 1},
    {"WdfIoQueueDrain", "EvtIoQueueState", 1},
    {"WdfInterruptSynchronize", "EvtInterruptSynchronize", 1},
    {"WdfDmaTransactionInitializeUsingRequest", "EvtProgramDma", 2},
};

template <class T> const T* findByName(const std::vector<T>& table, std::string_view name) {
    for (const auto& entry : table)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

} // namespace

const std::vector<CreationApi>& creationApis() {
    static const std::vector<CreationApi> apis = makeCreationApis();
    return apis;
}

const CreationApi* findCreationApi(std::string_view name) {
    const auto& apis = creationApis();
    auto it = std::lower_bound(apis.begin(), apis.end(), name,
                               [](const CreationApi& a, std::string_view n) { return a.name < n; });
    return it != apis.end() && it->name == name ? &*it : nullptr;
}

const Initializer* findInitializer(std::string_view name) {
    return findByName(kInitializers, name);
}

const LifetimeCall* findLifetimeCall(std::string_view name) {
    return findByName(kLifetimeCalls, name);
}

const CallbackRegistration* findCallbackRegistration(std::string_view name) {
    return findByName(kRegistrations, name);
}

} // namespace wdflc::import
