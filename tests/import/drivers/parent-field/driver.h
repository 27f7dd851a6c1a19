/* Test driver: handles kept in a context. */
#pragma once
#include <wdf.h>

typedef struct _PORT_CONTEXT {
    WDFQUEUE ReadQueue;
    WDFTIMER Poll;
    WDFMEMORY Buffer;
} PORT_CONTEXT, *PPORT_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(PORT_CONTEXT, PortContext)

EVT_WDF_DRIVER_DEVICE_ADD PortDeviceAdd;
EVT_WDF_OBJECT_CONTEXT_CLEANUP PortCleanup;
EVT_WDF_TIMER PortPoll;
