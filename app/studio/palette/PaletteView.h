#pragma once

#include "model/ObjectType.h"

#include <QListWidget>

namespace studio {

class Document;
class Editor;

// Every object type of the engine's type table with its icon, name and one
// line of description. Drag a type onto the canvas or the outline to create
// an object; double-click (or Enter) creates it under the selected object.
// Types the scenario's framework lacks (KMDF-only in UMDF) are disabled.
class PaletteView : public QListWidget {
    Q_OBJECT

public:
    PaletteView(Document* document, Editor* editor, QWidget* parent = nullptr);

    static constexpr int TypeRole = Qt::UserRole + 1;

signals:
    void refused(const QString& reason);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;

private:
    void fill();
    void updateAvailability();
    void createFromItem(QListWidgetItem* item);

    Document* document_;
    Editor* editor_;
};

} // namespace studio
