#pragma once

#include "diagram/SequenceDiagram.h"
#include "DiagramImageExport.h"

#include <QString>
#include <QStringList>

namespace wdflc::exporting {

// The diagram formats a user can save: file-dialog filters and extensions.
struct DiagramFormat {
    QString extension; // "puml", "mmd", "md", "svg", "png", "pdf"
    QString filter;    // e.g. "PlantUML (*.puml)", translated
};
QList<DiagramFormat> diagramFormats();

// Writes the diagram in the format of `extension`. Parts beyond the first
// (Mermaid blocks, SVG and PNG pages) go beside it as "name-2.ext", … The
// set is written as one (output::writeFileSet): it replaces an earlier set
// whole, or on failure changes nothing.
ImageExportResult exportDiagramFile(const diagram::SequenceDiagram& diagram, const QString& path,
                                    const QString& extension);

} // namespace wdflc::exporting
