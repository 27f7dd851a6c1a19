#include "driver.h"

NTSTATUS PortDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDF_TIMER_CONFIG timerConfig;
    PPORT_CONTEXT port;
    WDFDEVICE device;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, PORT_CONTEXT);
    attributes.EvtCleanupCallback = PortCleanup;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    port = PortContext(device);

    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchManual);
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &port->ReadQueue);

    WDF_TIMER_CONFIG_INIT(&timerConfig, PortPoll);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = port->ReadQueue;
    status = WdfTimerCreate(&timerConfig, &attributes, &port->Poll);

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = PortContext(device)->Poll;
    status = WdfMemoryCreate(&attributes, NonPagedPoolNx, 0, 16, &port->Buffer, NULL);
    return status;
}
