#pragma once

#include <QWidget>

class QListView;

namespace studio {

class Document;
class Editor;
class StepsModel;

// The steps dock: the list of steps (the current one marked), with buttons
// to move, edit and remove the selected step. Double-click edits; clicking a
// step moves the animation to just before its events.
class StepsPanel : public QWidget {
    Q_OBJECT

public:
    StepsPanel(Document* document, Editor* editor, QWidget* parent = nullptr);

    StepsModel* model() const { return model_; }
    QListView* list() const { return list_; }

signals:
    void refused(const QString& reason);

private:
    int selectedRow() const;
    void report(const QString& reason);
    void editSelected();

    Document* document_;
    Editor* editor_;
    StepsModel* model_;
    QListView* list_;
};

} // namespace studio
