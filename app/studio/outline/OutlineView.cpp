#include "outline/OutlineView.h"

#include "docs/HelpTopics.h"
#include "document/Document.h"
#include "outline/OutlineModel.h"

#include <QHeaderView>

namespace studio {

OutlineView::OutlineView(Document* document, Editor* editor, QWidget* parent)
    : QTreeView(parent), document_(document), model_(new OutlineModel(document, editor, this)) {
    setObjectName(QStringLiteral("outline"));
    setModel(model_);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        expandAll();
        showDocumentSelection();
    });
    connect(document_, &Document::selectionChanged, this, &OutlineView::showDocumentSelection);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!syncing_)
                    document_->setSelectedObject(model_->objectAt(current));
            });
    expandAll();
}

void OutlineView::showDocumentSelection() {
    // F1 explains the selected row's type; with none selected, the outline's own topic.
    docs::HelpTopics::set(
        this, docs::HelpTopics::forObject(document_->scenario(), document_->selectedObject()));
    syncing_ = true;
    const QModelIndex index = model_->indexOf(document_->selectedObject());
    if (index.isValid()) {
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        scrollTo(index);
    } else {
        selectionModel()->clearSelection();
    }
    syncing_ = false;
}

} // namespace studio
