#include "document/ActionText.h"

namespace studio {
namespace {

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

QString ActionText::irqlText(wdflc::Irql irql) {
    return fromView(wdflc::irqlName(irql));
}

QString ActionText::typeText(wdflc::ObjectType type) {
    return fromView(wdflc::typeName(type));
}

QString ActionText::objectText(const wdflc::Scenario& scenario, wdflc::ObjectId id) {
    if (id == wdflc::kNoObject || id >= scenario.declarations.size())
        return tr("(none)");
    return QString::fromStdString(scenario.decl(id).id);
}

QString ActionText::describe(const wdflc::Scenario& scenario, const wdflc::Action& action) {
    const QString object = QString::fromStdString(action.object);
    switch (action.op) {
    case wdflc::Op::Create: {
        if (action.createdId == wdflc::kNoObject)
            return tr("create");
        const wdflc::ObjectDecl& decl = scenario.decl(action.createdId);
        return tr("create %1 %2").arg(typeText(decl.type), QString::fromStdString(decl.id));
    }
    case wdflc::Op::Reference:
        return action.tag
                   ? tr("reference %1 (tag %2)").arg(object, QString::fromStdString(*action.tag))
                   : tr("reference %1").arg(object);
    case wdflc::Op::Dereference:
        return action.tag
                   ? tr("dereference %1 (tag %2)").arg(object, QString::fromStdString(*action.tag))
                   : tr("dereference %1").arg(object);
    case wdflc::Op::Delete:
        return tr("WdfObjectDelete %1").arg(object);
    case wdflc::Op::FrameworkDelete:
        return tr("framework deletes %1").arg(object);
    case wdflc::Op::CompleteRequest:
        return tr("complete request %1").arg(object);
    case wdflc::Op::SetIrql:
        return tr("raise or lower IRQL to %1").arg(irqlText(action.irql));
    case wdflc::Op::BeginCallback:
        return tr("callback of %1 starts").arg(object);
    case wdflc::Op::EndCallback:
        return tr("callback of %1 returns").arg(object);
    case wdflc::Op::Drain:
        return tr("drain deferred work");
    case wdflc::Op::Free:
        return tr("free buffer %1").arg(QString::fromStdString(action.buffer));
    case wdflc::Op::Call:
        return tr("call %1 on %2").arg(QString::fromStdString(action.method), object);
    case wdflc::Op::Run:
    case wdflc::Op::SetEvent:
    case wdflc::Op::ClearEvent:
    case wdflc::Op::WaitEvent:
    case wdflc::Op::Capture:
    case wdflc::Op::Use:
    case wdflc::Op::Forget: {
        // Format version 2 ops: the loader reads them, the engine does not run them yet.
        const std::string_view name = wdflc::opName(action.op);
        return tr("%1 on %2").arg(QString::fromLatin1(name.data(), qsizetype(name.size())), object);
    }
    }
    return {};
}

} // namespace studio
