#include "TimelineText.h"

#include "trace/DiagnosticRule.h"

namespace studio::plots {

using wdflc::plot::LifetimePhase;
using wdflc::plot::LifetimeTick;

namespace {

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString objectName(const wdflc::Trace& trace, wdflc::ObjectId object) {
    return object == wdflc::kNoObject ? QString()
                                      : QString::fromStdString(trace.objectName(object));
}

} // namespace

QString TimelineText::phaseName(LifetimePhase phase) {
    switch (phase) {
    case LifetimePhase::Alive:
        return tr("alive");
    case LifetimePhase::DeletionRequested:
        return tr("deletion requested");
    case LifetimePhase::CleanedUp:
        return tr("cleaned up");
    case LifetimePhase::WaitingForDestroy:
        return tr("waiting for destroy");
    case LifetimePhase::DestroyQueued:
        return tr("destroy queued");
    }
    return {};
}

QString TimelineText::tickName(LifetimeTick::Kind kind) {
    switch (kind) {
    case LifetimeTick::Kind::CleanupCallback:
        return QStringLiteral("EvtCleanupCallback");
    case LifetimeTick::Kind::DestroyCallback:
        return QStringLiteral("EvtDestroyCallback");
    case LifetimeTick::Kind::CleanupWithoutCallback:
        return tr("cleanup without callback");
    case LifetimeTick::Kind::DestroyWithoutCallback:
        return tr("destroy without callback");
    case LifetimeTick::Kind::DeleteRequested:
        return tr("delete call", "WdfObjectDelete or a framework delete");
    case LifetimeTick::Kind::Deferred:
        return tr("deferred to the worker");
    case LifetimeTick::Kind::WaitForCallbacks:
        return tr("waits for callbacks");
    case LifetimeTick::Kind::Warning:
        return tr("warning");
    case LifetimeTick::Kind::Error:
        return tr("error");
    }
    return {};
}

QString TimelineText::threadName(wdflc::ThreadKind thread) {
    switch (thread) {
    case wdflc::ThreadKind::Driver:
        return tr("driver", "thread");
    case wdflc::ThreadKind::Framework:
        return tr("framework", "thread");
    case wdflc::ThreadKind::Worker:
        return tr("worker", "thread");
    }
    return {};
}

QString TimelineText::irqlName(wdflc::Irql irql) {
    return fromStd(wdflc::irqlName(irql));
}

QString TimelineText::slotLabel(const wdflc::plot::StepSlot& slot) {
    switch (slot.kind) {
    case wdflc::plot::StepSlot::Kind::Objects:
        return tr("objects", "the creation of the scenario's objects, before step 0");
    case wdflc::plot::StepSlot::Kind::Step:
        return QString::number(slot.step + 1); // steps are counted from 1 wherever people read
    case wdflc::plot::StepSlot::Kind::End:
        return tr("end", "the end of the scenario");
    }
    return {};
}

QString TimelineText::objectLabel(const wdflc::Trace& trace, wdflc::ObjectId object) {
    return tr("%1 : %2").arg(objectName(trace, object), fromStd(trace.objectTypeName(object)));
}

QString TimelineText::describeEventAction(const wdflc::Trace& trace, const wdflc::Event& event) {
    using wdflc::EventKind;
    const QString object = objectName(trace, event.object);
    const auto context = [&] {
        const std::string* name = trace.contextName(event);
        return name ? QString::fromStdString(*name) : tr("unnamed context");
    };
    const auto tag = [&] {
        const std::string* name = trace.tag(event);
        return name ? tr(" (tag %1)").arg(QString::fromStdString(*name)) : QString();
    };
    switch (event.kind) {
    case EventKind::Created:
        return event.detail == wdflc::kNoObject
                   ? tr("%1 created").arg(object)
                   : tr("%1 created under %2").arg(object, objectName(trace, event.detail));
    case EventKind::Referenced:
        return tr("%1 referenced%2: count %3").arg(object, tag()).arg(event.refCount);
    case EventKind::Dereferenced:
        return tr("%1 dereferenced%2: count %3").arg(object, tag()).arg(event.refCount);
    case EventKind::DeleteRequested:
        return static_cast<wdflc::ThreadKind>(event.detail) == wdflc::ThreadKind::Framework
                   ? tr("the framework deletes %1").arg(object)
                   : tr("the driver deletes %1 (WdfObjectDelete)").arg(object);
    case EventKind::Cleanup:
        return event.registered
                   ? tr("EvtCleanupCallback of %1, %2").arg(object, context())
                   : tr("cleanup of %1 reaches %2, no callback").arg(object, context());
    case EventKind::Deferred:
        return tr("%1 queued to the worker (%2)")
            .arg(object,
                 fromStd(wdflc::deferReasonName(static_cast<wdflc::DeferReason>(event.detail))));
    case EventKind::WaitForCallbacks:
        return tr("deletion of %1 waits for %n running callback(s)", nullptr,
                  static_cast<int>(event.detail))
            .arg(object);
    case EventKind::Destroy:
        return event.registered
                   ? tr("EvtDestroyCallback of %1, %2").arg(object, context())
                   : tr("destroy of %1 reaches %2, no callback").arg(object, context());
    case EventKind::Freed:
        return tr("%1 freed").arg(object);
    case EventKind::BufferFreed:
        return tr("buffer %1 of %2 freed")
            .arg(QString::fromStdString(trace.bufferName(event)), object);
    case EventKind::Diagnostic: {
        const wdflc::DiagnosticDetail& detail = trace.diagnostic(event);
        const wdflc::RuleInfo& info = wdflc::ruleInfo(detail.rule);
        const QString rule = fromStd(info.id);
        const QString about = objectName(trace, detail.object);
        if (info.severity == wdflc::Severity::Error)
            return about.isEmpty() ? tr("error %1").arg(rule)
                                   : tr("error %1 on %2").arg(rule, about);
        return about.isEmpty() ? tr("warning %1").arg(rule)
                               : tr("warning %1 on %2").arg(rule, about);
    }
    case EventKind::IrqlChanged:
        return tr("IRQL raised or lowered to %1").arg(irqlName(event.irql));
    }
    return {};
}

QString TimelineText::describeEvent(const wdflc::Trace& trace, std::uint32_t seq) {
    const wdflc::Event& event = trace.at(seq);
    const QString where = event.step < 0 ? tr("event %1, outside the steps, %2 on the %3 thread")
                                               .arg(seq)
                                               .arg(irqlName(event.irql), threadName(event.thread))
                                         : tr("event %1, step %2, %3 on the %4 thread")
                                               .arg(seq)
                                               .arg(event.step + 1)
                                               .arg(irqlName(event.irql), threadName(event.thread));
    return describeEventAction(trace, event) + QLatin1Char('\n') + where;
}

} // namespace studio::plots
