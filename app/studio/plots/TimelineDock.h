#pragma once

#include "model/Scenario.h"
#include "trace/Trace.h"

#include <cstdint>
#include <memory>
#include <QDockWidget>
#include <QStringList>
#include <vector>

class QComboBox;
class QLabel;
class QToolButton;

namespace studio::plots {

class TimelinePlot;

// The studio's "Timelines" dock: the plots with a small toolbar (axis unit,
// show all, export). The studio connects it to its document through the
// calls and signals below; it knows nothing else of the studio.
class TimelineDock : public QDockWidget {
    Q_OBJECT

public:
    explicit TimelineDock(QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const wdflc::Trace> trace);
    void setPosition(std::uint32_t position);
    void setSelectedObjects(const std::vector<wdflc::ObjectId>& objects);
    // The document's one selected object: kept inside a multi-selection, else selected alone.
    void focusObject(wdflc::ObjectId object);
    void setLanguage(const QString& language);

    TimelinePlot* plot() const { return plot_; }
    // Asks for a PNG or PDF file name and writes the plots there (File → Export Timelines…).
    void exportPlots();
    // Exports at the size the dock shows (PNG or PDF by the name); the error, or empty.
    QString exportTo(const QString& path);

signals:
    void positionRequested(std::uint32_t position);
    void objectActivated(wdflc::ObjectId object);
    // An export succeeded: the file it wrote.
    void exported(const QStringList& paths);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    TimelinePlot* plot_;
    QComboBox* axisUnit_;
    QToolButton* showAll_;
    QToolButton* export_;
    QLabel* hint_;
};

} // namespace studio::plots
