/* Test driver: one helper called from two places makes two objects. */
#include <wdf.h>

typedef struct _PIPE_CONTEXT {
    WDFQUEUE ReadQueue;
    WDFQUEUE WriteQueue;
    WDFSPINLOCK ReadLock;
    WDFSPINLOCK WriteLock;
} PIPE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE(PIPE_CONTEXT)

EVT_WDF_DRIVER_DEVICE_ADD PipeDeviceAdd;

static NTSTATUS CreateLockFor(WDFQUEUE Queue, WDFSPINLOCK* Lock)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Queue;
    return WdfSpinLockCreate(&attributes, Lock);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, PipeDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

NTSTATUS PipeDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    PIPE_CONTEXT* pipe;
    WDFDEVICE device;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, PIPE_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    pipe = WdfObjectGet_PIPE_CONTEXT(device);

    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchSequential);
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &pipe->ReadQueue);
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &pipe->WriteQueue);
    status = WdfDeviceConfigureRequestDispatching(device, pipe->ReadQueue, WdfRequestTypeRead);

    status = CreateLockFor(pipe->ReadQueue, &pipe->ReadLock);
    status = CreateLockFor(pipe->WriteQueue, &pipe->WriteLock);
    return status;
}
