#include "document/Document.h"

#include "i18n/LoadProblemText.h"
#include "io/ScenarioReader.h"
#include "io/ScenarioWriter.h"
#include "QtOutputFile.h"

#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace studio {
namespace {

constexpr char kNewScenarioJson[] = R"({
  "format": "wdf-lifecycle-scenario",
  "version": 1,
  "objects": [
    { "id": "driver", "type": "WDFDRIVER" }
  ]
})";

QStringList formatProblems(const wdflc::LoadResult& result, const QString& path) {
    QStringList lines;
    for (const wdflc::LoadProblem& problem : result.problems)
        lines << i18n::LoadProblemText::line(problem, path);
    return lines;
}

} // namespace

Document::Document(QObject* parent)
    : QObject(parent), scenario_(std::make_shared<const wdflc::Scenario>()),
      undoStack_(new QUndoStack(this)) {
    // An empty document has an empty trace: nothing to simulate.
    auto trace = std::make_shared<wdflc::Trace>();
    trace->scenario = scenario_;
    trace_ = std::move(trace);
    timeline_ = std::make_unique<wdflc::TimelineIndex>(*trace_);
    connect(undoStack_, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modificationChanged(!clean || recovered_); });
}

Document::~Document() = default;

std::uint32_t Document::eventCount() const {
    return static_cast<std::uint32_t>(trace_->events.size());
}

void Document::setPosition(std::uint32_t position) {
    position = std::min(position, eventCount());
    if (position == position_)
        return;
    previousPosition_ = position_;
    position_ = position;
    emit positionChanged(position_);
}

void Document::setSelectedObject(wdflc::ObjectId id) {
    if (id != wdflc::kNoObject && id >= scenario_->declarations.size())
        id = wdflc::kNoObject;
    if (id == selectedObject_)
        return;
    selectedObject_ = id;
    emit selectionChanged(id);
}

void Document::setLanguage(const QString& language) {
    if (language == language_)
        return;
    language_ = language;
    emit languageChanged();
}

void Document::setShuffleSeed(std::optional<std::uint64_t> seed) {
    if (seed == shuffleSeed_)
        return;
    shuffleSeed_ = seed;
    emit shuffleSeedChanged();
    install(scenario_, false);
}

bool Document::isModified() const {
    return !undoStack_->isClean() || recovered_;
}

void Document::markRecovered() {
    setRecovered(true);
}

void Document::setRecovered(bool recovered) {
    const bool wasModified = isModified();
    recovered_ = recovered;
    if (isModified() != wasModified)
        emit modificationChanged(isModified());
}

QString Document::displayName() const {
    return filePath_.isEmpty() ? tr("untitled") : QFileInfo(filePath_).fileName();
}

QString Document::title() const {
    return QString::fromStdString(scenario_->title.in(language_.toStdString()));
}

void Document::newScenario() {
    const wdflc::LoadResult result = wdflc::readScenario(kNewScenarioJson);
    undoStack_->clear();
    setRecovered(false);
    filePath_.clear();
    emit filePathChanged(filePath_);
    setSelectedObject(wdflc::kNoObject);
    install(result.scenario, true);
}

Document::LoadReport Document::load(const QString& path) {
    bool ioError = false;
    const wdflc::LoadResult result =
        wdflc::readScenarioFile(QFile::encodeName(path).toStdString(), {}, &ioError);
    LoadReport report{result.ok(), formatProblems(result, path)};
    if (!result.ok())
        return report; // the open document stays untouched
    undoStack_->clear();
    setRecovered(false);
    filePath_ = path;
    emit filePathChanged(filePath_);
    setSelectedObject(wdflc::kNoObject);
    install(result.scenario, true);
    return report;
}

Document::LoadReport Document::loadText(const QByteArray& json, const QString& path,
                                        bool keepPath) {
    const wdflc::LoadResult result =
        wdflc::readScenario(std::string_view(json.data(), json.size()));
    LoadReport report{result.ok(), formatProblems(result, path)};
    if (!result.ok())
        return report;
    undoStack_->clear();
    setRecovered(false);
    filePath_ = keepPath ? path : QString();
    emit filePathChanged(filePath_);
    setSelectedObject(wdflc::kNoObject);
    install(result.scenario, true);
    return report;
}

QByteArray Document::serialized() const {
    return QByteArray::fromStdString(wdflc::writeScenario(*scenario_));
}

QString Document::save(const QString& path) {
    if (const QString error = wdflc::output::writeFile(path, serialized()); !error.isEmpty())
        return error;
    setRecovered(false);
    undoStack_->setClean();
    if (filePath_ != path) {
        filePath_ = path;
        emit filePathChanged(filePath_);
    }
    return {};
}

void Document::replaceScenario(std::shared_ptr<const wdflc::Scenario> scenario) {
    install(std::move(scenario), false);
}

void Document::install(std::shared_ptr<const wdflc::Scenario> scenario, bool resetPosition) {
    const bool wasAtStart = position_ == startPosition_;
    const bool wasAtEnd = position_ == eventCount();
    scenario_ = std::move(scenario);
    simulate();
    if (selectedObject_ != wdflc::kNoObject && selectedObject_ >= scenario_->declarations.size())
        setSelectedObject(wdflc::kNoObject);
    // A new file opens with its tree built and no step run yet; an edit keeps
    // the user where they were: at the start, at the end, or at that event.
    std::uint32_t position = std::min(position_, eventCount());
    if (resetPosition || wasAtStart)
        position = startPosition_;
    else if (wasAtEnd)
        position = eventCount();
    previousPosition_ = position;
    position_ = position;
    emit traceChanged();
    emit positionChanged(position_);
    if (resetPosition)
        emit documentReset();
}

void Document::simulate() {
    wdflc::SimulationOptions options;
    options.shuffleSeed = shuffleSeed_;
    auto trace = std::make_shared<const wdflc::Trace>(wdflc::simulate(scenario_, options));
    // Build the new index before dropping the old trace it points into.
    auto timeline = std::make_unique<wdflc::TimelineIndex>(*trace);
    trace_ = std::move(trace);
    timeline_ = std::move(timeline);
    // The `objects` are created first (step -1); the first step follows.
    startPosition_ = 0;
    while (startPosition_ < trace_->events.size() && trace_->events[startPosition_].step < 0 &&
           trace_->events[startPosition_].kind == wdflc::EventKind::Created)
        ++startPosition_;
}

} // namespace studio
