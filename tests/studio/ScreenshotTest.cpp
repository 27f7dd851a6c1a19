// The main window renders: a grab is the window's size and shows more than
// a blank background, and the fonts for Japanese and Thai are there.
#include "document/Document.h"
#include "document/SampleLibrary.h"
#include "MainWindow.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QFontDatabase>
#include <QImage>
#include <QSet>

namespace studio {
namespace {

TEST(ScreenshotTest, MainWindowRenders) {
    MainWindow window(MainWindow::Options{false, false, {}, 30});
    ASSERT_TRUE(window.openSample(SampleLibrary::defaultSampleName()));
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    const QImage image = window.grab().toImage();
    ASSERT_EQ(image.size(), window.size());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 50);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("WDF Lifecycle Studio")));
}

// The docks must leave the window able to take the size the screenshots
// and the documentation use (and a laptop screen a little larger).
TEST(ScreenshotTest, MainWindowFitsTheScreenshotSize) {
    MainWindow window(MainWindow::Options{false, false, {}, 30});
    ASSERT_TRUE(window.openSample(SampleLibrary::defaultSampleName()));
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    EXPECT_LE(window.width(), 1400);
    EXPECT_LE(window.height(), 900) << "a dock's minimum size makes the window taller";
}

TEST(ScreenshotTest, JapaneseAndThaiFontsAreInstalled) {
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Japanese).isEmpty());
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Thai).isEmpty());
}

} // namespace
} // namespace studio
