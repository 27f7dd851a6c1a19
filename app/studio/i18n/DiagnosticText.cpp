#include "i18n/DiagnosticText.h"

namespace studio::i18n {
namespace {

QString latin1(std::string_view view) {
    return QString::fromLatin1(view.data(), static_cast<qsizetype>(view.size()));
}

// "WDFDEVICE 'device'": the type is an API name and stays as it is.
QString objectText(const wdflc::Trace& trace, wdflc::ObjectId id) {
    if (id == wdflc::kNoObject)
        return {};
    return QStringLiteral("%1 '%2'").arg(latin1(trace.objectTypeName(id)),
                                         QString::fromStdString(trace.objectName(id)));
}

} // namespace

QString DiagnosticText::message(const wdflc::Trace& trace, const wdflc::DiagnosticDetail& d) {
    const QString object = objectText(trace, d.object);
    const QString irql = latin1(wdflc::irqlName(d.irql));
    switch (d.rule) {
    case wdflc::Rule::DeleteNotAllowed:
        return tr("WdfObjectDelete on %1, which the driver may not delete: the framework owns its "
                  "lifetime and deletes it itself (device removal, driver unload or request "
                  "completion). Remove the call.")
            .arg(object);
    case wdflc::Rule::DeleteTwice:
        return tr("Deletion of %1 was already requested. Delete an object once; clear your "
                  "handle after WdfObjectDelete so no other path deletes it again.")
            .arg(object);
    case wdflc::Rule::UseAfterFree:
        return tr("%1 was already freed: its handle is invalid. Take a reference "
                  "(WdfObjectReference) while you still need the object, or stop using the "
                  "handle once it is deleted.")
            .arg(object);
    case wdflc::Rule::DereferenceWithoutReference:
        return tr("WdfObjectDereference on %1 while the driver holds no reference on it: this "
                  "consumes the framework's own reference. Dereference only what you referenced, "
                  "with the same tag.")
            .arg(object);
    case wdflc::Rule::TagMismatch:
        return tr("The dereference tag '%1' on %2 matches none of the driver's references; the "
                  "oldest one was released. Pass the same tag to WdfObjectDereferenceWithTag "
                  "that you passed to the reference.")
            .arg(QString::fromStdString(d.tag), object);
    case wdflc::Rule::FreedByDereference:
        return tr("The reference count of %1 reached zero although the object was never "
                  "deleted: the framework destroys it while it is still in the tree and "
                  "bugchecks (0x10D WDF_VIOLATION). Delete objects with WdfObjectDelete; never "
                  "dereference the creation reference away.")
            .arg(object);
    case wdflc::Rule::UseAfterCleanup:
        return tr("%1 is used after its EvtCleanupCallback has run. After cleanup only its "
                  "EvtDestroyCallback may touch it; drop such calls or take them before "
                  "deletion.")
            .arg(object);
    case wdflc::Rule::MethodInDestroy:
        return tr("A method is called on %1 from its own EvtDestroyCallback, where its reference "
                  "count is zero. Only the context accessors are allowed there; do the work in "
                  "EvtCleanupCallback.")
            .arg(object);
    case wdflc::Rule::ReferenceLeak:
        return tr("%1 was deleted but still holds %n driver reference(s) at the end, so it is "
                  "never destroyed. Release every reference, typically in EvtCleanupCallback.",
                  "", d.count)
            .arg(object);
    case wdflc::Rule::BufferLeak:
        return tr("%1 was freed while its context buffer '%2' was still allocated. Free context "
                  "buffers in EvtCleanupCallback or EvtDestroyCallback.")
            .arg(object, QString::fromStdString(d.buffer));
    case wdflc::Rule::DoubleFree:
        return tr("The context buffer '%1' of %2 is freed a second time. Free each buffer once, "
                  "in one callback, and clear the pointer.")
            .arg(QString::fromStdString(d.buffer), object);
    case wdflc::Rule::PassiveChildOfRequest:
        return tr("%1 was completed at %2 with an object below it that must be cleaned up at "
                  "PASSIVE_LEVEL; that object's cleanup is queued and runs after the request is "
                  "gone. Do not parent passive-level objects to a request.")
            .arg(object, irql);
    case wdflc::Rule::WaitAtDispatch:
        return tr("%1 on %2 at %3: waiting is only possible at PASSIVE_LEVEL, so the call "
                  "returns without waiting. Call it at PASSIVE_LEVEL or without waiting.")
            .arg(QString::fromStdString(d.method), object, irql);
    case wdflc::Rule::CompleteDriverRequest:
        return tr("%1 was created by the driver (WdfRequestCreate) and must not be completed; "
                  "delete it with WdfObjectDelete when you are done with it.")
            .arg(object);
    case wdflc::Rule::CallbackAfterRundown:
        return tr("A callback of %1 starts after its rundown began. Stop enqueuing or starting "
                  "it before you delete it.")
            .arg(object);
    case wdflc::Rule::WaitNeverSatisfied:
        return tr("A wait for %n running callback(s) of %1 never ended: the waiting thread "
                  "hangs. Make every EvtWorkItem, EvtTimerFunc and EvtDpcFunc return.",
                  "", d.count)
            .arg(object);
    case wdflc::Rule::ParentBeingDeleted:
        return tr("The object could not be created: its parent %1 is being deleted "
                  "(STATUS_DELETE_PENDING). Create children before deleting their parent.")
            .arg(object);
    case wdflc::Rule::IrqlTooHigh:
        return d.op == wdflc::Op::Create
                   ? tr("%1 cannot be created at %2. Create it at a lower IRQL, for example "
                        "from a work item.")
                         .arg(object, irql)
                   : tr("%1 must be deleted at PASSIVE_LEVEL, not %2.").arg(object, irql);
    case wdflc::Rule::UmdfIrqlIgnored:
        return tr("UMDF drivers run at PASSIVE_LEVEL; the request to run at %1 has no effect.")
            .arg(irql);
    case wdflc::Rule::InvalidStep:
        if (d.reason == "not-created")
            return tr("The step names %1, which does not exist at this point.").arg(object);
        if (d.reason == "parent-not-created")
            return tr("The parent %1 does not exist at this point.").arg(object);
        if (d.reason == "already-created")
            return tr("%1 already exists.").arg(object);
        if (d.reason == "no-callback-running")
            return tr("No callback of %1 is running, so none can end.").arg(object);
        if (d.reason == "already-completed")
            return tr("%1 was already completed; a request is completed once.").arg(object);
        if (d.reason == "not-a-request")
            return tr("%1 is not a request: WdfRequestComplete does not apply.").arg(object);
        if (d.reason == "wrong-type")
            return tr("This wait method does not apply to %1.").arg(object);
        return tr("The step cannot apply to %1.").arg(object);
    }
    return {};
}

QString DiagnosticText::severity(wdflc::Severity severity) {
    return severity == wdflc::Severity::Error ? tr("error") : tr("warning");
}

QString DiagnosticText::summary(wdflc::Rule rule) {
    switch (rule) {
    case wdflc::Rule::DeleteNotAllowed:
        return tr("WdfObjectDelete on an object the driver may not delete");
    case wdflc::Rule::DeleteTwice:
        return tr("Deletion requested twice for the same object");
    case wdflc::Rule::UseAfterFree:
        return tr("A step names an object that was already freed");
    case wdflc::Rule::DereferenceWithoutReference:
        return tr("Dereference while the driver holds no reference");
    case wdflc::Rule::TagMismatch:
        return tr("Dereference tag matches none of the driver's references");
    case wdflc::Rule::FreedByDereference:
        return tr("Reference count reached zero while the object was never deleted");
    case wdflc::Rule::UseAfterCleanup:
        return tr("Object used after its cleanup, outside its own EvtDestroyCallback");
    case wdflc::Rule::MethodInDestroy:
        return tr("Object method called from its own EvtDestroyCallback");
    case wdflc::Rule::ReferenceLeak:
        return tr("Deleted object still referenced at the end of the scenario");
    case wdflc::Rule::BufferLeak:
        return tr("Object freed with a context buffer still allocated");
    case wdflc::Rule::DoubleFree:
        return tr("Context buffer freed twice");
    case wdflc::Rule::PassiveChildOfRequest:
        return tr("Request completed above PASSIVE_LEVEL with a passive-level object below it");
    case wdflc::Rule::WaitAtDispatch:
        return tr("Flush, stop or cancel with wait called above PASSIVE_LEVEL");
    case wdflc::Rule::CompleteDriverRequest:
        return tr("Driver-created request completed");
    case wdflc::Rule::CallbackAfterRundown:
        return tr("Callback started after the object's rundown began");
    case wdflc::Rule::WaitNeverSatisfied:
        return tr("A wait for running callbacks never ended");
    case wdflc::Rule::ParentBeingDeleted:
        return tr("Object created under a parent whose deletion has started");
    case wdflc::Rule::IrqlTooHigh:
        return tr("Call made above the IRQL it allows");
    case wdflc::Rule::UmdfIrqlIgnored:
        return tr("Raised IRQL requested in a UMDF scenario");
    case wdflc::Rule::InvalidStep:
        return tr("A step that cannot apply");
    }
    return {};
}

} // namespace studio::i18n
