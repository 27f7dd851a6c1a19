// Section 9 of the issue: no input recurses on the machine stack. These run
// the shapes that would overflow a recursive walk (not timed: see bench/).
#include "TestSupport.h"

using namespace wdflc;

namespace {

std::shared_ptr<Scenario> driverOnly() {
    auto s = std::make_shared<Scenario>();
    ObjectDecl driver;
    driver.id = "driver";
    driver.type = ObjectType::Driver;
    driver.declaredInObjects = true;
    s->declarations.push_back(driver);
    s->objects.push_back(0);
    return s;
}

// Callbacks without bodies take the engine's synchronous walk; with a body
// (a harmless context lookup in EvtCleanupCallback) every level is a
// coroutine frame of its own, which is what must not recurse.
enum class Callbacks { None, Registered, WithBody };

ObjectId add(Scenario& s, ObjectId parent, Callbacks callbacks) {
    ObjectDecl d;
    d.id = "o" + std::to_string(s.declarations.size());
    d.type = ObjectType::Object;
    d.parent = s.declarations[parent].id;
    d.parentId = parent;
    d.declaredInObjects = true;
    const auto id = static_cast<ObjectId>(s.declarations.size());
    if (callbacks != Callbacks::None) {
        ContextDecl context;
        context.cleanup = context.destroy = true;
        d.contexts.push_back(context);
    }
    if (callbacks == Callbacks::WithBody) {
        Action lookup;
        lookup.op = Op::Call;
        lookup.object = "self";
        lookup.target = id;
        lookup.method = "WdfObjectGetTypedContext";
        d.contexts.back().onCleanup.push_back(lookup);
    }
    s.declarations.push_back(std::move(d));
    s.objects.push_back(id);
    return id;
}

void deleteStep(Scenario& s, ObjectId id) {
    Action a;
    a.op = Op::Delete;
    a.object = s.declarations[id].id;
    a.target = id;
    s.steps.push_back(a);
}

void deleteHundredThousandDeepChain(Callbacks callbacks) {
    auto s = driverOnly();
    ObjectId parent = 0;
    ObjectId top = kNoObject;
    for (int i = 0; i < 100000; ++i) {
        parent = add(*s, parent, callbacks);
        if (top == kNoObject)
            top = parent;
    }
    deleteStep(*s, top);
    Trace t = simulate(s);
    // The deepest object is cleaned up first and the top one last.
    std::uint32_t cleanups = 0;
    ObjectId first = kNoObject, last = kNoObject;
    for (const Event& e : t.events)
        if (e.kind == EventKind::Cleanup) {
            if (first == kNoObject)
                first = e.object;
            last = e.object;
            ++cleanups;
        }
    EXPECT_EQ(cleanups, 100000u);
    EXPECT_EQ(first, parent);
    EXPECT_EQ(last, top);
}

} // namespace

TEST(Scale, HundredThousandDeepChain) {
    deleteHundredThousandDeepChain(Callbacks::Registered);
}

TEST(Scale, HundredThousandDeepChainOfCallbacksWithBodies) {
    deleteHundredThousandDeepChain(Callbacks::WithBody);
}

TEST(Scale, DeepChainBlockedInAWaitAndThenHalted) {
    // A suspended 100,000-frame walk must be torn down without recursion too.
    auto s = driverOnly();
    ObjectDecl device;
    device.id = "device";
    device.type = ObjectType::Device;
    device.parent = "driver";
    device.parentId = 0;
    device.declaredInObjects = true;
    s->declarations.push_back(device);
    s->objects.push_back(1);
    ObjectId parent = 1;
    ObjectId top = kNoObject;
    for (int i = 0; i < 100000; ++i) {
        parent = add(*s, parent, Callbacks::WithBody);
        if (top == kNoObject)
            top = parent;
    }
    ObjectDecl wi;
    wi.id = "wi";
    wi.type = ObjectType::WorkItem;
    wi.parent = s->declarations[parent].id;
    wi.parentId = parent;
    wi.declaredInObjects = true;
    s->declarations.push_back(wi);
    const auto wiId = static_cast<ObjectId>(s->declarations.size() - 1);
    s->objects.push_back(wiId);
    Action begin;
    begin.op = Op::BeginCallback;
    begin.object = "wi";
    begin.target = wiId;
    s->steps.push_back(begin);
    deleteStep(*s, top);
    Trace t = simulate(s);
    EXPECT_EQ(t.events.back().kind, EventKind::Diagnostic);
    EXPECT_EQ(t.diagnostic(t.events.back()).rule, Rule::WaitNeverSatisfied);
}

TEST(Scale, MillionDirectChildren) {
    auto s = driverOnly();
    const ObjectId p = add(*s, 0, Callbacks::None);
    for (int i = 0; i < 1000000; ++i)
        add(*s, p, Callbacks::None);
    deleteStep(*s, p);
    Trace t = simulate(s);
    EXPECT_EQ(std::count_if(t.events.begin(), t.events.end(),
                            [](const Event& e) { return e.kind == EventKind::Freed; }),
              1000001);
}
