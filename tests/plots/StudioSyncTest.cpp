// The Timelines dock inside the studio: it follows the document's trace,
// position and selection, and a click in it moves the document.
#include "document/Document.h"
#include "MainWindow.h"
#include "TimelineDock.h"
#include "TimelinePlot.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <qcustomplot.h>

namespace {

using studio::MainWindow;
using studio::plots::TimelineDock;

TEST(TimelinesInTheStudio, FollowTheDocumentAndMoveIt) {
    MainWindow window(MainWindow::Options{false, false, {}, 30});
    window.resize(1400, 1000);
    window.show();
    ASSERT_TRUE(
        window.openFile(QStringLiteral(WDFLC_SAMPLES_DIR "/02-cleanup-destroy-order.wdfscn.json")));
    auto* dock = window.findChild<TimelineDock*>();
    ASSERT_NE(dock, nullptr);
    studio::Document* document = window.document();
    const auto& plot = *dock->plot();
    EXPECT_EQ(plot.trace(), document->trace());
    ASSERT_GT(document->eventCount(), 12u);

    document->setPosition(7);
    EXPECT_EQ(plot.position(), 7u);
    const auto& rows = plot.plotData().rows;
    ASSERT_GE(rows.size(), 3u);
    document->setSelectedObject(rows[2].object);
    EXPECT_EQ(plot.selectedObjects(), std::vector<wdflc::ObjectId>{rows[2].object});

    // A click on another object's bar selects it in the document and moves
    // the document to the clicked event. Floating and tall, every row is in view.
    dock->setFloating(true);
    dock->resize(1200, 800);
    QApplication::processEvents();
    dock->plot()->replotNow();
    dock->plot()->replotNow();
    QCPAxisRect* lifetimes = plot.customPlot()->axisRects().at(0);
    const auto& target = rows[1];
    const double position = target.createdSeq + 0.5;
    const QPoint pixel(static_cast<int>(lifetimes->axis(QCPAxis::atBottom)->coordToPixel(position)),
                       static_cast<int>(lifetimes->axis(QCPAxis::atLeft)->coordToPixel(1)));
    dock->plot()->clickAt(pixel, Qt::NoModifier);
    EXPECT_EQ(document->selectedObject(), target.object);
    EXPECT_NEAR(document->position(), position, 1.0);
    EXPECT_EQ(plot.position(), document->position());

    // Another scenario makes a new trace: the dock draws it.
    const auto before = document->trace();
    window.openFile(QStringLiteral(WDFLC_SAMPLES_DIR "/06-paged-memory-at-dispatch.wdfscn.json"));
    EXPECT_NE(plot.trace(), before);
    EXPECT_EQ(plot.trace(), document->trace());
}

} // namespace
