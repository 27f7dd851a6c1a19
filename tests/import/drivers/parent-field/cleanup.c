#include "driver.h"

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, PortDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

VOID PortCleanup(WDFOBJECT Device)
{
    PPORT_CONTEXT port = PortContext(Device);
    WdfTimerStop(port->Poll, TRUE);
    WdfObjectDelete(PortContext(Device)->Buffer);
}

VOID PortPoll(WDFTIMER Timer) { UNREFERENCED_PARAMETER(Timer); }
