#pragma once

#include <QAbstractListModel>

namespace studio {

class Document;
class Editor;

// The scenario's steps as a list: "3. WdfObjectDelete buf". The step whose
// events the animation is showing is marked. Rows can be dragged to reorder
// them; every change goes through the Editor (undoable).
class StepsModel : public QAbstractListModel {
    Q_OBJECT

public:
    StepsModel(Document* document, Editor* editor, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    // The step the event at the current position belongs to (-1: none).
    int currentStep() const { return currentStep_; }
    // First position showing the events of `step`.
    std::uint32_t positionBefore(int step) const;

private:
    void reset();
    void followPosition();

    Document* document_;
    Editor* editor_;
    int currentStep_ = -1;
};

} // namespace studio
