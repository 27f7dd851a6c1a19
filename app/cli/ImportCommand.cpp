#include "ImportCommand.h"

#include "CommandLine.h"
#include "import/SourceImport.h"
#include "io/VisibleText.h"
#include "OutputFile.h"
#include "ScenarioInput.h"

#include <stdexcept>

namespace {

using namespace wdflc;

constexpr const char* kHelp =
    R"(usage: wdflc import-source DIR [-o FILE.wdfscn.json] [--report] [--threads N]

Reads the .c/.cpp/.h files under DIR (one driver) with libclang and drafts a
scenario (format version 1): every framework object the code creates, its
parent, contexts and cleanup/destroy callbacks, then the PnP removal of each
device and the driver's unload. Every object and action carries
`source: FILE:LINE`. What cannot be decided is left out and named, never
guessed.

  -o, --output FILE   write the scenario to FILE (default: standard output)
  --report            print the coverage report on standard error
  --threads N         translation units parsed at once (default 2)
)";

} // namespace

int runImportCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    cli::CommandLine line({"--report", "--help"}, {"-o", "--output", "--threads"});
    if (auto error = line.parse(args)) {
        err << "wdflc import-source: error: " << *error << '\n';
        return cli::kInvalidInput;
    }
    if (line.has("--help")) {
        out << kHelp;
        return cli::kOk;
    }
    if (line.positional().size() != 1) {
        err << "wdflc import-source: error: give exactly one source directory (see --help)\n";
        return cli::kInvalidInput;
    }
    std::string error;
    import::ParseOptions options;
    if (auto threads = line.number("--threads", error))
        options.threads = static_cast<unsigned>(
            std::max<std::uint64_t>(1, std::min<std::uint64_t>(*threads, 64)));
    if (!error.empty()) {
        err << "wdflc import-source: error: " << error << '\n';
        return cli::kInvalidInput;
    }
    import::ImportResult result;
    try {
        result = import::importDriverSource(line.positional().front(), options);
    } catch (const std::exception& e) {
        err << "wdflc import-source: error: " << e.what() << '\n';
        return cli::kInvalidInput;
    }
    if (line.has("--report"))
        err << import::reportText(result);
    else
        err << line.positional().front() << ": " << import::coverageLine(result.draft) << '\n';
    if (const auto output = line.output()) {
        if (const std::string failure = wdflc::output::writeFile(*output, result.json);
            !failure.empty()) {
            err << "wdflc import-source: error: " << visibleText(failure) << '\n';
            return cli::kIoError;
        }
    } else {
        out << result.json;
        out.flush();
        if (!out) {
            err << "wdflc import-source: error: cannot write to standard output\n";
            return cli::kIoError;
        }
    }
    return cli::kOk;
}
