#pragma once

#include <QStyledItemDelegate>

namespace studio {

// Draws a palette entry, its type name above its description, with the
// description wrapped at the width the view gives the entry. The size hint
// lays the text out at that same width, so the entry is as tall as its text
// and no description is cut off, in any language (a Thai line needs more
// room than its English one, and a description carries the one fact it is
// there for: DISPATCH_LEVEL, control device).
class PaletteDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Where the text of an entry drawn in `itemRect` goes.
    static QRect textRect(const QRect& itemRect, const QSize& iconSize);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace studio
