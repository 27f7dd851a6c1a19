/* Test driver: this file does not parse; the importer must say so and go on. */
#include <wdf.h>
NTSTATUS Mangled(WDFDEVICE Device {
    WDFQUEUE queue
    return WdfIoQueueCreate(Device, , WDF_NO_OBJECT_ATTRIBUTES &queue;
}}}
int ))) garbage (((
NTSTATUS Recovered(WDFDEVICE Device)
{
    WDFWAITLOCK lock;
    return WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &lock);
}
