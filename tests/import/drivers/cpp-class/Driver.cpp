// Test driver: a C++ driver whose class members hold the handles.
#include <wdf.h>

class Adapter {
public:
    NTSTATUS Initialize(PWDFDEVICE_INIT DeviceInit);
    static VOID OnTimer(WDFTIMER Timer);

private:
    WDFDEVICE m_Device = nullptr;
    WDFQUEUE m_Queue = nullptr;
    WDFTIMER m_Timer = nullptr;
    WDFWAITLOCK m_Lock = nullptr;
};

typedef struct _ADAPTER_HOLDER {
    Adapter* Self;
} ADAPTER_HOLDER;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(ADAPTER_HOLDER, HolderOf)

EVT_WDF_DRIVER_DEVICE_ADD AdapterDeviceAdd;

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDF_DRIVER_CONFIG_INIT(&config, AdapterDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

NTSTATUS AdapterDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    static Adapter adapter;
    return adapter.Initialize(DeviceInit);
}

NTSTATUS Adapter::Initialize(PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, ADAPTER_HOLDER);
    NTSTATUS status = WdfDeviceCreate(&DeviceInit, &attributes, &m_Device);
    HolderOf(m_Device)->Self = this;

    WDF_IO_QUEUE_CONFIG queueConfig;
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    status = WdfIoQueueCreate(m_Device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &m_Queue);

    WDF_TIMER_CONFIG timerConfig;
    WDF_TIMER_CONFIG_INIT(&timerConfig, Adapter::OnTimer);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = m_Queue;
    status = WdfTimerCreate(&timerConfig, &attributes, &m_Timer);

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = m_Device;
    status = WdfWaitLockCreate(&attributes, &m_Lock);
    return status;
}

VOID Adapter::OnTimer(WDFTIMER Timer) { UNREFERENCED_PARAMETER(Timer); }
