// The studio, offscreen (docs/benchmarks-studio.md). Targets from the issue:
// start to first frame < 1 s; one animation frame of a 1,000-object tree
// < 16 ms (60 fps); laying out 10,000 objects < 300 ms; stepping anywhere in
// a 100,000-event trace < 50 ms. Also the sequence-diagram dock on a
// 400,000-event trace (docs/benchmarks-diagram.md).
#include "BusyScenario.h"
#include "canvas/CanvasScene.h"
#include "canvas/CanvasView.h"
#include "canvas/TreeLayout.h"
#include "commands/Editor.h"
#include "diagram/SequenceDiagramDock.h"
#include "diagram/SequenceDiagramView.h"
#include "document/Document.h"
#include "document/SampleLibrary.h"
#include "engine/Simulation.h"
#include "io/ScenarioReader.h"
#include "MainWindow.h"
#include "outline/OutlineModel.h"

#include <benchmark/benchmark.h>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <random>
#include <sstream>

namespace {

// A balanced tree of WDFOBJECTs (fan-out 8) under one device, each with both
// callbacks and a tagged reference, deleted from the top: every node of the
// canvas changes during the animation.
QByteArray treeScenario(std::size_t objects) {
    std::ostringstream json;
    json << R"({"format":"wdf-lifecycle-scenario","version":1,"objects":[)"
         << R"({"id":"driver","type":"WDFDRIVER"},{"id":"device","type":"WDFDEVICE"})";
    for (std::size_t i = 0; i < objects; ++i) {
        const std::string parent = i < 8 ? "device" : "o" + std::to_string(i / 8 - 1);
        json << R"(,{"id":"o)" << i << R"(","type":"WDFOBJECT","parent":")" << parent
             << R"(","contexts":[{"cleanup":true,"destroy":true}]})";
    }
    json << R"(],"steps":[)";
    for (std::size_t i = 0; i < objects; i += 16)
        json << R"({"op":"reference","object":"o)" << i << R"(","tag":"t"},)";
    json << R"({"op":"frameworkDelete","object":"device"})";
    for (std::size_t i = 0; i < objects; i += 16)
        json << R"(,{"op":"dereference","object":"o)" << i << R"(","tag":"t"})";
    json << "]}";
    return QByteArray::fromStdString(json.str());
}

void load(studio::Document& document, const QByteArray& json) {
    if (!document.loadText(json, QStringLiteral("bench.wdfscn.json"), false).ok)
        std::abort();
}

void BM_StartToFirstFrame(benchmark::State& state) {
    for (auto _ : state) {
        studio::MainWindow window(studio::MainWindow::Options{false, false});
        window.openSample(studio::SampleLibrary::defaultSampleName());
        window.resize(1400, 900);
        window.show();
        QApplication::processEvents();
        const QImage frame = window.grab().toImage();
        benchmark::DoNotOptimize(frame.constBits());
    }
}
BENCHMARK(BM_StartToFirstFrame)->Unit(benchmark::kMillisecond)->Iterations(5);

// One frame: the position moves one event and the canvas repaints it, with
// the whole tree fitted in view or at actual size (where every visible node
// draws its text).
void animationFrames(benchmark::State& state, bool fitToView) {
    studio::Document document;
    load(document, treeScenario(static_cast<std::size_t>(state.range(0))));
    studio::Editor editor(&document);
    studio::CanvasView view(&document, &editor);
    view.resize(1280, 720);
    view.show();
    if (fitToView)
        view.fitToView();
    else
        view.resetZoom();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    std::uint32_t position = document.startPosition();
    for (auto _ : state) {
        position = position >= document.eventCount() ? document.startPosition() : position + 1;
        document.setPosition(position);
        QPainter painter(&frame);
        view.viewport()->render(&painter);
    }
    state.counters["objects"] = static_cast<double>(document.scenario().declarations.size());
    state.counters["events"] = document.eventCount();
}

void BM_AnimationFrame(benchmark::State& state) {
    animationFrames(state, true);
}
BENCHMARK(BM_AnimationFrame)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_AnimationFrameActualSize(benchmark::State& state) {
    animationFrames(state, false);
}
BENCHMARK(BM_AnimationFrameActualSize)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_TreeLayout(benchmark::State& state) {
    studio::Document document;
    load(document, treeScenario(static_cast<std::size_t>(state.range(0))));
    for (auto _ : state) {
        const studio::TreeLayout layout(document.scenario());
        benchmark::DoNotOptimize(layout.bounds());
    }
    state.counters["objects"] = static_cast<double>(document.scenario().declarations.size());
}
BENCHMARK(BM_TreeLayout)->Arg(10000)->Unit(benchmark::kMillisecond);

// A new canvas for a tree: layout and every item created.
void BM_CanvasFirstBuild(benchmark::State& state) {
    studio::Document document;
    load(document, treeScenario(static_cast<std::size_t>(state.range(0))));
    for (auto _ : state) {
        studio::CanvasScene scene(&document);
        benchmark::DoNotOptimize(scene.nodeFor(0));
    }
}
BENCHMARK(BM_CanvasFirstBuild)->Arg(10000)->Unit(benchmark::kMillisecond);

// After an edit: re-simulation, layout, and the scene's items reused.
void BM_CanvasRebuild(benchmark::State& state) {
    studio::Document document;
    load(document, treeScenario(static_cast<std::size_t>(state.range(0))));
    studio::CanvasScene scene(&document);
    const auto scenario = document.scenarioPointer();
    for (auto _ : state)
        document.replaceScenario(scenario); // re-simulates and rebuilds the scene
    state.counters["objects"] = static_cast<double>(document.scenario().declarations.size());
}
BENCHMARK(BM_CanvasRebuild)->Arg(10000)->Unit(benchmark::kMillisecond);

// A jump to a random position with the canvas and the outline following.
void BM_StepAnywhere(benchmark::State& state) {
    studio::Document document;
    load(document, QByteArray::fromStdString(wdflc::bench::busyScenario(12'500)));
    studio::Editor editor(&document);
    studio::CanvasScene scene(&document);
    studio::OutlineModel outline(&document, &editor);
    std::mt19937 random(42);
    std::uniform_int_distribution<std::uint32_t> anywhere(0, document.eventCount());
    for (auto _ : state)
        document.setPosition(anywhere(random));
    state.counters["events"] = document.eventCount();
    state.counters["objects"] = static_cast<double>(document.scenario().declarations.size());
}
BENCHMARK(BM_StepAnywhere)->Unit(benchmark::kMillisecond);

// A long-running driver as the sequence diagram shows it: 16 objects, 200,000
// tagged reference/dereference pairs, then the removal (400,070 events, one
// row each, on 18 lifelines).
std::shared_ptr<const wdflc::Trace> referenceTrace() {
    std::ostringstream json;
    json << R"({"format":"wdf-lifecycle-scenario","version":1,"objects":[)"
         << R"({"id":"driver","type":"WDFDRIVER"},{"id":"device","type":"WDFDEVICE"})";
    for (int i = 0; i < 16; ++i)
        json << R"(,{"id":"o)" << i << R"(","type":"WDFOBJECT","parent":"device",)"
             << R"("contexts":[{"cleanup":true,"destroy":true}]})";
    json << R"(],"steps":[)";
    for (int i = 0; i < 200'000; ++i)
        json << R"({"op":"reference","object":"o)" << i % 16 << R"(","tag":"t"},)"
             << R"({"op":"dereference","object":"o)" << i % 16 << R"(","tag":"t"},)";
    json << R"({"op":"frameworkDelete","object":"device"}]})";
    const auto loaded = wdflc::readScenario(json.str());
    if (!loaded.ok())
        std::abort();
    return std::make_shared<const wdflc::Trace>(wdflc::simulate(loaded.scenario));
}

// Opening that trace with the dock visible: diagram, layout, first paint.
void BM_DiagramDockOpen(benchmark::State& state) {
    const auto trace = referenceTrace();
    for (auto _ : state) {
        studio::diagram::SequenceDiagramDock dock;
        dock.resize(900, 700);
        dock.show();
        dock.setTrace(trace);
        QApplication::processEvents();
    }
    state.counters["events"] = static_cast<double>(trace->events.size());
}
BENCHMARK(BM_DiagramDockOpen)->Unit(benchmark::kMillisecond)->Iterations(3);

// One step of the animation in the dock: highlight, scroll, repaint.
void BM_DiagramDockStep(benchmark::State& state) {
    const auto trace = referenceTrace();
    studio::diagram::SequenceDiagramDock dock;
    dock.resize(900, 700);
    dock.show();
    dock.setTrace(trace);
    QApplication::processEvents();
    std::mt19937 random(42);
    std::uniform_int_distribution<std::uint32_t> anywhere(1, trace->events.size());
    for (auto _ : state) {
        dock.setPosition(anywhere(random));
        dock.view()->repaint();
    }
}
BENCHMARK(BM_DiagramDockStep)->Unit(benchmark::kMillisecond);

} // namespace
