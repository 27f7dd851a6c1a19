#include "inspector/PropertyEditor.h"

#include "commands/Editor.h"
#include "commands/ParentRules.h"
#include "document/ActionText.h"
#include "document/Document.h"
#include "i18n/Retranslator.h"
#include "steps/ActionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio {
namespace {

// `text` is a QT_TR_NOOP literal of PropertyEditor, translated on every language change.
QWidget* buttonRow(QWidget* parent, i18n::Retranslator* texts,
                   const QList<QPair<const char*, std::function<void()>>>& buttons) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto& [text, slot] : buttons) {
        auto* button = new QToolButton(row);
        texts->add([button, text = text] { button->setText(PropertyEditor::tr(text)); });
        QObject::connect(button, &QToolButton::clicked, row, slot);
        layout->addWidget(button);
    }
    layout->addStretch();
    return row;
}

QString view(std::string_view text) {
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

// The scenario file's key stays visible next to the words: it is what a
// trainee writes in a .wdfscn.json file.
QString withKey(const QString& words, std::string_view key) {
    return PropertyEditor::tr("%1 (%2)", "a value in words, then its scenario-file key")
        .arg(words, view(key));
}

QString creatorText(wdflc::Creator creator) {
    return creator == wdflc::Creator::Framework
               ? withKey(PropertyEditor::tr("the framework"), "framework")
               : withKey(PropertyEditor::tr("the driver"), "driver");
}

QString roleText(wdflc::Role role) {
    switch (role) {
    case wdflc::Role::DefaultQueue:
        return withKey(PropertyEditor::tr("default queue"), wdflc::roleName(role));
    case wdflc::Role::DispatchQueue:
        return withKey(PropertyEditor::tr("dispatch queue"), wdflc::roleName(role));
    case wdflc::Role::ControlDevice:
        return withKey(PropertyEditor::tr("control device"), wdflc::roleName(role));
    case wdflc::Role::StaticPdo:
        return withKey(PropertyEditor::tr("static PDO"), wdflc::roleName(role));
    case wdflc::Role::DynamicPdo:
        return withKey(PropertyEditor::tr("dynamic PDO"), wdflc::roleName(role));
    case wdflc::Role::None:
        break;
    }
    return PropertyEditor::tr("(none)");
}

} // namespace

PropertyEditor::PropertyEditor(Document* document, Editor* editor, QWidget* parent)
    : QWidget(parent), document_(document), editor_(editor), placeholder_(new QLabel(this)),
      form_(new QWidget), id_(new QLineEdit), type_(new QLabel), parent_(new QComboBox),
      createdBy_(new QComboBox), role_(new QComboBox), pool_(new QComboBox),
      contextList_(new QListWidget), contextBox_(new QGroupBox), contextName_(new QLineEdit),
      cleanup_(new QCheckBox(QStringLiteral("EvtCleanupCallback"))),
      destroy_(new QCheckBox(QStringLiteral("EvtDestroyCallback"))), buffers_(new QLineEdit),
      onCleanup_(new QListWidget), onDestroy_(new QListWidget) {
    setObjectName(QStringLiteral("properties"));
    placeholder_->setWordWrap(true);

    auto* texts = new i18n::Retranslator(this);
    // Form labels made here so that the language change can reach them.
    const auto label = [](const char* text, i18n::Retranslator* texts) {
        auto* label = new QLabel;
        texts->add([label, text] { label->setText(tr(text)); });
        return label;
    };
    auto* fields = new QFormLayout(form_);
    fields->addRow(label(QT_TR_NOOP("Id:"), texts), id_);
    fields->addRow(label(QT_TR_NOOP("Type:"), texts), type_);
    fields->addRow(label(QT_TR_NOOP("Parent:"), texts), parent_);
    fields->addRow(label(QT_TR_NOOP("Created by:"), texts), createdBy_);
    fields->addRow(label(QT_TR_NOOP("Role:"), texts), role_);
    fields->addRow(label(QT_TR_NOOP("Pool type:"), texts), pool_);
    contextList_->setMaximumHeight(90);
    fields->addRow(label(QT_TR_NOOP("Contexts:"), texts), contextList_);
    fields->addRow(
        QString(),
        buttonRow(
            form_, texts,
            {
                {QT_TR_NOOP("Add"),
                 [this] {
                     editContexts([](auto& list) { list.push_back({}); }, tr("contexts"),
                                  int(contexts().size()));
                 }},
                {QT_TR_NOOP("Remove"),
                 [this] {
                     const int row = contextRow_;
                     editContexts(
                         [row](auto& list) {
                             if (row < int(list.size()))
                                 list.erase(list.begin() + row);
                         },
                         tr("contexts"), std::max(0, row - 1));
                 }},
                {QT_TR_NOOP("Up"),
                 [this] {
                     const int row = contextRow_;
                     if (row > 0)
                         editContexts([row](auto& list) { std::swap(list[row], list[row - 1]); },
                                      tr("contexts"), row - 1);
                 }},
                {QT_TR_NOOP("Down"),
                 [this] {
                     const int row = contextRow_;
                     if (row + 1 < int(contexts().size()))
                         editContexts([row](auto& list) { std::swap(list[row], list[row + 1]); },
                                      tr("contexts"), row + 1);
                 }},
            }));

    auto* contextFields = new QFormLayout(contextBox_);
    contextFields->addRow(label(QT_TR_NOOP("Name:"), texts), contextName_);
    contextFields->addRow(QString(), cleanup_);
    contextFields->addRow(QString(), destroy_);
    contextFields->addRow(label(QT_TR_NOOP("Buffers:"), texts), buffers_);
    onCleanup_->setMaximumHeight(70);
    onDestroy_->setMaximumHeight(70);
    contextFields->addRow(label(QT_TR_NOOP("Cleanup does:"), texts), onCleanup_);
    contextFields->addRow(
        QString(), buttonRow(contextBox_, texts,
                             {{QT_TR_NOOP("Add…"), [this] { addAction(Body::Cleanup); }},
                              {QT_TR_NOOP("Remove"), [this] { removeAction(Body::Cleanup); }}}));
    contextFields->addRow(label(QT_TR_NOOP("Destroy does:"), texts), onDestroy_);
    contextFields->addRow(
        QString(), buttonRow(contextBox_, texts,
                             {{QT_TR_NOOP("Add…"), [this] { addAction(Body::Destroy); }},
                              {QT_TR_NOOP("Remove"), [this] { removeAction(Body::Destroy); }}}));
    texts->add([this] {
        placeholder_->setText(tr("Select an object to edit its properties."));
        contextBox_->setTitle(tr("Context"));
        contextName_->setPlaceholderText(tr("(unnamed)"));
        buffers_->setPlaceholderText(tr("buffer names, separated by commas"));
        refill(); // the combo boxes' "(default …)" entries
    });
    fields->addRow(contextBox_);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(placeholder_);
    layout->addWidget(scroll, 1);

    connect(id_, &QLineEdit::editingFinished, this, [this] {
        wdflc::ObjectDecl changed = current();
        changed.id = id_->text().trimmed().toStdString();
        apply(changed, QStringLiteral("id"));
    });
    connect(parent_, &QComboBox::activated, this, [this] {
        const wdflc::ObjectId object = document_->selectedObject();
        const QVariant data = parent_->currentData();
        if (!data.isValid()) {
            wdflc::ObjectDecl changed = current();
            changed.parent.reset();
            apply(changed, tr("parent"));
        } else {
            const QString reason = editor_->reparent(object, data.toUInt());
            if (!reason.isEmpty())
                emit refused(reason);
        }
    });
    connect(createdBy_, &QComboBox::activated, this, [this] {
        wdflc::ObjectDecl changed = current();
        const QVariant data = createdBy_->currentData();
        changed.createdBy = data.isValid()
                                ? std::optional(static_cast<wdflc::Creator>(data.toInt()))
                                : std::nullopt;
        apply(changed, QStringLiteral("createdBy"));
    });
    connect(role_, &QComboBox::activated, this, [this] {
        wdflc::ObjectDecl changed = current();
        changed.role = static_cast<wdflc::Role>(role_->currentData().toInt());
        apply(changed, QStringLiteral("role"));
    });
    connect(pool_, &QComboBox::activated, this, [this] {
        wdflc::ObjectDecl changed = current();
        const QVariant data = pool_->currentData();
        changed.poolType = data.isValid()
                               ? std::optional(static_cast<wdflc::PoolType>(data.toInt()))
                               : std::nullopt;
        apply(changed, QStringLiteral("poolType"));
    });
    connect(contextList_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (filling_ || row < 0)
            return;
        contextRow_ = row;
        fillContext();
    });
    connect(contextName_, &QLineEdit::editingFinished, this, [this] {
        const QString name = contextName_->text().trimmed();
        const int row = contextRow_;
        editContexts(
            [&](auto& list) {
                list[row].name = name.isEmpty() ? std::nullopt : std::optional(name.toStdString());
            },
            tr("context name"), row);
    });
    connect(cleanup_, &QCheckBox::clicked, this, [this](bool on) {
        const int row = contextRow_;
        editContexts([&](auto& list) { list[row].cleanup = on; }, QStringLiteral("cleanup"), row);
    });
    connect(destroy_, &QCheckBox::clicked, this, [this](bool on) {
        const int row = contextRow_;
        editContexts([&](auto& list) { list[row].destroy = on; }, QStringLiteral("destroy"), row);
    });
    connect(buffers_, &QLineEdit::editingFinished, this, [this] {
        std::vector<std::string> names;
        for (const QString& name : buffers_->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                names.push_back(name.trimmed().toStdString());
        const int row = contextRow_;
        editContexts([&](auto& list) { list[row].buffers = names; }, tr("buffers"), row);
    });

    connect(document_, &Document::selectionChanged, this, [this] {
        contextRow_ = 0;
        refill();
    });
    connect(document_, &Document::traceChanged, this, &PropertyEditor::refill);
    refill();
}

wdflc::ObjectDecl PropertyEditor::current() const {
    return document_->scenario().decl(document_->selectedObject());
}

std::vector<wdflc::ContextDecl> PropertyEditor::contexts() const {
    std::vector<wdflc::ContextDecl> list = current().contexts;
    if (list.empty())
        list.emplace_back(); // `contexts: []` is one unnamed context without callbacks
    return list;
}

void PropertyEditor::apply(const wdflc::ObjectDecl& changed, const QString& field) {
    if (filling_)
        return;
    const QString reason = editor_->replaceObject(document_->selectedObject(), changed, field);
    if (!reason.isEmpty()) {
        emit refused(reason);
        refill(); // show the document's values again, not the refused ones
    }
}

void PropertyEditor::editContexts(
    const std::function<void(std::vector<wdflc::ContextDecl>&)>& change, const QString& field,
    int selectContext) {
    if (filling_)
        return;
    wdflc::ObjectDecl changed = current();
    changed.contexts = contexts();
    if (contextRow_ >= int(changed.contexts.size()))
        return;
    change(changed.contexts);
    // One unnamed context without callbacks is the default: keep it implicit.
    if (changed.contexts.size() == 1 && changed.contexts.front() == wdflc::ContextDecl{})
        changed.contexts.clear();
    contextRow_ = std::max(0, selectContext);
    apply(changed, field);
}

void PropertyEditor::addAction(Body body) {
    const wdflc::Scenario& scenario = document_->scenario();
    wdflc::Action initial;
    initial.op = wdflc::Op::Free;
    ActionDialog dialog(scenario, ActionDialog::Where::Callback, initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const wdflc::Action action = dialog.action();
    const int row = contextRow_;
    editContexts(
        [&](auto& list) {
            (body == Body::Cleanup ? list[row].onCleanup : list[row].onDestroy).push_back(action);
        },
        body == Body::Cleanup ? QStringLiteral("onCleanup") : QStringLiteral("onDestroy"), row);
}

void PropertyEditor::removeAction(Body body) {
    QListWidget* list = body == Body::Cleanup ? onCleanup_ : onDestroy_;
    const int index = list->currentRow();
    if (index < 0)
        return;
    const int row = contextRow_;
    editContexts(
        [&](auto& contexts) {
            auto& actions =
                body == Body::Cleanup ? contexts[row].onCleanup : contexts[row].onDestroy;
            if (index < int(actions.size()))
                actions.erase(actions.begin() + index);
        },
        body == Body::Cleanup ? QStringLiteral("onCleanup") : QStringLiteral("onDestroy"), row);
}

void PropertyEditor::refill() {
    const wdflc::ObjectId object = document_->selectedObject();
    const wdflc::Scenario& scenario = document_->scenario();
    const bool has = object != wdflc::kNoObject && object < scenario.declarations.size();
    placeholder_->setVisible(!has);
    form_->setVisible(has);
    if (!has)
        return;
    filling_ = true;
    const wdflc::ObjectDecl& decl = scenario.decl(object);
    id_->setText(QString::fromStdString(decl.id));
    type_->setText(ActionText::typeText(decl.type));

    parent_->clear();
    parent_->addItem(tr("(default for the type)"));
    for (wdflc::ObjectId id = 0; id < scenario.declarations.size(); ++id)
        if (id == decl.parentId || ParentRules::whyNotReparent(scenario, object, id).isEmpty())
            parent_->addItem(QString::fromStdString(scenario.decl(id).id), id);
    parent_->setCurrentIndex(decl.parent ? std::max(0, parent_->findData(decl.parentId)) : 0);

    createdBy_->clear();
    createdBy_->addItem(
        tr("(default: %1)").arg(creatorText(ParentRules::defaultCreator(decl.type))));
    createdBy_->addItem(creatorText(wdflc::Creator::Driver),
                        static_cast<int>(wdflc::Creator::Driver));
    createdBy_->addItem(creatorText(wdflc::Creator::Framework),
                        static_cast<int>(wdflc::Creator::Framework));
    createdBy_->setCurrentIndex(
        decl.createdBy ? createdBy_->findData(static_cast<int>(*decl.createdBy)) : 0);

    role_->clear();
    role_->addItem(tr("(none)"), static_cast<int>(wdflc::Role::None));
    if (decl.type == wdflc::ObjectType::Queue) {
        role_->addItem(roleText(wdflc::Role::DefaultQueue),
                       static_cast<int>(wdflc::Role::DefaultQueue));
        role_->addItem(roleText(wdflc::Role::DispatchQueue),
                       static_cast<int>(wdflc::Role::DispatchQueue));
    } else if (decl.type == wdflc::ObjectType::Device) {
        role_->addItem(roleText(wdflc::Role::ControlDevice),
                       static_cast<int>(wdflc::Role::ControlDevice));
    }
    role_->setCurrentIndex(std::max(0, role_->findData(static_cast<int>(decl.role))));
    role_->setEnabled(role_->count() > 1);

    pool_->clear();
    pool_->addItem(tr("(default: NonPagedPool)"));
    pool_->addItem(view(wdflc::poolTypeName(wdflc::PoolType::NonPaged)),
                   static_cast<int>(wdflc::PoolType::NonPaged));
    pool_->addItem(view(wdflc::poolTypeName(wdflc::PoolType::Paged)),
                   static_cast<int>(wdflc::PoolType::Paged));
    pool_->setCurrentIndex(decl.poolType ? pool_->findData(static_cast<int>(*decl.poolType)) : 0);
    pool_->setEnabled(decl.type == wdflc::ObjectType::Memory ||
                      decl.type == wdflc::ObjectType::Lookaside);

    contextList_->clear();
    const auto list = contexts();
    for (const wdflc::ContextDecl& context : list) {
        QStringList parts{context.name ? QString::fromStdString(*context.name) : tr("(unnamed)")};
        if (context.cleanup)
            parts << tr("cleanup", "the context has an EvtCleanupCallback");
        if (context.destroy)
            parts << tr("destroy", "the context has an EvtDestroyCallback");
        contextList_->addItem(parts.join(QStringLiteral(" · ")));
    }
    contextRow_ = std::clamp(contextRow_, 0, int(list.size()) - 1);
    contextList_->setCurrentRow(contextRow_);
    filling_ = false;
    fillContext();
}

void PropertyEditor::fillContext() {
    const auto list = contexts();
    if (contextRow_ >= int(list.size()))
        return;
    filling_ = true;
    const wdflc::ContextDecl& context = list[std::size_t(contextRow_)];
    contextBox_->setTitle(tr("Context %1").arg(contextRow_ + 1));
    contextName_->setText(context.name ? QString::fromStdString(*context.name) : QString());
    cleanup_->setChecked(context.cleanup);
    destroy_->setChecked(context.destroy);
    QStringList buffers;
    for (const std::string& buffer : context.buffers)
        buffers << QString::fromStdString(buffer);
    buffers_->setText(buffers.join(QStringLiteral(", ")));
    const wdflc::Scenario& scenario = document_->scenario();
    onCleanup_->clear();
    for (const wdflc::Action& action : context.onCleanup)
        onCleanup_->addItem(ActionText::describe(scenario, action));
    onDestroy_->clear();
    for (const wdflc::Action& action : context.onDestroy)
        onDestroy_->addItem(ActionText::describe(scenario, action));
    filling_ = false;
}

} // namespace studio
