#include "steps/StepsPanel.h"

#include "commands/Editor.h"
#include "document/Document.h"
#include "i18n/Retranslator.h"
#include "steps/ActionDialog.h"
#include "steps/StepsModel.h"

#include <QHBoxLayout>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio {

StepsPanel::StepsPanel(Document* document, Editor* editor, QWidget* parent)
    : QWidget(parent), document_(document), editor_(editor),
      model_(new StepsModel(document, editor, this)), list_(new QListView(this)) {
    setObjectName(QStringLiteral("steps"));
    list_->setModel(model_);
    list_->setDragDropMode(QAbstractItemView::InternalMove);
    list_->setDefaultDropAction(Qt::MoveAction);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* buttons = new QHBoxLayout;
    auto* texts = new i18n::Retranslator(this);
    // text and tip are QT_TR_NOOP literals, translated again on language changes.
    auto addButton = [&](const char* text, const char* tip, auto slot) {
        auto* button = new QToolButton(this);
        texts->add([button, text, tip] {
            button->setText(tr(text));
            button->setToolTip(tr(tip));
        });
        connect(button, &QToolButton::clicked, this, slot);
        buttons->addWidget(button);
    };
    addButton(QT_TR_NOOP("Up"), QT_TR_NOOP("Move the step one place earlier"), [this] {
        const int row = selectedRow();
        if (row > 0)
            report(editor_->moveStep(std::size_t(row), std::size_t(row - 1)));
    });
    addButton(QT_TR_NOOP("Down"), QT_TR_NOOP("Move the step one place later"), [this] {
        const int row = selectedRow();
        if (row >= 0 && row + 1 < model_->rowCount())
            report(editor_->moveStep(std::size_t(row), std::size_t(row + 1)));
    });
    addButton(QT_TR_NOOP("Edit…"), QT_TR_NOOP("Edit the step"), [this] { editSelected(); });
    addButton(QT_TR_NOOP("Remove"), QT_TR_NOOP("Remove the step"), [this] {
        const int row = selectedRow();
        if (row >= 0)
            report(editor_->removeStep(std::size_t(row)));
    });
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(list_);
    layout->addLayout(buttons);

    connect(list_, &QListView::doubleClicked, this, &StepsPanel::editSelected);
    connect(list_, &QListView::clicked, this, [this](const QModelIndex& index) {
        document_->setPosition(model_->positionBefore(index.row()));
    });
}

int StepsPanel::selectedRow() const {
    const QModelIndex current = list_->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void StepsPanel::report(const QString& reason) {
    if (!reason.isEmpty())
        emit refused(reason);
}

void StepsPanel::editSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    const wdflc::Scenario& scenario = document_->scenario();
    const wdflc::Action& step = scenario.steps[std::size_t(row)];
    if (step.op == wdflc::Op::Create) {
        document_->setSelectedObject(step.createdId);
        return; // a create step is edited through its object's properties
    }
    ActionDialog dialog(scenario, ActionDialog::Where::Step, step, this);
    if (dialog.exec() == QDialog::Accepted)
        report(editor_->replaceStep(std::size_t(row), dialog.action()));
}

} // namespace studio
