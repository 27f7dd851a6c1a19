#include "commands/Editor.h"

#include "commands/ScenarioCommand.h"
#include "commands/ScenarioEdit.h"
#include "document/ActionText.h"
#include "document/Document.h"

#include <QUndoStack>

namespace studio {
namespace {

QString idText(const wdflc::Scenario& scenario, wdflc::ObjectId id) {
    return QString::fromStdString(scenario.decl(id).id);
}

} // namespace

QString Editor::push(const EditResult& result, const QString& text, wdflc::ObjectId focus,
                     const QString& mergeKey) {
    if (!result.ok())
        return result.error;
    document_->undoStack()->push(
        new ScenarioCommand(document_, text, result.scenario, focus, mergeKey));
    return {};
}

QString Editor::addObject(wdflc::ObjectType type, wdflc::ObjectId parent) {
    const wdflc::Scenario& scenario = document_->scenario();
    const EditResult result = ScenarioEdit::addObject(scenario, type, parent);
    if (!result.ok())
        return result.error;
    const QString id = idText(*result.scenario, result.object);
    const QString text = parent == wdflc::kNoObject
                             ? tr("Add %1 %2").arg(ActionText::typeText(type), id)
                             : tr("Add %1 %2 under %3")
                                   .arg(ActionText::typeText(type), id, idText(scenario, parent));
    return push(result, text, result.object);
}

QString Editor::removeObject(wdflc::ObjectId object) {
    const wdflc::Scenario& scenario = document_->scenario();
    return push(ScenarioEdit::removeObject(scenario, object),
                tr("Remove %1").arg(idText(scenario, object)), wdflc::kNoObject);
}

QString Editor::reparent(wdflc::ObjectId object, wdflc::ObjectId parent) {
    const wdflc::Scenario& scenario = document_->scenario();
    return push(ScenarioEdit::reparent(scenario, object, parent),
                tr("Move %1 under %2").arg(idText(scenario, object), idText(scenario, parent)),
                object, QStringLiteral("reparent:%1").arg(object));
}

QString Editor::replaceObject(wdflc::ObjectId object, const wdflc::ObjectDecl& replacement,
                              const QString& field) {
    const wdflc::Scenario& scenario = document_->scenario();
    if (scenario.decl(object) == replacement)
        return {};
    return push(ScenarioEdit::replaceObject(scenario, object, replacement),
                tr("Edit %1 of %2").arg(field, idText(scenario, object)), object,
                QStringLiteral("edit:%1:%2").arg(object).arg(field));
}

wdflc::Irql Editor::irqlAfterSteps(const wdflc::Scenario& scenario) {
    wdflc::Irql irql = wdflc::Irql::Passive;
    for (const wdflc::Action& step : scenario.steps)
        if (step.op == wdflc::Op::SetIrql)
            irql = step.irql;
    return irql;
}

QString Editor::appendStep(wdflc::Op op, wdflc::ObjectId object, wdflc::Irql irql,
                           const QString& tag) {
    const wdflc::Scenario& scenario = document_->scenario();
    wdflc::Scenario edited = scenario;
    if (irqlAfterSteps(scenario) != irql) {
        wdflc::Action setIrql;
        setIrql.op = wdflc::Op::SetIrql;
        setIrql.irql = irql;
        edited.steps.push_back(setIrql);
    }
    wdflc::Action step;
    step.op = op;
    if (object != wdflc::kNoObject)
        step.object = scenario.decl(object).id;
    if (!tag.isEmpty())
        step.tag = tag.toStdString();
    edited.steps.push_back(step);
    const EditResult result = ScenarioEdit::resolve(edited);
    return push(result, tr("Add step: %1").arg(ActionText::describe(scenario, step)), object);
}

QString Editor::removeStep(std::size_t index) {
    const wdflc::Scenario& scenario = document_->scenario();
    if (index >= scenario.steps.size())
        return tr("There is no step %1.").arg(index + 1);
    const QString what = ActionText::describe(scenario, scenario.steps[index]);
    return push(ScenarioEdit::removeStep(scenario, index),
                tr("Remove step %1: %2").arg(index + 1).arg(what), wdflc::kNoObject);
}

QString Editor::moveStep(std::size_t from, std::size_t to) {
    const wdflc::Scenario& scenario = document_->scenario();
    if (from >= scenario.steps.size())
        return tr("There is no step %1.").arg(from + 1);
    const QString what = ActionText::describe(scenario, scenario.steps[from]);
    return push(ScenarioEdit::moveStep(scenario, from, to),
                tr("Move step %1 to %2").arg(what).arg(to + 1), wdflc::kNoObject);
}

QString Editor::replaceStep(std::size_t index, const wdflc::Action& step) {
    const wdflc::Scenario& scenario = document_->scenario();
    return push(ScenarioEdit::replaceStep(scenario, index, step),
                tr("Edit step %1: %2").arg(index + 1).arg(ActionText::describe(scenario, step)),
                wdflc::kNoObject, QStringLiteral("step:%1").arg(index));
}

QString Editor::setFramework(wdflc::Framework framework) {
    const wdflc::Scenario& scenario = document_->scenario();
    if (scenario.framework == framework)
        return {};
    return push(ScenarioEdit::setFramework(scenario, framework),
                framework == wdflc::Framework::Umdf ? tr("Switch to UMDF") : tr("Switch to KMDF"),
                wdflc::kNoObject);
}

QString Editor::setAutoDrain(bool autoDrain) {
    const wdflc::Scenario& scenario = document_->scenario();
    if (scenario.autoDrain == autoDrain)
        return {};
    return push(ScenarioEdit::setAutoDrain(scenario, autoDrain),
                autoDrain ? tr("Drain deferred work after each step")
                          : tr("Drain deferred work only at drain steps"),
                wdflc::kNoObject);
}

} // namespace studio
