#include "steps/ActionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace studio {
namespace {

QString view(std::string_view text) {
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

ActionDialog::ActionDialog(const wdflc::Scenario& scenario, Where where,
                           const wdflc::Action& action, QWidget* parent)
    : QDialog(parent), where_(where), form_(new QFormLayout), op_(new QComboBox(this)),
      object_(new QComboBox(this)), tag_(new QLineEdit(this)), irql_(new QComboBox(this)),
      method_(new QLineEdit(this)), buffer_(new QLineEdit(this)) {
    setWindowTitle(where == Where::Step ? tr("Edit Step") : tr("Edit Callback Action"));
    const std::vector<wdflc::Op> ops =
        where == Where::Step
            ? std::vector<wdflc::Op>{wdflc::Op::Reference,       wdflc::Op::Dereference,
                                     wdflc::Op::Delete,          wdflc::Op::FrameworkDelete,
                                     wdflc::Op::CompleteRequest, wdflc::Op::SetIrql,
                                     wdflc::Op::BeginCallback,   wdflc::Op::EndCallback,
                                     wdflc::Op::Drain,           wdflc::Op::Call}
            : std::vector<wdflc::Op>{wdflc::Op::Reference, wdflc::Op::Dereference,
                                     wdflc::Op::Delete,    wdflc::Op::CompleteRequest,
                                     wdflc::Op::Free,      wdflc::Op::Call};
    for (wdflc::Op op : ops)
        op_->addItem(view(wdflc::opName(op)), static_cast<int>(op));
    if (where == Where::Callback)
        object_->addItem(QStringLiteral("self"));
    for (const wdflc::ObjectDecl& decl : scenario.declarations)
        object_->addItem(QString::fromStdString(decl.id));
    object_->setEditable(false);
    for (wdflc::Irql irql : {wdflc::Irql::Passive, wdflc::Irql::Apc, wdflc::Irql::Dispatch})
        irql_->addItem(view(wdflc::irqlName(irql)), static_cast<int>(irql));
    method_->setPlaceholderText(QStringLiteral("WdfObjectGetTypedContext"));

    form_->addRow(tr("Operation:"), op_);
    form_->addRow(tr("Object:"), object_);
    form_->addRow(tr("Tag:"), tag_);
    form_->addRow(tr("IRQL:"), irql_);
    form_->addRow(tr("Method:"), method_);
    form_->addRow(tr("Buffer:"), buffer_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form_);
    layout->addWidget(buttons);

    op_->setCurrentIndex(std::max(0, op_->findData(static_cast<int>(action.op))));
    object_->setCurrentIndex(std::max(0, object_->findText(QString::fromStdString(action.object))));
    tag_->setText(action.tag ? QString::fromStdString(*action.tag) : QString());
    irql_->setCurrentIndex(std::max(0, irql_->findData(static_cast<int>(action.irql))));
    method_->setText(QString::fromStdString(action.method));
    buffer_->setText(QString::fromStdString(action.buffer));
    connect(op_, &QComboBox::currentIndexChanged, this,
            [this] { showFieldsFor(static_cast<wdflc::Op>(op_->currentData().toInt())); });
    showFieldsFor(static_cast<wdflc::Op>(op_->currentData().toInt()));
}

void ActionDialog::showFieldsFor(wdflc::Op op) {
    const bool hasObject =
        op != wdflc::Op::SetIrql && op != wdflc::Op::Drain && op != wdflc::Op::Free;
    form_->setRowVisible(object_, hasObject);
    form_->setRowVisible(tag_, op == wdflc::Op::Reference || op == wdflc::Op::Dereference);
    form_->setRowVisible(irql_, op == wdflc::Op::SetIrql);
    form_->setRowVisible(method_, op == wdflc::Op::Call);
    form_->setRowVisible(buffer_, op == wdflc::Op::Free);
}

wdflc::Action ActionDialog::action() const {
    wdflc::Action action;
    action.op = static_cast<wdflc::Op>(op_->currentData().toInt());
    switch (action.op) {
    case wdflc::Op::SetIrql:
        action.irql = static_cast<wdflc::Irql>(irql_->currentData().toInt());
        break;
    case wdflc::Op::Drain:
        break;
    case wdflc::Op::Free:
        action.buffer = buffer_->text().trimmed().toStdString();
        break;
    default:
        action.object = object_->currentText().toStdString();
        if ((action.op == wdflc::Op::Reference || action.op == wdflc::Op::Dereference) &&
            !tag_->text().trimmed().isEmpty())
            action.tag = tag_->text().trimmed().toStdString();
        if (action.op == wdflc::Op::Call)
            action.method = method_->text().trimmed().toStdString();
        break;
    }
    return action;
}

} // namespace studio
