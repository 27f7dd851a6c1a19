#pragma once

#include "engine/Simulation.h"
#include "io/ScenarioReader.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>

namespace wdflc::diagram::testing {

inline std::string samplePath(const std::string& name) {
    return std::string(WDFLC_SAMPLES_DIR) + "/" + name + ".wdfscn.json";
}

inline std::string dataPath(const std::string& name) {
    return std::string(WDFLC_DIAGRAM_TEST_DIR) + "/data/" + name + ".wdfscn.json";
}

inline Trace traceOf(const std::string& path) {
    LoadResult loaded = readScenarioFile(path);
    EXPECT_TRUE(loaded.ok()) << path;
    if (!loaded.ok())
        return {};
    return simulate(loaded.scenario);
}

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

// A fresh empty directory for one test's files.
inline std::filesystem::path scratchDirectory(const std::string& name) {
    auto directory = std::filesystem::temp_directory_path() /
                     ("wdflc-diagram-test-" + std::to_string(::getpid())) / name;
    std::filesystem::remove_all(directory);
    std::filesystem::create_directories(directory);
    return directory;
}

} // namespace wdflc::diagram::testing
