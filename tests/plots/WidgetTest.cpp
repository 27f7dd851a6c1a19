// The timelines widget rendered offscreen: what is drawn where, tooltips,
// clicks, the cursor, language changes and exports.
#include "engine/Simulation.h"
#include "io/ScenarioReader.h"
#include "TimelineDock.h"
#include "TimelinePalette.h"
#include "TimelinePlot.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QComboBox>
#include <qcustomplot.h>
#include <QFileInfo>
#include <QFontDatabase>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

using namespace wdflc;
using namespace wdflc::plot;
using studio::plots::TimelineDock;
using studio::plots::TimelinePlot;

std::shared_ptr<const Trace> sampleTrace(const std::string& name) {
    LoadResult loaded = readScenarioFile(std::string(WDFLC_SAMPLES_DIR) + "/" + name);
    EXPECT_TRUE(loaded.ok()) << name;
    if (!loaded.ok())
        return nullptr;
    return std::make_shared<const Trace>(simulate(loaded.scenario));
}

enum Rect { Lifetimes, References, Irql, Queue };

QCPAxisRect* rectOf(const TimelinePlot& plot, Rect rect) {
    return plot.customPlot()->axisRects().at(rect);
}

// Pixel of (position, value) in one of the plot's axis rects.
QPoint pixelAt(const TimelinePlot& plot, Rect rect, double position, double value) {
    QCPAxisRect* axes = rectOf(plot, rect);
    const double key = plot.plotData().axis.toAxis(position, plot.axisUnit());
    return QPoint(static_cast<int>(axes->axis(QCPAxis::atBottom)->coordToPixel(key)),
                  static_cast<int>(axes->axis(QCPAxis::atLeft)->coordToPixel(value)));
}

QImage render(TimelinePlot& plot) {
    plot.replotNow();
    return plot.customPlot()->toPixmap().toImage();
}

class TimelinePlotTest : public ::testing::Test {
protected:
    void SetUp() override {
        plot.resize(1200, 900);
        plot.show();
    }
    void load(const std::string& sample) {
        trace = sampleTrace(sample);
        ASSERT_TRUE(trace);
        plot.setTrace(trace);
        plot.showAllRows();
        plot.replotNow();
    }
    // A segment at least `pixels` wide, with its row.
    std::pair<int, const PhaseSegment*> wideSegment(LifetimePhase phase, int pixels = 6) const {
        const auto& rows = plot.plotData().rows;
        for (std::size_t row = 0; row < rows.size(); ++row) {
            for (const PhaseSegment& segment : rows[row].segments) {
                const int width = pixelAt(plot, Lifetimes, segment.end, 0).x() -
                                  pixelAt(plot, Lifetimes, segment.begin, 0).x();
                if (segment.phase == phase && width >= pixels)
                    return {static_cast<int>(row), &segment};
            }
        }
        return {-1, nullptr};
    }
    TimelinePlot plot;
    std::shared_ptr<const Trace> trace;
};

TEST_F(TimelinePlotTest, BarsArePaintedInTheColourOfTheirPhase) {
    load("02-cleanup-destroy-order.wdfscn.json");
    const QImage image = render(plot);
    int checked = 0;
    for (LifetimePhase phase :
         {LifetimePhase::Alive, LifetimePhase::CleanedUp, LifetimePhase::WaitingForDestroy}) {
        const auto [row, segment] = wideSegment(phase);
        ASSERT_NE(segment, nullptr) << lifetimePhaseName(phase);
        // Halfway between two events: no tick is drawn there.
        const double middle = std::floor((segment->begin + segment->end) / 2.0) + 0.5;
        const QPoint pixel = pixelAt(plot, Lifetimes, middle, row);
        EXPECT_EQ(image.pixelColor(pixel), studio::plots::phaseColor(phase))
            << lifetimePhaseName(phase) << " at " << pixel.x() << "," << pixel.y();
        ++checked;
    }
    EXPECT_EQ(checked, 3);
}

TEST_F(TimelinePlotTest, IrqlBandShowsDispatchLevelInTheDriverLane) {
    load("06-paged-memory-at-dispatch.wdfscn.json");
    const QImage image = render(plot);
    const auto& runs = plot.plotData().irql.lanes[static_cast<std::size_t>(ThreadKind::Driver)];
    const auto dispatch = std::find_if(runs.begin(), runs.end(), [&](const IrqlRun& run) {
        return run.irql == wdflc::Irql::Dispatch;
    });
    ASSERT_NE(dispatch, runs.end());
    const QPoint pixel = pixelAt(plot, Irql, dispatch->lastSeq - 0.5, 0);
    EXPECT_EQ(image.pixelColor(pixel), studio::plots::irqlColor(wdflc::Irql::Dispatch));
    // The worker lane at the same moment is empty (white background).
    EXPECT_EQ(image.pixelColor(pixelAt(plot, Irql, dispatch->lastSeq - 0.5, 2)), QColor(Qt::white));
}

TEST_F(TimelinePlotTest, TooltipNamesTheEventUnderTheMouse) {
    load("02-cleanup-destroy-order.wdfscn.json");
    const auto& rows = plot.plotData().rows;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        for (const LifetimeTick& tick : rows[row].ticks) {
            if (tick.kind != LifetimeTick::Kind::CleanupCallback)
                continue;
            const QString text = plot.toolTipAt(pixelAt(plot, Lifetimes, tick.seq, row));
            EXPECT_TRUE(text.contains(QStringLiteral("EvtCleanupCallback"))) << text.toStdString();
            EXPECT_TRUE(text.contains(QString::fromStdString(trace->objectName(rows[row].object))))
                << text.toStdString();
            EXPECT_TRUE(text.contains(QStringLiteral("event %1").arg(tick.seq)))
                << text.toStdString();
            // Steps counted from 1, as the Steps dock and wdflc count them.
            const int step = trace->at(tick.seq).step;
            ASSERT_GE(step, 0);
            EXPECT_TRUE(text.contains(QStringLiteral("step %1,").arg(step + 1)))
                << text.toStdString();
            return;
        }
    }
    FAIL() << "no cleanup callback in the sample";
}

TEST_F(TimelinePlotTest, ClickingARowSelectsItsObjectAndJumpsToTheClickedEvent) {
    load("02-cleanup-destroy-order.wdfscn.json");
    QSignalSpy activated(&plot, &TimelinePlot::objectActivated);
    QSignalSpy requested(&plot, &TimelinePlot::positionRequested);
    const auto& rows = plot.plotData().rows;
    const int row = static_cast<int>(rows.size()) - 1;
    const LifetimeTick& tick = rows[static_cast<std::size_t>(row)].ticks.back();
    QTest::mouseClick(plot.customPlot(), Qt::LeftButton, {},
                      pixelAt(plot, Lifetimes, tick.seq, row));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).value<ObjectId>(), rows[static_cast<std::size_t>(row)].object);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).value<std::uint32_t>(), tick.seq);

    // Away from ticks the jump goes to the clicked event of the bar.
    const auto [alive, segment] = wideSegment(LifetimePhase::Alive, 40);
    ASSERT_NE(segment, nullptr);
    const double middle = std::floor((segment->begin + segment->end) / 2.0) + 0.5;
    QTest::mouseClick(plot.customPlot(), Qt::LeftButton, {},
                      pixelAt(plot, Lifetimes, middle, alive),
                      QApplication::doubleClickInterval() + 10);
    ASSERT_EQ(requested.count(), 2);
    EXPECT_NEAR(requested.at(1).at(0).value<std::uint32_t>(), middle, 1.0);
    EXPECT_EQ(activated.at(1).at(0).value<ObjectId>(),
              rows[static_cast<std::size_t>(alive)].object);
}

TEST_F(TimelinePlotTest, ControlClickGathersSeveralObjectsForTheReferencePlot) {
    load("03-reference-delete-dereference.wdfscn.json");
    const int before = plot.customPlot()->graphCount();
    const auto& rows = plot.plotData().rows;
    ASSERT_GE(rows.size(), 3u);
    plot.setSelectedObjects({rows[1].object});
    EXPECT_EQ(plot.customPlot()->graphCount(), before + 2); // count and creation reference
    QTest::mouseClick(plot.customPlot(), Qt::LeftButton, Qt::ControlModifier,
                      pixelAt(plot, Lifetimes, rows[2].createdSeq + 0.5, 2));
    EXPECT_EQ(plot.selectedObjects(), (std::vector<ObjectId>{rows[1].object, rows[2].object}));
    EXPECT_EQ(plot.customPlot()->graphCount(), before + 4);
    // The studio's single selection keeps a multi-selection that contains it…
    plot.focusObject(rows[2].object);
    EXPECT_EQ(plot.selectedObjects().size(), 2u);
    // …and replaces one that does not.
    plot.focusObject(rows[0].object);
    EXPECT_EQ(plot.selectedObjects(), std::vector<ObjectId>{rows[0].object});
    EXPECT_EQ(plot.customPlot()->graphCount(), before + 2);
}

TEST_F(TimelinePlotTest, RowsKeepTheirHeightAndScrollToTheSelection) {
    trace = sampleTrace("07-request-completed-at-dispatch.wdfscn.json");
    plot.resize(1200, 400);
    plot.setTrace(trace);
    plot.replotNow();
    plot.replotNow(); // the first layout sizes the rows
    QCPAxis* rows = rectOf(plot, Lifetimes)->axis(QCPAxis::atLeft);
    const auto count = static_cast<double>(plot.plotData().rows.size());
    ASSERT_LT(rows->range().size(), count) << "the sample must not fit: pick a bigger one";
    const double rowPixels = rectOf(plot, Lifetimes)->height() / rows->range().size();
    EXPECT_GE(rowPixels, 17.0);
    plot.setSelectedObjects({plot.plotData().rows.back().object});
    EXPECT_GT(count - 1, rows->range().lower);
    EXPECT_LT(count - 1, rows->range().upper);
    // Shift+wheel scrolls the rows; the plain wheel zooms the event axis.
    const QPointF inside = rectOf(plot, Lifetimes)->rect().center();
    const auto wheel = [&](Qt::KeyboardModifiers modifiers, int degrees) {
        QWheelEvent event(inside, plot.customPlot()->mapToGlobal(inside), {}, {0, degrees},
                          Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot.customPlot(), &event);
    };
    const double size = rows->range().size();
    rows->setRange(-0.5, -0.5 + size); // back to the top
    wheel(Qt::ShiftModifier, -120);    // one step down
    EXPECT_NEAR(rows->range().lower, std::min(2.5, count - 0.5 - size), 1e-9);
    EXPECT_NEAR(rows->range().size(), size, 1e-9);
    const auto [first, last] = plot.visiblePositions();
    wheel(Qt::NoModifier, 120);
    const auto [zoomedFirst, zoomedLast] = plot.visiblePositions();
    EXPECT_LT(zoomedLast - zoomedFirst, last - first);

    plot.showAllRows();
    plot.replotNow();
    EXPECT_NEAR(rows->range().size(), count, 1e-9);
}

TEST_F(TimelinePlotTest, ReferenceGraphFollowsTheTraceCounts) {
    load("03-reference-delete-dereference.wdfscn.json");
    const auto& rows = plot.plotData().rows;
    // The object with the most reference changes.
    ObjectId busiest = rows.front().object;
    std::size_t most = 0;
    for (const LifetimeRow& row : rows) {
        const auto series = referenceCountSeries(*trace, row.object);
        if (series.size() > most) {
            most = series.size();
            busiest = row.object;
        }
    }
    ASSERT_GE(most, 3u);
    plot.setSelectedObjects({busiest});
    plot.replotNow();
    QCPGraph* total = plot.customPlot()->graph(plot.customPlot()->graphCount() - 2);
    const auto series = referenceCountSeries(*trace, busiest);
    ASSERT_GE(total->data()->size(), static_cast<int>(series.size()));
    for (std::size_t i = 0; i < series.size(); ++i) {
        const auto point = total->data()->at(static_cast<int>(i));
        EXPECT_EQ(point->key, series[i].position);
        EXPECT_EQ(point->value, series[i].total);
    }
    const QString text = plot.toolTipAt(pixelAt(plot, References, series[1].position + 0.5, 0));
    EXPECT_TRUE(text.contains(QStringLiteral("count %1").arg(series[1].total)))
        << text.toStdString();
}

TEST_F(TimelinePlotTest, CursorFollowsThePositionOutsideTheVisibleRange) {
    load("09-timer-waits-during-removal.wdfscn.json");
    const std::uint32_t count = plot.plotData().eventCount();
    ASSERT_GT(count, 15u);
    plot.setVisiblePositions(0, 10);
    plot.setPosition(5);
    auto [first, last] = plot.visiblePositions();
    EXPECT_NEAR(first, 0, 1e-9); // inside: the view stays
    EXPECT_NEAR(last, 10, 1e-9);
    plot.setPosition(count - 2);
    std::tie(first, last) = plot.visiblePositions();
    EXPECT_LE(first, count - 2.0);
    EXPECT_GE(last, count - 2.0);
    EXPECT_NEAR(last - first, 10, 1e-6); // panned, not zoomed
    const QImage image = render(plot);
    const QPoint cursor = pixelAt(plot, Queue, count - 2, 0.3);
    EXPECT_EQ(image.pixelColor(cursor).red(), studio::plots::cursorColor().red());
}

TEST_F(TimelinePlotTest, ANewTraceKeepsTheZoomOrShowsEverything) {
    load("09-timer-waits-during-removal.wdfscn.json");
    const double whole = plot.plotData().eventCount();
    auto [first, last] = plot.visiblePositions();
    EXPECT_LE(first, 0);
    EXPECT_GE(last, whole);
    plot.setTrace(sampleTrace("06-paged-memory-at-dispatch.wdfscn.json"));
    std::tie(first, last) = plot.visiblePositions();
    EXPECT_GE(last, plot.plotData().eventCount()); // not zoomed: the whole new trace
    plot.setVisiblePositions(4, 12);
    plot.setTrace(sampleTrace("09-timer-waits-during-removal.wdfscn.json"));
    std::tie(first, last) = plot.visiblePositions();
    EXPECT_NEAR(first, 4, 1e-9); // zoomed: the same stretch of the new trace
    EXPECT_NEAR(last, 12, 1e-9);
}

TEST_F(TimelinePlotTest, StepAxisKeepsTheVisibleEvents) {
    load("06-paged-memory-at-dispatch.wdfscn.json");
    plot.setVisiblePositions(5, 25);
    plot.setAxisUnit(AxisUnit::Steps);
    const auto [first, last] = plot.visiblePositions();
    EXPECT_NEAR(first, 5, 1e-6);
    EXPECT_NEAR(last, 25, 1e-6);
    QCPAxis* axis = rectOf(plot, Queue)->axis(QCPAxis::atBottom);
    EXPECT_LT(axis->range().upper, plot.plotData().axis.stepSlots().size() + 1.0);
}

TEST_F(TimelinePlotTest, ExportsPngAndPdfAndLeavesNothingOnFailure) {
    load("01-device-removal.wdfscn.json");
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("plots.png"));
    ASSERT_TRUE(plot.exportTo(png, QSize(900, 700), &error)) << error.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(900, 700));
    const QString pdf = dir.filePath(QStringLiteral("plots.pdf"));
    ASSERT_TRUE(plot.exportTo(pdf, QSize(), &error)) << error.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));

    EXPECT_FALSE(plot.exportTo(dir.filePath(QStringLiteral("plots.svg")), QSize(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral(".png")));
    EXPECT_FALSE(plot.exportTo(dir.filePath(QStringLiteral("missing/plots.png")), QSize(), &error));
    // Only the two good files: no temporaries left behind.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              (QStringList{QStringLiteral("plots.pdf"), QStringLiteral("plots.png")}));
}

TEST_F(TimelinePlotTest, ExportFollowsASymlinkAndReportsAFullDevice) {
    load("01-device-removal.wdfscn.json");
    QTemporaryDir dir;
    QString error;
    const QString target = dir.filePath(QStringLiteral("target.png"));
    const QString link = dir.filePath(QStringLiteral("link.png"));
    ASSERT_TRUE(QFile::link(QStringLiteral("target.png"), link));
    ASSERT_TRUE(plot.exportTo(link, QSize(600, 500), &error)) << error.toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(QImage(target).size(), QSize(600, 500));

    const QString full = dir.filePath(QStringLiteral("full.pdf"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/full"), full));
    EXPECT_FALSE(plot.exportTo(full, QSize(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("No space left on device"))) << error.toStdString();
    EXPECT_TRUE(QFileInfo(full).isSymLink());
}

// Stands in for a compiled .qm file: the widget must re-label itself when the
// application's language changes.
class JapaneseForTest : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override {
        const QString key = QString::fromLatin1(context) + QLatin1Char('|') + QLatin1String(source);
        if (key == QLatin1String("studio::plots::TimelinePlot|Objects"))
            return QStringLiteral("オブジェクト");
        if (key == QLatin1String("TimelineText|worker"))
            return QStringLiteral("ワーカー");
        return {};
    }
};

TEST_F(TimelinePlotTest, RelabelsWhenTheLanguageChanges) {
    load("01-device-removal.wdfscn.json");
    QCPAxis* rows = rectOf(plot, Lifetimes)->axis(QCPAxis::atLeft);
    EXPECT_EQ(rows->label(), QStringLiteral("Objects"));
    JapaneseForTest japanese;
    QCoreApplication::installTranslator(&japanese);
    QCoreApplication::processEvents();
    EXPECT_EQ(rows->label(), QStringLiteral("オブジェクト"));
    plot.replotNow();
    QCPAxis* lanes = rectOf(plot, Irql)->axis(QCPAxis::atLeft);
    EXPECT_TRUE(lanes->tickVectorLabels().contains(QStringLiteral("ワーカー")));
    QCoreApplication::removeTranslator(&japanese);
    QCoreApplication::processEvents();
    EXPECT_EQ(rows->label(), QStringLiteral("Objects"));
}

TEST(TimelineFonts, JapaneseAndThaiFontsAreInstalled) {
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Japanese).isEmpty());
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Thai).isEmpty());
}

TEST(TimelineDockTest, ForwardsTheDocumentAndTheUser) {
    TimelineDock dock;
    dock.resize(1000, 700);
    dock.show();
    auto trace = sampleTrace("02-cleanup-destroy-order.wdfscn.json");
    dock.setTrace(trace);
    dock.setPosition(7);
    EXPECT_EQ(dock.plot()->position(), 7u);
    const ObjectId object = dock.plot()->plotData().rows.at(1).object;
    dock.focusObject(object);
    EXPECT_EQ(dock.plot()->selectedObjects(), std::vector<ObjectId>{object});

    QSignalSpy requested(&dock, &TimelineDock::positionRequested);
    dock.plot()->replotNow();
    QCPAxisRect* queue = dock.plot()->customPlot()->axisRects().at(Queue);
    QTest::mouseClick(dock.plot()->customPlot(), Qt::LeftButton, {}, queue->rect().center());
    EXPECT_EQ(requested.count(), 1);

    auto* unit = dock.findChild<QComboBox*>();
    ASSERT_NE(unit, nullptr);
    unit->setCurrentIndex(1);
    EXPECT_EQ(dock.plot()->axisUnit(), AxisUnit::Steps);
}

} // namespace

namespace {

TEST_F(TimelinePlotTest, ShortPlotDrawsNeitherTitleNorKey) {
    load("08-work-item-waits.wdfscn.json");
    auto drawnOutsideTheLayout = [&] {
        int count = 0;
        for (auto* element : plot.customPlot()->findChildren<QCPLayoutElement*>())
            if (!element->layout() && element->visible() &&
                (qobject_cast<QCPTextElement*>(element) || qobject_cast<QCPLegend*>(element)))
                ++count;
        return count;
    };
    plot.resize(900, 250); // the studio's bottom dock at 1400x900
    QApplication::processEvents();
    render(plot);
    EXPECT_EQ(drawnOutsideTheLayout(), 0);
    EXPECT_TRUE(plot.customPlot()->findChildren<QCPTextElement*>().size() > 0);
    plot.resize(900, 700);
    QApplication::processEvents();
    render(plot);
    EXPECT_EQ(drawnOutsideTheLayout(), 0);
    bool titleShown = false;
    for (auto* title : plot.customPlot()->findChildren<QCPTextElement*>())
        titleShown = titleShown || (title->visible() && title->layout());
    EXPECT_TRUE(titleShown);
}

} // namespace

namespace {

TEST_F(TimelinePlotTest, ShortPlotGivesItsHeightToTheObjectRows) {
    load("08-work-item-waits.wdfscn.json"); // four objects
    plot.resize(900, 250);                  // the studio's bottom dock at 1400x900
    QApplication::processEvents();
    render(plot);
    EXPECT_GE(rectOf(plot, Lifetimes)->rect().height(), 4 * 18);
    for (Rect lane : {References, Irql, Queue})
        EXPECT_LT(rectOf(plot, lane)->rect().height(), rectOf(plot, Lifetimes)->rect().height());
}

TEST_F(TimelinePlotTest, LaneNameThatDoesNotFitMovesIntoTheLane) {
    load("06-paged-memory-at-dispatch.wdfscn.json");
    auto queueName = [&] { return rectOf(plot, Queue)->axis(QCPAxis::atLeft); };
    auto caption = [&]() -> QCPItemText* {
        for (auto* text : plot.customPlot()->findChildren<QCPItemText*>())
            if (text->text() == queueName()->label() && text->clipAxisRect() == rectOf(plot, Queue))
                return text;
        return nullptr;
    };
    plot.resize(900, 250);
    QApplication::processEvents();
    render(plot);
    EXPECT_EQ(queueName()->labelColor().alpha(), 0);
    ASSERT_NE(caption(), nullptr);
    EXPECT_TRUE(caption()->visible());
    plot.resize(1200, 900); // an export's size: every lane at its ceiling
    QApplication::processEvents();
    render(plot);
    EXPECT_EQ(queueName()->labelColor().alpha(), 255);
    EXPECT_FALSE(caption()->visible());
}

} // namespace
