#include "SequenceDiagramDock.h"

#include "diagram/DiagramBuilder.h"
#include "DiagramFileExport.h"
#include "DiagramLabelsQt.h"
#include "i18n/DiagnosticText.h"
#include "SequenceDiagramView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio::diagram {

using wdflc::diagram::DiagramOptions;
using wdflc::diagram::EventFilter;

SequenceDiagramDock::SequenceDiagramDock(QWidget* parent)
    : QDockWidget(parent), view_(new SequenceDiagramView), events_(new QComboBox),
      collapse_(new QCheckBox), number_(new QCheckBox), export_(new QToolButton) {
    setObjectName(QStringLiteral("sequenceDiagramDock"));
    auto* content = new QWidget;
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(events_);
    bar->addWidget(collapse_);
    bar->addWidget(number_);
    bar->addStretch();
    bar->addWidget(export_);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(view_);
    setWidget(content);
    events_->addItem(QString(), static_cast<int>(EventFilter::Everything));
    events_->addItem(QString(), static_cast<int>(EventFilter::CallbacksOnly));
    retranslate();

    connect(events_, &QComboBox::currentIndexChanged, this, &SequenceDiagramDock::rebuild);
    connect(collapse_, &QCheckBox::toggled, this, &SequenceDiagramDock::rebuild);
    connect(number_, &QCheckBox::toggled, this, &SequenceDiagramDock::rebuild);
    connect(export_, &QToolButton::clicked, this, &SequenceDiagramDock::exportWithDialog);
    connect(view_, &SequenceDiagramView::rowActivated, this, &SequenceDiagramDock::activateRow);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && stale_)
            rebuildNow();
    });
}

void SequenceDiagramDock::retranslate() {
    setWindowTitle(tr("Sequence diagram"));
    events_->setItemText(0, tr("Every event"));
    events_->setItemText(1, tr("Callbacks only"));
    events_->setToolTip(tr("Which events of the trace become messages"));
    collapse_->setText(tr("Collapse"));
    collapse_->setToolTip(tr("Leave out the objects that register no callback"));
    number_->setText(tr("Number"));
    number_->setToolTip(tr("Number the messages"));
    export_->setText(tr("Export…"));
    export_->setToolTip(tr("Save the diagram as PlantUML, Mermaid, SVG, PNG or PDF"));
}

void SequenceDiagramDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(); // the diagram's own words come from the translators too
    }
    QDockWidget::changeEvent(event);
}

DiagramOptions SequenceDiagramDock::options() const {
    DiagramOptions options;
    options.events = static_cast<EventFilter>(events_->currentData().toInt());
    options.collapseObjectsWithoutCallbacks = collapse_->isChecked();
    options.numberMessages = number_->isChecked();
    options.language = language_.toStdString();
    return options;
}

void SequenceDiagramDock::setOptions(const DiagramOptions& options) {
    const QSignalBlocker blockEvents(events_);
    const QSignalBlocker blockCollapse(collapse_);
    const QSignalBlocker blockNumber(number_);
    events_->setCurrentIndex(events_->findData(static_cast<int>(options.events)));
    collapse_->setChecked(options.collapseObjectsWithoutCallbacks);
    number_->setChecked(options.numberMessages);
    rebuild();
}

void SequenceDiagramDock::setTrace(std::shared_ptr<const wdflc::Trace> trace) {
    trace_ = std::move(trace);
    rebuild();
}

void SequenceDiagramDock::setPosition(std::uint32_t position) {
    position_ = position;
    view_->setCurrentEvent(position);
}

void SequenceDiagramDock::setLanguage(const QString& language) {
    if (language == language_)
        return;
    language_ = language;
    rebuild();
}

void SequenceDiagramDock::rebuild() {
    stale_ = true;
    if (view_->isVisible())
        rebuildNow();
}

void SequenceDiagramDock::rebuildNow() {
    stale_ = false;
    wdflc::diagram::SequenceDiagram diagram;
    if (trace_) {
        wdflc::diagram::DiagramLabels labels = wdflc::exporting::translatedDiagramLabels();
        // Diagnostic notes in the interface language, as in the diagnostics panel.
        labels.diagnosticText = [](const wdflc::Trace& trace,
                                   const wdflc::DiagnosticDetail& detail) {
            return studio::i18n::DiagnosticText::message(trace, detail).toStdString();
        };
        diagram = wdflc::diagram::buildSequenceDiagram(*trace_, options(), labels);
    }
    view_->setDiagram(std::move(diagram));
    view_->setCurrentEvent(position_);
}

void SequenceDiagramDock::activateRow(std::size_t row) {
    if (!trace_ || row >= view_->diagram().rows.size())
        return;
    const std::uint32_t seq = view_->diagram().rows[row].seq;
    emit eventActivated(seq);
    const wdflc::Event& event = trace_->at(seq);
    wdflc::ObjectId object = event.object;
    if (event.kind == wdflc::EventKind::Diagnostic && event.detail < trace_->diagnostics.size())
        object = trace_->diagnostics[event.detail].object;
    if (object != wdflc::kNoObject)
        emit objectActivated(object);
}

QString SequenceDiagramDock::exportTo(const QString& path, const QString& extension) {
    if (stale_)
        rebuildNow();
    const auto result = wdflc::exporting::exportDiagramFile(view_->diagram(), path, extension);
    if (result.ok())
        emit exported(result.written);
    return result.error;
}

void SequenceDiagramDock::exportWithDialog() {
    const auto formats = wdflc::exporting::diagramFormats();
    QStringList filters;
    for (const auto& format : formats)
        filters << format.filter;
    QString selected = filters.front();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export sequence diagram"), QString(),
                                     filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    QString extension = QFileInfo(path).suffix().toLower();
    const bool known = std::any_of(formats.begin(), formats.end(), [&](const auto& format) {
        return format.extension == extension;
    });
    if (!known)
        extension = formats.at(filters.indexOf(selected)).extension;
    if (const QString error = exportTo(path, extension); !error.isEmpty())
        QMessageBox::warning(this, tr("Export sequence diagram"),
                             tr("The diagram could not be saved: %1").arg(error));
}

} // namespace studio::diagram
