#include "palette/PaletteView.h"

#include "commands/Editor.h"
#include "document/ActionText.h"
#include "document/Document.h"
#include "document/ObjectMime.h"
#include "i18n/ObjectTypeSummary.h"
#include "palette/PaletteDelegate.h"

#include <QIcon>

namespace studio {

PaletteView::PaletteView(Document* document, Editor* editor, QWidget* parent)
    : QListWidget(parent), document_(document), editor_(editor) {
    setObjectName(QStringLiteral("palette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setIconSize(QSize(28, 28));
    setSpacing(2);
    setWordWrap(true);
    setItemDelegate(new PaletteDelegate(this));
    setResizeMode(QListView::Adjust); // a new width wraps the descriptions again
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    fill();
    connect(document_, &Document::traceChanged, this, &PaletteView::updateAvailability);
    connect(document_, &Document::languageChanged, this, &PaletteView::fill);
    connect(this, &QListWidget::itemActivated, this, &PaletteView::createFromItem);
}

void PaletteView::fill() {
    clear();
    for (const wdflc::ObjectTypeInfo& info : wdflc::allObjectTypes()) {
        const QString name = ActionText::typeText(info.type);
        const QString summary = i18n::ObjectTypeSummary::text(info.type);
        auto* item =
            new QListWidgetItem(QIcon(QStringLiteral(":/icons/types/%1.svg").arg(name.toLower())),
                                QStringLiteral("%1\n%2").arg(name, summary), this);
        item->setData(TypeRole, static_cast<int>(info.type));
        item->setToolTip(tr("Drag %1 onto an object of the tree to create it there.").arg(name));
    }
    updateAvailability();
}

void PaletteView::updateAvailability() {
    const wdflc::Framework framework = document_->scenario().framework;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* entry = item(row);
        const auto type = static_cast<wdflc::ObjectType>(entry->data(TypeRole).toInt());
        const bool available = wdflc::availableIn(type, framework);
        entry->setFlags(available ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
                                  : Qt::NoItemFlags);
    }
}

QStringList PaletteView::mimeTypes() const {
    return {ObjectMime::kTypeFormat};
}

QMimeData* PaletteView::mimeData(const QList<QListWidgetItem*>& items) const {
    if (items.isEmpty())
        return nullptr;
    return ObjectMime::forType(
        static_cast<wdflc::ObjectType>(items.front()->data(TypeRole).toInt()));
}

void PaletteView::createFromItem(QListWidgetItem* item) {
    const auto type = static_cast<wdflc::ObjectType>(item->data(TypeRole).toInt());
    const QString reason = editor_->addObject(type, document_->selectedObject());
    if (!reason.isEmpty())
        emit refused(reason);
}

} // namespace studio
