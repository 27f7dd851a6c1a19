#pragma once

#include "diagram/DiagramOptions.h"
#include "model/Scenario.h"
#include "trace/Trace.h"

#include <cstdint>
#include <memory>
#include <QDockWidget>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QToolButton;

namespace studio::diagram {

class SequenceDiagramView;

// The studio's "Sequence diagram" dock: the trace as a sequence diagram with
// its options (which events, collapse, numbering) and an export button. The
// studio connects it to its document through the calls and signals below; it
// knows nothing else of the studio.
class SequenceDiagramDock : public QDockWidget {
    Q_OBJECT

public:
    explicit SequenceDiagramDock(QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const wdflc::Trace> trace);
    // The number of events shown: the last of them is highlighted and scrolled into view.
    void setPosition(std::uint32_t position);
    // Picks the scenario title's language; the labels follow the installed translators.
    void setLanguage(const QString& language);

    wdflc::diagram::DiagramOptions options() const;
    void setOptions(const wdflc::diagram::DiagramOptions& options);

    SequenceDiagramView* view() const { return view_; }

    // Saves the diagram with the dock's options; `extension` picks the format.
    // Returns an empty string or the reason of the failure.
    QString exportTo(const QString& path, const QString& extension);
    // Asks for a file and a format, then saves.
    void exportWithDialog();

signals:
    // A message or note was clicked: its event, and the object it concerns.
    void eventActivated(std::uint32_t seq);
    void objectActivated(wdflc::ObjectId object);
    // An export succeeded: the files it wrote, the first one first.
    void exported(const QStringList& paths);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Builds the diagram now when the dock is visible, else on its next show:
    // a long trace costs nothing while the dock is hidden behind a tab.
    void rebuild();
    void rebuildNow();
    void retranslate();
    void activateRow(std::size_t row);

    std::shared_ptr<const wdflc::Trace> trace_;
    std::uint32_t position_ = 0;
    QString language_ = QStringLiteral("en");
    bool stale_ = false;
    SequenceDiagramView* view_;
    QComboBox* events_;
    QCheckBox* collapse_;
    QCheckBox* number_;
    QToolButton* export_;
};

} // namespace studio::diagram
