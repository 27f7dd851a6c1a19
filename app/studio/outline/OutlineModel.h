#pragma once

#include "model/Scenario.h"
#include "trace/ObjectState.h"

#include <QAbstractItemModel>
#include <vector>

namespace studio {

class Document;
class Editor;

// The scenario's object tree as an item model: id, type, state and reference
// count at the document's position. Rows follow the canvas (TreeLayout). Objects
// can be dragged onto each other to reparent them, and palette types dropped to
// create them, through the same Editor as the canvas.
class OutlineModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { IdColumn, StateColumn, RefCountColumn, TypeColumn, ColumnCount };
    static constexpr int ObjectIdRole = Qt::UserRole + 1;

    OutlineModel(Document* document, Editor* editor, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QModelIndex indexOf(wdflc::ObjectId id, int column = IdColumn) const;
    wdflc::ObjectId objectAt(const QModelIndex& index) const;

private:
    void rebuild();
    void refreshStates();
    const std::vector<wdflc::ObjectId>& siblingsOf(wdflc::ObjectId parent) const;

    Document* document_;
    Editor* editor_;
    std::vector<std::vector<wdflc::ObjectId>> children_;
    std::vector<wdflc::ObjectId> roots_;
    std::vector<wdflc::ObjectId> parentOf_;
    std::vector<int> rowOf_;
    std::vector<wdflc::ObjectSnapshot> states_;
};

} // namespace studio
