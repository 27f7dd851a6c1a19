#include "palette/PaletteDelegate.h"

#include <algorithm>
#include <cmath>
#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QTextLayout>

namespace studio {
namespace {

constexpr int kMargin = 4;

QFont nameFont(const QFont& font) {
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

// The type name (first line of the item's text) in bold, then the
// description, each wrapped at `width`; returns the height they take and
// draws them at `origin` when a painter is given.
int layOutText(const QString& text, const QFont& font, int width, QPainter* painter = nullptr,
               QPointF origin = {}) {
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    qreal y = 0;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        QTextLayout layout(paragraphs[i], i == 0 ? nameFont(font) : font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        if (painter)
            layout.draw(painter, origin);
    }
    return int(std::ceil(y));
}

int viewWidth(const QStyleOptionViewItem& option) {
    if (const auto* view = qobject_cast<const QListView*>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

} // namespace

QRect PaletteDelegate::textRect(const QRect& itemRect, const QSize& iconSize) {
    return itemRect.adjusted(kMargin * 2 + iconSize.width(), kMargin, -kMargin, -kMargin);
}

QSize PaletteDelegate::sizeHint(const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    // The list's spacing is taken off both sides of the entry.
    const auto* list = qobject_cast<const QListView*>(option.widget);
    const int spacing = list ? list->spacing() : 0;
    const int width = std::max(1, viewWidth(option) - 2 * spacing);
    const QRect text = textRect(QRect(0, 0, width, 0), item.decorationSize);
    const int height = layOutText(item.text, item.font, std::max(1, text.width()));
    return {width, std::max(height, item.decorationSize.height()) + 2 * kMargin};
}

void PaletteDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, item.widget);

    const bool enabled = item.state & QStyle::State_Enabled;
    const QRect iconRect(item.rect.left() + kMargin, item.rect.top() + kMargin,
                         item.decorationSize.width(), item.decorationSize.height());
    item.icon.paint(painter, iconRect, Qt::AlignCenter, enabled ? QIcon::Normal : QIcon::Disabled);

    const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
    const QPalette::ColorRole role =
        item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect text = textRect(item.rect, item.decorationSize);
    painter->save();
    painter->setPen(item.palette.color(group, role));
    layOutText(item.text, item.font, text.width(), painter, text.topLeft());
    painter->restore();
}

} // namespace studio
