#pragma once

#include "model/Scenario.h"

#include <memory>
#include <QString>
#include <QUndoCommand>

namespace studio {

class Document;

// One undoable edit of the document's scenario. It keeps the scenario before
// and after (both immutable and shared), so undo and redo are exact and cost
// nothing but a re-simulation. Consecutive edits with the same merge key (a
// drag, typing into one field) merge into one command.
class ScenarioCommand : public QUndoCommand {
public:
    ScenarioCommand(Document* document, const QString& text,
                    std::shared_ptr<const wdflc::Scenario> after,
                    wdflc::ObjectId focus = wdflc::kNoObject, QString mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const QString& mergeKey() const { return mergeKey_; }

private:
    Document* document_;
    std::shared_ptr<const wdflc::Scenario> before_;
    std::shared_ptr<const wdflc::Scenario> after_;
    wdflc::ObjectId focus_;
    QString mergeKey_;
};

} // namespace studio
