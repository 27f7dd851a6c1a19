#pragma once

#include "diagram/DiagramLayout.h"
#include "diagram/SequenceDiagram.h"

#include <QString>
#include <QStringList>

namespace wdflc::exporting {

struct ImageExportResult {
    QStringList written; // files written, in page order
    QString error;       // empty on success; on failure nothing was changed
    bool ok() const { return error.isEmpty(); }
};

// Pixels per layout pixel of a PNG page: 2 for sharp text, less for pages
// that would pass 4096 px, but never below 1.
double pngScale(const diagram::LayoutPage& page);

// PNG: one image per page, the first at `path`, the next ones "name-2.png", …
// The pages are written as one set (output::writeFileSet): they replace an
// earlier export's pages whole, or on failure nothing changes.
ImageExportResult exportPng(const diagram::SequenceDiagram& diagram, const QString& path,
                            double maxPageHeight = diagram::LayoutOptions{}.maxPageHeight);

// PDF: one document, one page per layout page, each page sized to its content.
ImageExportResult exportPdf(const diagram::SequenceDiagram& diagram, const QString& path,
                            double maxPageHeight = diagram::LayoutOptions{}.maxPageHeight);

} // namespace wdflc::exporting
