#pragma once

#include "model/Scenario.h"

#include <cstddef>
#include <QCoreApplication>
#include <QString>

namespace studio {

class Document;
struct EditResult;

// The one way views change the scenario: each method makes the edit with
// ScenarioEdit and, if the engine accepts the result, pushes a
// ScenarioCommand onto the document's undo stack. Returns an empty string,
// or why the edit was refused (nothing changes then).
class Editor {
    Q_DECLARE_TR_FUNCTIONS(Editor)

public:
    explicit Editor(Document* document) : document_(document) {}

    QString addObject(wdflc::ObjectType type, wdflc::ObjectId parent);
    QString removeObject(wdflc::ObjectId object);
    QString reparent(wdflc::ObjectId object, wdflc::ObjectId parent);
    // Typing into one field of one object merges into one command per field.
    QString replaceObject(wdflc::ObjectId object, const wdflc::ObjectDecl& replacement,
                          const QString& field);

    // Appends a step acting on `object`; when `irql` differs from the IRQL the
    // steps end at, a setIrql step goes first (one undoable command).
    QString appendStep(wdflc::Op op, wdflc::ObjectId object, wdflc::Irql irql,
                       const QString& tag = {});
    QString removeStep(std::size_t index);
    QString moveStep(std::size_t from, std::size_t to);
    QString replaceStep(std::size_t index, const wdflc::Action& step);

    QString setFramework(wdflc::Framework framework);
    QString setAutoDrain(bool autoDrain);

    // The IRQL the last setIrql step leaves (PASSIVE_LEVEL when there is none).
    static wdflc::Irql irqlAfterSteps(const wdflc::Scenario& scenario);

private:
    QString push(const EditResult& result, const QString& text, wdflc::ObjectId focus,
                 const QString& mergeKey = {});

    Document* document_;
};

} // namespace studio
