// TimelineIndex: the state at any position equals what the engine reported then.
#include "TestSupport.h"
#include "trace/TimelineIndex.h"

using namespace wdflc;
using namespace wdflc::test;

TEST(Timeline, EveryPositionMatchesALiveStepByStepRun) {
    const std::string json =
        scenario(R"({"id":"wi","type":"WDFWORKITEM","parent":"device",)" + kCallbacks + R"(},
           {"id":"s","type":"WDFSTRING",)" +
                     kCallbacks + "}",
                 R"({"op":"reference","object":"s"},{"op":"beginCallback","object":"wi"},
           {"op":"delete","object":"wi"},{"op":"delete","object":"s"},
           {"op":"setIrql","irql":"DISPATCH_LEVEL"},{"op":"endCallback","object":"wi"},
           {"op":"dereference","object":"s"})");
    auto loaded = load(json);
    Simulation live(loaded);
    std::vector<std::pair<std::uint32_t, std::vector<ObjectSnapshot>>> afterSteps;
    auto capture = [&] {
        std::vector<ObjectSnapshot> states;
        for (ObjectId id = 0; id < loaded->declarations.size(); ++id)
            states.push_back(live.object(id));
        afterSteps.push_back({static_cast<std::uint32_t>(live.trace().events.size()), states});
    };
    capture();
    while (!live.atEnd()) {
        live.step();
        capture();
    }
    const Trace& trace = live.trace();
    TimelineIndex index(trace);
    // Position N shows the state just before event N + 1. beginCallback and
    // endCallback change `pending` before any event of theirs, so the state
    // captured right before them is not the state of any position.
    for (std::size_t i = 0; i < afterSteps.size(); ++i) {
        const auto& [position, states] = afterSteps[i];
        if (i < loaded->steps.size() &&
            (loaded->steps[i].op == Op::BeginCallback || loaded->steps[i].op == Op::EndCallback))
            continue;
        EXPECT_EQ(index.statesAt(position), states) << "position " << position;
    }
    // A few snapshots by hand.
    const ObjectId wi = *loaded->find("wi");
    const ObjectId s = *loaded->find("s");
    EXPECT_EQ(index.stateAt(wi, afterSteps[3].first).state, ObjectState::Disposing);
    EXPECT_EQ(index.stateAt(wi, afterSteps[3].first).pending, 1);
    EXPECT_EQ(index.stateAt(s, afterSteps[4].first).state, ObjectState::Released);
    EXPECT_EQ(index.stateAt(s, afterSteps[4].first).refCount, 1);
    EXPECT_EQ(index.stateAt(s, trace.events.size()).state, ObjectState::Freed);
    EXPECT_EQ(index.irqlAt(trace.events.size()), Irql::Dispatch);
    EXPECT_EQ(frameworkStateName(index.stateAt(s, afterSteps[4].first)),
              "FxObjectStateDeletedAndDisposed");
}

TEST(Timeline, QueueLengthFollowsDeferredWork) {
    Trace t = run(scenario(R"({"id":"m","type":"WDFMEMORY","poolType":"PagedPool"},
                              {"id":"n","type":"WDFMEMORY","poolType":"PagedPool"})",
                           R"({"op":"setIrql","irql":"DISPATCH_LEVEL"},{"op":"delete","object":"m"},
                              {"op":"delete","object":"n"},{"op":"reference","object":"device"},{"op":"drain"})",
                           R"("autoDrain":false,)"));
    TimelineIndex index(t);
    std::uint32_t maxLength = 0;
    for (std::uint32_t p = 0; p <= t.events.size(); ++p)
        maxLength = std::max(maxLength, index.queueLengthAt(p));
    EXPECT_EQ(maxLength, 2u);
    EXPECT_EQ(index.queueLengthAt(t.events.size()), 0u);
}

TEST(Timeline, ManyCheckpointsStillAnswerExactly) {
    std::string objects;
    for (int i = 0; i < 3000; ++i)
        objects += std::string(i ? "," : "") + R"({"id":"o)" + std::to_string(i) +
                   R"(","type":"WDFOBJECT","parent":"device"})";
    Trace t = run(scenario(objects, R"({"op":"frameworkDelete","object":"device"})"));
    TimelineIndex index(t);
    for (std::uint32_t p : {0u, 1u, 5000u, 7777u, static_cast<std::uint32_t>(t.events.size())}) {
        auto states = index.statesAt(p);
        for (ObjectId id : {ObjectId{2}, ObjectId{1500}, ObjectId{3001}})
            EXPECT_EQ(states[id], index.stateAt(id, p)) << p << " " << id;
    }
}
