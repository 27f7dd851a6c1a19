#pragma once

#include "model/Scenario.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace studio {

class Document;
class Editor;

// Edits what the scenario states about the selected object: id, parent,
// createdBy, role, poolType, and its contexts (add, remove, reorder; name,
// cleanup and destroy callbacks, buffers, the actions each callback performs).
// Every change is one undoable command through the Editor; the form is
// refilled from the document afterwards, so it never holds state of its own.
class PropertyEditor : public QWidget {
    Q_OBJECT

public:
    PropertyEditor(Document* document, Editor* editor, QWidget* parent = nullptr);

signals:
    void refused(const QString& reason);

private:
    enum class Body { Cleanup, Destroy };

    void refill();
    void fillContext();
    void apply(const wdflc::ObjectDecl& changed, const QString& field);
    wdflc::ObjectDecl current() const;
    // The selected object's contexts as stated, with the implicit one made explicit.
    std::vector<wdflc::ContextDecl> contexts() const;
    void editContexts(const std::function<void(std::vector<wdflc::ContextDecl>&)>& change,
                      const QString& field, int selectContext);
    void addAction(Body body);
    void removeAction(Body body);

    Document* document_;
    Editor* editor_;
    bool filling_ = false;
    int contextRow_ = 0;

    QLabel* placeholder_;
    QWidget* form_;
    QLineEdit* id_;
    QLabel* type_;
    QComboBox* parent_;
    QComboBox* createdBy_;
    QComboBox* role_;
    QComboBox* pool_;
    QListWidget* contextList_;
    QGroupBox* contextBox_;
    QLineEdit* contextName_;
    QCheckBox* cleanup_;
    QCheckBox* destroy_;
    QLineEdit* buffers_;
    QListWidget* onCleanup_;
    QListWidget* onDestroy_;
};

} // namespace studio
