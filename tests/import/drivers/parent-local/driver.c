/* Test driver: ParentObject through locals. */
#include <wdf.h>

EVT_WDF_DRIVER_DEVICE_ADD LocalDeviceAdd;
EVT_WDF_TIMER LocalTimer;
EVT_WDF_WORKITEM LocalWork;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDFDRIVER driver;
    WDF_DRIVER_CONFIG_INIT(&config, LocalDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, &driver);
}

NTSTATUS LocalDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_TIMER_CONFIG timerConfig;
    WDF_WORKITEM_CONFIG workConfig;
    WDFDEVICE device;
    WDFOBJECT owner;
    WDFTIMER timer;
    WDFWORKITEM work;
    NTSTATUS status;

    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);

    WDF_TIMER_CONFIG_INIT(&timerConfig, LocalTimer);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfTimerCreate(&timerConfig, &attributes, &timer);

    owner = timer;
    WDF_WORKITEM_CONFIG_INIT(&workConfig, LocalWork);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = owner;
    attributes.ExecutionLevel = WdfExecutionLevelPassive;
    status = WdfWorkItemCreate(&workConfig, &attributes, &work);
    return status;
}

VOID LocalTimer(WDFTIMER Timer) { UNREFERENCED_PARAMETER(Timer); }
VOID LocalWork(WDFWORKITEM WorkItem) { UNREFERENCED_PARAMETER(WorkItem); }
