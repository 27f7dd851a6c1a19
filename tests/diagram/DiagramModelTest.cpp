#include "diagram/DiagramBuilder.h"
#include "DiagramTestSupport.h"

#include <algorithm>

namespace wdflc::diagram {
namespace {

using testing::dataPath;
using testing::samplePath;
using testing::traceOf;

std::size_t lifelineOf(const SequenceDiagram& diagram, const std::string& object) {
    for (std::size_t i = 0; i < diagram.lifelines.size(); ++i)
        if (diagram.lifelines[i].kind == LifelineKind::Object &&
            diagram.lifelines[i].title == object)
            return i;
    return kNoRow;
}

std::size_t countRows(const SequenceDiagram& diagram, auto predicate) {
    return static_cast<std::size_t>(
        std::count_if(diagram.rows.begin(), diagram.rows.end(), predicate));
}

TEST(DiagramModel, ThreadsComeFirstThenObjectsParentsBeforeChildren) {
    Trace trace = traceOf(samplePath("07-request-completed-at-dispatch"));
    SequenceDiagram diagram = buildSequenceDiagram(trace);
    ASSERT_GT(diagram.lifelines.size(), 3u);
    EXPECT_EQ(diagram.lifelines[0].kind, LifelineKind::DriverThread);
    EXPECT_EQ(diagram.lifelines[1].kind, LifelineKind::Framework);
    EXPECT_EQ(diagram.lifelines[2].kind, LifelineKind::Worker);
    const auto& decls = trace.scenario->declarations;
    for (std::size_t i = 3; i < diagram.lifelines.size(); ++i) {
        ObjectId parent = decls[diagram.lifelines[i].object].parentId;
        if (parent == kNoObject)
            continue;
        std::size_t parentLifeline = lifelineOf(diagram, decls[parent].id);
        ASSERT_NE(parentLifeline, kNoRow);
        EXPECT_LT(parentLifeline, i) << diagram.lifelines[i].title;
    }
    // The paged child of the request sits right below its parent.
    EXPECT_EQ(lifelineOf(diagram, "dispatchRequestPaged"),
              lifelineOf(diagram, "dispatchRequest") + 1);
}

TEST(DiagramModel, CallbacksOnlyDropsReferencesButKeepsEveryCallback) {
    Trace trace = traceOf(samplePath("03-reference-delete-dereference"));
    DiagramOptions callbacksOnly;
    callbacksOnly.events = EventFilter::CallbacksOnly;
    SequenceDiagram every = buildSequenceDiagram(trace);
    SequenceDiagram callbacks = buildSequenceDiagram(trace, callbacksOnly);
    auto isReference = [](const Row& row) { return row.text.starts_with("WdfObjectReference"); };
    auto isCallback = [](const Row& row) { return row.style == MessageStyle::Callback; };
    EXPECT_GT(countRows(every, isReference), 0u);
    EXPECT_EQ(countRows(callbacks, isReference), 0u);
    EXPECT_GT(countRows(every, isCallback), 0u);
    EXPECT_EQ(countRows(every, isCallback), countRows(callbacks, isCallback));
    EXPECT_LT(callbacks.rows.size(), every.rows.size());
}

TEST(DiagramModel, CollapseRemovesObjectsThatRegisterNoCallback) {
    Trace trace = traceOf(samplePath("07-request-completed-at-dispatch"));
    DiagramOptions collapse;
    collapse.collapseObjectsWithoutCallbacks = true;
    SequenceDiagram full = buildSequenceDiagram(trace);
    SequenceDiagram collapsed = buildSequenceDiagram(trace, collapse);
    EXPECT_NE(lifelineOf(full, "device"), kNoRow);
    EXPECT_EQ(lifelineOf(collapsed, "device"), kNoRow);
    EXPECT_EQ(lifelineOf(collapsed, "driver"), kNoRow);
    EXPECT_NE(lifelineOf(collapsed, "dispatchRequest"), kNoRow);
    for (const Lifeline& lifeline : collapsed.lifelines) {
        if (lifeline.kind != LifelineKind::Object)
            continue;
        const auto& contexts = trace.scenario->declarations[lifeline.object].contexts;
        EXPECT_TRUE(std::any_of(contexts.begin(), contexts.end(), [](const ContextDecl& c) {
            return c.cleanup || c.destroy;
        })) << lifeline.title;
    }
    for (const Row& row : collapsed.rows) {
        EXPECT_LT(row.from, collapsed.lifelines.size());
        EXPECT_LT(row.to, collapsed.lifelines.size());
    }
}

TEST(DiagramModel, NumbersMessagesConsecutivelyAndNeverNotes) {
    Trace trace = traceOf(samplePath("16-mistake-removal-never-finishes"));
    DiagramOptions numbered;
    numbered.numberMessages = true;
    SequenceDiagram diagram = buildSequenceDiagram(trace, numbered);
    std::uint32_t expected = 0;
    bool sawNote = false;
    for (const Row& row : diagram.rows) {
        if (row.kind == RowKind::Note) {
            sawNote = true;
            EXPECT_EQ(row.number, 0u);
        } else {
            EXPECT_EQ(row.number, ++expected);
        }
    }
    EXPECT_TRUE(sawNote);
    EXPECT_EQ(expected, diagram.messageCount());
    for (const Row& row : buildSequenceDiagram(trace).rows)
        EXPECT_EQ(row.number, 0u);
}

TEST(DiagramModel, DeferredWorkIsAMessageToTheWorkerAndAGroupAroundItsRun) {
    Trace trace = traceOf(samplePath("07-request-completed-at-dispatch"));
    SequenceDiagram diagram = buildSequenceDiagram(trace);
    auto queued = std::find_if(diagram.rows.begin(), diagram.rows.end(),
                               [](const Row& row) { return row.style == MessageStyle::Async; });
    ASSERT_NE(queued, diagram.rows.end());
    EXPECT_EQ(diagram.lifelines[queued->to].kind, LifelineKind::Worker);
    EXPECT_NE(queued->detail.find("request-completed-at-dispatch"), std::string::npos);
    ASSERT_EQ(diagram.groups.size(), 1u);
    const Group& group = diagram.groups.front();
    EXPECT_GT(group.firstRow, static_cast<std::size_t>(queued - diagram.rows.begin()));
    for (std::size_t row = group.firstRow; row <= group.lastRow; ++row) {
        EXPECT_EQ(diagram.rows[row].thread, ThreadKind::Worker);
        EXPECT_EQ(diagram.rows[row].from, 2u);
    }
    EXPECT_EQ(diagram.rows[group.lastRow].style, MessageStyle::Free);
}

TEST(DiagramModel, AWaitForRunningCallbacksBlocksTheThreadUntilTheCleanupResumes) {
    Trace trace = traceOf(samplePath("08-work-item-waits"));
    SequenceDiagram diagram = buildSequenceDiagram(trace);
    ASSERT_EQ(diagram.spans.size(), 1u);
    const BlockedSpan& span = diagram.spans.front();
    EXPECT_TRUE(span.resumed);
    EXPECT_EQ(diagram.lifelines[span.lifeline].kind, LifelineKind::DriverThread);
    EXPECT_EQ(trace.at(diagram.rows[span.firstRow].seq).kind, EventKind::WaitForCallbacks);
    ASSERT_LT(span.lastRow + 1, diagram.rows.size());
    const Row& resumed = diagram.rows[span.lastRow + 1];
    EXPECT_EQ(trace.at(resumed.seq).kind, EventKind::Cleanup);
    EXPECT_EQ(diagram.lifelines[resumed.to].title, "resetWorkItem");
}

TEST(DiagramModel, AWaitThatNeverEndsIsBlockedUpToItsDiagnostic) {
    Trace trace = traceOf(samplePath("16-mistake-removal-never-finishes"));
    SequenceDiagram diagram = buildSequenceDiagram(trace);
    ASSERT_EQ(diagram.spans.size(), 1u);
    const BlockedSpan& span = diagram.spans.front();
    EXPECT_FALSE(span.resumed);
    EXPECT_EQ(diagram.rows[span.lastRow].kind, RowKind::Note);
    EXPECT_EQ(diagram.rows[span.lastRow].text, "wait-never-satisfied");
}

TEST(DiagramModel, DiagnosticsAreNotesOnTheirObject) {
    Trace trace = traceOf(samplePath("13-mistake-delete-twice"));
    SequenceDiagram diagram = buildSequenceDiagram(trace);
    auto note = std::find_if(diagram.rows.begin(), diagram.rows.end(), [](const Row& row) {
        return row.kind == RowKind::Note && row.text == "delete-twice";
    });
    ASSERT_NE(note, diagram.rows.end());
    EXPECT_EQ(note->tone, NoteTone::Error);
    EXPECT_FALSE(note->detail.empty());
    EXPECT_EQ(diagram.lifelines[note->from].kind, LifelineKind::Object);
}

TEST(DiagramModel, CreationAndFreeingStartAndEndTheLifeline) {
    Trace trace = traceOf(dataPath("step-create"));
    SequenceDiagram diagram = buildSequenceDiagram(trace);
    std::size_t buffer = lifelineOf(diagram, "buf");
    std::size_t device = lifelineOf(diagram, "device");
    ASSERT_NE(buffer, kNoRow);
    ASSERT_NE(device, kNoRow);
    const Lifeline& created = diagram.lifelines[buffer];
    ASSERT_NE(created.createdAtRow, kNoRow);
    EXPECT_EQ(diagram.rows[created.createdAtRow].style, MessageStyle::Create);
    EXPECT_EQ(diagram.rows[created.createdAtRow].to, buffer);
    ASSERT_NE(created.freedAtRow, kNoRow);
    EXPECT_EQ(diagram.rows[created.freedAtRow].style, MessageStyle::Free);
    EXPECT_EQ(diagram.lifelines[device].createdAtRow, kNoRow); // exists from the start
    EXPECT_EQ(diagram.lifelines[device].freedAtRow, kNoRow);   // never deleted
    for (std::size_t row = 0; row < diagram.rows.size(); ++row) {
        if (diagram.rows[row].to == buffer || diagram.rows[row].from == buffer) {
            EXPECT_TRUE(row >= created.createdAtRow && row <= created.freedAtRow) << row;
        }
    }
}

TEST(DiagramModel, EveryMessageNamesItsIrqlAndCallbacksTheirRoleType) {
    Trace trace = traceOf(dataPath("step-create"));
    SequenceDiagram diagram = buildSequenceDiagram(trace);
    for (const Row& row : diagram.rows) {
        if (row.kind != RowKind::Message)
            continue;
        EXPECT_TRUE(row.detail.ends_with("_LEVEL")) << row.text << " / " << row.detail;
        if (row.style == MessageStyle::Callback) {
            EXPECT_TRUE(row.detail.starts_with("EVT_WDF_OBJECT_CONTEXT_")) << row.detail;
        }
    }
}

TEST(DiagramModel, WordsComeFromTheLabelsButApiNamesStay) {
    Trace trace = traceOf(dataPath("step-create"));
    DiagramLabels labels;
    labels.driverThread = "ドライバー スレッド";
    labels.create = "สร้าง";
    labels.queuedForWorker = "%1 をワーカーへ";
    labels.workerRunsQueue = "ワーカー";
    SequenceDiagram diagram = buildSequenceDiagram(trace, {}, labels);
    EXPECT_EQ(diagram.lifelines[0].title, "ドライバー スレッド");
    EXPECT_EQ(diagram.groups.front().label, "ワーカー");
    EXPECT_GT(countRows(diagram, [](const Row& row) { return row.text == "สร้าง"; }), 0u);
    EXPECT_GT(countRows(diagram, [](const Row& row) { return row.text == "timer をワーカーへ"; }),
              0u);
    EXPECT_GT(countRows(diagram,
                        [](const Row& row) { return row.text.starts_with("EvtCleanupCallback"); }),
              0u);
}

TEST(DiagramModel, TitleOptionOverridesAndLanguagePicksTheScenarioTitle) {
    Trace trace = traceOf(dataPath("hostile"));
    DiagramOptions japanese;
    japanese.language = "ja";
    EXPECT_EQ(buildSequenceDiagram(trace, japanese).title, "デバイスの削除 <end>; \"#\"");
    DiagramOptions titled;
    titled.title = "Review 42";
    EXPECT_EQ(buildSequenceDiagram(trace, titled).title, "Review 42");
}

TEST(DiagramModel, RowAtOrAfterFindsTheRowOfAnEvent) {
    Trace trace = traceOf(samplePath("03-reference-delete-dereference"));
    DiagramOptions callbacksOnly;
    callbacksOnly.events = EventFilter::CallbacksOnly;
    SequenceDiagram diagram = buildSequenceDiagram(trace, callbacksOnly);
    for (std::size_t row = 0; row < diagram.rows.size(); ++row)
        EXPECT_EQ(diagram.rowAtOrAfter(diagram.rows[row].seq), row);
    EXPECT_EQ(diagram.rowAtOrAfter(static_cast<std::uint32_t>(trace.events.size()) + 1), kNoRow);
}

TEST(DiagramModel, SubstituteReplacesPlaceholdersOnce) {
    EXPECT_EQ(substitute("page %1 of %2", "2", "%1"), "page 2 of %1");
    EXPECT_EQ(substitute("%2 / %1", "a", "b"), "b / a");
    EXPECT_EQ(substitute("no marker", "x"), "no marker");
}

} // namespace
} // namespace wdflc::diagram
