// wdflc: the command-line front end of WDF Lifecycle Studio. Argument parsing
// and exit codes only; everything else is the core's.
#include "CommandLine.h"
#include "ImportCommand.h"
#include "ScenarioInput.h"
#include "UpgradeCommand.h"
#ifdef WDFLC_WITH_EXPORT
#include "ExportCommand.h"
#include "HelpText.h"
#endif
#ifdef WDFLC_WITH_PLOT
#include "PlotCommand.h"
#endif
#include "engine/Simulation.h"
#include "io/ScenarioReader.h"
#include "io/TraceWriter.h"
#include "io/VisibleText.h"
#include "OutputFile.h"
#include "Version.h"

#include <cstdio>
#include <iostream>
#include <malloc.h>
#include <sstream>

namespace {

using namespace wdflc;

using cli::kErrorDiagnostics;
using cli::kInvalidInput;
using cli::kIoError;
using cli::kOk;

// lupdate collects the texts marked so for translation (wdflc --help --lang
// ja|th, or in a Japanese or Thai locale); without Qt the mark is plain.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

constexpr const char* kUsageCommands = QT_TRANSLATE_NOOP("wdflc", R"(usage: wdflc COMMAND [OPTIONS]

Simulates the KMDF/UMDF framework object life cycle of a scenario file
(.wdfscn.json) and prints the trace of events.

commands:
  run FILE        simulate FILE ("-" reads standard input) and print its trace
  validate FILE   check FILE without simulating it
  upgrade FILE    write FILE in format version 2 (see wdflc upgrade --help)
  types           print the object type table the engine knows
  rules           print the diagnostic rules the engine reports
  import-source DIR  draft a scenario from a driver's source code (see
                  wdflc import-source --help)
)");
#ifdef WDFLC_WITH_EXPORT
constexpr const char* kUsageExport = QT_TRANSLATE_NOOP(
    "wdflc", R"(  export FILE     write FILE's sequence diagram or trace (see wdflc export --help)
)");
#endif
#ifdef WDFLC_WITH_PLOT
constexpr const char* kUsagePlot = QT_TRANSLATE_NOOP(
    "wdflc", R"(  plot FILE       render FILE's timelines to PNG or PDF (see wdflc plot --help)
)");
#endif
constexpr const char* kUsageOptions = QT_TRANSLATE_NOOP("wdflc", R"(
options for run:
  --format jsonl|text        trace format (default jsonl)
  --shuffle-siblings SEED    permute the order among siblings from SEED; the
                             framework promises no order among children
  --fail-on-error            exit 1 when the trace has error diagnostics
  --max-events N             stop after N events (default 200000000)
  -o, --output OUT           write the trace to OUT instead of standard output
                             (atomically; a link is followed, a device or
                             FIFO written in place)
options for run and validate:
  --strict                   unknown keys are errors, not warnings
  --max-file-bytes N         refuse larger files (default 268435456)
  --max-objects N            refuse more objects (default 4000000)
  --max-steps N              refuse more steps and callback actions (default 4000000)

  --help, --version          (--help --lang ja|th: this text in Japanese or Thai)

exit codes: 0 ran; 1 ran and produced error diagnostics (with --fail-on-error);
2 invalid input or usage; 3 input/output error.
)");

void printUsage([[maybe_unused]] const std::vector<std::string>& args) {
    const std::vector<const char*> parts{kUsageCommands,
#ifdef WDFLC_WITH_EXPORT
                                         kUsageExport,
#endif
#ifdef WDFLC_WITH_PLOT
                                         kUsagePlot,
#endif
                                         kUsageOptions};
#ifdef WDFLC_WITH_EXPORT
    std::cout << cli::helpText(parts, args);
#else
    for (const char* part : parts)
        std::cout << part;
#endif
}

int usageError(const std::string& message) {
    std::cerr << "wdflc: error: " << message << "\n(see wdflc --help)\n";
    return kInvalidInput;
}

cli::ScenarioInput load(const cli::CommandLine& line) {
    if (auto error = line.oneFileError())
        return {nullptr, usageError(*error)};
    LoadOptions options;
    options.strict = line.has("--strict");
    std::string error;
    if (auto n = line.number("--max-file-bytes", error))
        options.limits.maxFileBytes = *n;
    if (auto n = line.number("--max-objects", error))
        options.limits.maxObjects =
            static_cast<std::uint32_t>(std::min<std::uint64_t>(*n, UINT32_MAX - 1));
    if (auto n = line.number("--max-steps", error))
        options.limits.maxSteps =
            static_cast<std::uint32_t>(std::min<std::uint64_t>(*n, UINT32_MAX - 1));
    if (!error.empty())
        return {nullptr, usageError(error)};
    return cli::loadScenarioInput(line.positional().front(), options, std::cerr);
}

const std::set<std::string> kLimitOptions{"--max-file-bytes", "--max-objects", "--max-steps"};

int runCommand(const std::vector<std::string>& args) {
    auto valued = kLimitOptions;
    valued.insert({"--format", "--shuffle-siblings", "--max-events", "-o", "--output"});
    cli::CommandLine line({"--strict", "--fail-on-error"}, valued);
    if (auto error = line.parse(args))
        return usageError(*error);
    const std::string format = line.value("--format").value_or("jsonl");
    if (format != "jsonl" && format != "text")
        return usageError("--format must be jsonl or text, not '" + format + "'");
    SimulationOptions options;
    options.recordStates = false; // only the events are printed
    std::string error;
    options.shuffleSeed = line.number("--shuffle-siblings", error);
    if (auto n = line.number("--max-events", error))
        options.maxEvents = *n;
    if (!error.empty())
        return usageError(error);
    cli::ScenarioInput loaded = load(line);
    if (!loaded.scenario)
        return loaded.exitCode;

    Trace trace = simulate(loaded.scenario, options);
    const auto writeTrace = [&](std::ostream& out) {
        if (format == "jsonl")
            writeTraceJsonLines(trace, out);
        else
            writeTraceText(trace, out);
    };
    const std::optional<std::string> output = line.output();
    if (output && output->empty())
        return usageError("-o needs a file name");
    if (output && *output != "-") {
        std::ostringstream text;
        writeTrace(text);
        if (const std::string error = output::writeFile(*output, text.str()); !error.empty()) {
            std::cerr << "wdflc: error: " << visibleText(error) << '\n';
            return kIoError;
        }
    } else {
        std::ios::sync_with_stdio(false);
        writeTrace(std::cout);
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "wdflc: error: cannot write the trace to standard output\n";
            return kIoError;
        }
    }
    if (trace.events.size() >= options.maxEvents)
        std::cerr << "wdflc: warning: the trace reached the limit of " << options.maxEvents
                  << " events and was cut there (raise it with --max-events)\n";
    if (line.has("--fail-on-error")) {
        for (const auto& d : trace.diagnostics)
            if (ruleInfo(d.rule).severity == Severity::Error)
                return kErrorDiagnostics;
    }
    return kOk;
}

int validateCommand(const std::vector<std::string>& args) {
    cli::CommandLine line({"--strict"}, kLimitOptions);
    if (auto error = line.parse(args))
        return usageError(*error);
    cli::ScenarioInput loaded = load(line);
    if (!loaded.scenario)
        return loaded.exitCode;
    std::cout << visibleText(line.positional().front()) << ": ok ("
              << loaded.scenario->declarations.size() << " objects, "
              << loaded.scenario->steps.size() << " steps)\n";
    return kOk;
}

int typesCommand() {
    std::ostringstream out;
    out << "type           passive      driver may delete  waits for     frameworks  "
           "default parent\n";
    for (const auto& info : allObjectTypes()) {
        std::string passive = info.passive == PassiveRule::Always  ? "yes"
                              : info.passive == PassiveRule::Never ? "no"
                                                                   : "PagedPool";
        std::string deletable;
        switch (info.deletable) {
        case DeletableBy::Driver:
            deletable = "yes";
            break;
        case DeletableBy::Framework:
            deletable = info.type == ObjectType::Request ? "if driver-created" : "no";
            break;
        case DeletableBy::ControlDeviceOnly:
            deletable = "control device";
            break;
        case DeletableBy::NonFixedQueues:
            deletable = "not default/dispatch";
            break;
        }
        std::string parent;
        switch (info.defaultParent) {
        case DefaultParent::None:
            parent = info.type == ObjectType::Driver ? "none (root)" : "none";
            break;
        case DefaultParent::Driver:
            parent = "the driver";
            break;
        case DefaultParent::OnlyDevice:
            parent = "the only device";
            break;
        case DefaultParent::OnlyDeviceIoQueue:
            parent = "the only device (I/O package)";
            break;
        case DefaultParent::Required:
            parent = "required";
            break;
        }
        std::string frameworks = std::string(info.kmdf ? "KMDF" : "") +
                                 (info.kmdf && info.umdf ? " " : "") + (info.umdf ? "UMDF" : "");
        char line[256];
        std::snprintf(line, sizeof line, "%-14s %-12s %-18s %-13s %-11s %s\n",
                      std::string(info.name).c_str(), passive.c_str(), deletable.c_str(),
                      info.waitCallback.empty() ? "-" : std::string(info.waitCallback).c_str(),
                      frameworks.c_str(), parent.c_str());
        out << line;
        out << "               cleanup: " << info.cleanupRoleType
            << "  destroy: " << info.destroyRoleType
            << "  created up to: " << irqlName(info.creationIrqlLimit) << '\n';
    }
    std::cout << out.str();
    return kOk;
}

int rulesCommand() {
    for (const auto& rule : allRules())
        std::cout << rule.id << " (" << severityName(rule.severity) << (rule.fatal ? ", fatal" : "")
                  << "): " << rule.summary << '\n';
    return kOk;
}

} // namespace

int main(int argc, char** argv) {
    // A large scenario is parsed into millions of small JSON nodes and freed
    // at once; with glibc's fast bins that free spends most of its time
    // consolidating them. Without fast bins a 1,000,000-object run is ~20% faster.
    mallopt(M_MXFAST, 0);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty())
        return usageError("no command given");
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--help" || command == "-h" || command == "help") {
        printUsage(args);
        return kOk;
    }
    if (command == "--version") {
        std::cout << "wdflc " << kVersion << '\n';
        return kOk;
    }
    if (command == "run")
        return runCommand(args);
    if (command == "validate")
        return validateCommand(args);
    if (command == "upgrade")
        return runUpgradeCommand(args, std::cout, std::cerr);
    if (command == "types")
        return typesCommand();
    if (command == "rules")
        return rulesCommand();
    if (command == "import-source")
        return runImportCommand(args, std::cout, std::cerr);
#ifdef WDFLC_WITH_EXPORT
    if (command == "export")
        return runExportCommand(args, std::cout, std::cerr);
#endif
#ifdef WDFLC_WITH_PLOT
    if (command == "plot")
        return runPlotCommand(args, std::cout, std::cerr);
#endif
    return usageError("unknown command '" + command + "'");
}
