// What a node on the canvas says: whole lines, what destroy waits for, and a
// "freed" tag that can be read.
#include "canvas/NodeItem.h"
#include "canvas/TreeLayout.h"
#include "document/StateStyle.h"
#include "StudioTestSupport.h"

#include <cmath>
#include <gtest/gtest.h>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

namespace studio {
namespace {

wdflc::Scenario twoObjects() {
    Document document;
    test::loadJson(document, R"({"format":"wdf-lifecycle-scenario","version":1,
        "objects":[{"id":"driver","type":"WDFDRIVER"},
                   {"id":"transferBuffer","type":"WDFMEMORY","parent":"driver"}]})");
    return document.scenario();
}

NodeItem::Look lookIn(wdflc::ObjectState state, std::uint32_t refCount) {
    NodeItem::Look look;
    look.snapshot.state = state;
    look.snapshot.refCount = refCount;
    return look;
}

// The lines fit the node at the smallest size the node draws them at.
bool fitsWhole(const QString& text) {
    QFont font;
    font.setPixelSize(NodeItem::kMinLinePixels);
    return QFontMetricsF(font).horizontalAdvance(text) <= TreeLayout::kNodeSize.width() - 16;
}

TEST(NodeText, AnObjectWaitingForReferencesSaysWhatDestroyWaitsFor) {
    const wdflc::Scenario scenario = twoObjects();
    NodeItem node(scenario, 1);
    node.setLook(lookIn(wdflc::ObjectState::Released, 2));
    EXPECT_EQ(node.stateLine(), QStringLiteral("refs 2 · cleaned up"));
    EXPECT_EQ(node.lastLine(), QStringLiteral("destroy waits for 2 dereferences"));
    EXPECT_FALSE(node.stateLine().contains(QChar(0x2026))); // never "…"
    EXPECT_TRUE(fitsWhole(node.stateLine()));
    EXPECT_TRUE(fitsWhole(node.lastLine()));
    node.setLook(lookIn(wdflc::ObjectState::Released, 1));
    EXPECT_EQ(node.lastLine(), QStringLiteral("destroy waits for 1 dereference"));
}

double luminance(QRgb rgb) {
    auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) +
           0.0722 * channel(qBlue(rgb));
}

TEST(NodeText, TheFreedTagIsReadable) {
    const wdflc::Scenario scenario = twoObjects();
    QGraphicsScene scene;
    auto* node = new NodeItem(scenario, 1);
    scene.addItem(node);
    NodeItem::Look look = lookIn(wdflc::ObjectState::Freed, 0);
    look.phase = StateStyle::phaseColor(wdflc::EventKind::Freed);
    look.phaseText = StateStyle::phaseText(wdflc::EventKind::Freed);
    node->setLook(look);
    const QRectF bounds = node->boundingRect();
    QImage image(bounds.size().toSize() * 2, QImage::Format_RGB32);
    image.fill(QColor(0xfa, 0xfa, 0xfa)); // the canvas background
    {
        QPainter painter(&image);
        scene.render(&painter, QRectF(), node->sceneBoundingRect());
    }
    // The tag sits above the node's top right corner: its darkest pixel is
    // the tag, its lightest the text on it.
    const QRect tag(int(image.width() * 0.55), 0, int(image.width() * 0.45),
                    int(image.height() * 0.16));
    double darkest = 1, lightest = 0;
    for (int y = tag.top(); y <= tag.bottom(); ++y)
        for (int x = tag.left(); x <= tag.right(); ++x) {
            const double l = luminance(image.pixel(x, y));
            darkest = std::min(darkest, l);
            lightest = std::max(lightest, l);
        }
    const double contrast = (lightest + 0.05) / (darkest + 0.05);
    EXPECT_GE(contrast, 4.5) << "WCAG AA needs 4.5:1 for small text";
}

} // namespace
} // namespace studio
