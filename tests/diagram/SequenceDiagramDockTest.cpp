#include "SequenceDiagramDock.h"

#include "DiagramTestSupport.h"
#include "SequenceDiagramView.h"

#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

namespace studio::diagram {
namespace {

using wdflc::diagram::kNoRow;

std::shared_ptr<const wdflc::Trace> sharedTrace(const std::string& path) {
    return std::make_shared<const wdflc::Trace>(wdflc::diagram::testing::traceOf(path));
}

TEST(SequenceDiagramDock, HighlightsTheCurrentEventAndScrollsItIntoView) {
    SequenceDiagramDock dock;
    dock.resize(700, 400);
    dock.show();
    auto trace = sharedTrace(wdflc::diagram::testing::dataPath("large-5000"));
    dock.setTrace(trace);
    EXPECT_EQ(dock.view()->currentRow(), kNoRow);
    const auto last = static_cast<std::uint32_t>(trace->events.size());
    dock.setPosition(last - 10);
    const std::size_t row = dock.view()->currentRow();
    ASSERT_NE(row, kNoRow);
    EXPECT_EQ(dock.view()->diagram().rows[row].seq, last - 10);
    EXPECT_GT(dock.view()->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(dock.view()->viewport()->rect().intersects(dock.view()->rowRect(row)));
    dock.setPosition(1);
    EXPECT_EQ(dock.view()->currentRow(), 0u);
    EXPECT_EQ(dock.view()->verticalScrollBar()->value(), 0);
}

TEST(SequenceDiagramDock, FirstShownTheCurrentEventIsInViewBelowThePinnedHeaders) {
    auto trace =
        sharedTrace(wdflc::diagram::testing::samplePath("07-request-completed-at-dispatch"));
    for (const double fraction : {0.3, 0.6, 0.95}) {
        SCOPED_TRACE(fraction);
        SequenceDiagramDock dock;
        dock.setTrace(trace);
        dock.setPosition(static_cast<std::uint32_t>(trace->events.size() * fraction));
        dock.resize(800, 320);
        dock.show(); // the diagram is built now, before the view has its final size
        QApplication::processEvents();
        SequenceDiagramView* view = dock.view();
        const std::size_t row = view->currentRow();
        ASSERT_NE(row, kNoRow);
        const QRect rect = view->rowRect(row);
        const int covered = view->pinnedHeaderHeight(view->verticalScrollBar()->value());
        ASSERT_GT(view->verticalScrollBar()->value(), 0);
        EXPECT_GT(covered, 0); // scrolled down: the headers are pinned over the top
        EXPECT_GE(rect.top(), covered) << "the current event is under the pinned headers";
        EXPECT_LE(rect.bottom(), view->viewport()->height());
    }
}

TEST(SequenceDiagramDock, AFilteredOutEventHighlightsTheRowBeforeIt) {
    SequenceDiagramDock dock;
    dock.show();
    auto trace =
        sharedTrace(wdflc::diagram::testing::samplePath("03-reference-delete-dereference"));
    dock.setTrace(trace);
    auto options = dock.options();
    options.events = wdflc::diagram::EventFilter::CallbacksOnly;
    dock.setOptions(options);
    const auto& rows = dock.view()->diagram().rows;
    ASSERT_GE(rows.size(), 2u);
    ASSERT_GT(rows[1].seq, rows[0].seq + 1); // events between them are left out
    dock.setPosition(rows[1].seq - 1);
    EXPECT_EQ(dock.view()->currentRow(), 0u);
}

TEST(SequenceDiagramDock, ClickingAMessageActivatesItsEventAndObject) {
    SequenceDiagramDock dock;
    dock.resize(900, 600);
    dock.show();
    auto trace = sharedTrace(wdflc::diagram::testing::samplePath("08-work-item-waits"));
    dock.setTrace(trace);
    QSignalSpy events(&dock, &SequenceDiagramDock::eventActivated);
    QSignalSpy objects(&dock, &SequenceDiagramDock::objectActivated);
    const auto& rows = dock.view()->diagram().rows;
    std::size_t callback = 0;
    while (callback < rows.size() && rows[callback].style != wdflc::diagram::MessageStyle::Callback)
        ++callback;
    ASSERT_LT(callback, rows.size());
    QTest::mouseClick(dock.view()->viewport(), Qt::LeftButton, {},
                      dock.view()->rowRect(callback).center());
    ASSERT_EQ(events.count(), 1);
    EXPECT_EQ(events.front().front().value<std::uint32_t>(), rows[callback].seq);
    ASSERT_EQ(objects.count(), 1);
    EXPECT_EQ(objects.front().front().value<wdflc::ObjectId>(),
              trace->at(rows[callback].seq).object);
}

TEST(SequenceDiagramDock, AHiddenDockBuildsItsDiagramWhenShownOrExported) {
    SequenceDiagramDock dock;
    dock.setTrace(sharedTrace(wdflc::diagram::testing::samplePath("08-work-item-waits")));
    EXPECT_TRUE(dock.view()->diagram().rows.empty());
    dock.show();
    EXPECT_FALSE(dock.view()->diagram().rows.empty());
    dock.hide();
    dock.setTrace(sharedTrace(wdflc::diagram::testing::samplePath("01-device-removal")));
    auto directory = wdflc::diagram::testing::scratchDirectory("hidden-export");
    EXPECT_TRUE(
        dock.exportTo(QString::fromStdString((directory / "d.mmd").string()), "mmd").isEmpty());
    EXPECT_NE(wdflc::diagram::testing::readFile(directory / "d.mmd").find("Device removal"),
              std::string::npos);
}

TEST(SequenceDiagramDock, OptionsRebuildTheDiagramAndExportSavesWhatIsShown) {
    SequenceDiagramDock dock;
    dock.show();
    auto trace =
        sharedTrace(wdflc::diagram::testing::samplePath("07-request-completed-at-dispatch"));
    dock.setTrace(trace);
    const std::size_t every = dock.view()->diagram().rows.size();
    auto options = dock.options();
    options.events = wdflc::diagram::EventFilter::CallbacksOnly;
    options.collapseObjectsWithoutCallbacks = true;
    options.numberMessages = true;
    dock.setOptions(options);
    EXPECT_LT(dock.view()->diagram().rows.size(), every);
    EXPECT_TRUE(dock.view()->diagram().numbered);
    auto directory = wdflc::diagram::testing::scratchDirectory("dock-export");
    for (const QString extension : {"puml", "mmd", "md", "svg", "png", "pdf"}) {
        const auto path = directory / ("d." + extension.toStdString());
        EXPECT_TRUE(dock.exportTo(QString::fromStdString(path.string()), extension).isEmpty());
        EXPECT_GT(std::filesystem::file_size(path), 100u) << path;
    }
    EXPECT_NE(wdflc::diagram::testing::readFile(directory / "d.puml").find("autonumber"),
              std::string::npos);
    EXPECT_FALSE(dock.exportTo(QString::fromStdString((directory / "no" / "d.svg").string()),
                               QStringLiteral("svg"))
                     .isEmpty());
}

std::vector<std::string> namesIn(const std::filesystem::path& directory) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(directory))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// The studio's Export Diagram replaces an earlier export's pages whole, or on
// failure changes nothing (SVG here; PNG pages in ImageExportTest).
TEST(SequenceDiagramDock, AReExportReplacesTheEarlierPagesWholeOrChangesNothing) {
    using wdflc::diagram::testing::dataPath;
    using wdflc::diagram::testing::readFile;
    using wdflc::diagram::testing::samplePath;
    SequenceDiagramDock dock;
    const auto large = sharedTrace(dataPath("large-5000"));
    const auto small = sharedTrace(samplePath("01-device-removal"));
    for (const std::string extension : {"svg"}) {
        SCOPED_TRACE(extension);
        auto directory = wdflc::diagram::testing::scratchDirectory("dock-pages-" + extension);
        const QString out = QString::fromStdString((directory / ("d." + extension)).string());
        const QString format = QString::fromStdString(extension);

        dock.setTrace(large);
        ASSERT_EQ(dock.exportTo(out, format), QString());
        ASSERT_GE(namesIn(directory).size(), 2u);
        dock.setTrace(small);
        ASSERT_EQ(dock.exportTo(out, format), QString());
        EXPECT_EQ(namesIn(directory), std::vector<std::string>{"d." + extension});

        const std::string first = readFile(out.toStdString());
        std::filesystem::create_directory(directory / ("d-2." + extension));
        dock.setTrace(large);
        EXPECT_NE(dock.exportTo(out, format), QString());
        EXPECT_EQ(readFile(out.toStdString()), first);
        EXPECT_EQ(namesIn(directory),
                  (std::vector<std::string>{"d-2." + extension, "d." + extension}));
    }
}

} // namespace
} // namespace studio::diagram
