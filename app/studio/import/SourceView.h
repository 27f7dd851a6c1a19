#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace studio {

// A read-only window on one of the imported driver's files, the line the
// import panel points at highlighted and scrolled into view.
class SourceView : public QWidget {
    Q_OBJECT

public:
    explicit SourceView(QWidget* parent = nullptr);

    // `root` is the imported directory, `file` relative to it. Returns false
    // (and says so in the window) when the file cannot be read.
    bool showLine(const QString& root, const QString& file, int line);

    QString shownFile() const { return file_; }
    int highlightedLine() const { return line_; }
    QString lineText(int line) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* place_;
    QPlainTextEdit* text_;
    QString root_;
    QString file_;
    int line_ = 0;
};

} // namespace studio
