#pragma once

#include "model/Scenario.h"

#include <cstddef>
#include <memory>
#include <QCoreApplication>
#include <QString>

namespace studio {

// The result of one edit: a new, fully resolved scenario, or the reason the
// edit was refused (then `scenario` is null).
struct EditResult {
    std::shared_ptr<const wdflc::Scenario> scenario;
    QString error;
    wdflc::ObjectId object = wdflc::kNoObject; // the object the edit made or moved

    bool ok() const { return scenario != nullptr; }
};

// Pure edits of a scenario: each takes the current scenario and returns a new
// one, resolved and checked by the engine's own reader (written with
// writeScenario, read back with readScenario), so an edit can never produce a
// scenario the engine would refuse. The undo commands keep the results.
class ScenarioEdit {
    Q_DECLARE_TR_FUNCTIONS(ScenarioEdit)

public:
    // Creates an object of `type` under `parent` (kNoObject: the type's default parent).
    static EditResult addObject(const wdflc::Scenario& scenario, wdflc::ObjectType type,
                                wdflc::ObjectId parent);
    // Removes the object, its descendants, and every step or callback action naming them.
    static EditResult removeObject(const wdflc::Scenario& scenario, wdflc::ObjectId object);
    static EditResult reparent(const wdflc::Scenario& scenario, wdflc::ObjectId object,
                               wdflc::ObjectId parent);
    // Replaces the fields the scenario states (id, parent, poolType, createdBy,
    // role, contexts); a new id is renamed everywhere the old one was named.
    static EditResult replaceObject(const wdflc::Scenario& scenario, wdflc::ObjectId object,
                                    const wdflc::ObjectDecl& replacement);

    static EditResult insertStep(const wdflc::Scenario& scenario, std::size_t index,
                                 const wdflc::Action& step);
    static EditResult removeStep(const wdflc::Scenario& scenario, std::size_t index);
    static EditResult moveStep(const wdflc::Scenario& scenario, std::size_t from, std::size_t to);
    static EditResult replaceStep(const wdflc::Scenario& scenario, std::size_t index,
                                  const wdflc::Action& step);

    static EditResult setFramework(const wdflc::Scenario& scenario, wdflc::Framework framework);
    static EditResult setAutoDrain(const wdflc::Scenario& scenario, bool autoDrain);

    // Writes and reads back: resolves every index and runs every load check.
    static EditResult resolve(const wdflc::Scenario& edited);
    // An id not yet used, made from the type name ("timer1", "memory2", …).
    static std::string freshId(const wdflc::Scenario& scenario, wdflc::ObjectType type);
    static bool isValidId(const QString& id);
};

} // namespace studio
