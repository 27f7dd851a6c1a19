// The corrections of version 1 simulator errors (semantics-v2.md section 1),
// which apply to version 1 files too.
#include "TestSupport.h"

using namespace wdflc;
using namespace wdflc::test;
using V = std::vector<std::string>;

TEST(V2_Section1_1_DeleteAfterCleanup, DeletingAChildItsParentAlreadyCleanedUpIsSilent) {
    // The parent's EvtCleanupCallback deletes a child that the parent's walk
    // has already disposed (bthecho, pcidrv): FxObject::DeleteObject drops it.
    Trace t = run(scenario(
        R"({"id":"p","type":"WDFOBJECT","contexts":[{"name":"P","cleanup":true,"onCleanup":[{"op":"delete","object":"c"}]}]},
           {"id":"c","type":"WDFOBJECT","parent":"p","contexts":[{"name":"C","cleanup":true}]})",
        R"({"op":"delete","object":"p"})"));
    EXPECT_TRUE(t.diagnostics.empty());
    EXPECT_EQ(project(t),
              (V{"cleanup c PASSIVE_LEVEL C", "cleanup p PASSIVE_LEVEL P", "freed c", "freed p"}));
    EXPECT_EQ(t.corrections, DeleteAfterCleanupSilent);
}

TEST(V2_Section1_1_DeleteAfterCleanup, AReferenceAfterCleanupIsStillReported) {
    Trace t = run(scenario(
        R"({"id":"p","type":"WDFOBJECT","contexts":[{"name":"P","cleanup":true,"onCleanup":[{"op":"reference","object":"c"},{"op":"dereference","object":"c"}]}]},
           {"id":"c","type":"WDFOBJECT","parent":"p"})",
        R"({"op":"delete","object":"p"})"));
    EXPECT_EQ(rulesOf(t), (V{"use-after-cleanup"}));
    EXPECT_EQ(t.corrections, 0);
}
