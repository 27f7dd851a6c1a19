#pragma once

#include <QTreeView>

namespace studio {

class Document;
class Editor;
class OutlineModel;

// The outline dock's tree: shows OutlineModel and keeps its selection and
// the document's selected object in step, both ways.
class OutlineView : public QTreeView {
    Q_OBJECT

public:
    OutlineView(Document* document, Editor* editor, QWidget* parent = nullptr);

    OutlineModel* outlineModel() const { return model_; }

private:
    void showDocumentSelection();

    Document* document_;
    OutlineModel* model_;
    bool syncing_ = false;
};

} // namespace studio
