#include "DiagramFileExport.h"

#include "diagram/MermaidWriter.h"
#include "diagram/PartPath.h"
#include "diagram/PlantUmlWriter.h"
#include "diagram/SvgWriter.h"
#include "QtOutputFile.h"

#include <QCoreApplication>

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
    QList<QByteArray> bytes;
    for (const std::string& part : parts)
        bytes << QByteArray::fromStdString(part);
    result.error = output::writeFileSet(bytes, [&path](std::size_t index) {
        return QString::fromStdString(diagram::partPath(path.toStdString(), index));
    });
    if (result.ok())
        for (std::size_t index = 0; index < parts.size(); ++index)
            result.written << QString::fromStdString(diagram::partPath(path.toStdString(), index));
    return result;
}

} // namespace wdflc::exporting
