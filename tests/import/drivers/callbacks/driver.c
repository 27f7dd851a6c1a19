/* Test driver: callbacks registered through attributes and configuration structures. */
#include <wdf.h>

typedef struct _CHANNEL {
    WDFTIMER Watchdog;
    WDFWORKITEM Flush;
    WDFDPC Finish;
    WDFQUEUE Io;
    WDFREQUEST Probe;
    WDFIOTARGET Lower;
} CHANNEL, *PCHANNEL;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CHANNEL, ChannelOf)

WDFDEVICE ControlDevice;

EVT_WDF_DRIVER_DEVICE_ADD ChannelDeviceAdd;
EVT_WDF_DRIVER_UNLOAD ChannelUnload;
EVT_WDF_DEVICE_CONTEXT_CLEANUP ChannelCleanup;
EVT_WDF_DEVICE_CONTEXT_DESTROY ChannelDestroy;
EVT_WDF_OBJECT_CONTEXT_CLEANUP WatchdogCleanup;
EVT_WDF_DEVICE_RELEASE_HARDWARE ChannelReleaseHardware;
EVT_WDF_TIMER ChannelWatchdog;
EVT_WDF_WORKITEM ChannelFlush;
EVT_WDF_DPC ChannelFinish;
EVT_WDF_IO_QUEUE_IO_READ ChannelRead;
EVT_WDF_REQUEST_COMPLETION_ROUTINE ProbeDone;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDFDRIVER driver;
    PWDFDEVICE_INIT controlInit;
    NTSTATUS status;

    WDF_DRIVER_CONFIG_INIT(&config, ChannelDeviceAdd);
    config.EvtDriverUnload = ChannelUnload;
    status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, &driver);

    controlInit = WdfControlDeviceInitAllocate(driver, NULL);
    status = WdfDeviceCreate(&controlInit, WDF_NO_OBJECT_ATTRIBUTES, &ControlDevice);
    return status;
}

NTSTATUS ChannelDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_PNPPOWER_EVENT_CALLBACKS pnp;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_TIMER_CONFIG timerConfig;
    WDF_WORKITEM_CONFIG workConfig;
    WDF_DPC_CONFIG dpcConfig;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    PCHANNEL channel;
    NTSTATUS status;

    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnp);
    pnp.EvtDeviceReleaseHardware = ChannelReleaseHardware;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnp);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, CHANNEL);
    attributes.EvtCleanupCallback = ChannelCleanup;
    attributes.EvtDestroyCallback = ChannelDestroy;
    attributes.SynchronizationScope = WdfSynchronizationScopeDevice;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    channel = ChannelOf(device);

    WDF_TIMER_CONFIG_INIT_PERIODIC(&timerConfig, ChannelWatchdog, 1000);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    attributes.EvtCleanupCallback = WatchdogCleanup;
    status = WdfTimerCreate(&timerConfig, &attributes, &channel->Watchdog);

    WDF_WORKITEM_CONFIG_INIT(&workConfig, ChannelFlush);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfWorkItemCreate(&workConfig, &attributes, &channel->Flush);

    WDF_DPC_CONFIG_INIT(&dpcConfig, ChannelFinish);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfDpcCreate(&dpcConfig, &attributes, &channel->Finish);

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoRead = ChannelRead;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &channel->Io);

    status = WdfIoTargetCreate(device, WDF_NO_OBJECT_ATTRIBUTES, &channel->Lower);
    status = WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, channel->Lower, &channel->Probe);
    WdfRequestSetCompletionRoutine(channel->Probe, ProbeDone, channel);
    return status;
}

VOID ChannelCleanup(WDFOBJECT Device)
{
    PCHANNEL channel = ChannelOf(Device);
    WdfTimerStop(channel->Watchdog, TRUE);
    WdfWorkItemFlush(channel->Flush);
    WdfDpcCancel(channel->Finish, TRUE);
    WdfObjectDelete(channel->Probe);
    WdfIoTargetClose(channel->Lower);
}

VOID ChannelDestroy(WDFOBJECT Device) { UNREFERENCED_PARAMETER(Device); }

VOID WatchdogCleanup(WDFOBJECT Timer)
{
    WdfObjectReferenceWithTag(Timer, (PVOID)ChannelCleanup);
    WdfObjectDereferenceWithTag(Timer, (PVOID)ChannelCleanup);
}

NTSTATUS ChannelReleaseHardware(WDFDEVICE Device, WDFCMRESLIST Translated)
{
    WdfTimerStop(ChannelOf(Device)->Watchdog, TRUE);
    return STATUS_SUCCESS;
}

VOID ChannelUnload(WDFDRIVER Driver)
{
    WdfObjectDelete(ControlDevice);
}

VOID ChannelWatchdog(WDFTIMER Timer) { WdfWorkItemEnqueue(ChannelOf(WdfTimerGetParentObject(Timer))->Flush); }
VOID ChannelFlush(WDFWORKITEM WorkItem) { UNREFERENCED_PARAMETER(WorkItem); }
VOID ChannelFinish(WDFDPC Dpc) { UNREFERENCED_PARAMETER(Dpc); }

VOID ChannelRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

VOID ProbeDone(WDFREQUEST Request, WDFIOTARGET Target, PVOID Params, WDFCONTEXT Context)
{
    WdfObjectDelete(Request);
}
