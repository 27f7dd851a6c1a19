#include "diagram/DiagramBuilder.h"
#include "diagram/PartPath.h"
#include "DiagramImageExport.h"
#include "DiagramPainter.h"
#include "DiagramTestSupport.h"

#include <QFontDatabase>
#include <QImage>
#include <QRegularExpression>

namespace wdflc::diagram {
namespace {

int pdfPageCount(const std::string& pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

SequenceDiagram diagramOf(const std::string& scenario, const std::string& title = {}) {
    DiagramOptions options;
    options.title = title;
    return buildSequenceDiagram(testing::traceOf(scenario), options);
}

TEST(ImageExport, FontsForJapaneseAndThaiAreInstalled) {
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Japanese).isEmpty());
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Thai).isEmpty());
}

TEST(ImageExport, OnePagePngHasTheLayoutSizeAtTwiceThePixels) {
    auto directory = testing::scratchDirectory("png-one");
    SequenceDiagram diagram = diagramOf(testing::samplePath("07-request-completed-at-dispatch"));
    QString path = QString::fromStdString((directory / "diagram.png").string());
    auto result = exporting::exportPng(diagram, path);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.written.size(), 1);
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    LayoutOptions options;
    options.measure = exporting::qtTextMeasure();
    DiagramLayout layout = layoutDiagram(diagram, options);
    ASSERT_EQ(exporting::pngScale(layout.pages.front()), 2.0);
    EXPECT_EQ(image.width(), qFloor(layout.pages.front().width * 2));
    EXPECT_EQ(image.height(), qFloor(layout.pages.front().height * 2));
    // Not a blank page: the title and the messages are drawn in dark ink.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    EXPECT_GT(dark, 500);
}

TEST(ImageExport, ALongDiagramGivesOnePngPerPageAndOnePdfWithAllPages) {
    auto directory = testing::scratchDirectory("pages");
    SequenceDiagram diagram = diagramOf(testing::samplePath("07-request-completed-at-dispatch"));
    constexpr double kPageHeight = 500; // short pages: several of them, quickly drawn
    LayoutOptions options;
    options.maxPageHeight = kPageHeight;
    options.measure = exporting::qtTextMeasure();
    const auto pages = static_cast<int>(layoutDiagram(diagram, options).pages.size());
    ASSERT_GE(pages, 3);

    std::string png = (directory / "long.png").string();
    auto pngResult = exporting::exportPng(diagram, QString::fromStdString(png), kPageHeight);
    ASSERT_TRUE(pngResult.ok()) << pngResult.error.toStdString();
    EXPECT_EQ(pngResult.written.size(), pages);
    for (int page = 0; page < pages; ++page) {
        std::string path = partPath(png, static_cast<std::size_t>(page));
        EXPECT_EQ(pngResult.written[page].toStdString(), path);
        QImage image(QString::fromStdString(path));
        ASSERT_FALSE(image.isNull()) << path;
        EXPECT_LE(std::max(image.width(), image.height()), 4096) << path;
    }
    EXPECT_FALSE(std::filesystem::exists(partPath(png, static_cast<std::size_t>(pages))));

    std::string pdf = (directory / "long.pdf").string();
    auto pdfResult = exporting::exportPdf(diagram, QString::fromStdString(pdf), kPageHeight);
    ASSERT_TRUE(pdfResult.ok()) << pdfResult.error.toStdString();
    std::string bytes = testing::readFile(pdf);
    EXPECT_TRUE(bytes.starts_with("%PDF-"));
    EXPECT_EQ(pdfPageCount(bytes), pages);
}

TEST(ImageExport, PngPagesReplaceAnEarlierExportWholeOrChangeNothing) {
    auto directory = testing::scratchDirectory("png-set");
    SequenceDiagram diagram = diagramOf(testing::samplePath("07-request-completed-at-dispatch"));
    const QString png = QString::fromStdString((directory / "d.png").string());
    constexpr double kShortPages = 500;
    auto names = [&directory] {
        std::vector<std::string> found;
        for (const auto& entry : std::filesystem::directory_iterator(directory))
            found.push_back(entry.path().filename().string());
        std::sort(found.begin(), found.end());
        return found;
    };
    ASSERT_TRUE(exporting::exportPng(diagram, png, kShortPages).ok());
    ASSERT_GE(names().size(), 3u);
    ASSERT_EQ(exporting::exportPng(diagram, png, 1e9).written.size(), 1);
    EXPECT_EQ(names(), std::vector<std::string>{"d.png"});

    const std::string onePage = testing::readFile(png.toStdString());
    std::filesystem::create_directory(directory / "d-3.png");
    const auto failed = exporting::exportPng(diagram, png, kShortPages);
    EXPECT_FALSE(failed.ok());
    EXPECT_TRUE(failed.written.isEmpty());
    EXPECT_TRUE(failed.error.contains(QStringLiteral("d-3.png"))) << failed.error.toStdString();
    EXPECT_EQ(testing::readFile(png.toStdString()), onePage);
    EXPECT_EQ(names(), (std::vector<std::string>{"d-3.png", "d.png"}));
}

TEST(ImageExport, PdfIsByteForByteReproducible) {
    auto directory = testing::scratchDirectory("pdf-twice");
    SequenceDiagram diagram = diagramOf(testing::samplePath("08-work-item-waits"));
    std::string first = (directory / "a.pdf").string();
    std::string second = (directory / "b.pdf").string();
    ASSERT_TRUE(exporting::exportPdf(diagram, QString::fromStdString(first)).ok());
    ASSERT_TRUE(exporting::exportPdf(diagram, QString::fromStdString(second)).ok());
    std::string bytes = testing::readFile(first);
    EXPECT_EQ(pdfPageCount(bytes), 1);
    EXPECT_EQ(bytes, testing::readFile(second));
}

TEST(ImageExport, JapaneseAndThaiTitlesAndHostileTextsExport) {
    auto directory = testing::scratchDirectory("i18n");
    for (const std::string title :
         {"デバイスの削除と EvtCleanupCallback", "การลบอุปกรณ์และ EvtDestroyCallback",
          "</svg><script>alert(1)</script> end; #\"@enduml"}) {
        SequenceDiagram diagram = diagramOf(testing::dataPath("hostile"), title);
        auto png =
            exporting::exportPng(diagram, QString::fromStdString((directory / "t.png").string()));
        auto pdf =
            exporting::exportPdf(diagram, QString::fromStdString((directory / "t.pdf").string()));
        ASSERT_TRUE(png.ok()) << png.error.toStdString();
        ASSERT_TRUE(pdf.ok()) << pdf.error.toStdString();
        EXPECT_GT(std::filesystem::file_size(directory / "t.png"), 1000u);
        EXPECT_EQ(pdfPageCount(testing::readFile(directory / "t.pdf")), 1);
    }
}

TEST(ImageExport, UnwritablePathFailsWithoutLeavingFiles) {
    auto directory = testing::scratchDirectory("unwritable");
    SequenceDiagram diagram = diagramOf(testing::samplePath("01-device-removal"));
    std::string path = (directory / "missing" / "d.png").string();
    auto png = exporting::exportPng(diagram, QString::fromStdString(path));
    EXPECT_FALSE(png.ok());
    EXPECT_TRUE(png.written.isEmpty());
    auto pdf = exporting::exportPdf(
        diagram, QString::fromStdString((directory / "missing" / "d.pdf").string()));
    EXPECT_FALSE(pdf.ok());
    EXPECT_TRUE(std::filesystem::is_empty(directory));
}

} // namespace
} // namespace wdflc::diagram
