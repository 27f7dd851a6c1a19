#include "trace/Trace.h"

namespace wdflc {

std::string_view eventKindName(EventKind kind) {
    switch (kind) {
    case EventKind::Created:
        return "created";
    case EventKind::Referenced:
        return "referenced";
    case EventKind::Dereferenced:
        return "dereferenced";
    case EventKind::DeleteRequested:
        return "deleteRequested";
    case EventKind::Cleanup:
        return "cleanup";
    case EventKind::Deferred:
        return "deferred";
    case EventKind::WaitForCallbacks:
        return "waitForCallbacks";
    case EventKind::Destroy:
        return "destroy";
    case EventKind::Freed:
        return "freed";
    case EventKind::BufferFreed:
        return "bufferFreed";
    case EventKind::Diagnostic:
        return "diagnostic";
    case EventKind::IrqlChanged:
        return "irql";
    }
    return "";
}

std::string_view deferReasonName(DeferReason reason) {
    switch (reason) {
    case DeferReason::PassiveDispose:
        return "passive-dispose";
    case DeferReason::PassiveChild:
        return "passive-child";
    case DeferReason::PassiveDestroy:
        return "passive-destroy";
    case DeferReason::RequestCompletedAtDispatch:
        return "request-completed-at-dispatch";
    }
    return "";
}

const std::string& Trace::objectName(ObjectId id) const {
    return scenario->decl(id).id;
}

std::string_view Trace::objectTypeName(ObjectId id) const {
    return typeName(scenario->decl(id).type);
}

const std::string* Trace::contextName(const Event& event) const {
    const auto& contexts = scenario->decl(event.object).contexts;
    if (event.detail >= contexts.size() || !contexts[event.detail].name)
        return nullptr;
    return &*contexts[event.detail].name;
}

const DiagnosticDetail& Trace::diagnostic(const Event& event) const {
    return diagnostics[event.detail];
}

const std::string* Trace::tag(const Event& event) const {
    return event.detail < tags.size() ? &tags[event.detail] : nullptr;
}

std::string Trace::bufferName(const Event& event) const {
    std::uint32_t index = 0;
    for (const auto& context : scenario->decl(event.object).contexts)
        for (const auto& buffer : context.buffers)
            if (index++ == event.detail)
                return buffer;
    return {};
}

std::string diagnosticMessage(const Trace& trace, const DiagnosticDetail& d) {
    const std::string object = d.object == kNoObject ? std::string()
                                                     : std::string(trace.objectTypeName(d.object)) +
                                                           " '" + trace.objectName(d.object) + "'";
    const std::string irql(irqlName(d.irql));
    switch (d.rule) {
    case Rule::DeleteNotAllowed:
        return "WdfObjectDelete on " + object +
               ", which the driver may not delete: the framework owns its lifetime and deletes it "
               "itself (device removal, driver unload or request completion). Remove the call.";
    case Rule::DeleteTwice:
        return "Deletion of " + object +
               " was already requested. Delete an object once; clear your handle after "
               "WdfObjectDelete so no other path deletes it again.";
    case Rule::UseAfterFree:
        return object + " was already freed: its handle is invalid. Take a reference "
                        "(WdfObjectReference) while you still need the object, or stop using the "
                        "handle once it is deleted.";
    case Rule::DereferenceWithoutReference:
        return "WdfObjectDereference on " + object +
               " while the driver holds no reference on it: this consumes the framework's own "
               "reference. Dereference only what you referenced, with the same tag.";
    case Rule::TagMismatch:
        return "The dereference tag '" + d.tag + "' on " + object +
               " matches none of the driver's references; the oldest one was released. Pass the "
               "same tag to WdfObjectDereferenceWithTag that you passed to the reference.";
    case Rule::FreedByDereference:
        return "The reference count of " + object +
               " reached zero although the object was never deleted: the framework destroys it "
               "while it is still in the tree and bugchecks (0x10D WDF_VIOLATION). Delete objects "
               "with WdfObjectDelete; never dereference the creation reference away.";
    case Rule::UseAfterCleanup:
        return object + " is used after its EvtCleanupCallback has run. After cleanup only its "
                        "EvtDestroyCallback may touch it; drop such calls or take them before "
                        "deletion.";
    case Rule::MethodInDestroy:
        return "A method is called on " + object +
               " from its own EvtDestroyCallback, where its reference count is zero. Only the "
               "context accessors are allowed there; do the work in EvtCleanupCallback.";
    case Rule::ReferenceLeak:
        return object + " was deleted but still holds " + std::to_string(d.count) +
               " driver reference(s) at the end, so it is never destroyed. Release every "
               "reference, typically in EvtCleanupCallback.";
    case Rule::BufferLeak:
        return object + " was freed while its context buffer '" + d.buffer +
               "' was still allocated. Free context buffers in EvtCleanupCallback or "
               "EvtDestroyCallback.";
    case Rule::DoubleFree:
        return "The context buffer '" + d.buffer + "' of " + object +
               " is freed a second time. Free each buffer once, in one callback, and clear the "
               "pointer.";
    case Rule::PassiveChildOfRequest:
        return object + " was completed at " + irql +
               " with an object below it that must be cleaned up at PASSIVE_LEVEL; that object's "
               "cleanup is queued and runs after the request is gone. Do not parent "
               "passive-level objects to a request.";
    case Rule::WaitAtDispatch:
        return d.method + " on " + object + " at " + irql +
               ": waiting is only possible at PASSIVE_LEVEL, so the call returns without "
               "waiting. Call it at PASSIVE_LEVEL or without waiting.";
    case Rule::CompleteDriverRequest:
        return object + " was created by the driver (WdfRequestCreate) and must not be "
                        "completed; delete it with WdfObjectDelete when you are done with it.";
    case Rule::CallbackAfterRundown:
        return "A callback of " + object +
               " starts after its rundown began. Stop enqueuing or starting it before you delete "
               "it.";
    case Rule::WaitNeverSatisfied:
        return "A wait for " + std::to_string(d.count) + " running callback(s) of " + object +
               " never ended: the waiting thread hangs. Make every EvtWorkItem, EvtTimerFunc "
               "and EvtDpcFunc return.";
    case Rule::ParentBeingDeleted:
        return "The object could not be created: its parent " + object +
               " is being deleted (STATUS_DELETE_PENDING). Create children before deleting "
               "their parent.";
    case Rule::IrqlTooHigh:
        return d.op == Op::Create ? object + " cannot be created at " + irql +
                                        ". Create it at a lower IRQL, for example from a work item."
                                  : object + " must be deleted at PASSIVE_LEVEL, not " + irql + ".";
    case Rule::UmdfIrqlIgnored:
        return "UMDF drivers run at PASSIVE_LEVEL; the request to run at " + irql +
               " has no effect.";
    case Rule::InvalidStep:
        if (d.reason == "not-created")
            return "The step names " + object + ", which does not exist at this point.";
        if (d.reason == "parent-not-created")
            return "The parent " + object + " does not exist at this point.";
        if (d.reason == "already-created")
            return object + " already exists.";
        if (d.reason == "no-callback-running")
            return "No callback of " + object + " is running, so none can end.";
        if (d.reason == "already-completed")
            return object + " was already completed; a request is completed once.";
        if (d.reason == "not-a-request")
            return object + " is not a request: WdfRequestComplete does not apply.";
        if (d.reason == "wrong-type")
            return "This wait method does not apply to " + object + ".";
        return "The step cannot apply to " + object + ".";
    }
    return {};
}

} // namespace wdflc
