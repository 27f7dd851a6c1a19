#include "TimelineDock.h"

#include "TimelinePlot.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio::plots {

TimelineDock::TimelineDock(QWidget* parent)
    : QDockWidget(parent), plot_(new TimelinePlot), axisUnit_(new QComboBox),
      showAll_(new QToolButton), export_(new QToolButton), hint_(new QLabel) {
    setObjectName(QStringLiteral("timelinesDock"));
    auto* content = new QWidget;
    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(4, 2, 4, 0);
    tools->addWidget(axisUnit_);
    tools->addWidget(showAll_);
    tools->addSpacing(12);
    tools->addWidget(hint_, 1);
    tools->addWidget(export_);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(plot_, 1);
    setWidget(content);
    hint_->setEnabled(false); // drawn greyed: a reminder, not a control
    hint_->setMinimumWidth(0);

    axisUnit_->addItem(QString(), static_cast<int>(wdflc::plot::AxisUnit::Events));
    axisUnit_->addItem(QString(), static_cast<int>(wdflc::plot::AxisUnit::Steps));
    connect(axisUnit_, &QComboBox::currentIndexChanged, this, [this] {
        plot_->setAxisUnit(static_cast<wdflc::plot::AxisUnit>(axisUnit_->currentData().toInt()));
    });
    connect(showAll_, &QToolButton::clicked, plot_, &TimelinePlot::showWholeTrace);
    connect(export_, &QToolButton::clicked, this, &TimelineDock::exportPlots);
    connect(plot_, &TimelinePlot::positionRequested, this, &TimelineDock::positionRequested);
    connect(plot_, &TimelinePlot::objectActivated, this, &TimelineDock::objectActivated);
    retranslate();
}

void TimelineDock::setTrace(std::shared_ptr<const wdflc::Trace> trace) {
    plot_->setTrace(std::move(trace));
}

void TimelineDock::setPosition(std::uint32_t position) {
    plot_->setPosition(position);
}

void TimelineDock::setSelectedObjects(const std::vector<wdflc::ObjectId>& objects) {
    plot_->setSelectedObjects(objects);
}

void TimelineDock::focusObject(wdflc::ObjectId object) {
    plot_->focusObject(object);
}

void TimelineDock::setLanguage(const QString& language) {
    plot_->setLanguage(language);
}

void TimelineDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void TimelineDock::retranslate() {
    setWindowTitle(tr("Timelines"));
    axisUnit_->setItemText(0, tr("Axis in events"));
    axisUnit_->setItemText(1, tr("Axis in steps"));
    axisUnit_->setToolTip(tr("Unit of the horizontal axis"));
    showAll_->setText(tr("Show all"));
    showAll_->setToolTip(tr("Zoom out to the whole trace"));
    export_->setText(tr("Export…"));
    export_->setToolTip(tr("Save the plots as PNG or PDF"));
    hint_->setText(tr("Drag to pan · wheel to zoom · Shift+wheel scrolls the objects · "
                      "click jumps there · Ctrl+click adds an object to the reference counts"));
}

void TimelineDock::exportPlots() {
    QString selectedFilter;
    const QString png = tr("PNG image (*.png)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export timelines"), QString(),
                                                png + QStringLiteral(";;") + pdf, &selectedFilter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += selectedFilter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (const QString error = exportTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export timelines"), error);
}

QString TimelineDock::exportTo(const QString& path) {
    QString error;
    if (!plot_->exportTo(path, QSize(), &error))
        return error;
    emit exported({path});
    return {};
}

} // namespace studio::plots
