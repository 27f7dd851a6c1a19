#include "DiagramFileExport.h"

#include "diagram/MermaidWriter.h"
#include "diagram/PartPath.h"
#include "diagram/PlantUmlWriter.h"
#include "diagram/SvgWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace wdflc::exporting {

QList<DiagramFormat> diagramFormats() {
    auto tr = [](const char* text) { return QCoreApplication::translate("DiagramLabels", text); };
    return {
        {QStringLiteral("puml"), tr("PlantUML (*.puml)")},
        {QStringLiteral("mmd"), tr("Mermaid (*.mmd)")},
        {QStringLiteral("md"), tr("Markdown with Mermaid (*.md)")},
        {QStringLiteral("svg"), tr("SVG image (*.svg)")},
        {QStringLiteral("png"), tr("PNG image (*.png)")},
        {QStringLiteral("pdf"), tr("PDF document (*.pdf)")},
    };
}

ImageExportResult exportDiagramFile(const diagram::SequenceDiagram& diagram, const QString& path,
                                    const QString& extension) {
    if (extension == u"png")
        return exportPng(diagram, path);
    if (extension == u"pdf")
        return exportPdf(diagram, path);
    std::vector<std::string> parts;
    if (extension == u"puml")
        parts.push_back(diagram::writePlantUml(diagram));
    else if (extension == u"mmd")
        parts = diagram::writeMermaidBlocks(diagram);
    else if (extension == u"md")
        parts.push_back(diagram::writeMermaidMarkdown(diagram));
    else if (extension == u"svg")
        parts = diagram::writeSvg(diagram);
    ImageExportResult result;
    if (parts.empty()) {
        result.error =
            QCoreApplication::translate("DiagramLabels", "unknown format %1").arg(extension);
        return result;
    }
    for (std::size_t index = 0; index < parts.size(); ++index) {
        const QString partPath =
            QString::fromStdString(diagram::partPath(path.toStdString(), index));
        QSaveFile file(partPath);
        const QByteArray bytes = QByteArray::fromStdString(parts[index]);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            result.error = QStringLiteral("%1: %2").arg(partPath, file.errorString());
            for (const QString& written : result.written)
                QFile::remove(written);
            result.written.clear();
            return result;
        }
        result.written << partPath;
    }
    return result;
}

} // namespace wdflc::exporting
