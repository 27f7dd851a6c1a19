#include "import/SourceView.h"

#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace studio {

SourceView::SourceView(QWidget* parent)
    : QWidget(parent, Qt::Window), place_(new QLabel(this)), text_(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("sourceView"));
    text_->setReadOnly(true);
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    place_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(place_);
    layout->addWidget(text_);
    resize(820, 560);
    retranslate();
}

bool SourceView::showLine(const QString& root, const QString& file, int line) {
    root_ = root;
    file_ = file;
    line_ = line;
    QFile source(root + QLatin1Char('/') + file);
    if (!source.open(QIODevice::ReadOnly)) {
        text_->setPlainText(
            tr("%1 cannot be read: %2").arg(source.fileName(), source.errorString()));
        retranslate();
        return false;
    }
    text_->setPlainText(QString::fromUtf8(source.readAll()));
    const QTextBlock block = text_->document()->findBlockByNumber(line - 1);
    QTextEdit::ExtraSelection mark;
    mark.format.setBackground(palette().color(QPalette::Highlight).lighter(160));
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    mark.cursor = QTextCursor(block);
    text_->setExtraSelections({mark});
    text_->setTextCursor(QTextCursor(block));
    text_->centerCursor();
    retranslate();
    return true;
}

QString SourceView::lineText(int line) const {
    return text_->document()->findBlockByNumber(line - 1).text();
}

void SourceView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SourceView::retranslate() {
    setWindowTitle(file_.isEmpty() ? tr("Driver source (read-only)")
                                   : tr("%1 — driver source (read-only)").arg(file_));
    place_->setText(file_.isEmpty()
                        ? QString()
                        : tr("%1, line %2").arg(root_ + QLatin1Char('/') + file_).arg(line_));
}

} // namespace studio
