#pragma once

#include "trace/Trace.h"

#include <functional>
#include <string>

namespace wdflc::diagram {

enum class EventFilter : std::uint8_t {
    CallbacksOnly, // callbacks, deferred work, waits, diagnostics, creation and freeing
    Everything,    // every event of the trace
};

struct DiagramOptions {
    EventFilter events = EventFilter::Everything;
    bool collapseObjectsWithoutCallbacks = false; // no lifeline for objects that register none
    bool numberMessages = false;
    std::string title;           // empty: the scenario's title in `language`
    std::string language = "en"; // picks the scenario title's language
};

// Every word of the diagram that is not an API name, so a front end can pass
// translated strings. `%1` is replaced by the argument, as in QString::arg.
struct DiagramLabels {
    std::string driverThread = "Driver thread";
    std::string framework = "Framework";
    std::string worker = "Worker thread";
    std::string create = "create";
    std::string freed = "freed";
    std::string frameworkDeletes = "framework deletes";
    std::string cleanupWithoutCallback = "cleanup (no callback)";
    std::string destroyWithoutCallback = "destroy (no callback)";
    std::string queuedForWorker = "queue %1 for the worker";
    std::string waitForCallbacks = "wait for %1 running callback(s)";
    std::string blocked = "blocked";
    std::string workerRunsQueue = "worker runs the deferred queue";
    std::string irqlChanged = "IRQL is now %1";
    std::string bufferFreed = "free buffer %1";
    std::string refCount = "refCount %1";
    std::string pageOf = "page %1 of %2";
    // Wording of a diagnostic note; empty = the engine's English wording.
    std::function<std::string(const Trace&, const DiagnosticDetail&)> diagnosticText;
};

// Replaces the first `%1` of `pattern` by `argument`.
std::string substitute(const std::string& pattern, std::string_view argument);
std::string substitute(const std::string& pattern, std::string_view first, std::string_view second);

} // namespace wdflc::diagram
