/* Test driver: the parent arrives as a helper's parameter. */
#include <wdf.h>

EVT_WDF_DRIVER_DEVICE_ADD HelperDeviceAdd;
EVT_WDF_DPC HelperDpc;

static NTSTATUS CreateDpc(WDFDEVICE Device, WDFDPC* Dpc)
{
    WDF_DPC_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_DPC_CONFIG_INIT(&config, HelperDpc);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;
    return WdfDpcCreate(&config, &attributes, Dpc);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, HelperDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

NTSTATUS HelperDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDFDEVICE device;
    WDFDPC completionDpc;
    NTSTATUS status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    if (NT_SUCCESS(status))
        status = CreateDpc(device, &completionDpc);
    return status;
}

VOID HelperDpc(WDFDPC Dpc) { UNREFERENCED_PARAMETER(Dpc); }
