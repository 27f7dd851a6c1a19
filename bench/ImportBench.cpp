// wdflc import-source on a generated driver of 300 source files: one shared
// header, and per file a helper that creates a queue, a timer, a work item,
// a spin lock and memory with contexts and cleanup callbacks, parents through
// locals, context fields and a parameter. Target: under 10 s on 2 cores.
#include "import/SourceImport.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

constexpr int kFiles = 300;

std::string unit(int i) {
    const std::string n = std::to_string(i);
    return "#include <ntddk.h>\n#include <wdf.h>\n#include \"shared.h\"\n\n"
           "EVT_WDF_TIMER Timer" +
           n + ";\nEVT_WDF_WORKITEM Work" + n +
           ";\n"
           "EVT_WDF_OBJECT_CONTEXT_CLEANUP Cleanup" +
           n +
           ";\n\n"
           "_Use_decl_annotations_\nNTSTATUS Setup" +
           n +
           "(_In_ WDFDEVICE Device)\n{\n"
           "    WDF_OBJECT_ATTRIBUTES attributes;\n    WDF_IO_QUEUE_CONFIG queueConfig;\n"
           "    WDF_TIMER_CONFIG timerConfig;\n    WDF_WORKITEM_CONFIG workConfig;\n"
           "    PSHARED_CONTEXT shared = SharedOf(Device);\n    WDFQUEUE queue;\n    NTSTATUS "
           "status;\n\n"
           "    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchSequential);\n"
           "    status = WdfIoQueueCreate(Device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, "
           "&queue);\n"
           "    WDF_TIMER_CONFIG_INIT(&timerConfig, Timer" +
           n +
           ");\n"
           "    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);\n    attributes.ParentObject = queue;\n"
           "    attributes.EvtCleanupCallback = Cleanup" +
           n +
           ";\n"
           "    status = WdfTimerCreate(&timerConfig, &attributes, &shared->Timers[" +
           n +
           "]);\n"
           "    WDF_WORKITEM_CONFIG_INIT(&workConfig, Work" +
           n +
           ");\n"
           "    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);\n    attributes.ParentObject = Device;\n"
           "    status = WdfWorkItemCreate(&workConfig, &attributes, &shared->Work[" +
           n +
           "]);\n"
           "    status = WdfSpinLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &shared->Locks[" +
           n +
           "]);\n"
           "    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SHARED_CONTEXT);\n"
           "    attributes.ParentObject = queue;\n"
           "    status = WdfMemoryCreate(&attributes, NonPagedPoolNx, 'hcnB', 64, "
           "&shared->Buffers[" +
           n +
           "], NULL);\n    return status;\n}\n\n"
           "VOID Cleanup" +
           n +
           "(WDFOBJECT Timer)\n{\n    WdfTimerStop((WDFTIMER)Timer, TRUE);\n"
           "    WdfWorkItemFlush(SharedOf(WdfTimerGetParentObject((WDFTIMER)Timer))->Work[" +
           n +
           "]);\n}\n"
           "VOID Timer" +
           n +
           "(WDFTIMER Timer) { UNREFERENCED_PARAMETER(Timer); }\n"
           "VOID Work" +
           n + "(WDFWORKITEM WorkItem) { UNREFERENCED_PARAMETER(WorkItem); }\n";
}

fs::path makeDriver() {
    const fs::path dir =
        fs::temp_directory_path() / ("wdflc-import-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "shared.h")
        << "#pragma once\ntypedef struct _SHARED_CONTEXT {\n"
           "    WDFTIMER Timers[300];\n    WDFWORKITEM Work[300];\n"
           "    WDFSPINLOCK Locks[300];\n    WDFMEMORY Buffers[300];\n"
           "} SHARED_CONTEXT, *PSHARED_CONTEXT;\n"
           "WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(SHARED_CONTEXT, SharedOf)\n";
    for (int i = 0; i < kFiles; ++i)
        std::ofstream(dir / ("unit" + std::to_string(i) + ".c")) << unit(i);
    return dir;
}

void BM_ImportThreeHundredFiles(benchmark::State& state) {
    const fs::path dir = makeDriver();
    wdflc::import::ParseOptions options;
    options.threads = static_cast<unsigned>(state.range(0));
    std::size_t sites = 0;
    for (auto _ : state) {
        auto result = wdflc::import::importDriverSource(dir, options);
        sites = result.draft.creationSites;
        benchmark::DoNotOptimize(result.json.data());
    }
    state.counters["files"] = kFiles;
    state.counters["sites"] = static_cast<double>(sites);
    fs::remove_all(dir);
}
BENCHMARK(BM_ImportThreeHundredFiles)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

} // namespace

BENCHMARK_MAIN();
