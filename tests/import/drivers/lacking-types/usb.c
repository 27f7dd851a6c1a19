/* Test driver: types format version 1 lacks (USB device, DMA enabler, common buffer). */
#include <wdf.h>

EVT_WDF_DRIVER_DEVICE_ADD UsbDeviceAdd;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, UsbDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

NTSTATUS UsbDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_DMA_ENABLER_CONFIG dmaConfig;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFDEVICE device;
    WDFUSBDEVICE usbDevice;
    WDFDMAENABLER enabler;
    WDFCOMMONBUFFER ring;
    WDFMEMORY urb;
    NTSTATUS status;

    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    status = WdfUsbTargetDeviceCreate(device, WDF_NO_OBJECT_ATTRIBUTES, &usbDevice);
    WDF_DMA_ENABLER_CONFIG_INIT(&dmaConfig, 0, 4096);
    status = WdfDmaEnablerCreate(device, &dmaConfig, WDF_NO_OBJECT_ATTRIBUTES, &enabler);
    status = WdfCommonBufferCreate(enabler, 4096, WDF_NO_OBJECT_ATTRIBUTES, &ring);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = usbDevice;
    status = WdfUsbTargetDeviceCreateUrb(usbDevice, &attributes, &urb, NULL);
    return status;
}
