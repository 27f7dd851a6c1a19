#pragma once

#include "model/Scenario.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace studio {

// Edits one action: a step of the scenario or an action of a callback body
// (then "self" names the object whose callback runs, and `free` is offered).
class ActionDialog : public QDialog {
    Q_OBJECT

public:
    enum class Where { Step, Callback };

    ActionDialog(const wdflc::Scenario& scenario, Where where, const wdflc::Action& action,
                 QWidget* parent = nullptr);

    wdflc::Action action() const;

private:
    void showFieldsFor(wdflc::Op op);

    Where where_;
    QFormLayout* form_;
    QComboBox* op_;
    QComboBox* object_;
    QLineEdit* tag_;
    QComboBox* irql_;
    QLineEdit* method_;
    QLineEdit* buffer_;
};

} // namespace studio
