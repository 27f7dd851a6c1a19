// The dock paints a long page through PageIndex: it must find exactly the
// shapes that testing every shape would, in drawing order.
#include "PageIndex.h"

#include "diagram/DiagramBuilder.h"
#include "DiagramPainter.h"
#include "DiagramTestSupport.h"

#include <random>

namespace wdflc::diagram {
namespace {

std::vector<std::size_t> everyShapeIn(const LayoutPage& page, const QRectF& visible) {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < page.shapes.size(); ++i)
        if (exporting::roughBounds(page.shapes[i]).intersects(visible))
            found.push_back(i);
    return found;
}

TEST(PageIndex, FindsWhatTestingEveryShapeFinds) {
    LayoutOptions options;
    options.paginate = false; // one long page, as in the dock
    options.measure = exporting::qtTextMeasure();
    const DiagramLayout layout = layoutDiagram(
        buildSequenceDiagram(testing::traceOf(testing::dataPath("large-5000"))), options);
    const LayoutPage& page = layout.pages.front();
    ASSERT_GT(page.height, 50'000.0);
    const exporting::PageIndex index(page);

    std::mt19937 random(7);
    std::uniform_real_distribution<double> y(-500, page.height + 500);
    std::uniform_real_distribution<double> x(-200, page.width + 200);
    std::uniform_real_distribution<double> size(1, 1200);
    for (int i = 0; i < 300; ++i) {
        const QRectF visible(x(random), y(random), size(random), size(random));
        EXPECT_EQ(index.shapesIn(visible), everyShapeIn(page, visible))
            << "at " << visible.x() << "," << visible.y();
    }
    const QRectF whole(0, 0, page.width, page.height);
    EXPECT_EQ(index.shapesIn(whole).size(), page.shapes.size());
    EXPECT_TRUE(index.shapesIn(QRectF(0, page.height + 1000, 100, 100)).empty());
}

} // namespace
} // namespace wdflc::diagram
