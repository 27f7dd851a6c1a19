#include "document/EventNarrator.h"

#include "document/ActionText.h"
#include "i18n/DiagnosticText.h"

namespace studio {
namespace {

QString text(std::string_view view) {
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

QString objectName(const wdflc::Trace& trace, wdflc::ObjectId id) {
    return id == wdflc::kNoObject ? QString() : QString::fromStdString(trace.objectName(id));
}

QString contextText(const wdflc::Trace& trace, const wdflc::Event& event) {
    const std::string* name = trace.contextName(event);
    return name != nullptr ? QString::fromStdString(*name) : QStringLiteral("—");
}

QString threadText(wdflc::ThreadKind thread) {
    switch (thread) {
    case wdflc::ThreadKind::Driver:
        return EventNarrator::tr("the driver's thread");
    case wdflc::ThreadKind::Framework:
        return EventNarrator::tr("the framework's thread");
    case wdflc::ThreadKind::Worker:
        return EventNarrator::tr("the worker thread");
    }
    return {};
}

bool isPagedMemory(const wdflc::Trace& trace, wdflc::ObjectId id) {
    const wdflc::ObjectDecl& decl = trace.scenario->decl(id);
    return (decl.type == wdflc::ObjectType::Memory || decl.type == wdflc::ObjectType::Lookaside) &&
           decl.pool() == wdflc::PoolType::Paged;
}

} // namespace

QString EventNarrator::what(const wdflc::Trace& trace, std::uint32_t seq) {
    const wdflc::Event& event = trace.at(seq);
    const QString object = objectName(trace, event.object);
    const QString irql = ActionText::irqlText(event.irql);
    switch (event.kind) {
    case wdflc::EventKind::Created:
        return event.detail == wdflc::kNone
                   ? tr("%1 is created (%2), with no parent.")
                         .arg(object, text(trace.objectTypeName(event.object)))
                   : tr("%1 is created (%2) as a child of %3.")
                         .arg(object, text(trace.objectTypeName(event.object)),
                              objectName(trace, event.detail));
    case wdflc::EventKind::Referenced: {
        const std::string* tag = trace.tag(event);
        return tag ? tr("%1 gets a reference with tag %2: the count is %3.")
                         .arg(object, QString::fromStdString(*tag))
                         .arg(event.refCount)
                   : tr("%1 gets a reference: the count is %2.").arg(object).arg(event.refCount);
    }
    case wdflc::EventKind::Dereferenced: {
        const std::string* tag = trace.tag(event);
        return tag ? tr("A reference on %1 with tag %2 is released: the count is %3.")
                         .arg(object, QString::fromStdString(*tag))
                         .arg(event.refCount)
                   : tr("A reference on %1 is released: the count is %2.")
                         .arg(object)
                         .arg(event.refCount);
    }
    case wdflc::EventKind::DeleteRequested:
        return event.detail == static_cast<std::uint32_t>(wdflc::ThreadKind::Framework)
                   ? tr("The framework starts deleting %1.").arg(object)
                   : tr("The driver calls WdfObjectDelete on %1.").arg(object);
    case wdflc::EventKind::Cleanup:
        return event.registered
                   ? tr("EvtCleanupCallback of %1 (context %2) runs at %3 on %4.")
                         .arg(object, contextText(trace, event), irql, threadText(event.thread))
                   : tr("%1 is cleaned up (context %2 has no EvtCleanupCallback).")
                         .arg(object, contextText(trace, event));
    case wdflc::EventKind::Deferred:
        return tr("The deletion work of %1 is queued to the worker thread (requested at %2).")
            .arg(object, irql);
    case wdflc::EventKind::WaitForCallbacks:
        return tr("Deleting %1 waits for %2 running callback(s) to return.")
            .arg(object)
            .arg(event.detail);
    case wdflc::EventKind::Destroy:
        return event.registered
                   ? tr("EvtDestroyCallback of %1 (context %2) runs at %3 on %4.")
                         .arg(object, contextText(trace, event), irql, threadText(event.thread))
                   : tr("%1 reaches its destroy phase (context %2 has no "
                        "EvtDestroyCallback).")
                         .arg(object, contextText(trace, event));
    case wdflc::EventKind::Freed:
        return tr("%1 is freed: its handle is invalid from now on.").arg(object);
    case wdflc::EventKind::BufferFreed:
        return tr("A callback of %1 frees its buffer %2.")
            .arg(object, QString::fromStdString(trace.bufferName(event)));
    case wdflc::EventKind::Diagnostic: {
        const wdflc::DiagnosticDetail& detail = trace.diagnostic(event);
        const wdflc::RuleInfo& rule = wdflc::ruleInfo(detail.rule);
        const QString message = i18n::DiagnosticText::message(trace, detail);
        return rule.severity == wdflc::Severity::Error
                   ? tr("Error (%1): %2").arg(text(rule.id), message)
                   : tr("Warning (%1): %2").arg(text(rule.id), message);
    }
    case wdflc::EventKind::IrqlChanged:
        return tr("The driver's code now runs at %1.").arg(irql);
    }
    return {};
}

QString EventNarrator::why(const wdflc::Trace& trace, const wdflc::TimelineIndex& timeline,
                           std::uint32_t seq) {
    const wdflc::Event& event = trace.at(seq);
    const QString object = objectName(trace, event.object);
    switch (event.kind) {
    case wdflc::EventKind::Created:
        return tr("Every object starts with one reference, the creation reference; the "
                  "framework releases it when the object is deleted.");
    case wdflc::EventKind::Referenced:
        return tr("A reference keeps the handle valid: it delays the destroy phase, never the "
                  "cleanup.");
    case wdflc::EventKind::Dereferenced:
        return event.refCount == 0 ? tr("The count reached zero, so the destroy phase can run.")
                                   : QString();
    case wdflc::EventKind::DeleteRequested:
        return tr("Deletion cleans up the children first, then the object itself.");
    case wdflc::EventKind::Cleanup: {
        if (event.thread == wdflc::ThreadKind::Worker)
            return tr("It runs on the worker at PASSIVE_LEVEL because the work was deferred.");
        const wdflc::ObjectSnapshot state = timeline.stateAt(event.object, seq);
        if (!state.deletionRoot)
            return tr("Its parent is being deleted: children are cleaned up before their parent.");
        return tr("Cleanup runs while the handle is still valid, so the callback may still use "
                  "the object.");
    }
    case wdflc::EventKind::Deferred:
        switch (static_cast<wdflc::DeferReason>(event.detail)) {
        case wdflc::DeferReason::PassiveDispose:
            if (isPagedMemory(trace, event.object))
                return tr("Paged-pool memory is cleaned up at PASSIVE_LEVEL, so the work was "
                          "queued.");
            return tr("%1 must be cleaned up at PASSIVE_LEVEL, and the deletion came at %2, so "
                      "the work was queued.")
                .arg(object, ActionText::irqlText(event.irql));
        case wdflc::DeferReason::PassiveChild:
            return tr("A child of %1 must be cleaned up at PASSIVE_LEVEL: to keep children before "
                      "parents, the rest of the deletion was queued.")
                .arg(object);
        case wdflc::DeferReason::PassiveDestroy:
            return tr("The last reference went away at %1, and the destroy of %2 must run at "
                      "PASSIVE_LEVEL, so it was queued.")
                .arg(ActionText::irqlText(event.irql), object);
        case wdflc::DeferReason::RequestCompletedAtDispatch:
            return tr("The request was completed above PASSIVE_LEVEL: its passive child is "
                      "detached and deleted later at PASSIVE_LEVEL, after the request.");
        }
        return {};
    case wdflc::EventKind::WaitForCallbacks:
        return tr("A work item, timer or DPC is not cleaned up while its callback is still "
                  "running; the deletion resumes when the last one returns.");
    case wdflc::EventKind::Destroy:
        return tr("The reference count reached zero: the destroy callback is the last moment "
                  "the context memory is valid.");
    case wdflc::EventKind::Freed:
        return tr("After the destroy phase the framework releases the object's memory.");
    case wdflc::EventKind::BufferFreed:
    case wdflc::EventKind::IrqlChanged:
        return {};
    case wdflc::EventKind::Diagnostic: {
        return tr("The rule: %1.").arg(i18n::DiagnosticText::summary(trace.diagnostic(event).rule));
    }
    }
    return {};
}

QString EventNarrator::caption(const wdflc::Trace& trace, const wdflc::TimelineIndex& timeline,
                               std::uint32_t position) {
    if (trace.events.empty())
        return tr("An empty scenario: drag an object type from the palette onto the canvas.");
    if (position == 0)
        return tr("Nothing has happened yet. Press Play to run the scenario.");
    const QString what = EventNarrator::what(trace, position);
    const QString why = EventNarrator::why(trace, timeline, position);
    // Japanese joins its sentences without a space after 「。」.
    return why.isEmpty() ? what : tr("%1 %2", "a sentence, then the next one").arg(what, why);
}

} // namespace studio
