#include "diagnostics/DiagnosticsPanel.h"

#include "docs/HelpTopics.h"
#include "document/ActionText.h"
#include "document/Document.h"
#include "i18n/DiagnosticText.h"

#include <QEvent>
#include <QHeaderView>
#include <QIcon>

namespace studio {

DiagnosticsPanel::DiagnosticsPanel(Document* document, QWidget* parent)
    : QTreeWidget(parent), document_(document) {
    setObjectName(QStringLiteral("diagnostics"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    retranslate();
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    connect(document_, &Document::traceChanged, this, &DiagnosticsPanel::rebuild);
    connect(document_, &Document::positionChanged, this, &DiagnosticsPanel::followPosition);
    connect(this, &QTreeWidget::itemClicked, this, &DiagnosticsPanel::activate);
    connect(this, &QTreeWidget::itemActivated, this, &DiagnosticsPanel::activate);
    // F1 explains the selected diagnostic's rule (docs::HelpTopics reads the property).
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        docs::HelpTopics::set(this, item == nullptr
                                        ? QString()
                                        : docs::HelpTopics::forRule(static_cast<wdflc::Rule>(
                                              item->data(EventColumn, RuleRole).toInt())));
    });
    rebuild();
}

void DiagnosticsPanel::retranslate() {
    setHeaderLabels({tr("Event"), tr("Severity"), tr("Rule"), tr("Object"), tr("Message")});
}

void DiagnosticsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(); // the messages are worded in the interface language
    }
    QTreeWidget::changeEvent(event);
}

void DiagnosticsPanel::rebuild() {
    clear();
    const auto& trace = *document_->trace();
    const wdflc::Scenario& scenario = *trace.scenario;
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq) {
        const wdflc::Event& event = trace.at(seq);
        if (event.kind != wdflc::EventKind::Diagnostic)
            continue;
        const wdflc::DiagnosticDetail& detail = trace.diagnostic(event);
        const wdflc::RuleInfo& rule = wdflc::ruleInfo(detail.rule);
        const bool error = rule.severity == wdflc::Severity::Error;
        auto* item = new QTreeWidgetItem(this);
        item->setText(EventColumn, QString::number(seq));
        item->setText(SeverityColumn, i18n::DiagnosticText::severity(rule.severity));
        item->setIcon(SeverityColumn, QIcon(error ? QStringLiteral(":/icons/actions/error.svg")
                                                  : QStringLiteral(":/icons/actions/warning.svg")));
        item->setText(RuleColumn, QString::fromLatin1(rule.id.data(), qsizetype(rule.id.size())));
        item->setText(ObjectColumn, ActionText::objectText(scenario, detail.object));
        const QString message = i18n::DiagnosticText::message(trace, detail);
        item->setText(MessageColumn, message);
        item->setToolTip(MessageColumn, message);
        item->setToolTip(RuleColumn, i18n::DiagnosticText::summary(detail.rule));
        item->setData(EventColumn, SeqRole, seq);
        item->setData(EventColumn, ObjectRole, detail.object);
        item->setData(EventColumn, RuleRole, static_cast<int>(detail.rule));
    }
    followPosition();
    emit countChanged(topLevelItemCount());
}

void DiagnosticsPanel::followPosition() {
    const std::uint32_t position = document_->position();
    for (int row = 0; row < topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = topLevelItem(row);
        const bool reached = item->data(EventColumn, SeqRole).toUInt() <= position;
        const QBrush ink = reached ? palette().text() : palette().placeholderText();
        for (int column = 0; column < columnCount(); ++column)
            item->setForeground(column, ink);
    }
}

void DiagnosticsPanel::activate(QTreeWidgetItem* item) {
    if (item == nullptr)
        return;
    const auto object = item->data(EventColumn, ObjectRole).toUInt();
    if (object != wdflc::kNoObject)
        document_->setSelectedObject(object);
    document_->setPosition(item->data(EventColumn, SeqRole).toUInt());
}

} // namespace studio
