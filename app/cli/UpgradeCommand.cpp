#include "UpgradeCommand.h"

#include "CommandLine.h"
#include "engine/Simulation.h"
#include "io/ScenarioWriter.h"
#include "io/VisibleText.h"
#include "OutputFile.h"
#include "ScenarioInput.h"

namespace {

using namespace wdflc;

constexpr const char* kHelp = R"(usage: wdflc upgrade FILE [-o OUT] [--strict]

Writes FILE in scenario format version 2 (to OUT, or to standard output) and
reports which version 1 corrections of semantics-v2.md section 1 change its
trace (they apply to version 1 files as well).
)";

} // namespace

int runUpgradeCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    cli::CommandLine line({"--strict", "--help"}, {"-o", "--output"});
    if (auto error = line.parse(args)) {
        err << "wdflc: error: " << *error << "\n(see wdflc upgrade --help)\n";
        return cli::kInvalidInput;
    }
    if (line.has("--help")) {
        out << kHelp;
        return cli::kOk;
    }
    if (auto error = line.oneFileError()) {
        err << "wdflc: error: " << *error << "\n(see wdflc upgrade --help)\n";
        return cli::kInvalidInput;
    }
    LoadOptions options;
    options.strict = line.has("--strict");
    const std::string file = line.positional().front();
    cli::ScenarioInput loaded = cli::loadScenarioInput(file, options, err);
    if (!loaded.scenario)
        return loaded.exitCode;

    const Trace trace = simulate(loaded.scenario);
    Scenario upgraded = *loaded.scenario;
    const bool already = upgraded.version >= 2;
    upgraded.version = 2;

    const auto output = line.output();
    // The report goes where the scenario does not.
    std::ostream& report = output ? out : err;
    if (output) {
        if (const std::string problem = wdflc::output::writeFile(*output, writeScenario(upgraded));
            !problem.empty()) {
            err << "wdflc: error: " << visibleText(problem) << '\n';
            return cli::kIoError;
        }
    } else {
        out << writeScenario(upgraded);
    }
    if (already) {
        report << file << ": already format version 2; written unchanged\n";
        return cli::kOk;
    }
    report << file << ": upgraded to format version 2\n";
    struct Item {
        std::uint8_t bit;
        const char* text;
    };
    const Item items[] = {
        {DeleteAfterCleanupSilent,
         "correction 1.1: deleting an object whose cleanup already ran is silent (no "
         "use-after-cleanup)"},
        {StaticPdoDeleted, "correction 1.2: a static PDO is deleted before it was added"},
        {DisposeListPerDevice,
         "correction 1.3: one dispose list per device plus the driver's (the order of deferred "
         "work or of a removal's wait changes)"},
    };
    bool any = false;
    for (const Item& item : items)
        if (trace.corrections & item.bit) {
            report << "  " << item.text << '\n';
            any = true;
        }
    if (!any)
        report << "  no version 1 correction changes its trace\n";
    return cli::kOk;
}
