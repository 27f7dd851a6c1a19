#include "docs/HelpTopics.h"

#include <QAction>
#include <QHash>
#include <QToolButton>
#include <QVariant>
#include <QWidget>

namespace studio::docs::HelpTopics {

QString forEvent(wdflc::EventKind kind) {
    switch (kind) {
    case wdflc::EventKind::Created:
        return QStringLiteral("objects-and-tree");
    case wdflc::EventKind::Referenced:
    case wdflc::EventKind::Dereferenced:
        return QStringLiteral("reference-counts");
    case wdflc::EventKind::DeleteRequested:
        return QStringLiteral("wdfobjectdelete");
    case wdflc::EventKind::Cleanup:
        return QStringLiteral("evt-cleanup-callback");
    case wdflc::EventKind::Destroy:
        return QStringLiteral("evt-destroy-callback");
    case wdflc::EventKind::Deferred:
        return QStringLiteral("deferred-work");
    case wdflc::EventKind::WaitForCallbacks:
        return QStringLiteral("waiting-for-callbacks");
    case wdflc::EventKind::Freed:
        return QStringLiteral("cleanup-destroy-order");
    case wdflc::EventKind::BufferFreed:
        return QStringLiteral("contexts-and-buffers");
    case wdflc::EventKind::IrqlChanged:
        return QStringLiteral("irql-and-passive-objects");
    case wdflc::EventKind::Diagnostic:
        break; // the rule decides: see forRule()
    }
    return QStringLiteral("index");
}

QString forRule(wdflc::Rule rule) {
    const std::string_view id = wdflc::ruleInfo(rule).id;
    return QStringLiteral("rule-") + QString::fromLatin1(id.data(), qsizetype(id.size()));
}

QString forObjectType(wdflc::ObjectType type) {
    switch (type) {
    case wdflc::ObjectType::Request:
        return QStringLiteral("request-at-dispatch");
    case wdflc::ObjectType::Timer:
    case wdflc::ObjectType::WorkItem:
    case wdflc::ObjectType::Dpc:
        return QStringLiteral("waiting-for-callbacks");
    case wdflc::ObjectType::Memory:
    case wdflc::ObjectType::Lookaside:
        return QStringLiteral("irql-and-passive-objects");
    case wdflc::ObjectType::Queue:
    case wdflc::ObjectType::FileObject:
    case wdflc::ObjectType::String:
    case wdflc::ObjectType::Key:
    case wdflc::ObjectType::Collection:
    case wdflc::ObjectType::SpinLock:
    case wdflc::ObjectType::WaitLock:
    case wdflc::ObjectType::Object:
    case wdflc::ObjectType::IoTarget:
    case wdflc::ObjectType::Interrupt:
    case wdflc::ObjectType::ChildList:
        return QStringLiteral("default-parents");
    case wdflc::ObjectType::Driver:
    case wdflc::ObjectType::Device:
        break;
    }
    return QStringLiteral("objects-and-tree");
}

QString forObject(const wdflc::Scenario& scenario, wdflc::ObjectId id) {
    return id < scenario.declarations.size() ? forObjectType(scenario.decl(id).type) : QString();
}

QString forOp(wdflc::Op op) {
    switch (op) {
    case wdflc::Op::Create:
        return QStringLiteral("objects-and-tree");
    case wdflc::Op::Reference:
    case wdflc::Op::Dereference:
        return QStringLiteral("reference-counts");
    case wdflc::Op::Delete:
    case wdflc::Op::FrameworkDelete:
        return QStringLiteral("wdfobjectdelete");
    case wdflc::Op::CompleteRequest:
        return QStringLiteral("request-at-dispatch");
    case wdflc::Op::SetIrql:
        return QStringLiteral("irql-and-passive-objects");
    case wdflc::Op::BeginCallback:
    case wdflc::Op::EndCallback:
        return QStringLiteral("waiting-for-callbacks");
    case wdflc::Op::Drain:
        return QStringLiteral("deferred-work");
    case wdflc::Op::Free:
        return QStringLiteral("contexts-and-buffers");
    case wdflc::Op::Call:
        return QStringLiteral("evt-destroy-callback");
    case wdflc::Op::Run:
    case wdflc::Op::SetEvent:
    case wdflc::Op::ClearEvent:
    case wdflc::Op::WaitEvent:
        return QStringLiteral("waiting-for-callbacks");
    case wdflc::Op::Capture:
    case wdflc::Op::Use:
    case wdflc::Op::Forget:
        return QStringLiteral("contexts-and-buffers");
    }
    return QStringLiteral("index");
}

void set(QObject* object, const QString& topic) {
    object->setProperty(kProperty, topic);
}

QString forWidget(const QWidget* widget) {
    // The studio's views by object name: their code need not know about help.
    static const QHash<QString, QString> byName{
        {QStringLiteral("canvas"), QStringLiteral("studio-tour")},
        {QStringLiteral("caption"), QStringLiteral("studio-tour")},
        {QStringLiteral("paletteDock"), QStringLiteral("default-parents")},
        {QStringLiteral("outlineDock"), QStringLiteral("objects-and-tree")},
        {QStringLiteral("inspectorDock"), QStringLiteral("reference-counts")},
        {QStringLiteral("propertiesDock"), QStringLiteral("contexts-and-buffers")},
        {QStringLiteral("stepsDock"), QStringLiteral("studio-tour")},
        {QStringLiteral("historyDock"), QStringLiteral("studio-tour")},
        {QStringLiteral("diagnosticsDock"), QStringLiteral("index")},
        {QStringLiteral("importDock"), QStringLiteral("default-parents")},
        {QStringLiteral("timelinesDock"), QStringLiteral("cleanup-destroy-order")},
        {QStringLiteral("sequenceDiagramDock"), QStringLiteral("cleanup-destroy-order")},
        {QStringLiteral("docsDock"), QStringLiteral("studio-tour")},
        {QStringLiteral("driveToolBar"), QStringLiteral("wdfobjectdelete")},
        {QStringLiteral("viewToolBar"), QStringLiteral("studio-tour")},
        {QStringLiteral("playerBar"), QStringLiteral("studio-tour")},
    };
    for (const QWidget* w = widget; w != nullptr; w = w->parentWidget()) {
        QString topic = w->property(kProperty).toString();
        if (const auto* button = qobject_cast<const QToolButton*>(w);
            topic.isEmpty() && button != nullptr && button->defaultAction() != nullptr)
            topic = button->defaultAction()->property(kProperty).toString();
        if (topic.isEmpty())
            topic = byName.value(w->objectName());
        if (!topic.isEmpty())
            return topic;
    }
    return {};
}

} // namespace studio::docs::HelpTopics
