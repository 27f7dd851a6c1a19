#pragma once

#include "engine/Simulation.h"
#include "io/LoadResult.h"
#include "model/Scenario.h"
#include "trace/TimelineIndex.h"
#include "trace/Trace.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <QObject>
#include <QString>
#include <QStringList>

class QUndoStack;

namespace studio {

// The one document of the studio: a scenario, the trace the engine makes of
// it, and the position the views show. Every view observes it and redraws
// from trace() + timeline() at position(); nothing is kept in widgets.
// Edits arrive as QUndoCommands (commands/) that call replaceScenario().
class Document : public QObject {
    Q_OBJECT

public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    const wdflc::Scenario& scenario() const { return *scenario_; }
    std::shared_ptr<const wdflc::Scenario> scenarioPointer() const { return scenario_; }
    // Re-simulated after every edit (and when the shuffle seed changes).
    std::shared_ptr<const wdflc::Trace> trace() const { return trace_; }
    const wdflc::TimelineIndex& timeline() const { return *timeline_; }

    // Number of events shown, 0..trace()->events.size().
    std::uint32_t position() const { return position_; }
    void setPosition(std::uint32_t position);
    // The position before the last setPosition(): views highlight what changed since.
    std::uint32_t previousPosition() const { return previousPosition_; }
    std::uint32_t eventCount() const;
    // After the creation of the scenario's `objects`, before the first step.
    std::uint32_t startPosition() const { return startPosition_; }

    wdflc::ObjectId selectedObject() const { return selectedObject_; }
    void setSelectedObject(wdflc::ObjectId id);

    QString language() const { return language_; }
    void setLanguage(const QString& language);

    // Sibling order shuffled from this seed (the engine's SimulationOptions).
    std::optional<std::uint64_t> shuffleSeed() const { return shuffleSeed_; }
    void setShuffleSeed(std::optional<std::uint64_t> seed);

    QUndoStack* undoStack() const { return undoStack_; }
    // True after an edit not yet saved, and for recovered work until it is saved.
    bool isModified() const;
    // The document holds work recovered after a crash: it is modified (the
    // recovered edits are on no disk but the recovery file) until saved.
    void markRecovered();

    // The file this document was read from or saved to; empty for a new one.
    QString filePath() const { return filePath_; }
    // A short name for titles: the file name, or "untitled".
    QString displayName() const;
    QString title() const; // the scenario's title in language()

    // Replaces everything with a new document (an empty scenario with one driver).
    void newScenario();
    // Reads a file. On failure the document stays exactly as it was and the
    // engine's problems are returned formatted ("FILE:LINE:COL: error: ...").
    // Warnings of a successful load are returned too.
    struct LoadReport {
        bool ok = false;
        QStringList problems;
    };
    LoadReport load(const QString& path);
    // Reads JSON text as if from `path` (used for built-in samples and recovery).
    LoadReport loadText(const QByteArray& json, const QString& path, bool keepPath = true);
    // Writes by the rules of app/output (atomic for regular files). Returns
    // an empty string or the reason.
    QString save(const QString& path);
    QByteArray serialized() const; // the canonical bytes writeScenario() gives

    // Used by the undo commands only: install an edited scenario (already
    // resolved by the reader, see commands/ScenarioEdit) and re-simulate.
    void replaceScenario(std::shared_ptr<const wdflc::Scenario> scenario);

signals:
    // A different document was opened or started (views re-fit, forget state).
    void documentReset();
    void traceChanged();
    void positionChanged(std::uint32_t position);
    void selectionChanged(wdflc::ObjectId id);
    void languageChanged();
    void filePathChanged(const QString& path);
    void modificationChanged(bool modified);
    void shuffleSeedChanged();

private:
    void install(std::shared_ptr<const wdflc::Scenario> scenario, bool resetPosition);
    void simulate();
    void setRecovered(bool recovered);

    std::shared_ptr<const wdflc::Scenario> scenario_;
    std::shared_ptr<const wdflc::Trace> trace_;
    std::unique_ptr<wdflc::TimelineIndex> timeline_; // points into *trace_
    std::uint32_t position_ = 0;
    std::uint32_t previousPosition_ = 0;
    std::uint32_t startPosition_ = 0;
    wdflc::ObjectId selectedObject_ = wdflc::kNoObject;
    QString language_ = QStringLiteral("en");
    std::optional<std::uint64_t> shuffleSeed_;
    QUndoStack* undoStack_;
    QString filePath_;
    bool recovered_ = false;
};

} // namespace studio
