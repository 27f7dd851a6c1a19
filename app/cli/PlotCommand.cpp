#include "PlotCommand.h"

#include "CommandLine.h"
#include "engine/Simulation.h"
#include "HelpText.h"
#include "i18n/ThaiBreakDictionary.h"
#include "i18n/Translations.h"
#include "io/ScenarioReader.h"
#include "ScenarioInput.h"
#include "TimelinePlot.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <QApplication>

namespace {

using wdflc::cli::kInvalidInput;
using wdflc::cli::kIoError;
using wdflc::cli::kOk;

constexpr const char* kPlotUsage = QT_TRANSLATE_NOOP(
    "wdflc", R"(usage: wdflc plot FILE -o OUT.png|OUT.pdf [--lang en|ja|th] [--axis events|steps]

Simulates FILE and draws its timelines: object lifetimes with their callbacks
and diagnostics, the thread and IRQL of every event, and the deferred queue.
Renders offscreen; no display is needed.
)");

int usageError(std::ostream& err, const std::string& message) {
    err << "wdflc plot: error: " << message << "\n" << kPlotUsage;
    return kInvalidInput;
}

bool endsWith(const std::string& text, const std::string& suffix) {
    if (text.size() < suffix.size())
        return false;
    return std::equal(suffix.rbegin(), suffix.rend(), text.rbegin(),
                      [](char a, char b) { return std::tolower(a) == std::tolower(b); });
}

// QCustomPlot draws through QWidget: a QApplication must exist. The CLI has
// none of its own, so one is made on the offscreen platform (no display needed).
std::unique_ptr<QApplication> ensureApplication() {
    if (QCoreApplication::instance())
        return nullptr;
    // QApplication keeps argc/argv and removes the options it used from them:
    // they must outlive it, and be filled again for every application.
    static char name[] = "wdflc";
    static char platformOption[] = "-platform";
    static char platform[] = "offscreen";
    static int argc;
    static char* argv[4];
    argc = 3;
    argv[0] = name;
    argv[1] = platformOption;
    argv[2] = platform;
    argv[3] = nullptr;
    studio::i18n::ThaiBreakDictionary::select(); // before the first Thai line break
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int runPlotCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (std::find(args.begin(), args.end(), "--help") != args.end() ||
        std::find(args.begin(), args.end(), "-h") != args.end()) {
        out << wdflc::cli::helpText({kPlotUsage}, args);
        return kOk;
    }
    wdflc::cli::CommandLine line({"--strict"}, {"-o", "--output", "--lang", "--axis"});
    if (auto error = line.parse(args))
        return usageError(err, *error);
    if (auto error = line.oneFileError())
        return usageError(err, *error);
    const std::optional<std::string> output = line.output();
    if (!output || output->empty())
        return usageError(err, "no output file given (-o OUT.png or -o OUT.pdf)");
    if (!endsWith(*output, ".png") && !endsWith(*output, ".pdf"))
        return usageError(err, "the output file must end in .png or .pdf, not '" + *output + "'");
    const std::string language = line.value("--lang").value_or("en");
    if (!studio::i18n::Translations::languages().contains(QString::fromStdString(language)))
        return usageError(err, "--lang must be en, ja or th, not '" + language + "'");
    const std::string axis = line.value("--axis").value_or("events");
    if (axis != "events" && axis != "steps")
        return usageError(err, "--axis must be events or steps, not '" + axis + "'");

    wdflc::LoadOptions options;
    options.strict = line.has("--strict");
    const auto loaded = wdflc::cli::loadScenarioInput(line.positional().front(), options, err);
    if (!loaded.scenario)
        return loaded.exitCode;
    auto trace = std::make_shared<const wdflc::Trace>(wdflc::simulate(loaded.scenario));

    const auto application = ensureApplication();
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        err << "wdflc plot: error: drawing needs a QApplication, and another kind of "
               "application object already exists\n";
        return kIoError;
    }
    if (!studio::i18n::Translations::install(QString::fromStdString(language)))
        err << "wdflc plot: warning: the " << language
            << " translation is not built in; the labels stay in English\n";

    studio::plots::TimelinePlot plot;
    plot.setLanguage(QString::fromStdString(language));
    plot.setAxisUnit(axis == "steps" ? wdflc::plot::AxisUnit::Steps
                                     : wdflc::plot::AxisUnit::Events);
    plot.setTrace(trace);
    plot.setCursorVisible(false); // a still picture has no animation position
    plot.showWholeTrace();
    plot.showAllRows();
    const QSize size = plot.exportSizeForAllRows();
    plot.resize(size);
    QString error;
    if (!plot.exportTo(QString::fromStdString(*output), size, &error)) {
        err << "wdflc plot: error: " << error.toStdString() << '\n';
        return kIoError;
    }
    out << "wdflc plot: wrote " << *output << " (" << trace->events.size() << " events, "
        << plot.plotData().rows.size() << " objects)\n";
    return kOk;
}
