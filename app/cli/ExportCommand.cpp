#include "ExportCommand.h"

#include "CommandLine.h"
#include "diagram/DiagramBuilder.h"
#include "diagram/MermaidWriter.h"
#include "diagram/PartPath.h"
#include "diagram/PlantUmlWriter.h"
#include "diagram/SvgWriter.h"
#include "DiagramImageExport.h"
#include "DiagramLabelsQt.h"
#include "engine/Simulation.h"
#include "HelpText.h"
#include "i18n/DiagnosticText.h"
#include "i18n/ThaiBreakDictionary.h"
#include "io/ScenarioReader.h"
#include "io/TraceWriter.h"
#include "io/VisibleText.h"
#include "OutputFile.h"
#include "ScenarioInput.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTranslator>
#include <sstream>

namespace {

using wdflc::cli::kInvalidInput;
using wdflc::cli::kIoError;
using wdflc::cli::kOk;

constexpr std::array<std::string_view, 8> kFormats = {"puml", "mmd", "md",    "svg",
                                                      "png",  "pdf", "jsonl", "text"};

int usageError(std::ostream& err, const std::string& message) {
    err << "wdflc export: error: " << message << "\n" << kExportUsage;
    return kInvalidInput;
}

std::string extensionOf(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    if (!extension.empty())
        extension.erase(0, 1);
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == "plantuml" || extension == "pu")
        return "puml";
    if (extension == "txt")
        return "text";
    return extension;
}

// Qt needs an application object: the offscreen platform for drawing (no
// display needed), a core application for translators.
std::unique_ptr<QCoreApplication> ensureApplication(bool needsGui) {
    if (QCoreApplication::instance())
        return nullptr;
    studio::i18n::ThaiBreakDictionary::select(); // before the first Thai line break
    static int argc = 1;
    static char name[] = "wdflc";
    static char* argv[] = {name, nullptr};
    if (!needsGui)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

std::vector<std::unique_ptr<QTranslator>> installTranslators(const QString& language) {
    std::vector<std::unique_ptr<QTranslator>> installed;
    const QDir translations(QStringLiteral(":/i18n"));
    for (const QString& file :
         translations.entryList({QStringLiteral("*_%1.qm").arg(language)}, QDir::Files)) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(translations.filePath(file)) &&
            QCoreApplication::installTranslator(translator.get()))
            installed.push_back(std::move(translator));
    }
    return installed;
}

// The bytes of each part of a text format: several for large Mermaid and SVG diagrams.
std::vector<std::string> textParts(const std::string& format, const wdflc::Trace& trace,
                                   const wdflc::diagram::SequenceDiagram& diagram) {
    using namespace wdflc::diagram;
    if (format == "puml")
        return {writePlantUml(diagram)};
    if (format == "mmd")
        return writeMermaidBlocks(diagram);
    if (format == "md")
        return {writeMermaidMarkdown(diagram)};
    if (format == "svg")
        return writeSvg(diagram);
    std::ostringstream stream;
    if (format == "jsonl")
        wdflc::writeTraceJsonLines(trace, stream);
    else
        wdflc::writeTraceText(trace, stream);
    return {stream.str()};
}

} // namespace

const char* const kExportUsage = QT_TRANSLATE_NOOP(
    "wdflc",
    R"(usage: wdflc export FILE --format F -o OUT [--callbacks-only] [--collapse] [--number]
                    [--title T] [--lang en|ja|th] [--strict]

Simulates FILE and writes its sequence diagram, or its trace:
  puml    PlantUML (newpage keeps every rendered page under 4096 px)
  mmd     Mermaid sequenceDiagram (more parts as OUT-2.mmd, … when large)
  md      Markdown with fenced mermaid blocks (renders on GitHub)
  svg     SVG drawn by wdflc (more pages as OUT-2.svg, …)
  png     PNG drawn by wdflc (more pages as OUT-2.png, …)
  pdf     PDF drawn by wdflc, one page per diagram page
  jsonl   the trace as JSON Lines
  text    the trace as readable text
Without --format the format is taken from OUT's extension.

  --callbacks-only   keep callbacks, deferred work, waits, diagnostics, creation
                     and freeing; leave out references, deletes and IRQL changes
  --collapse         no lifeline for objects that register no callback
  --number           number the messages
  --title T          title of the diagram (default: the scenario's title)
  --lang en|ja|th    language of the labels and of the scenario's title
  -o -               write a single-part text format to standard output
  --strict           unknown keys in FILE are errors, not warnings

OUT is replaced atomically; a symbolic link is followed; a device or FIFO
(/dev/null, a pipe) is written in place. A new set of pages replaces an
earlier one whole: OUT-N pages beyond the new count are removed.

exit codes: 0 written; 2 invalid input or usage; 3 input/output error (then
nothing at OUT changed).
)");

int runExportCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (std::find(args.begin(), args.end(), "--help") != args.end()) {
        out << wdflc::cli::helpText({kExportUsage}, args);
        return kOk;
    }
    wdflc::cli::CommandLine line({"--callbacks-only", "--collapse", "--number", "--strict"},
                                 {"--format", "-o", "--output", "--title", "--lang"});
    if (auto error = line.parse(args))
        return usageError(err, *error);
    if (auto error = line.oneFileError())
        return usageError(err, *error);
    const std::optional<std::string> output = line.output();
    if (!output || output->empty())
        return usageError(err, "no output file given (-o OUT)");
    const std::string format = line.value("--format").value_or(extensionOf(*output));
    if (std::find(kFormats.begin(), kFormats.end(), format) == kFormats.end())
        return usageError(err, format.empty() ? "no format given (--format F)"
                                              : "unknown format '" + format +
                                                    "' (expected puml, mmd, md, svg, png, pdf, "
                                                    "jsonl or text)");
    const bool image = format == "png" || format == "pdf";
    const bool toStdout = *output == "-";
    if (toStdout && image)
        return usageError(err, format + " cannot be written to standard output");
    const std::string language = line.value("--lang").value_or("en");
    if (language != "en" && language != "ja" && language != "th")
        return usageError(err, "--lang must be en, ja or th, not '" + language + "'");

    wdflc::LoadOptions loadOptions;
    loadOptions.strict = line.has("--strict");
    const auto loaded = wdflc::cli::loadScenarioInput(line.positional().front(), loadOptions, err);
    if (!loaded.scenario)
        return loaded.exitCode;
    const wdflc::Trace trace = wdflc::simulate(loaded.scenario);

    const auto application = (image || language != "en") ? ensureApplication(image) : nullptr;
    if (image && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        err << "wdflc export: error: drawing needs a QGuiApplication, and another kind of "
               "application object already exists\n";
        return kIoError;
    }
    const auto translators = QCoreApplication::instance()
                                 ? installTranslators(QString::fromStdString(language))
                                 : std::vector<std::unique_ptr<QTranslator>>();

    wdflc::diagram::DiagramOptions options;
    options.events = line.has("--callbacks-only") ? wdflc::diagram::EventFilter::CallbacksOnly
                                                  : wdflc::diagram::EventFilter::Everything;
    options.collapseObjectsWithoutCallbacks = line.has("--collapse");
    options.numberMessages = line.has("--number");
    options.title = line.value("--title").value_or("");
    options.language = language;
    auto labels = QCoreApplication::instance() ? wdflc::exporting::translatedDiagramLabels()
                                               : wdflc::diagram::DiagramLabels{};
    if (QCoreApplication::instance())
        // Diagnostic notes in the --lang language, as the studio words them.
        labels.diagnosticText = [](const wdflc::Trace& trace,
                                   const wdflc::DiagnosticDetail& detail) {
            return studio::i18n::DiagnosticText::message(trace, detail).toStdString();
        };
    const auto diagram = wdflc::diagram::buildSequenceDiagram(trace, options, labels);

    std::vector<std::string> written;
    if (image) {
        const QString path = QString::fromStdString(*output);
        const auto result = format == "png" ? wdflc::exporting::exportPng(diagram, path)
                                            : wdflc::exporting::exportPdf(diagram, path);
        if (!result.ok()) {
            err << "wdflc export: error: " << wdflc::visibleText(result.error.toStdString())
                << '\n';
            return kIoError;
        }
        for (const QString& path : result.written)
            written.push_back(path.toStdString());
    } else {
        const auto parts = textParts(format, trace, diagram);
        if (toStdout) {
            if (parts.size() != 1) {
                err << "wdflc export: error: this diagram needs " << parts.size()
                    << " files; give -o a file name\n";
                return kInvalidInput;
            }
            out << parts.front();
            return kOk;
        }
        // Mermaid and SVG make a set of files (OUT, OUT-2, …) that replaces an
        // earlier set whole; the other formats are always one file.
        const auto pathOfPart = [&output](std::size_t index) {
            return wdflc::diagram::partPath(*output, index);
        };
        const bool pages = format == "mmd" || format == "svg";
        const std::string error = pages ? wdflc::output::writeFileSet(parts, pathOfPart)
                                        : wdflc::output::writeFile(*output, parts.front());
        if (!error.empty()) {
            err << "wdflc export: error: " << wdflc::visibleText(error) << '\n';
            return kIoError;
        }
        for (std::size_t i = 0; i < parts.size(); ++i)
            written.push_back(pathOfPart(i));
    }
    out << "wdflc export: wrote";
    for (const auto& path : written)
        out << ' ' << wdflc::visibleText(path);
    out << " (" << trace.events.size() << " events, " << diagram.messageCount() << " messages)\n";
    return kOk;
}
