#include "diagram/DiagramLayout.h"

#include "diagram/DiagramOptions.h"
#include "diagram/TextEscape.h"

#include <algorithm>
#include <cmath>

namespace wdflc::diagram {
namespace {

constexpr double kMargin = 20;
constexpr double kTitleBand = 34;
constexpr double kHeaderHeight = 42;
constexpr double kHeaderGap = 14;
constexpr double kFooter = 28;
constexpr double kMinHeaderWidth = 100;
constexpr double kLifelineGap = 24;
constexpr double kLabelPadding = 24;
constexpr double kSelfLoopWidth = 30;
constexpr double kNoteMaxWidth = 300;
constexpr double kNotePadding = 8;
constexpr double kGroupTop = 22;
constexpr double kGroupBottom = 10;
constexpr double kSpanWidth = 10;
constexpr double kArrowLength = 9;

std::vector<std::string> splitCodePoints(std::string_view text) {
    std::vector<std::string> result;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        while (i + length < text.size() &&
               (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80)
            ++length;
        result.emplace_back(text.substr(i, length));
        i += length;
    }
    return result;
}

// Greedy wrap: at spaces where possible, anywhere when a word is too long
// (Japanese and Thai have no spaces between words).
std::vector<std::string> wrap(const std::string& text, double maxWidth, ShapeStyle style,
                              const TextMeasure& measure) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t lastSpace = std::string::npos;
    for (const std::string& code : splitCodePoints(singleLine(text))) {
        std::string candidate = line + code;
        if (measure(candidate, style) <= maxWidth || line.empty()) {
            if (code == " ")
                lastSpace = line.size();
            line = std::move(candidate);
            continue;
        }
        if (lastSpace != std::string::npos && lastSpace > 0) {
            lines.push_back(line.substr(0, lastSpace));
            line = line.substr(lastSpace + 1) + code;
        } else {
            lines.push_back(line);
            line = code == " " ? std::string() : code;
        }
        lastSpace = code == " " ? line.size() - 1 : std::string::npos;
    }
    if (!line.empty() || lines.empty())
        lines.push_back(line);
    return lines;
}

struct RowMetrics {
    double height = 0;
    double arrowOffset = 0; // from the row's top
    double labelWidth = 0;
    double labelTop = 0; // extra space above for a group's tab
    std::vector<std::string> noteTitle;
    std::vector<std::string> noteText;
    double noteWidth = 0;
};

class Layouter {
public:
    Layouter(const SequenceDiagram& diagram, const LayoutOptions& options)
        : diagram_(diagram), options_(options) {}

    DiagramLayout run() {
        measureRows();
        placeLifelines();
        paginate();
        for (std::size_t page = 0; page < layout_.pages.size(); ++page)
            drawPage(page);
        return std::move(layout_);
    }

private:
    double measure(std::string_view text, ShapeStyle style) const {
        return text.empty() ? 0 : options_.measure(text, style);
    }

    double titleBand() const { return diagram_.title.empty() ? 0 : kTitleBand; }
    double rowsTop() const { return kMargin + titleBand() + kHeaderHeight + kHeaderGap; }

    std::string numberText(const Row& row) const {
        return row.number ? std::to_string(row.number) : std::string();
    }

    double badgeWidth(const Row& row) const {
        return row.number ? measure(numberText(row), ShapeStyle::NumberText) + 8 : 0;
    }

    ShapeStyle textStyle(const Row& row) const {
        return row.style == MessageStyle::Callback ? ShapeStyle::CallbackText
                                                   : ShapeStyle::MessageText;
    }

    void measureRows() {
        metrics_.resize(diagram_.rows.size());
        for (const Group& group : diagram_.groups) {
            metrics_[group.firstRow].labelTop = kGroupTop;
        }
        for (std::size_t i = 0; i < diagram_.rows.size(); ++i) {
            const Row& row = diagram_.rows[i];
            RowMetrics& m = metrics_[i];
            double top = m.labelTop;
            if (row.kind == RowKind::Note) {
                m.noteTitle =
                    wrap(row.text, kNoteMaxWidth, ShapeStyle::NoteTitle, options_.measure);
                m.noteText =
                    wrap(row.detail, kNoteMaxWidth, ShapeStyle::NoteText, options_.measure);
                if (row.detail.empty())
                    m.noteText.clear();
                for (const auto& line : m.noteTitle)
                    m.noteWidth = std::max(m.noteWidth, measure(line, ShapeStyle::NoteTitle));
                for (const auto& line : m.noteText)
                    m.noteWidth = std::max(m.noteWidth, measure(line, ShapeStyle::NoteText));
                m.noteWidth += 2 * kNotePadding;
                m.labelWidth = m.noteWidth;
                double body = m.noteTitle.size() * 15.0 + m.noteText.size() * 14.0;
                m.height = top + 6 + body + 2 * kNotePadding + 6;
                continue;
            }
            m.labelWidth =
                std::max(badgeWidth(row) + (row.number ? 4 : 0) + measure(row.text, textStyle(row)),
                         measure(row.detail, ShapeStyle::DetailText));
            double labelHeight = row.detail.empty() ? 18 : 32;
            if (row.isSelf()) {
                m.arrowOffset = top + 8;
                m.height = top + std::max(labelHeight, 26.0) + 14;
            } else {
                m.arrowOffset = top + labelHeight + 6;
                m.height = m.arrowOffset + 10;
            }
            if (row.style == MessageStyle::Create && !row.isSelf())
                m.height = std::max(m.height, m.arrowOffset + kHeaderHeight / 2 + 8);
        }
        for (const Group& group : diagram_.groups)
            metrics_[group.lastRow].height += kGroupBottom;
    }

    void placeLifelines() {
        const auto& lifelines = diagram_.lifelines;
        std::size_t count = lifelines.size();
        headerWidth_.resize(count);
        for (std::size_t i = 0; i < count; ++i)
            headerWidth_[i] =
                std::max(kMinHeaderWidth,
                         std::max(measure(lifelines[i].title, ShapeStyle::HeaderTitle),
                                  measure(lifelines[i].subtitle, ShapeStyle::HeaderSubtitle)) +
                             20);
        std::vector<double> gap(count > 0 ? count - 1 : 0);
        for (std::size_t i = 0; i + 1 < count; ++i)
            gap[i] = (headerWidth_[i] + headerWidth_[i + 1]) / 2 + kLifelineGap;
        const double narrowestGap = gap.empty() ? 0 : *std::min_element(gap.begin(), gap.end());
        double leftExtra = headerWidth_.empty() ? 0 : headerWidth_[0] / 2;
        double rightExtra = headerWidth_.empty() ? 0 : headerWidth_.back() / 2;
        // Widen the gaps the labels need: narrow spans first, so a long label
        // between distant lifelines spreads over gaps that are already set.
        std::vector<std::size_t> order(diagram_.rows.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        auto spanOf = [&](std::size_t i) {
            const Row& row = diagram_.rows[i];
            return row.from > row.to ? row.from - row.to : row.to - row.from;
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return spanOf(a) < spanOf(b); });
        for (std::size_t i : order) {
            const Row& row = diagram_.rows[i];
            const RowMetrics& m = metrics_[i];
            if (row.kind == RowKind::Note) {
                if (row.from == 0)
                    leftExtra = std::max(leftExtra, m.noteWidth / 2);
                if (row.from + 1 == count)
                    rightExtra = std::max(rightExtra, m.noteWidth / 2);
                continue;
            }
            if (row.isSelf()) {
                double need = kSelfLoopWidth + 8 + m.labelWidth + 8;
                if (row.from + 1 < count)
                    gap[row.from] = std::max(gap[row.from], need);
                else
                    rightExtra = std::max(rightExtra, need);
                continue;
            }
            std::size_t a = std::min(row.from, row.to);
            std::size_t b = std::max(row.from, row.to);
            double need = m.labelWidth + kLabelPadding;
            // Gaps only grow, so a span of many gaps that the narrowest gap
            // already covers needs no sum: long traces stay linear.
            if (static_cast<double>(b - a) * narrowestGap >= need)
                continue;
            double have = 0;
            for (std::size_t k = a; k < b; ++k)
                have += gap[k];
            if (have < need)
                for (std::size_t k = a; k < b; ++k)
                    gap[k] += (need - have) / static_cast<double>(b - a);
        }
        layout_.lifelineX.resize(count);
        double x = kMargin + leftExtra;
        for (std::size_t i = 0; i < count; ++i) {
            layout_.lifelineX[i] = std::round(x);
            if (i + 1 < count)
                x += gap[i];
        }
        pageWidth_ = std::ceil(x + rightExtra + kMargin);
        if (!diagram_.title.empty())
            pageWidth_ =
                std::max(pageWidth_, measure(diagram_.title, ShapeStyle::Title) + 2 * kMargin);
    }

    void paginate() {
        double budget = options_.maxPageHeight - rowsTop() - kFooter;
        layout_.rows.resize(diagram_.rows.size());
        std::size_t first = 0;
        while (true) {
            LayoutPage page;
            page.firstRow = first;
            double y = rowsTop();
            std::size_t row = first;
            while (row < diagram_.rows.size()) {
                double height = metrics_[row].height;
                if (options_.paginate && row > first && y - rowsTop() + height > budget)
                    break;
                layout_.rows[row] = {layout_.pages.size(), y, y + height, 0, 0};
                y += height;
                ++row;
            }
            page.endRow = row;
            page.width = pageWidth_;
            page.height = std::ceil(y + kFooter);
            layout_.pages.push_back(std::move(page));
            first = row;
            if (first >= diagram_.rows.size())
                break;
        }
    }

    Shape text(ShapeStyle style, double x, double y, std::string value, TextAnchor anchor,
               std::size_t row = kNoRow) const {
        Shape shape;
        shape.kind = ShapeKind::Text;
        shape.style = style;
        shape.x = x;
        shape.y = y;
        shape.text = std::move(value);
        shape.anchor = anchor;
        shape.row = row;
        return shape;
    }

    Shape rect(ShapeStyle style, double x, double y, double width, double height,
               bool rounded = false, std::size_t row = kNoRow) const {
        Shape shape;
        shape.kind = rounded ? ShapeKind::RoundedRect : ShapeKind::Rect;
        shape.style = style;
        shape.x = x;
        shape.y = y;
        shape.width = width;
        shape.height = height;
        shape.row = row;
        return shape;
    }

    Shape line(ShapeStyle style, Point from, Point to, std::size_t row = kNoRow) const {
        Shape shape;
        shape.kind = ShapeKind::Line;
        shape.style = style;
        shape.from = from;
        shape.to = to;
        shape.row = row;
        return shape;
    }

    void drawHeader(std::vector<Shape>& shapes, std::size_t lifeline, double top) const {
        const Lifeline& l = diagram_.lifelines[lifeline];
        double width = headerWidth_[lifeline];
        double x = layout_.lifelineX[lifeline];
        const std::size_t first = shapes.size();
        shapes.push_back(rect(l.kind == LifelineKind::Object ? ShapeStyle::ObjectHeader
                                                             : ShapeStyle::ThreadHeader,
                              x - width / 2, top, width, kHeaderHeight, true));
        if (l.subtitle.empty()) {
            shapes.push_back(
                text(ShapeStyle::HeaderTitle, x, top + 26, l.title, TextAnchor::Middle));
        } else {
            shapes.push_back(
                text(ShapeStyle::HeaderTitle, x, top + 18, l.title, TextAnchor::Middle));
            shapes.push_back(
                text(ShapeStyle::HeaderSubtitle, x, top + 33, l.subtitle, TextAnchor::Middle));
        }
        for (std::size_t i = first; i < shapes.size(); ++i)
            shapes[i].lifeline = static_cast<std::uint32_t>(lifeline);
    }

    void drawPage(std::size_t pageIndex) {
        LayoutPage& page = layout_.pages[pageIndex];
        auto& shapes = page.shapes;
        shapes.push_back(rect(ShapeStyle::Page, 0, 0, page.width, page.height));
        if (!diagram_.title.empty())
            shapes.push_back(
                text(ShapeStyle::Title, kMargin, kMargin + 18, diagram_.title, TextAnchor::Start));
        if (layout_.pages.size() > 1)
            shapes.push_back(text(ShapeStyle::PageNumber, page.width - kMargin, page.height - 10,
                                  substitute(diagram_.pageOfLabel, std::to_string(pageIndex + 1),
                                             std::to_string(layout_.pages.size())),
                                  TextAnchor::End));
        double headerTop = kMargin + titleBand();
        double rowsBottom =
            page.endRow > page.firstRow ? layout_.rows[page.endRow - 1].bottom : rowsTop();
        drawGroups(page);
        // Lifelines: from the header (or the creating row) to the freeing row.
        for (std::size_t i = 0; i < diagram_.lifelines.size(); ++i) {
            const Lifeline& l = diagram_.lifelines[i];
            bool createdHere = l.createdAtRow != kNoRow && l.createdAtRow >= page.firstRow &&
                               l.createdAtRow < page.endRow;
            bool aliveAtStart = l.aliveBefore(page.firstRow) &&
                                !(l.freedAtRow != kNoRow && l.freedAtRow < page.firstRow);
            if (!createdHere && !aliveAtStart)
                continue;
            double top = headerTop;
            if (createdHere) {
                const RowBox& box = layout_.rows[l.createdAtRow];
                top = box.top + metrics_[l.createdAtRow].arrowOffset - kHeaderHeight / 2;
            } else {
                drawHeader(shapes, i, headerTop);
            }
            double bottom = rowsBottom;
            if (l.freedAtRow != kNoRow && l.freedAtRow < page.endRow)
                bottom = layout_.rows[l.freedAtRow].top + metrics_[l.freedAtRow].arrowOffset;
            double x = layout_.lifelineX[i];
            shapes.push_back(line(ShapeStyle::Lifeline, {x, top + kHeaderHeight}, {x, bottom}));
            if (createdHere)
                drawHeader(shapes, i, top);
        }
        drawSpans(page);
        for (std::size_t row = page.firstRow; row < page.endRow; ++row)
            drawRow(shapes, row);
    }

    void drawGroups(LayoutPage& page) {
        for (const Group& group : diagram_.groups) {
            if (group.lastRow < page.firstRow || group.firstRow >= page.endRow)
                continue;
            std::size_t first = std::max(group.firstRow, page.firstRow);
            std::size_t last = std::min(group.lastRow, page.endRow - 1);
            double left = page.width;
            double right = 0;
            for (std::size_t row = group.firstRow; row <= group.lastRow; ++row) {
                auto [l, r] = horizontalExtent(row);
                left = std::min(left, l);
                right = std::max(right, r);
            }
            left = std::max(kMargin / 2, left - 12);
            right = std::min(page.width - kMargin / 2, right + 12);
            double top = layout_.rows[first].top + (first == group.firstRow ? 2 : 0);
            double bottom = layout_.rows[last].bottom - (last == group.lastRow ? 4 : 0);
            page.shapes.push_back(
                rect(ShapeStyle::GroupFrame, left, top, right - left, bottom - top));
            double tabWidth = measure(group.label, ShapeStyle::GroupLabel) + 16;
            page.shapes.push_back(rect(ShapeStyle::GroupTab, left, top, tabWidth, 17));
            page.shapes.push_back(
                text(ShapeStyle::GroupLabel, left + 8, top + 13, group.label, TextAnchor::Start));
        }
    }

    std::pair<double, double> horizontalExtent(std::size_t rowIndex) const {
        const Row& row = diagram_.rows[rowIndex];
        const RowMetrics& m = metrics_[rowIndex];
        double xFrom = layout_.lifelineX[row.from];
        double xTo = layout_.lifelineX[row.to];
        if (row.kind == RowKind::Note)
            return {xFrom - m.noteWidth / 2, xFrom + m.noteWidth / 2};
        if (row.isSelf())
            return {xFrom - 6, xFrom + kSelfLoopWidth + 8 + m.labelWidth};
        double middle = (xFrom + xTo) / 2;
        return {std::min({xFrom, xTo, middle - m.labelWidth / 2}) - 6,
                std::max({xFrom, xTo, middle + m.labelWidth / 2}) + 6};
    }

    void drawSpans(LayoutPage& page) {
        for (const BlockedSpan& span : diagram_.spans) {
            if (span.lastRow < page.firstRow || span.firstRow >= page.endRow)
                continue;
            std::size_t first = std::max(span.firstRow, page.firstRow);
            std::size_t last = std::min(span.lastRow, page.endRow - 1);
            double top = first == span.firstRow
                             ? layout_.rows[first].top + metrics_[first].arrowOffset
                             : layout_.rows[first].top;
            double bottom = layout_.rows[last].bottom;
            // A resumed wait lasts until the resumed work's first message leaves.
            if (span.resumed && last == span.lastRow && last + 1 < page.endRow)
                bottom = layout_.rows[last + 1].top + metrics_[last + 1].arrowOffset;
            double x = layout_.lifelineX[span.lifeline];
            page.shapes.push_back(
                rect(ShapeStyle::BlockedSpan, x - kSpanWidth / 2, top, kSpanWidth, bottom - top));
            page.shapes.push_back(text(ShapeStyle::BlockedLabel, x - kSpanWidth / 2 - 3, top + 12,
                                       diagram_.blockedLabel, TextAnchor::End));
        }
    }

    ShapeStyle lineStyle(const Row& row) const {
        switch (row.style) {
        case MessageStyle::Callback:
            return ShapeStyle::CallbackLine;
        case MessageStyle::Quiet:
            return ShapeStyle::QuietLine;
        case MessageStyle::Async:
            return ShapeStyle::AsyncLine;
        case MessageStyle::Call:
        case MessageStyle::Create:
        case MessageStyle::Free:
            return ShapeStyle::CallLine;
        }
        return ShapeStyle::CallLine;
    }

    void drawArrowhead(std::vector<Shape>& shapes, const Row& row, std::size_t rowIndex, Point tip,
                       double direction) const {
        ShapeStyle style = lineStyle(row);
        Point back{tip.x - direction * kArrowLength, tip.y};
        if (row.style == MessageStyle::Async) {
            shapes.push_back(line(style, {back.x, tip.y - 5}, tip, rowIndex));
            shapes.push_back(line(style, {back.x, tip.y + 5}, tip, rowIndex));
            return;
        }
        Shape head;
        head.kind = ShapeKind::Polygon;
        head.style = style;
        head.points = {tip, {back.x, tip.y - 4.5}, {back.x, tip.y + 4.5}};
        head.row = rowIndex;
        shapes.push_back(std::move(head));
    }

    void drawLabel(std::vector<Shape>& shapes, const Row& row, std::size_t rowIndex, double x,
                   double textBaseline, TextAnchor anchor) const {
        double textWidth = measure(row.text, textStyle(row));
        double badge = badgeWidth(row);
        double start =
            anchor == TextAnchor::Middle ? x - (badge + (badge ? 4 : 0) + textWidth) / 2 : x;
        if (row.number) {
            shapes.push_back(
                rect(ShapeStyle::NumberBadge, start, textBaseline - 11, badge, 14, true, rowIndex));
            shapes.push_back(text(ShapeStyle::NumberText, start + badge / 2, textBaseline - 1,
                                  numberText(row), TextAnchor::Middle, rowIndex));
            start += badge + 4;
        }
        shapes.push_back(
            text(textStyle(row), start, textBaseline, row.text, TextAnchor::Start, rowIndex));
        if (!row.detail.empty())
            shapes.push_back(
                text(ShapeStyle::DetailText, x, textBaseline + 14, row.detail, anchor, rowIndex));
    }

    void drawRow(std::vector<Shape>& shapes, std::size_t rowIndex) {
        const Row& row = diagram_.rows[rowIndex];
        const RowMetrics& m = metrics_[rowIndex];
        RowBox& box = layout_.rows[rowIndex];
        auto [left, right] = horizontalExtent(rowIndex);
        box.left = left;
        box.right = right;
        double top = box.top + m.labelTop;
        double xFrom = layout_.lifelineX[row.from];
        double xTo = layout_.lifelineX[row.to];
        if (row.kind == RowKind::Note) {
            double width = m.noteWidth;
            double height = m.height - m.labelTop - 12;
            shapes.push_back(
                rect(row.tone == NoteTone::Error ? ShapeStyle::ErrorNote : ShapeStyle::WarningNote,
                     xFrom - width / 2, top + 6, width, height, false, rowIndex));
            double y = top + 6 + kNotePadding + 11;
            for (const auto& lineText : m.noteTitle) {
                shapes.push_back(text(ShapeStyle::NoteTitle, xFrom - width / 2 + kNotePadding, y,
                                      lineText, TextAnchor::Start, rowIndex));
                y += 15;
            }
            for (const auto& lineText : m.noteText) {
                shapes.push_back(text(ShapeStyle::NoteText, xFrom - width / 2 + kNotePadding, y,
                                      lineText, TextAnchor::Start, rowIndex));
                y += 14;
            }
            return;
        }
        double arrowY = box.top + m.arrowOffset;
        ShapeStyle style = lineStyle(row);
        if (row.isSelf()) {
            double loopRight = xFrom + kSelfLoopWidth;
            double loopBottom = arrowY + 16;
            shapes.push_back(line(style, {xFrom, arrowY}, {loopRight, arrowY}, rowIndex));
            shapes.push_back(line(style, {loopRight, arrowY}, {loopRight, loopBottom}, rowIndex));
            shapes.push_back(
                line(style, {loopRight, loopBottom}, {xFrom + 1, loopBottom}, rowIndex));
            drawArrowhead(shapes, row, rowIndex, {xFrom + 1, loopBottom}, -1);
            drawLabel(shapes, row, rowIndex, loopRight + 8, top + 14, TextAnchor::Start);
            return;
        }
        double direction = xTo > xFrom ? 1 : -1;
        double tipX = xTo;
        if (row.style == MessageStyle::Create)
            tipX = xTo - direction * headerWidth_[row.to] / 2;
        if (row.style == MessageStyle::Free)
            tipX = xTo - direction * 8; // stop before the cross
        shapes.push_back(line(style, {xFrom, arrowY}, {tipX - direction * 2, arrowY}, rowIndex));
        drawArrowhead(shapes, row, rowIndex, {tipX, arrowY}, direction);
        drawLabel(shapes, row, rowIndex, (xFrom + xTo) / 2, top + 14, TextAnchor::Middle);
        if (row.style == MessageStyle::Free) {
            shapes.push_back(line(ShapeStyle::FreedCross, {xTo - 7, arrowY - 7},
                                  {xTo + 7, arrowY + 7}, rowIndex));
            shapes.push_back(line(ShapeStyle::FreedCross, {xTo - 7, arrowY + 7},
                                  {xTo + 7, arrowY - 7}, rowIndex));
        }
    }

    const SequenceDiagram& diagram_;
    const LayoutOptions& options_;
    DiagramLayout layout_;
    std::vector<RowMetrics> metrics_;
    std::vector<double> headerWidth_;
    double pageWidth_ = 0;
};

} // namespace

double estimateTextWidth(std::string_view text, ShapeStyle style) {
    const Paint& paint = paintFor(style);
    return displayColumns(text) * paint.fontSize * (paint.bold ? 0.68 : 0.62);
}

std::size_t DiagramLayout::rowAt(std::size_t page, double x, double y) const {
    for (std::size_t row = 0; row < rows.size(); ++row) {
        const RowBox& box = rows[row];
        if (box.page == page && y >= box.top && y < box.bottom && x >= box.left - 40 &&
            x <= box.right + 40)
            return row;
    }
    return kNoRow;
}

DiagramLayout layoutDiagram(const SequenceDiagram& diagram, const LayoutOptions& options) {
    return Layouter(diagram, options).run();
}

} // namespace wdflc::diagram
