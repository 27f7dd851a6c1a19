// Every loader error names its place and cause, and refuses the file whole.
#include "io/ScenarioWriter.h"
#include "TestSupport.h"

using namespace wdflc;
using namespace wdflc::test;

namespace {

// The one error line readScenario gives for `json` (the test fails if it loads).
std::string errorOf(const std::string& json, LoadOptions options = {}) {
    LoadResult result = readScenario(json, options);
    EXPECT_FALSE(result.ok()) << json;
    EXPECT_EQ(result.scenario, nullptr);
    for (const auto& p : result.problems)
        if (p.kind == LoadProblem::Kind::Error)
            return p.format("f.json");
    return "(no error)";
}

void expectError(const std::string& json, const std::string& needle, LoadOptions options = {}) {
    const std::string error = errorOf(json, options);
    EXPECT_NE(error.find(needle), std::string::npos) << "got: " << error;
}

std::string withObjects(const std::string& objects, const std::string& steps = "") {
    return scenario(objects, steps);
}

} // namespace

TEST(Loader, MalformedJsonGivesLineAndColumn) {
    expectError("{\n  \"format\": \"wdf-lifecycle-scenario\",\n  \"version\": 1,\n  ]",
                "f.json:4:3: error:");
    expectError("", "f.json:1:1: error:");
}

TEST(Loader, TruncatedFile) {
    const std::string full = scenario("", "");
    expectError(full.substr(0, full.size() / 2), "f.json:1:");
}

TEST(Loader, InvalidUtf8) {
    expectError(scenario(R"({"id":"x","type":"WDFOBJECT","contexts":[{"name":"bad )"
                         "\xff\xfe"
                         R"("}]})",
                         ""),
                "UTF-8");
}

TEST(Loader, DeepNestingIsRefusedBeforeParsing) {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    expectError(deep, "nested deeper than 256 levels");
}

TEST(Loader, TopLevelShape) {
    expectError("[]", "expected a JSON object at the top level, found an array");
    expectError(R"({"version":1,"objects":[]})", "missing required key 'format'");
    expectError(R"({"format":"other","version":1,"objects":[]})",
                "format: error: expected \"wdf-lifecycle-scenario\"");
    expectError(R"({"format":"wdf-lifecycle-scenario","objects":[]})",
                "missing required key 'version'");
    expectError(R"({"format":"wdf-lifecycle-scenario","version":"1","objects":[]})",
                "version: error: expected an integer, found a string");
    expectError(R"({"format":"wdf-lifecycle-scenario","version":1})",
                "missing required key 'objects'");
    expectError(R"({"format":"wdf-lifecycle-scenario","version":1,"objects":{}})",
                "objects: error: expected an array, found an object");
}

TEST(Loader, NewerVersionIsRefusedClearly) {
    expectError(R"({"format":"wdf-lifecycle-scenario","version":3,"objects":[]})",
                "version: error: this file is format version 3, newer than this build reads");
    expectError(
        R"({"format":"wdf-lifecycle-scenario","version":99999999999999999999999,"objects":[]})",
        "version: error:");
    expectError(R"({"format":"wdf-lifecycle-scenario","version":0,"objects":[]})",
                "version: error: expected 1 or 2, found 0");
}

TEST(Loader, AbsurdNumbersAreTypeErrors) {
    expectError(scenario("", "", R"("autoDrain":1e999,)"), "f.json:");
    expectError(scenario("", "", R"("autoDrain":123456789012345678901234567890,)"),
                "autoDrain: error: expected true or false, found a number");
}

TEST(Loader, WrongValueTypesNameTheirPath) {
    expectError(withObjects(R"({"id":"x","type":5})"),
                "objects[2].type: error: expected a string, found a number");
    expectError(withObjects(R"({"id":"x","type":"WDFOBJECT","contexts":[{"cleanup":"yes"}]})"),
                "objects[2].contexts[0].cleanup: error: expected true or false");
    expectError(scenario("", R"({"op":"reference","object":"device","tag":7})"),
                "steps[0].tag: error: expected a string");
    expectError(scenario("", R"(42)"), "steps[0]: error: expected an action object");
}

TEST(Loader, UnknownTypeAndOp) {
    expectError(withObjects(R"({"id":"x","type":"WDFUSBDEVICE"})"),
                "objects[2].type: error: unknown object type 'WDFUSBDEVICE'");
    expectError(scenario("", R"({"op":"explode","object":"device"})"),
                "steps[0].op: error: unknown op 'explode'");
}

TEST(Loader, MissingAndDuplicateIds) {
    expectError(withObjects(R"({"type":"WDFOBJECT"})"),
                "objects[2]: error: missing required key 'id'");
    expectError(withObjects(R"({"id":"device","type":"WDFOBJECT"})"),
                "objects[2].id: error: duplicate id 'device' (first declared at objects[1])");
    expectError(withObjects(R"({"id":"self","type":"WDFOBJECT"})"), "'self' is reserved");
    expectError(withObjects(R"({"id":"9lives","type":"WDFOBJECT"})"), "invalid id '9lives'");
    expectError(withObjects(R"({"id":")" + std::string(65, 'a') + R"(","type":"WDFOBJECT"})"),
                "invalid id");
}

TEST(Loader, ParentProblems) {
    expectError(withObjects(R"({"id":"x","type":"WDFOBJECT","parent":"ghost"})"),
                "objects[2].parent: error: parent 'ghost' is not declared");
    expectError(
        withObjects(R"({"id":"x","type":"WDFOBJECT","parent":"y"},{"id":"y","type":"WDFOBJECT"})"),
        "objects[2].parent: error: parent 'y' is declared later");
    expectError(withObjects(R"({"id":"t","type":"WDFTIMER"})"),
                "objects[2]: error: WDFTIMER needs a \"parent\"");
    expectError(withObjects(R"({"id":"t","type":"WDFTIMER","parent":"driver"})"),
                "objects[2].parent: error: WDFTIMER cannot have the WDFDRIVER 'driver' as parent");
    expectError(
        withObjects(
            R"({"id":"q","type":"WDFQUEUE","parent":"device"},{"id":"d2","type":"WDFDEVICE","parent":"q"})"),
        "objects[3].parent: error: WDFDEVICE cannot have the WDFQUEUE 'q' as parent");
    expectError(withObjects(R"({"id":"r","type":"WDFREQUEST","parent":"device"})"),
                "a framework-created WDFREQUEST has no parent");
    expectError(withObjects(R"({"id":"x","type":"WDFOBJECT","parent":"x"})"),
                "an object cannot be its own parent");
}

TEST(Loader, OnlyDeviceRule) {
    expectError(R"({"format":"wdf-lifecycle-scenario","version":1,"objects":[
        {"id":"driver","type":"WDFDRIVER"},{"id":"q","type":"WDFQUEUE"}]})",
                "objects[1]: error: WDFQUEUE without \"parent\" goes to the only WDFDEVICE, but "
                "the scenario declares 0 devices");
}

TEST(Loader, CycleThroughCreateActions) {
    expectError(scenario("", R"({"op":"create","id":"a","type":"WDFOBJECT","parent":"b"},
                               {"op":"create","id":"b","type":"WDFOBJECT","parent":"a"})"),
                "parent cycle: a -> b -> a");
}

TEST(Loader, DriverRules) {
    expectError(R"({"format":"wdf-lifecycle-scenario","version":1,"objects":[]})", "no WDFDRIVER");
    expectError(R"({"format":"wdf-lifecycle-scenario","version":1,"objects":[
        {"id":"o","type":"WDFOBJECT","parent":"driver"},{"id":"driver","type":"WDFDRIVER"}]})",
                "error:");
    expectError(withObjects(R"({"id":"d2","type":"WDFDRIVER"})"), "a second WDFDRIVER");
}

TEST(Loader, FieldsOnTheWrongType) {
    expectError(withObjects(R"({"id":"x","type":"WDFOBJECT","poolType":"PagedPool"})"),
                "objects[2].poolType: error: poolType applies to WDFMEMORY and WDFLOOKASIDE only");
    expectError(withObjects(R"({"id":"x","type":"WDFOBJECT","role":"defaultQueue"})"),
                "\"defaultQueue\" applies to a WDFQUEUE only");
    expectError(withObjects(R"({"id":"x","type":"WDFMEMORY","poolType":"HugePool"})"),
                "expected \"NonPagedPool\" or \"PagedPool\"");
    expectError(
        scenario(R"({"id":"d","type":"WDFDPC","parent":"device"})", "", R"("framework":"UMDF",)"),
        "objects[2].type: error: WDFDPC does not exist in UMDF");
}

TEST(Loader, CallbackBodies) {
    expectError(
        withObjects(
            R"({"id":"x","type":"WDFOBJECT","contexts":[{"onCleanup":[{"op":"reference","object":"self"}]}]})"),
        "onCleanup has actions but \"cleanup\" is not true");
    expectError(
        withObjects(
            R"({"id":"x","type":"WDFOBJECT","contexts":[{"cleanup":true,"onCleanup":[{"op":"setIrql","irql":"DISPATCH_LEVEL"}]}]})"),
        "objects[2].contexts[0].onCleanup[0].op: error: 'setIrql' is a step");
    expectError(scenario("", R"({"op":"free","buffer":"b"})"),
                "steps[0].op: error: 'free' is only allowed inside");
    expectError(scenario("", R"({"op":"delete","object":"self"})"),
                "steps[0].object: error: 'self' names the object whose callback runs");
    expectError(
        withObjects(
            R"({"id":"x","type":"WDFOBJECT","contexts":[{"cleanup":true,"onCleanup":[{"op":"free","buffer":"nope"}]}]})"),
        "onCleanup[0].buffer: error: no buffer 'nope' in the contexts of 'x'");
    expectError(
        withObjects(
            R"({"id":"x","type":"WDFOBJECT","contexts":[{"buffers":["b"]},{"buffers":["b"]}]})"),
        "duplicate buffer name 'b'");
}

TEST(Loader, StepTargets) {
    expectError(scenario("", R"({"op":"delete","object":"ghost"})"),
                "steps[0].object: error: unknown object 'ghost'");
    expectError(scenario("", R"({"op":"completeRequest","object":"device"})"),
                "completeRequest needs a WDFREQUEST");
    expectError(scenario("", R"({"op":"beginCallback","object":"device"})"),
                "beginCallback needs a WDFWORKITEM, WDFTIMER or WDFDPC");
    expectError(
        scenario("", R"({"op":"call","object":"device","method":"WdfObjectReferenceWithTag"})"),
        "cannot be called through \"call\"");
    expectError(scenario("", R"({"op":"setIrql","irql":"HIGH_LEVEL"})"),
                "steps[0].irql: error: expected PASSIVE_LEVEL, APC_LEVEL or DISPATCH_LEVEL");
}

TEST(Loader, UnknownKeysWarnByDefaultAndFailInStrictMode) {
    const std::string json = scenario(R"({"id":"x","type":"WDFOBJECT","colour":"red"})", "");
    LoadResult lenient = readScenario(json);
    ASSERT_TRUE(lenient.ok());
    ASSERT_EQ(lenient.problems.size(), 1u);
    EXPECT_EQ(lenient.problems[0].format("f.json"),
              "f.json: objects[2].colour: warning: unknown key 'colour' (ignored)");
    LoadOptions strict;
    strict.strict = true;
    expectError(json, "objects[2].colour: error: unknown key 'colour'", strict);
}

TEST(Loader, LimitsAreConfigurable) {
    LoadOptions small;
    small.limits.maxObjects = 2;
    expectError(withObjects(R"({"id":"x","type":"WDFOBJECT"})"), "more than 2 objects", small);
    small = {};
    small.limits.maxSteps = 1;
    expectError(scenario("", R"({"op":"drain"},{"op":"drain"})"), "more than 1 steps", small);
    small = {};
    small.limits.maxFileBytes = 10;
    expectError(scenario("", ""), "more than the limit of 10", small);
    small = {};
    small.limits.maxDepth = 3;
    expectError(withObjects(R"({"id":"x","type":"WDFOBJECT","contexts":[{"buffers":["b"]}]})"),
                "nested deeper than 3 levels", small);
}

TEST(Loader, SeveralProblemsAreAllReported) {
    LoadResult result = readScenario(
        withObjects(R"({"id":"a","type":"WDFNOPE"},{"id":"b","type":"WDFOBJECT","parent":7})"));
    EXPECT_FALSE(result.ok());
    EXPECT_GE(result.problems.size(), 2u);
}

TEST(Loader, ValidScenarioRoundTripsThroughTheWriterByteForByte) {
    const std::string json = R"({"format":"wdf-lifecycle-scenario","version":1,
      "title":{"en":"T","ja":"日本語","th":"ภาษาไทย"},"framework":"KMDF","autoDrain":false,
      "objects":[{"id":"driver","type":"WDFDRIVER"},{"id":"device","type":"WDFDEVICE","parent":"driver"},
        {"id":"m","type":"WDFMEMORY","poolType":"PagedPool","contexts":[{"name":"C","cleanup":true,
         "buffers":["b"],"onCleanup":[{"op":"free","buffer":"b"},
         {"op":"create","id":"n","type":"WDFOBJECT","contexts":[{"destroy":true}]}]}]}],
      "steps":[{"op":"reference","object":"m","tag":"t"},{"op":"setIrql","irql":"DISPATCH_LEVEL"},
        {"op":"call","object":"m","method":"Foo"},{"op":"drain"}]})";
    auto first = load(json);
    ASSERT_TRUE(first);
    const std::string written = writeScenario(*first);
    auto second = load(written);
    ASSERT_TRUE(second);
    EXPECT_TRUE(*first == *second);
    EXPECT_EQ(writeScenario(*second), written);
}

TEST(Loader, TitleAsPlainStringAndDefaults) {
    auto s = load(scenario("", "", R"("title":"Plain <title>",)"));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->title.in("ja"), "Plain <title>"); // falls back to the one there is
    EXPECT_TRUE(s->title.plain);
    EXPECT_EQ(s->framework, Framework::Kmdf);
    EXPECT_TRUE(s->autoDrain);
    EXPECT_NE(writeScenario(*s).find(R"("title": "Plain <title>")"), std::string::npos);
}

TEST(Loader, EmptyContextsMeanOneUnnamedContext) {
    auto s = load(scenario(R"({"id":"x","type":"WDFOBJECT","contexts":[]})", ""));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->decl(*s->find("x")).contextCount(), 1u);
}
