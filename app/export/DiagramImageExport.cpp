#include "DiagramImageExport.h"

#include "diagram/DiagramLayout.h"
#include "diagram/PartPath.h"
#include "DiagramPainter.h"
#include "QtOutputFile.h"

#include <algorithm>
#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace wdflc::exporting {
namespace {

// PNG pages are drawn at up to twice the layout's pixels for sharp text, but
// never above 4096 px a side (image viewers and Qt's reader refuse huge images).
constexpr double kMaxPngScale = 2.0;
constexpr double kMaxPngSide = 4096.0;
constexpr double kPdfResolution = 96.0; // layout pixels per inch

diagram::DiagramLayout layoutWithRealFonts(const diagram::SequenceDiagram& diagram,
                                           double maxPageHeight) {
    diagram::LayoutOptions options;
    options.maxPageHeight = maxPageHeight;
    options.measure = qtTextMeasure();
    return diagram::layoutDiagram(diagram, options);
}

// Qt stamps the creation time and a random document id into every PDF; the
// export replaces them with fixed values of the same length, so the same
// diagram gives the same bytes.
void makeDeterministic(QByteArray& pdf) {
    static const QRegularExpression creationDate(
        QStringLiteral("/CreationDate \\(D:[0-9+\\-Z']*\\)"));
    static const QRegularExpression xmpDate(
        QStringLiteral("(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)"));
    static const QRegularExpression uuid(QStringLiteral(
        "uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    static const QRegularExpression documentId(
        QStringLiteral("/ID \\[<[0-9a-fA-F]+> <[0-9a-fA-F]+>\\]"));
    QString text = QString::fromLatin1(pdf);
    auto blank = [&text](const QRegularExpression& pattern, int skip, bool hex) {
        auto matches = pattern.globalMatch(text);
        while (matches.hasNext()) {
            auto match = matches.next();
            for (qsizetype i = match.capturedStart() + skip; i < match.capturedEnd(); ++i) {
                const QChar c = text[i];
                const bool hexLetter = c.toLower() >= u'a' && c.toLower() <= u'f';
                if (c.isDigit() || (hex && hexLetter))
                    text[i] = u'0';
            }
        }
    };
    blank(creationDate, 0, false);
    blank(xmpDate, 0, false);
    blank(uuid, 5, true);
    blank(documentId, 4, true);
    pdf = text.toLatin1();
}

} // namespace

double pngScale(const diagram::LayoutPage& page) {
    return std::clamp(kMaxPngSide / std::max(page.width, page.height), 1.0, kMaxPngScale);
}

ImageExportResult exportPng(const diagram::SequenceDiagram& diagram, const QString& path,
                            double maxPageHeight) {
    const diagram::DiagramLayout layout = layoutWithRealFonts(diagram, maxPageHeight);
    QList<QByteArray> pages;
    for (const auto& page : layout.pages) {
        const double scale = pngScale(page);
        QImage image(qFloor(page.width * scale), qFloor(page.height * scale), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.scale(scale, scale);
            paintPage(painter, page);
        }
        QByteArray& bytes = pages.emplace_back();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    const auto pagePath = [&path](std::size_t index) {
        return QString::fromStdString(diagram::partPath(path.toStdString(), index));
    };
    ImageExportResult result;
    result.error = output::writeFileSet(pages, pagePath);
    if (result.ok())
        for (std::size_t index = 0; index < layout.pages.size(); ++index)
            result.written << pagePath(index);
    return result;
}

ImageExportResult exportPdf(const diagram::SequenceDiagram& diagram, const QString& path,
                            double maxPageHeight) {
    ImageExportResult result;
    const diagram::DiagramLayout layout = layoutWithRealFonts(diagram, maxPageHeight);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(static_cast<int>(kPdfResolution));
        writer.setCreator(QStringLiteral("WDF Lifecycle Studio"));
        writer.setTitle(QString::fromStdString(diagram.title));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        auto pageSize = [](const diagram::LayoutPage& page) {
            return QPageSize(
                QSizeF(page.width * 72.0 / kPdfResolution, page.height * 72.0 / kPdfResolution),
                QPageSize::Point, QString(), QPageSize::ExactMatch);
        };
        writer.setPageSize(pageSize(layout.pages.front()));
        QPainter painter(&writer);
        for (std::size_t index = 0; index < layout.pages.size(); ++index) {
            if (index > 0) {
                writer.setPageSize(pageSize(layout.pages[index]));
                writer.newPage();
            }
            paintPage(painter, layout.pages[index]);
        }
    }
    makeDeterministic(bytes);
    result.error = output::writeFile(path, bytes);
    if (result.ok())
        result.written << path;
    return result;
}

} // namespace wdflc::exporting
