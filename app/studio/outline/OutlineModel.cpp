#include "outline/OutlineModel.h"

#include "canvas/TreeLayout.h"
#include "commands/Editor.h"
#include "commands/ParentRules.h"
#include "document/ActionText.h"
#include "document/Document.h"
#include "document/ObjectMime.h"
#include "document/StateStyle.h"
#include "document/TypeIcons.h"

#include <QMimeData>

namespace studio {

OutlineModel::OutlineModel(Document* document, Editor* editor, QObject* parent)
    : QAbstractItemModel(parent), document_(document), editor_(editor) {
    connect(document_, &Document::traceChanged, this, &OutlineModel::rebuild);
    connect(document_, &Document::positionChanged, this, &OutlineModel::refreshStates);
    connect(document_, &Document::languageChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        refreshStates(); // the state names
    });
    rebuild();
}

void OutlineModel::rebuild() {
    beginResetModel();
    const wdflc::Scenario& scenario = document_->scenario();
    const TreeLayout layout(scenario);
    children_ = layout.children();
    roots_ = layout.roots();
    parentOf_.assign(scenario.declarations.size(), wdflc::kNoObject);
    rowOf_.assign(scenario.declarations.size(), 0);
    for (std::size_t row = 0; row < roots_.size(); ++row)
        rowOf_[roots_[row]] = static_cast<int>(row);
    for (wdflc::ObjectId parent = 0; parent < children_.size(); ++parent)
        for (std::size_t row = 0; row < children_[parent].size(); ++row) {
            parentOf_[children_[parent][row]] = parent;
            rowOf_[children_[parent][row]] = static_cast<int>(row);
        }
    states_ = document_->timeline().statesAt(document_->position());
    endResetModel();
}

void OutlineModel::refreshStates() {
    states_ = document_->timeline().statesAt(document_->position());
    if (!roots_.empty())
        emit dataChanged(index(0, StateColumn), index(int(roots_.size()) - 1, RefCountColumn));
    for (wdflc::ObjectId parent = 0; parent < children_.size(); ++parent)
        if (!children_[parent].empty())
            emit dataChanged(indexOf(children_[parent].front(), StateColumn),
                             indexOf(children_[parent].back(), RefCountColumn));
}

const std::vector<wdflc::ObjectId>& OutlineModel::siblingsOf(wdflc::ObjectId parent) const {
    return parent == wdflc::kNoObject ? roots_ : children_[parent];
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const wdflc::ObjectId parentId = parent.isValid() ? objectAt(parent) : wdflc::kNoObject;
    if (parent.isValid() && parent.column() != 0)
        return {};
    const auto& siblings = siblingsOf(parentId);
    if (row >= static_cast<int>(siblings.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(siblings[row]));
}

QModelIndex OutlineModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const wdflc::ObjectId parentId = parentOf_[objectAt(child)];
    if (parentId == wdflc::kNoObject)
        return {};
    return createIndex(rowOf_[parentId], 0, static_cast<quintptr>(parentId));
}

int OutlineModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(roots_.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(children_[objectAt(parent)].size());
}

int OutlineModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

wdflc::ObjectId OutlineModel::objectAt(const QModelIndex& index) const {
    return index.isValid() ? static_cast<wdflc::ObjectId>(index.internalId()) : wdflc::kNoObject;
}

QModelIndex OutlineModel::indexOf(wdflc::ObjectId id, int column) const {
    if (id >= rowOf_.size())
        return {};
    return createIndex(rowOf_[id], column, static_cast<quintptr>(id));
}

QVariant OutlineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const wdflc::ObjectId id = objectAt(index);
    const wdflc::ObjectDecl& decl = document_->scenario().decl(id);
    const wdflc::ObjectSnapshot state = id < states_.size() ? states_[id] : wdflc::ObjectSnapshot{};
    if (role == ObjectIdRole)
        return QVariant::fromValue(id);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case IdColumn:
            return QString::fromStdString(decl.id);
        case TypeColumn:
            return ActionText::typeText(decl.type);
        case StateColumn:
            return StateStyle::stateText(state.state);
        case RefCountColumn:
            return state.state == wdflc::ObjectState::NotCreated ? QVariant() : state.refCount;
        }
    }
    if (role == Qt::DecorationRole && index.column() == IdColumn)
        return typeIcon(decl.type);
    if (role == Qt::BackgroundRole && index.column() == StateColumn)
        return StateStyle::stateFill(state.state);
    return {};
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Object");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case RefCountColumn:
        return tr("Refs");
    }
    return {};
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList OutlineModel::mimeTypes() const {
    return {ObjectMime::kObjectFormat, ObjectMime::kTypeFormat};
}

QMimeData* OutlineModel::mimeData(const QModelIndexList& indexes) const {
    for (const QModelIndex& index : indexes)
        if (index.isValid())
            return ObjectMime::forObject(document_->scenario(), objectAt(index));
    return nullptr;
}

Qt::DropActions OutlineModel::supportedDropActions() const {
    return Qt::MoveAction | Qt::CopyAction;
}

bool OutlineModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                   const QModelIndex& parent) const {
    const wdflc::Scenario& scenario = document_->scenario();
    const wdflc::ObjectId target = objectAt(parent);
    if (const auto type = ObjectMime::type(data)) {
        const wdflc::Creator creator = ParentRules::defaultCreator(*type);
        return target == wdflc::kNoObject
                   ? ParentRules::whyNoDefaultParent(scenario, *type, creator).isEmpty()
                   : ParentRules::whyNotChild(scenario, *type, creator, target).isEmpty();
    }
    if (const auto object = ObjectMime::object(data, scenario))
        return target != wdflc::kNoObject && scenario.decl(*object).parentId != target &&
               ParentRules::whyNotReparent(scenario, *object, target).isEmpty();
    return false;
}

bool OutlineModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const wdflc::ObjectId target = objectAt(parent);
    if (const auto type = ObjectMime::type(data))
        return editor_->addObject(*type, target).isEmpty();
    const auto object = ObjectMime::object(data, document_->scenario());
    // The edit resets the model; the model does not override removeRows(), so the
    // view's move cannot remove the dragged row a second time.
    return object && editor_->reparent(*object, target).isEmpty();
}

} // namespace studio
