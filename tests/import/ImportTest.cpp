// The source importer: each pattern of drivers/ drafts the golden scenario,
// the draft loads and runs through the engine, and the report names what was
// left undecided. Set WDFLC_UPDATE_GOLDEN=1 to rewrite golden/ after a
// deliberate change (then read the diff).
#include "engine/Simulation.h"
#include "import/SourceImport.h"
#include "io/ScenarioReader.h"
#include "io/ScenarioWriter.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <sstream>

namespace {

using namespace wdflc;
using namespace wdflc::import;
namespace fs = std::filesystem;

const fs::path kDrivers = WDFLC_IMPORT_DRIVERS;
const fs::path kGolden = WDFLC_IMPORT_GOLDEN;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const ImportResult& imported(const std::string& name) {
    static std::map<std::string, ImportResult> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.emplace(name, importDriverSource(kDrivers / name)).first;
    return it->second;
}

const DraftObject* object(const Draft& draft, const std::string& id) {
    for (const auto& o : draft.objects)
        if (o.id == id)
            return &o;
    return nullptr;
}

std::string parentOf(const Draft& draft, const std::string& id) {
    const DraftObject* o = object(draft, id);
    if (!o)
        return "(no object " + id + ")";
    return o->parent >= 0 ? draft.objects[o->parent].id : std::string("-");
}

class Golden : public testing::TestWithParam<std::string> {};

TEST_P(Golden, DraftMatchesTheGoldenFile) {
    const ImportResult& result = imported(GetParam());
    const fs::path golden = kGolden / (GetParam() + ".wdfscn.json");
    if (std::getenv("WDFLC_UPDATE_GOLDEN"))
        std::ofstream(golden, std::ios::binary) << result.json;
    EXPECT_EQ(result.json, readFile(golden)) << reportText(result);
}

TEST_P(Golden, DraftLoadsAndRunsToTheDriverUnload) {
    const ImportResult& result = imported(GetParam());
    EXPECT_TRUE(result.problems.empty()) << reportText(result);
    LoadResult loaded = readScenario(result.json, LoadOptions{true, {}});
    ASSERT_TRUE(loaded.ok()) << result.json;
    Trace trace = simulate(loaded.scenario);
    ASSERT_FALSE(trace.events.empty());
    EXPECT_FALSE(trace.halted);
    // The last step unloads the driver: every object ends freed.
    std::size_t freed = 0;
    for (const auto& event : trace.events)
        freed += event.kind == EventKind::Freed ? 1 : 0;
    EXPECT_EQ(freed, loaded.scenario->declarations.size());
}

TEST_P(Golden, EveryObjectAndActionSaysWhereTheCodeSaysIt) {
    const ImportResult& result = imported(GetParam());
    const Scenario& s = result.v1.scenario;
    for (const auto& decl : s.declarations)
        if (decl.type != ObjectType::Driver || object(result.draft, decl.id)->notes.empty())
            EXPECT_FALSE(decl.source.empty()) << decl.id;
    for (const auto& step : s.steps)
        if (step.object != "driver" || !s.declarations.front().source.empty())
            EXPECT_FALSE(step.source.empty()) << step.object;
}

INSTANTIATE_TEST_SUITE_P(Drivers, Golden,
                         testing::Values("defaults", "parent-local", "parent-field",
                                         "parent-parameter", "helper-two-callers", "callbacks",
                                         "unresolved", "sal", "cpp-class", "broken",
                                         "lacking-types"),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(Import, DefaultParentsAreMarkedAsDefaults) {
    const Draft& d = imported("defaults").draft;
    EXPECT_EQ(d.objects.front().id, "driver");
    EXPECT_EQ(object(d, "Lock")->parentSource, ParentSource::TypeDefault);
    EXPECT_EQ(parentOf(d, "Lock"), "driver");
    EXPECT_EQ(object(d, "queue")->parentSource, ParentSource::ApiArgument);
    EXPECT_EQ(object(d, "queue")->role, Role::DefaultQueue);
    EXPECT_EQ(object(d, "Scratch")->pool, PoolType::Paged);
    EXPECT_EQ(coverageLine(d), "6 of 6 creation sites placed; 0 unresolved");
}

TEST(Import, ParentObjectThroughLocals) {
    const Draft& d = imported("parent-local").draft;
    EXPECT_EQ(parentOf(d, "timer"), "device");
    EXPECT_EQ(parentOf(d, "work"), "timer"); // owner = timer; ParentObject = owner
    EXPECT_EQ(object(d, "work")->executionLevel, "WdfExecutionLevelPassive");
}

TEST(Import, ParentObjectThroughContextFieldsAndAccessors) {
    const Draft& d = imported("parent-field").draft;
    EXPECT_EQ(parentOf(d, "Poll"), "ReadQueue"); // port->ReadQueue
    EXPECT_EQ(parentOf(d, "Buffer"), "Poll");    // PortContext(device)->Poll
    const auto& cleanup =
        d.callbacks[static_cast<std::size_t>(object(d, "device")->contexts[0].cleanupCallback)];
    EXPECT_EQ(cleanup.function, "PortCleanup");
    ASSERT_EQ(cleanup.calls.size(), 2u);
    EXPECT_EQ(cleanup.calls[0].api, "WdfTimerStop");
    EXPECT_EQ(d.objects[cleanup.calls[1].object].id, "Buffer");
    EXPECT_EQ(cleanup.calls[1].place.text(), "cleanup.c:14");
}

TEST(Import, ParentObjectThroughAParameterFollowsTheCaller) {
    const Draft& d = imported("parent-parameter").draft;
    const DraftObject* dpc = object(d, "completionDpc"); // named after the caller's variable
    ASSERT_TRUE(dpc);
    EXPECT_EQ(parentOf(d, "completionDpc"), "device");
    ASSERT_TRUE(dpc->via);
    EXPECT_EQ(dpc->via->text(), "driver.c:30");
}

TEST(Import, AHelperCalledFromTwoPlacesMakesTwoObjects) {
    const Draft& d = imported("helper-two-callers").draft;
    EXPECT_EQ(parentOf(d, "ReadLock"), "ReadQueue");
    EXPECT_EQ(parentOf(d, "WriteLock"), "WriteQueue");
    EXPECT_EQ(object(d, "ReadLock")->place, object(d, "WriteLock")->place);
    EXPECT_EQ(object(d, "ReadQueue")->role, Role::DispatchQueue);
    EXPECT_EQ(object(d, "WriteQueue")->role, Role::None);
    EXPECT_EQ(d.creationSites, 5u);
}

TEST(Import, CallbacksThroughAttributesAndConfigurationStructures) {
    const Draft& d = imported("callbacks").draft;
    std::map<std::string, std::string> found;
    for (const auto& c : d.callbacks)
        found[c.kind + " " + c.function] = c.object >= 0 ? d.objects[c.object].id : "?";
    EXPECT_EQ(found["EvtCleanupCallback ChannelCleanup"], "device");
    EXPECT_EQ(found["EvtDestroyCallback ChannelDestroy"], "device");
    EXPECT_EQ(found["EvtTimerFunc ChannelWatchdog"], "Watchdog");
    EXPECT_EQ(found["EvtWorkItemFunc ChannelFlush"], "Flush");
    EXPECT_EQ(found["EvtDpcFunc ChannelFinish"], "Finish");
    EXPECT_EQ(found["EvtIoRead ChannelRead"], "Io");
    EXPECT_EQ(found["EvtDeviceReleaseHardware ChannelReleaseHardware"], "device");
    EXPECT_EQ(found["CompletionRoutine ProbeDone"], "Probe");
    EXPECT_EQ(found["EvtDriverUnload ChannelUnload"], "driver");
    EXPECT_EQ(object(d, "ControlDevice")->role, Role::ControlDevice);
    EXPECT_EQ(object(d, "device")->synchronizationScope, "WdfSynchronizationScopeDevice");
    // The unload's WdfObjectDelete becomes a step before the driver goes.
    const auto& steps = imported("callbacks").v1.scenario.steps;
    ASSERT_EQ(steps.size(), 3u);
    EXPECT_EQ(steps[1].op, Op::Delete);
    EXPECT_EQ(steps[1].object, "ControlDevice");
    // The framework's request handed to EvtIoRead is not in the draft, and says so.
    for (const auto& c : d.callbacks)
        if (c.function == "ChannelRead") {
            ASSERT_EQ(c.calls.size(), 1u);
            EXPECT_EQ(c.calls[0].object, -1);
            EXPECT_NE(c.calls[0].unresolvedWhy.find("the framework passes in"), std::string::npos);
        }
}

TEST(Import, UnresolvedParentsAreNamedNotGuessed) {
    const ImportResult& r = imported("unresolved");
    EXPECT_EQ(coverageLine(r.draft), "4 of 7 creation sites placed; 3 unresolved");
    ASSERT_EQ(r.draft.unresolved.size(), 3u);
    EXPECT_EQ(r.draft.unresolved[0].place.text(), "driver.c:41");
    EXPECT_EQ(r.draft.unresolved[0].expression, "LookupOwner(device)");
    EXPECT_NE(r.draft.unresolved[1].why.find("ParentObject is not set"), std::string::npos);
    EXPECT_NE(r.draft.unresolved[2].why.find("holds 2 objects"), std::string::npos);
    // Timers cannot stand without a parent in format version 1: left out, and listed.
    EXPECT_FALSE(r.v1.scenario.find("timer"));
    EXPECT_FALSE(r.v1.scenario.find("orphan"));
    EXPECT_EQ(r.v1.leftOut.size(), 2u);
    // The string is written unparented, never under one of the two candidates.
    const auto name = r.v1.scenario.find("name");
    ASSERT_TRUE(name);
    EXPECT_FALSE(r.v1.scenario.decl(*name).parent);
}

TEST(Import, SalAnnotationsRoleTypedefsAndMissingHeadersDoNotStopIt) {
    const ImportResult& r = imported("sal");
    const SourceCorpus& c = r.draft.corpus;
    EXPECT_TRUE(c.errors.empty()) << reportText(r);
    auto has = [](const std::vector<std::string>& list, const char* item) {
        return std::find(list.begin(), list.end(), item) != list.end();
    };
    EXPECT_TRUE(has(c.emptiedMacros, "_Use_decl_annotations_"));
    EXPECT_TRUE(has(c.emptiedMacros, "_IRQL_requires_max_"));
    EXPECT_TRUE(has(c.emptiedMacros, "__drv_requiresIRQL"));
    EXPECT_TRUE(has(c.addedRoleTypes, "EVT_VENDOR_SPECIFIC_HOOK"));
    EXPECT_TRUE(has(c.missingHeaders, "ntddk.h"));
    EXPECT_FALSE(
        has(c.missingHeaders, "..\\sal\\inc\\Public.h")); // found: case and slashes as Windows does
    EXPECT_FALSE(has(c.missingHeaders, "trace.h"));
    // Memory from the lookaside takes the list's memory attributes and pool.
    EXPECT_EQ(parentOf(r.draft, "buffer"), "device");
    EXPECT_EQ(object(r.draft, "buffer")->pool, PoolType::Paged);
}

TEST(Import, CppDriverClassMembersHoldTheHandles) {
    const Draft& d = imported("cpp-class").draft;
    EXPECT_EQ(parentOf(d, "m_Timer"), "m_Queue");
    EXPECT_EQ(parentOf(d, "m_Lock"), "m_Device");
    EXPECT_TRUE(object(d, "driver")->notes.empty()); // extern "C" DriverEntry was read
}

TEST(Import, AFileThatDoesNotParseIsReportedAndTheRestImports) {
    const ImportResult& r = imported("broken");
    ASSERT_FALSE(r.draft.corpus.errors.empty());
    for (const auto& e : r.draft.corpus.errors)
        EXPECT_EQ(e.place.file, "mangled.c");
    EXPECT_TRUE(object(r.draft, "device"));
    EXPECT_NE(reportText(r).find("mangled.c:3: "), std::string::npos);
}

TEST(Import, TypesVersionOneLacksAreNotesNeverAnotherType) {
    const ImportResult& r = imported("lacking-types");
    EXPECT_EQ(object(r.draft, "usbDevice")->typeName, "WDFUSBDEVICE");
    EXPECT_FALSE(object(r.draft, "usbDevice")->type);
    EXPECT_FALSE(r.v1.scenario.find("usbDevice"));
    EXPECT_FALSE(r.v1.scenario.find("urb")); // its parent is not in the file
    EXPECT_NE(reportText(r).find("WdfDmaEnablerCreate -> WDFDMAENABLER enabler"),
              std::string::npos);
}

TEST(Import, TheSameDraftOnEveryRunAndThreadCount) {
    ParseOptions one;
    one.threads = 1;
    ParseOptions two;
    two.threads = 2;
    const ImportResult a = importDriverSource(kDrivers / "parent-field", one);
    const ImportResult b = importDriverSource(kDrivers / "parent-field", two);
    EXPECT_EQ(a.json, b.json);
    EXPECT_EQ(reportText(a), reportText(b));
}

TEST(Import, ADirectoryThatCannotBeReadIsAClearError) {
    try {
        importDriverSource(kDrivers / "no-such-driver");
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("no-such-driver: not a directory"), std::string::npos);
    }
}

TEST(SourceKey, TheLoaderToleratesItAndTheWriterKeepsIt) {
    const std::string text = R"({ "format": "wdf-lifecycle-scenario", "version": 1,
      "objects": [ { "id": "driver", "type": "WDFDRIVER", "source": "driver.c:10" },
                   { "id": "device", "type": "WDFDEVICE", "source": "device.c:4",
                     "contexts": [ { "cleanup": true, "onCleanup": [
                       { "op": "reference", "object": "self", "source": "device.c:40" } ] } ] } ],
      "steps": [ { "op": "frameworkDelete", "object": "device", "source": "device.c:4" } ] })";
    LoadResult loaded =
        readScenario(text, LoadOptions{true, {}}); // strict: unknown keys are errors
    ASSERT_TRUE(loaded.ok()) << (loaded.problems.empty() ? "" : loaded.problems[0].message);
    const Scenario& s = *loaded.scenario;
    EXPECT_EQ(s.decl(*s.find("device")).source, "device.c:4");
    EXPECT_EQ(s.decl(*s.find("device")).contexts[0].onCleanup[0].source, "device.c:40");
    EXPECT_EQ(s.steps[0].source, "device.c:4");
    const std::string written = writeScenario(s);
    EXPECT_NE(written.find(R"("source": "device.c:40")"), std::string::npos);
    LoadResult again = readScenario(written);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(writeScenario(*again.scenario), written);
}

} // namespace
