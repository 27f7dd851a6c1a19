#pragma once

#include "engine/Simulation.h"
#include "io/ScenarioReader.h"
#include "io/TraceWriter.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace wdflc::test {

// Loads a scenario from JSON text, failing the test with the loader's messages.
inline std::shared_ptr<const Scenario> load(const std::string& json) {
    LoadResult result = readScenario(json);
    std::string problems;
    for (const auto& p : result.problems)
        problems += p.format("<test>") + "\n";
    EXPECT_TRUE(result.ok()) << problems;
    return result.scenario;
}

// A scenario with the usual driver + device and the given extra objects and steps.
inline std::string scenario(const std::string& objects, const std::string& steps,
                            const std::string& extraTop = "") {
    return R"({"format":"wdf-lifecycle-scenario","version":1,)" + extraTop +
           R"("objects":[{"id":"driver","type":"WDFDRIVER"},{"id":"device","type":"WDFDEVICE"})" +
           (objects.empty() ? "" : "," + objects) + R"(],"steps":[)" + steps + "]}";
}

inline Trace run(const std::string& json, SimulationOptions options = {}) {
    auto loaded = load(json);
    if (!loaded)
        return {};
    return simulate(loaded, options);
}

// The projection of spec/examples/README.md, as readable strings:
// "cleanup obj PASSIVE_LEVEL CTX", "deferred obj DISPATCH_LEVEL", "freed obj",
// "waitForCallbacks wi 1", "diagnostic rule obj".
inline std::vector<std::string> project(const Trace& trace) {
    std::vector<std::string> out;
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq) {
        const Event& e = trace.at(seq);
        const std::string object = e.object == kNoObject ? "-" : trace.objectName(e.object);
        switch (e.kind) {
        case EventKind::Cleanup:
        case EventKind::Destroy:
            if (e.registered) {
                const std::string* context = trace.contextName(e);
                out.push_back(std::string(eventKindName(e.kind)) + " " + object + " " +
                              std::string(irqlName(e.irql)) + (context ? " " + *context : ""));
            }
            break;
        case EventKind::Deferred:
            out.push_back("deferred " + object + " " + std::string(irqlName(e.irql)));
            break;
        case EventKind::WaitForCallbacks:
            out.push_back("waitForCallbacks " + object + " " + std::to_string(e.detail));
            break;
        case EventKind::Freed:
            out.push_back("freed " + object);
            break;
        case EventKind::Diagnostic:
            out.push_back("diagnostic " + std::string(ruleInfo(trace.diagnostic(e).rule).id) + " " +
                          object);
            break;
        default:
            break;
        }
    }
    return out;
}

// Every event of the trace as one "kind object" string (all kinds, unregistered callbacks too).
inline std::vector<std::string> kinds(const Trace& trace) {
    std::vector<std::string> out;
    for (const Event& e : trace.events)
        out.push_back(std::string(eventKindName(e.kind)) + " " +
                      (e.object == kNoObject ? "-" : trace.objectName(e.object)));
    return out;
}

inline std::vector<std::string> jsonLines(const Trace& trace) {
    std::vector<std::string> out;
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq)
        out.push_back(eventJson(trace, seq));
    return out;
}

// Both callbacks, no actions: `"contexts":[{"name":"C","cleanup":true,"destroy":true}]`.
inline const std::string kCallbacks = R"("contexts":[{"name":"C","cleanup":true,"destroy":true}])";

inline std::vector<std::string> rulesOf(const Trace& trace) {
    std::vector<std::string> out;
    for (const auto& d : trace.diagnostics)
        out.push_back(std::string(ruleInfo(d.rule).id));
    return out;
}

} // namespace wdflc::test
