#pragma once

#include <memory>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace wdflc::import {
struct ImportResult;
}

namespace studio {

class SourceView;

// The coverage of the last import: how many creation sites were placed,
// what stayed unresolved or out of the file and why, the callbacks found and
// what was skipped. Every item with a FILE:LINE opens the read-only source
// view on that line with one click.
class ImportPanel : public QWidget {
    Q_OBJECT

public:
    explicit ImportPanel(QWidget* parent = nullptr);

    void showImport(const QString& root, std::shared_ptr<const wdflc::import::ImportResult> result);
    // Opens the source view on the item's place; false when it has none.
    bool openItem(QTreeWidgetItem* item);

    QTreeWidget* tree() const { return tree_; }
    SourceView* sourceView() const { return source_; }
    QString coverageText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QLabel* coverage_;
    QTreeWidget* tree_;
    SourceView* source_;
    QString root_;
    std::shared_ptr<const wdflc::import::ImportResult> result_;
};

} // namespace studio
