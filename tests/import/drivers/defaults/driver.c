/* Test driver (written for the importer's tests): objects left to their default parents. */
#include <ntddk.h>
#include <wdf.h>

typedef struct _DEVICE_DATA {
    WDFSPINLOCK Lock;
    WDFMEMORY Scratch;
} DEVICE_DATA;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_DATA, DeviceData)

EVT_WDF_DRIVER_DEVICE_ADD SampleDeviceAdd;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, SampleDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

NTSTATUS SampleDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    WDFQUEUE queue;
    WDFCOLLECTION pending;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_DATA);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status))
        return status;

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &queue);
    if (!NT_SUCCESS(status))
        return status;

    status = WdfSpinLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &DeviceData(device)->Lock);
    status = WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, PagedPool, 'tseT', 64,
                             &DeviceData(device)->Scratch, NULL);
    status = WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, &pending);
    return status;
}
