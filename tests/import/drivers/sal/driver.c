/* Test driver: SAL annotations, unknown role typedefs and missing WDK headers. */
#include <ntddk.h>
#include <wdf.h>
#include "..\sal\inc\Public.h"
#include "trace.h"

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_DEVICE_ADD AnnotatedDeviceAdd;
EVT_VENDOR_SPECIFIC_HOOK AnnotatedHook;

_Use_decl_annotations_
NTSTATUS
DriverEntry(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, AnnotatedDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

_IRQL_requires_max_(PASSIVE_LEVEL)
_Must_inspect_result_
__drv_requiresIRQL(PASSIVE_LEVEL)
NTSTATUS
AnnotatedDeviceAdd(
    _In_ WDFDRIVER Driver,
    _Inout_ PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFDEVICE device;
    WDFLOOKASIDE lookaside;
    WDFMEMORY buffer;
    NTSTATUS status;

    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    _Analysis_assume_(NT_SUCCESS(status));
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfLookasideListCreate(WDF_NO_OBJECT_ATTRIBUTES, 128, PagedPool, &attributes, SAL_POOL_TAG,
                                    &lookaside);
    status = WdfMemoryCreateFromLookaside(lookaside, &buffer);
    return status;
}

_Function_class_(EVT_VENDOR_SPECIFIC_HOOK)
VOID AnnotatedHook(_In_opt_ PVOID Context) { UNREFERENCED_PARAMETER(Context); }
