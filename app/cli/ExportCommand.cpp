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
#include "i18n/DiagnosticText.h"
#include "io/ScenarioReader.h"
#include "io/TraceWriter.h"
#include "ScenarioInput.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTranslator>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

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

// Writes every part to a temporary file beside its target, then renames them
// all; on any failure every temporary and every renamed part is removed.
std::string writeParts(const std::vector<std::pair<std::string, std::string>>& parts) {
    std::vector<std::string> temporaries;
    auto removeAll = [&](const std::vector<std::string>& paths) {
        for (const auto& path : paths)
            std::remove(path.c_str());
    };
    for (const auto& [path, content] : parts) {
        std::string pattern = path + ".tmp-XXXXXX";
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        int descriptor = ::mkstemp(name.data());
        if (descriptor < 0) {
            std::string reason = std::strerror(errno);
            removeAll(temporaries);
            return "cannot write " + path + ": " + reason;
        }
        temporaries.emplace_back(name.data());
        std::size_t written = 0;
        while (written < content.size()) {
            ssize_t n = ::write(descriptor, content.data() + written, content.size() - written);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            written += static_cast<std::size_t>(n);
        }
        bool ok = written == content.size() && ::fchmod(descriptor, 0644) == 0;
        std::string reason = std::strerror(errno);
        if (::close(descriptor) != 0)
            ok = false;
        if (!ok) {
            removeAll(temporaries);
            return "cannot write " + path + ": " + reason;
        }
    }
    std::vector<std::string> renamed;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (std::rename(temporaries[i].c_str(), parts[i].first.c_str()) != 0) {
            std::string reason = std::strerror(errno);
            removeAll(renamed);
            removeAll({temporaries.begin() + static_cast<std::ptrdiff_t>(i), temporaries.end()});
            return "cannot write " + parts[i].first + ": " + reason;
        }
        renamed.push_back(parts[i].first);
    }
    return {};
}

// Qt needs an application object: the offscreen platform for drawing (no
// display needed), a core application for translators.
std::unique_ptr<QCoreApplication> ensureApplication(bool needsGui) {
    if (QCoreApplication::instance())
        return nullptr;
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

std::vector<std::pair<std::string, std::string>>
textParts(const std::string& format, const std::string& output, const wdflc::Trace& trace,
          const wdflc::diagram::SequenceDiagram& diagram) {
    using namespace wdflc::diagram;
    std::vector<std::string> contents;
    if (format == "puml") {
        contents.push_back(writePlantUml(diagram));
    } else if (format == "mmd") {
        contents = writeMermaidBlocks(diagram);
    } else if (format == "md") {
        contents.push_back(writeMermaidMarkdown(diagram));
    } else if (format == "svg") {
        contents = writeSvg(diagram);
    } else {
        std::ostringstream stream;
        if (format == "jsonl")
            wdflc::writeTraceJsonLines(trace, stream);
        else
            wdflc::writeTraceText(trace, stream);
        contents.push_back(stream.str());
    }
    std::vector<std::pair<std::string, std::string>> parts;
    for (std::size_t i = 0; i < contents.size(); ++i)
        parts.emplace_back(partPath(output, i), std::move(contents[i]));
    return parts;
}

} // namespace

const char* const kExportUsage =
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

exit codes: 0 written; 2 invalid input or usage; 3 input/output error (nothing
is left at OUT).
)";

int runExportCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (std::find(args.begin(), args.end(), "--help") != args.end()) {
        out << kExportUsage;
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
            err << "wdflc export: error: " << result.error.toStdString() << '\n';
            return kIoError;
        }
        for (const QString& path : result.written)
            written.push_back(path.toStdString());
    } else {
        auto parts = textParts(format, *output, trace, diagram);
        if (toStdout) {
            if (parts.size() != 1) {
                err << "wdflc export: error: this diagram needs " << parts.size()
                    << " files; give -o a file name\n";
                return kInvalidInput;
            }
            out << parts.front().second;
            return kOk;
        }
        if (std::string error = writeParts(parts); !error.empty()) {
            err << "wdflc export: error: " << error << '\n';
            return kIoError;
        }
        for (const auto& part : parts)
            written.push_back(part.first);
    }
    out << "wdflc export: wrote";
    for (const auto& path : written)
        out << ' ' << path;
    out << " (" << trace.events.size() << " events, " << diagram.messageCount() << " messages)\n";
    return kOk;
}
