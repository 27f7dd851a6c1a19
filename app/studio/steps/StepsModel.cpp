#include "steps/StepsModel.h"

#include "commands/Editor.h"
#include "document/ActionText.h"
#include "document/Document.h"

#include <QColor>
#include <QFont>
#include <QMimeData>

namespace studio {
namespace {

const QString kStepFormat = QStringLiteral("application/x-wdflc-step");

} // namespace

StepsModel::StepsModel(Document* document, Editor* editor, QObject* parent)
    : QAbstractListModel(parent), document_(document), editor_(editor) {
    connect(document_, &Document::traceChanged, this, &StepsModel::reset);
    connect(document_, &Document::languageChanged, this, &StepsModel::reset); // step texts
    connect(document_, &Document::positionChanged, this, &StepsModel::followPosition);
    followPosition();
}

void StepsModel::reset() {
    beginResetModel();
    endResetModel();
    followPosition();
}

void StepsModel::followPosition() {
    const std::uint32_t position = document_->position();
    const int step = position > 0 ? document_->trace()->at(position).step : -1;
    if (step == currentStep_)
        return;
    const int old = currentStep_;
    currentStep_ = step;
    for (int row : {old, step})
        if (row >= 0 && row < rowCount())
            emit dataChanged(index(row), index(row));
}

std::uint32_t StepsModel::positionBefore(int step) const {
    const auto& events = document_->trace()->events;
    for (std::uint32_t i = 0; i < events.size(); ++i)
        if (events[i].step >= step)
            return i;
    return static_cast<std::uint32_t>(events.size());
}

int StepsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(document_->scenario().steps.size());
}

QVariant StepsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const wdflc::Action& step = document_->scenario().steps[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2")
            .arg(index.row() + 1)
            .arg(ActionText::describe(document_->scenario(), step));
    case Qt::FontRole:
        if (index.row() == currentStep_) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return index.row() == currentStep_ ? QVariant(QColor(0xff, 0xf3, 0xc4)) : QVariant();
    case Qt::ToolTipRole:
        return tr("Double-click to edit; drag to reorder.");
    default:
        return {};
    }
}

Qt::ItemFlags StepsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList StepsModel::mimeTypes() const {
    return {kStepFormat};
}

QMimeData* StepsModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(kStepFormat, QByteArray::number(indexes.front().row()));
    return mime;
}

Qt::DropActions StepsModel::supportedDropActions() const {
    return Qt::MoveAction;
}

bool StepsModel::dropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                              const QModelIndex& parent) {
    if (!data->hasFormat(kStepFormat))
        return false;
    bool ok = false;
    const int from = data->data(kStepFormat).toInt(&ok);
    if (!ok || from < 0 || from >= rowCount())
        return false;
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (to > from)
        --to; // dropping between rows names the gap, after the dragged row leaves
    to = std::clamp(to, 0, rowCount() - 1);
    if (to == from)
        return false;
    editor_->moveStep(static_cast<std::size_t>(from), static_cast<std::size_t>(to));
    // The model was reset by the edit: the view must not remove a row itself.
    return false;
}

} // namespace studio
