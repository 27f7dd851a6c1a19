#include "commands/ScenarioEdit.h"

#include "commands/ParentRules.h"
#include "io/ScenarioReader.h"
#include "io/ScenarioWriter.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <QRegularExpression>

namespace studio {
namespace {

using ActionListVisitor = std::function<void(std::vector<wdflc::Action>&)>;

// Every list of actions in a scenario: the steps and every callback body.
void forEachActionList(wdflc::Scenario& scenario, const ActionListVisitor& visit) {
    visit(scenario.steps);
    for (wdflc::ObjectDecl& decl : scenario.declarations)
        for (wdflc::ContextDecl& context : decl.contexts) {
            visit(context.onCleanup);
            visit(context.onDestroy);
        }
}

EditResult refused(QString reason) {
    EditResult result;
    result.error = std::move(reason);
    return result;
}

// Puts `objects` back in an order where every parent comes before its children.
void orderParentsFirst(wdflc::Scenario& scenario) {
    std::vector<bool> inObjects(scenario.declarations.size(), false);
    for (wdflc::ObjectId id : scenario.objects)
        inObjects[id] = true;
    std::vector<bool> placed(scenario.declarations.size(), false);
    std::vector<wdflc::ObjectId> ordered;
    ordered.reserve(scenario.objects.size());
    for (wdflc::ObjectId id : scenario.objects) {
        // Collect the unplaced ancestors of `id`, then place them from the top.
        std::vector<wdflc::ObjectId> chain;
        for (wdflc::ObjectId at = id; at != wdflc::kNoObject && inObjects[at] && !placed[at] &&
                                      chain.size() <= scenario.declarations.size();
             at = scenario.declarations[at].parentId)
            chain.push_back(at);
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            placed[*it] = true;
            ordered.push_back(*it);
        }
    }
    scenario.objects = std::move(ordered);
}

} // namespace

bool ScenarioEdit::isValidId(const QString& id) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,63}$"));
    return id != QLatin1String("self") && pattern.match(id).hasMatch();
}

std::string ScenarioEdit::freshId(const wdflc::Scenario& scenario, wdflc::ObjectType type) {
    std::string base(wdflc::typeName(type).substr(3)); // without "WDF"
    std::transform(base.begin(), base.end(), base.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (int number = 1;; ++number) {
        std::string candidate = base + std::to_string(number);
        if (!scenario.find(candidate))
            return candidate;
    }
}

EditResult ScenarioEdit::resolve(const wdflc::Scenario& edited) {
    const std::string json = wdflc::writeScenario(edited);
    const wdflc::LoadResult loaded = wdflc::readScenario(json);
    if (loaded.ok()) {
        EditResult result;
        result.scenario = loaded.scenario;
        return result;
    }
    QStringList reasons;
    for (const wdflc::LoadProblem& problem : loaded.problems)
        if (problem.kind == wdflc::LoadProblem::Kind::Error)
            reasons << QString::fromStdString(
                problem.where.empty() ? problem.message : problem.where + ": " + problem.message);
    return refused(reasons.join(QLatin1Char('\n')));
}

EditResult ScenarioEdit::addObject(const wdflc::Scenario& scenario, wdflc::ObjectType type,
                                   wdflc::ObjectId parent) {
    const wdflc::Creator creator = ParentRules::defaultCreator(type);
    const QString why = parent == wdflc::kNoObject
                            ? ParentRules::whyNoDefaultParent(scenario, type, creator)
                            : ParentRules::whyNotChild(scenario, type, creator, parent);
    if (!why.isEmpty())
        return refused(why);
    wdflc::Scenario edited = scenario;
    wdflc::ObjectDecl decl;
    decl.id = freshId(scenario, type);
    decl.type = type;
    if (parent != wdflc::kNoObject)
        decl.parent = scenario.decl(parent).id;
    decl.declaredInObjects = true;
    const std::string id = decl.id;
    edited.declarations.push_back(std::move(decl));
    edited.objects.push_back(static_cast<wdflc::ObjectId>(edited.declarations.size() - 1));
    EditResult result = resolve(edited);
    if (result.ok())
        result.object = result.scenario->find(id).value_or(wdflc::kNoObject);
    return result;
}

EditResult ScenarioEdit::removeObject(const wdflc::Scenario& scenario, wdflc::ObjectId object) {
    const std::size_t count = scenario.declarations.size();
    std::vector<bool> removed(count, false);
    for (wdflc::ObjectId id = 0; id < count; ++id)
        removed[id] = ParentRules::isDescendantOrSelf(scenario, id, object);
    for (wdflc::ObjectId id = 0; id < count; ++id)
        if (removed[id] && scenario.decl(id).type == wdflc::ObjectType::Driver)
            return refused(tr("The WDFDRIVER is the root of every tree and cannot be removed."));

    wdflc::Scenario edited = scenario;
    auto namesRemoved = [&](const wdflc::Action& action) {
        return (action.op == wdflc::Op::Create && action.createdId != wdflc::kNoObject &&
                removed[action.createdId]) ||
               (action.target != wdflc::kNoObject && action.target < count &&
                removed[action.target]);
    };
    forEachActionList(
        edited, [&](std::vector<wdflc::Action>& actions) { std::erase_if(actions, namesRemoved); });

    // Declarations are addressed by index: renumber what stays.
    std::vector<wdflc::ObjectId> newIndex(count, wdflc::kNoObject);
    std::vector<wdflc::ObjectDecl> kept;
    for (wdflc::ObjectId id = 0; id < count; ++id)
        if (!removed[id]) {
            newIndex[id] = static_cast<wdflc::ObjectId>(kept.size());
            kept.push_back(std::move(edited.declarations[id]));
        }
    edited.declarations = std::move(kept);
    std::erase_if(edited.objects, [&](wdflc::ObjectId id) { return removed[id]; });
    for (wdflc::ObjectId& id : edited.objects)
        id = newIndex[id];
    forEachActionList(edited, [&](std::vector<wdflc::Action>& actions) {
        for (wdflc::Action& action : actions)
            if (action.op == wdflc::Op::Create && action.createdId != wdflc::kNoObject)
                action.createdId = newIndex[action.createdId];
    });
    return resolve(edited);
}

EditResult ScenarioEdit::reparent(const wdflc::Scenario& scenario, wdflc::ObjectId object,
                                  wdflc::ObjectId parent) {
    const QString why = ParentRules::whyNotReparent(scenario, object, parent);
    if (!why.isEmpty())
        return refused(why);
    wdflc::Scenario edited = scenario;
    wdflc::ObjectDecl& decl = edited.declarations[object];
    decl.parent = scenario.decl(parent).id;
    decl.parentId = parent;
    if (decl.declaredInObjects)
        orderParentsFirst(edited);
    EditResult result = resolve(edited);
    result.object = object;
    return result;
}

EditResult ScenarioEdit::replaceObject(const wdflc::Scenario& scenario, wdflc::ObjectId object,
                                       const wdflc::ObjectDecl& replacement) {
    const std::string oldId = scenario.decl(object).id;
    const std::string& newId = replacement.id;
    if (newId != oldId) {
        if (!isValidId(QString::fromStdString(newId)))
            return refused(tr("\"%1\" is not a valid id: a letter or _, then up to 63 letters, "
                              "digits, _, . or -.")
                               .arg(QString::fromStdString(newId)));
        if (scenario.find(newId))
            return refused(tr("The id \"%1\" is already used.").arg(QString::fromStdString(newId)));
    }
    wdflc::Scenario edited = scenario;
    wdflc::ObjectDecl& decl = edited.declarations[object];
    decl.id = newId;
    decl.parent = replacement.parent;
    decl.poolType = replacement.poolType;
    decl.createdBy = replacement.createdBy;
    decl.role = replacement.role;
    decl.contexts = replacement.contexts;
    if (newId != oldId) {
        for (wdflc::ObjectDecl& other : edited.declarations)
            if (other.parent == oldId)
                other.parent = newId;
        forEachActionList(edited, [&](std::vector<wdflc::Action>& actions) {
            for (wdflc::Action& action : actions)
                if (action.object == oldId)
                    action.object = newId;
        });
    }
    EditResult result = resolve(edited);
    result.object = object;
    return result;
}

EditResult ScenarioEdit::insertStep(const wdflc::Scenario& scenario, std::size_t index,
                                    const wdflc::Action& step) {
    wdflc::Scenario edited = scenario;
    index = std::min(index, edited.steps.size());
    edited.steps.insert(edited.steps.begin() + static_cast<std::ptrdiff_t>(index), step);
    EditResult result = resolve(edited);
    result.object = step.target;
    return result;
}

EditResult ScenarioEdit::removeStep(const wdflc::Scenario& scenario, std::size_t index) {
    if (index >= scenario.steps.size())
        return refused(tr("There is no step %1.").arg(index + 1));
    const wdflc::Action& step = scenario.steps[index];
    // A create step is the object's birth: removing it removes the object.
    if (step.op == wdflc::Op::Create && step.createdId != wdflc::kNoObject)
        return removeObject(scenario, step.createdId);
    wdflc::Scenario edited = scenario;
    edited.steps.erase(edited.steps.begin() + static_cast<std::ptrdiff_t>(index));
    return resolve(edited);
}

EditResult ScenarioEdit::moveStep(const wdflc::Scenario& scenario, std::size_t from,
                                  std::size_t to) {
    if (from >= scenario.steps.size() || to >= scenario.steps.size())
        return refused(tr("There is no such step."));
    wdflc::Scenario edited = scenario;
    auto first = edited.steps.begin();
    if (from < to)
        std::rotate(first + static_cast<std::ptrdiff_t>(from),
                    first + static_cast<std::ptrdiff_t>(from) + 1,
                    first + static_cast<std::ptrdiff_t>(to) + 1);
    else
        std::rotate(first + static_cast<std::ptrdiff_t>(to),
                    first + static_cast<std::ptrdiff_t>(from),
                    first + static_cast<std::ptrdiff_t>(from) + 1);
    return resolve(edited);
}

EditResult ScenarioEdit::replaceStep(const wdflc::Scenario& scenario, std::size_t index,
                                     const wdflc::Action& step) {
    if (index >= scenario.steps.size())
        return refused(tr("There is no step %1.").arg(index + 1));
    if (scenario.steps[index].op == wdflc::Op::Create || step.op == wdflc::Op::Create)
        return refused(tr("A create step is edited through its object."));
    wdflc::Scenario edited = scenario;
    edited.steps[index] = step;
    return resolve(edited);
}

EditResult ScenarioEdit::setFramework(const wdflc::Scenario& scenario, wdflc::Framework framework) {
    wdflc::Scenario edited = scenario;
    edited.framework = framework;
    edited.frameworkGiven = true;
    return resolve(edited);
}

EditResult ScenarioEdit::setAutoDrain(const wdflc::Scenario& scenario, bool autoDrain) {
    wdflc::Scenario edited = scenario;
    edited.autoDrain = autoDrain;
    edited.autoDrainGiven = true;
    return resolve(edited);
}

} // namespace studio
