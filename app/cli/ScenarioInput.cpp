#include "ScenarioInput.h"

#include "io/ScenarioReader.h"

namespace wdflc::cli {

ScenarioInput loadScenarioInput(const std::string& file, const LoadOptions& options,
                                std::ostream& err) {
    const std::string shown = file == "-" ? "<stdin>" : file;
    bool ioError = false;
    LoadResult result = readScenarioFile(file, options, &ioError);
    for (const auto& problem : result.problems)
        err << problem.format(shown) << '\n';
    if (!result.ok())
        return {nullptr, ioError ? kIoError : kInvalidInput};
    return {result.scenario, kOk};
}

} // namespace wdflc::cli
