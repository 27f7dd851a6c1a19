/* Test driver: parents the importer cannot decide. */
#include <wdf.h>

typedef struct _SHARED {
    WDFOBJECT Owner;
} SHARED;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(SHARED, SharedOf)

EVT_WDF_DRIVER_DEVICE_ADD OpenDeviceAdd;
EVT_WDF_TIMER OpenTimer;

WDFOBJECT LookupOwner(WDFDEVICE Device);
static NTSTATUS NameDevice(WDFDEVICE Device);

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, OpenDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

NTSTATUS OpenDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_TIMER_CONFIG timerConfig;
    WDFDEVICE device;
    WDFOBJECT first, second;
    WDFTIMER timer, orphan;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SHARED);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    status = WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, &first);
    status = WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, &second);
    SharedOf(device)->Owner = first;
    SharedOf(device)->Owner = second;

    WDF_TIMER_CONFIG_INIT(&timerConfig, OpenTimer);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = LookupOwner(device);
    status = WdfTimerCreate(&timerConfig, &attributes, &timer);

    status = WdfTimerCreate(&timerConfig, WDF_NO_OBJECT_ATTRIBUTES, &orphan);
    return NameDevice(device);
}

static NTSTATUS NameDevice(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFSTRING name;
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = SharedOf(Device)->Owner;
    return WdfStringCreate(NULL, &attributes, &name);
}

VOID OpenTimer(WDFTIMER Timer) { UNREFERENCED_PARAMETER(Timer); }
