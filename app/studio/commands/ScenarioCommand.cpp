#include "commands/ScenarioCommand.h"

#include "document/Document.h"

namespace studio {
namespace {

constexpr int kMergeableCommandId = 0x5744; // "WD"

} // namespace

ScenarioCommand::ScenarioCommand(Document* document, const QString& text,
                                 std::shared_ptr<const wdflc::Scenario> after,
                                 wdflc::ObjectId focus, QString mergeKey)
    : document_(document), before_(document->scenarioPointer()), after_(std::move(after)),
      focus_(focus), mergeKey_(std::move(mergeKey)) {
    setText(text);
}

void ScenarioCommand::undo() {
    document_->replaceScenario(before_);
    if (focus_ < before_->declarations.size())
        document_->setSelectedObject(focus_);
}

void ScenarioCommand::redo() {
    document_->replaceScenario(after_);
    if (focus_ < after_->declarations.size())
        document_->setSelectedObject(focus_);
}

int ScenarioCommand::id() const {
    return mergeKey_.isEmpty() ? -1 : kMergeableCommandId;
}

bool ScenarioCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const ScenarioCommand*>(other);
    if (next->mergeKey_ != mergeKey_)
        return false;
    after_ = next->after_;
    // An edit dragged back to where it started is no edit at all.
    setObsolete(*after_ == *before_);
    return true;
}

} // namespace studio
