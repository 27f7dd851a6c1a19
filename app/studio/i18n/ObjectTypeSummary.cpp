#include "i18n/ObjectTypeSummary.h"

namespace studio::i18n {

QString ObjectTypeSummary::text(wdflc::ObjectType type) {
    // The same English sentences as the engine's type table.
    switch (type) {
    case wdflc::ObjectType::Driver:
        return tr("The driver itself: root of every object tree.");
    case wdflc::ObjectType::Device:
        return tr("A device the driver controls; removed by PnP or deleted if a control device.");
    case wdflc::ObjectType::Queue:
        return tr("An I/O queue that presents requests to the driver.");
    case wdflc::ObjectType::FileObject:
        return tr("A file object the framework creates when an application opens the device.");
    case wdflc::ObjectType::Request:
        return tr("An I/O request: framework-created (completed by the driver) or driver-created.");
    case wdflc::ObjectType::Memory:
        return tr("A memory buffer; paged-pool buffers need PASSIVE_LEVEL cleanup.");
    case wdflc::ObjectType::Lookaside:
        return tr("A lookaside list that hands out memory objects of one size.");
    case wdflc::ObjectType::Timer:
        return tr("A timer whose EvtTimerFunc runs when it expires.");
    case wdflc::ObjectType::WorkItem:
        return tr("A work item whose EvtWorkItem runs at PASSIVE_LEVEL on a system thread.");
    case wdflc::ObjectType::Dpc:
        return tr("A DPC object whose EvtDpcFunc runs at DISPATCH_LEVEL.");
    case wdflc::ObjectType::Interrupt:
        return tr("An interrupt object owned by its device.");
    case wdflc::ObjectType::IoTarget:
        return tr("A target the driver sends I/O requests to.");
    case wdflc::ObjectType::String:
        return tr("A Unicode string object.");
    case wdflc::ObjectType::Key:
        return tr("An open registry key.");
    case wdflc::ObjectType::Collection:
        return tr("A list of framework objects.");
    case wdflc::ObjectType::SpinLock:
        return tr("A spin lock.");
    case wdflc::ObjectType::WaitLock:
        return tr("A wait lock (a kernel event used as a lock).");
    case wdflc::ObjectType::Object:
        return tr("A general object the driver uses to hold context and children.");
    case wdflc::ObjectType::ChildList:
        return tr("A bus driver's list of child devices.");
    }
    return {};
}

} // namespace studio::i18n
