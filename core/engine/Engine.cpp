#include "engine/Engine.h"

#include <algorithm>

namespace wdflc {
namespace {

// splitmix64: a tiny, fully specified generator, so a seed gives the same
// sibling order on every platform (std distributions are not portable).
std::uint64_t nextRandom(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

bool isWaitMethod(const std::string& method) {
    return method == "WdfWorkItemFlush" || method == "WdfTimerStop" || method == "WdfDpcCancel";
}

ObjectType waitMethodType(const std::string& method) {
    if (method == "WdfWorkItemFlush")
        return ObjectType::WorkItem;
    if (method == "WdfTimerStop")
        return ObjectType::Timer;
    return ObjectType::Dpc;
}

bool isContextAccessor(const std::string& method) {
    return method == "WdfObjectGetTypedContext" || method == "WdfObjectContextGetObject";
}

} // namespace

// ---------------------------------------------------------------- set-up

Engine::Engine(std::shared_ptr<const Scenario> scenario, SimulationOptions options)
    : scenario_(std::move(scenario)), options_(options), eventsLeft_(options_.maxEvents) {
    trace_.scenario = scenario_;
    worker_.kind = ThreadKind::Worker;
    if (options_.shuffleSeed)
        shuffleState_ = *options_.shuffleSeed;

    const auto& decls = scenario_->declarations;
    std::size_t devices = 0;
    for (const auto& decl : decls)
        devices += decl.type == ObjectType::Device;
    objects_.resize(decls.size() + devices);
    cold_.resize(objects_.size());
    std::uint32_t bufferCount = 0;
    ObjectId nextPackage = static_cast<ObjectId>(decls.size());
    for (ObjectId id = 0; id < decls.size(); ++id) {
        auto& object = objects_[id];
        const auto& decl = decls[id];
        object.type = decl.type;
        object.passive = decl.passive();
        object.bodiless =
            std::all_of(decl.contexts.begin(), decl.contexts.end(),
                        [](const auto& c) { return c.onCleanup.empty() && c.onDestroy.empty(); });
        object.contextBase = static_cast<std::uint32_t>(contextFlags_.size());
        object.contextCount = static_cast<std::uint32_t>(decl.contextCount());
        if (decl.contexts.empty())
            contextFlags_.push_back(0); // the framework's own: no callbacks
        for (const auto& context : decl.contexts) {
            contextFlags_.push_back((context.cleanup ? CleanupRegistered : 0) |
                                    (context.destroy ? DestroyRegistered : 0));
            object.hasBuffers = object.hasBuffers || !context.buffers.empty();
        }
        object.plain = object.bodiless && !waitsForCallbacks(decl.type) &&
                       decl.type != ObjectType::Driver && decl.type != ObjectType::Device;
        cold_[id].bufferBase = bufferCount;
        for (const auto& context : decl.contexts)
            bufferCount += static_cast<std::uint32_t>(context.buffers.size());
        if (decl.type == ObjectType::Device) {
            cold_[id].ioPackage = nextPackage;
            auto& package = objects_[nextPackage++];
            package.hidden = true;
            package.type = ObjectType::Object;
            package.contextCount = 0; // an I/O package has no contexts
        }
    }
    bufferFreed_.assign(bufferCount, 0);

    // Most scenarios delete what they create: about four events and five
    // state changes per object. Reserving them up front avoids regrowing
    // (and copying) arrays of millions of entries.
    trace_.events.reserve(std::min<std::size_t>(options_.maxEvents, 4 * decls.size() + 16));
    if (options_.recordStates)
        trace_.stateChanges.reserve(5 * decls.size() + 16);

    // Step -1: the objects that exist before the first step, in file order.
    for (ObjectId id : scenario_->objects)
        instantiate(id, ThreadKind::Driver);
    if (options_.shuffleSeed)
        shuffleChildren();
    initialObjectsCreated_ = true;
}

Engine::~Engine() = default; // threads discard their suspended frames

void Engine::instantiate(ObjectId id, ThreadKind thread) {
    const auto& decl = scenario_->decl(id);
    auto& object = objects_[id];
    object.snap.state = ObjectState::Alive;
    object.snap.refCount = 1; // the creation reference
    object.creationRefHeld = true;
    object.snap.parent = decl.parentId;
    ObjectId link = decl.parentId;
    if (decl.inIoPackage)
        link = cold_[decl.parentId].ioPackage;
    if (link != kNoObject)
        insertChild(link, id);
    creationOrder_.push_back(id);

    Event event;
    event.kind = EventKind::Created;
    event.irql = irql_;
    event.thread = thread;
    event.object = id;
    event.refCount = 1;
    event.detail = decl.parentId;
    emit(event);
    record(id);

    if (decl.type == ObjectType::Device) {
        // The framework installs the I/O package while it initialises the
        // device, before the driver can create anything under it.
        const ObjectId packageId = cold_[id].ioPackage;
        auto& package = objects_[packageId];
        package.snap.state = ObjectState::Alive;
        package.snap.refCount = 1;
        package.creationRefHeld = true;
        package.snap.parent = id;
        insertChild(id, packageId);
    }
}

void Engine::insertChild(ObjectId parent, ObjectId child) {
    auto& p = objects_[parent];
    auto& c = objects_[child];
    c.link = parent;
    c.nextSibling = kNoObject;
    c.prevSibling = p.lastChild;
    // Shuffled runs place a child created during the steps at a random position.
    if (options_.shuffleSeed && initialObjectsCreated_ && p.firstChild != kNoObject) {
        std::size_t count = 0;
        for (ObjectId s = p.firstChild; s != kNoObject; s = objects_[s].nextSibling)
            ++count;
        std::size_t position = nextRandom(shuffleState_) % (count + 1);
        if (position < count) {
            ObjectId before = p.firstChild;
            while (position-- > 0)
                before = objects_[before].nextSibling;
            c.nextSibling = before;
            c.prevSibling = objects_[before].prevSibling;
            if (c.prevSibling != kNoObject)
                objects_[c.prevSibling].nextSibling = child;
            else
                p.firstChild = child;
            objects_[before].prevSibling = child;
            return;
        }
    }
    if (p.lastChild != kNoObject)
        objects_[p.lastChild].nextSibling = child;
    else
        p.firstChild = child;
    p.lastChild = child;
}

void Engine::shuffleChildren() {
    std::vector<ObjectId> children;
    for (ObjectId parent = 0; parent < objects_.size(); ++parent) {
        auto& p = objects_[parent];
        if (p.firstChild == kNoObject || p.firstChild == p.lastChild)
            continue;
        children.clear();
        for (ObjectId c = p.firstChild; c != kNoObject; c = objects_[c].nextSibling)
            children.push_back(c);
        for (std::size_t i = children.size() - 1; i > 0; --i)
            std::swap(children[i], children[nextRandom(shuffleState_) % (i + 1)]);
        ObjectId previous = kNoObject;
        for (ObjectId c : children) {
            objects_[c].prevSibling = previous;
            if (previous != kNoObject)
                objects_[previous].nextSibling = c;
            previous = c;
        }
        objects_[previous].nextSibling = kNoObject;
        p.firstChild = children.front();
        p.lastChild = children.back();
    }
}

void Engine::detach(ObjectId child) {
    auto& c = objects_[child];
    if (c.link == kNoObject)
        return;
    auto& p = objects_[c.link];
    if (c.prevSibling != kNoObject)
        objects_[c.prevSibling].nextSibling = c.nextSibling;
    else
        p.firstChild = c.nextSibling;
    if (c.nextSibling != kNoObject)
        objects_[c.nextSibling].prevSibling = c.prevSibling;
    else
        p.lastChild = c.prevSibling;
    c.link = c.prevSibling = c.nextSibling = kNoObject;
    if (c.snap.parent != kNoObject) {
        c.snap.parent = kNoObject;
        record(child);
    }
}

// ---------------------------------------------------------------- scheduling

void Engine::step() {
    if (atEnd())
        return;
    if (nextStep_ >= scenario_->steps.size()) {
        finishScenario();
        return;
    }
    step_ = static_cast<std::int32_t>(nextStep_);
    const Action& action = scenario_->steps[nextStep_++];
    const ThreadKind thread =
        action.op == Op::FrameworkDelete ? ThreadKind::Framework : ThreadKind::Driver;
    startThread(thread, runStep(action, thread));
    pump();
    if (scenario_->autoDrain) {
        requestQueueRun();
        pump();
    }
}

void Engine::startThread(ThreadKind kind, Task<> root) {
    auto thread = std::make_unique<SimThread>();
    thread->kind = kind;
    thread->wait = Wait::Runnable;
    thread->order = nextOrder_++;
    thread->stack.push(root.release());
    threads_.push_back(std::move(thread));
}

bool Engine::workerIdle() const {
    return worker_.stack.empty();
}

void Engine::requestQueueRun() {
    if (halted_ || !workerIdle() || queue_.empty())
        return;
    worker_.stack.push(workerLoop().release());
    worker_.wait = Wait::Runnable;
    worker_.order = nextOrder_++;
}

bool Engine::satisfied(const SimThread& thread) const {
    switch (thread.wait) {
    case Wait::Runnable:
        return true;
    case Wait::Pending:
        return objects_[thread.waitObject].snap.pending == 0;
    case Wait::QueueEmpty:
        return queue_.empty() && workerIdle();
    case Wait::None:
    case Wait::Halted:
        return false;
    }
    return false;
}

Engine::SimThread* Engine::nextRunnable() {
    SimThread* best = nullptr;
    if (!worker_.stack.empty() && satisfied(worker_))
        best = &worker_;
    for (auto& thread : threads_)
        if (satisfied(*thread) && (!best || thread->order < best->order))
            best = thread.get();
    return best;
}

// Runs every thread that can run, oldest wait first, until none can.
void Engine::pump() {
    while (!halted_) {
        SimThread* thread = nextRunnable();
        if (!thread)
            return;
        thread->wait = Wait::None;
        thread->stack.unblock();
        current_ = thread;
        thread->stack.run();
        current_ = nullptr;
        if (halted_)
            return;
        if (!thread->stack.empty()) {
            thread->order = nextOrder_++; // blocked: resumes in the order it blocked
            continue;
        }
        if (thread != &worker_)
            threads_.remove_if([thread](const auto& t) { return t.get() == thread; });
    }
}

void Engine::finishScenario() {
    step_ = -1;
    requestQueueRun();
    pump();
    if (halted_)
        return;
    std::vector<const SimThread*> blocked;
    if (worker_.wait == Wait::Pending)
        blocked.push_back(&worker_);
    for (const auto& thread : threads_)
        if (thread->wait == Wait::Pending)
            blocked.push_back(thread.get());
    std::sort(blocked.begin(), blocked.end(),
              [](const SimThread* a, const SimThread* b) { return a->order < b->order; });
    for (const SimThread* thread : blocked) {
        DiagnosticDetail detail;
        detail.rule = Rule::WaitNeverSatisfied;
        detail.object = thread->waitObject;
        detail.count = objects_[thread->waitObject].snap.pending;
        emitDiagnostic(std::move(detail), Irql::Passive, thread->kind);
    }
    if (releasedObjects_ > 0) // else no pass over a million objects
        reportReferenceLeaks();
    finished_ = true;
}

void Engine::reportReferenceLeaks() {
    for (ObjectId id : creationOrder_) {
        if (objects_[id].snap.state != ObjectState::Released)
            continue;
        DiagnosticDetail detail;
        detail.rule = Rule::ReferenceLeak;
        detail.object = id;
        detail.count = objects_[id].snap.refCount;
        emitDiagnostic(std::move(detail), Irql::Passive, ThreadKind::Driver);
    }
}

// ---------------------------------------------------------------- events and state

inline bool Engine::emit(Event event) {
    if (event.object != kNoObject && objects_[event.object].hidden)
        return false;
    return append(event);
}

inline bool Engine::append(const Event& event) {
    if (eventsLeft_ == 0) [[unlikely]] {
        limitReached_ = true;
        halted_ = true;
        return false;
    }
    --eventsLeft_;
    trace_.events.push_back(event);
    trace_.events.back().step = step_;
    return true;
}

inline void Engine::record(ObjectId id) {
    if (options_.recordStates)
        appendStateChange(id);
}

void Engine::appendStateChange(ObjectId id) {
    if (objects_[id].hidden)
        return;
    const auto afterEvents = static_cast<std::uint32_t>(trace_.events.size());
    auto& changes = trace_.stateChanges;
    // Several changes between the same two events show as one.
    if (!changes.empty() && changes.back().object == id &&
        changes.back().afterEvents == afterEvents)
        changes.back().snapshot = objects_[id].snap;
    else
        changes.push_back({afterEvents, id, objects_[id].snap});
}

inline void Engine::setState(ObjectId id, ObjectState state) {
    auto& current = objects_[id].snap.state;
    releasedObjects_ += static_cast<int>(state == ObjectState::Released) -
                        static_cast<int>(current == ObjectState::Released);
    current = state;
    record(id);
}

void Engine::emitDiagnostic(DiagnosticDetail detail, Irql irql, ThreadKind thread) {
    Event event;
    event.kind = EventKind::Diagnostic;
    event.irql = irql;
    event.thread = thread;
    event.object = detail.object;
    event.detail = static_cast<std::uint32_t>(trace_.diagnostics.size());
    const bool fatal = ruleInfo(detail.rule).fatal;
    trace_.diagnostics.push_back(std::move(detail));
    emit(event);
    if (fatal) {
        halted_ = true;
        trace_.halted = true;
    }
}

inline void Engine::emitContextEvent(EventKind kind, ObjectId id, std::uint32_t context,
                                     bool registered, Irql irql, ThreadKind thread) {
    const std::int32_t refCount = kind == EventKind::Destroy ? 0 : objects_[id].snap.refCount;
    append({step_, kind, irql, thread, registered, id, refCount, context}); // never the I/O package
}

void Engine::enqueue(ObjectId id, bool destroyOnly, DeferReason reason, Irql irql) {
    queue_.push_back({id, destroyOnly});
    Event event;
    event.kind = EventKind::Deferred;
    event.irql = irql;
    event.thread = current_ ? current_->kind : ThreadKind::Driver;
    event.object = id;
    event.detail = static_cast<std::uint32_t>(reason);
    emit(event);
    trace_.queueLength.push_back({static_cast<std::uint32_t>(trace_.events.size()),
                                  static_cast<std::uint32_t>(queue_.size())});
}

std::uint32_t Engine::internTag(const std::optional<std::string>& tag) {
    if (!tag)
        return kNone;
    auto it = std::find(trace_.tags.begin(), trace_.tags.end(), *tag);
    if (it != trace_.tags.end())
        return static_cast<std::uint32_t>(it - trace_.tags.begin());
    trace_.tags.push_back(*tag);
    return static_cast<std::uint32_t>(trace_.tags.size() - 1);
}

// ---------------------------------------------------------------- checks

bool Engine::exists(ObjectId id) const {
    return id < objects_.size() && objects_[id].snap.state != ObjectState::NotCreated;
}

bool Engine::insideDestroyOf(ObjectId id) const {
    if (!current_)
        return false;
    const auto& chain = current_->destroyChain;
    return std::find(chain.begin(), chain.end(), id) != chain.end();
}

bool Engine::subtreeHasPassive(ObjectId root) const {
    std::vector<ObjectId> pending{root};
    while (!pending.empty()) {
        ObjectId id = pending.back();
        pending.pop_back();
        for (ObjectId c = objects_[id].firstChild; c != kNoObject; c = objects_[c].nextSibling) {
            if (objects_[c].passive && !objects_[c].hidden)
                return true;
            pending.push_back(c);
        }
    }
    return false;
}

void Engine::invalidStep(ObjectId id, Op op, std::string reason, Irql irql, ThreadKind thread) {
    DiagnosticDetail detail;
    detail.rule = Rule::InvalidStep;
    detail.object = id;
    detail.op = op;
    detail.reason = std::move(reason);
    emitDiagnostic(std::move(detail), irql, thread);
}

// The checks most steps share, in the order of semantics.md 10.1: not yet
// created, freed, inside the object's own destroy callback, cleanup done.
// Returns true when the step must be skipped.
bool Engine::failsUsualChecks(ObjectId id, Op op, const std::string& method, bool allowInDestroy,
                              Irql irql, ThreadKind thread) {
    auto report = [&](Rule rule) {
        DiagnosticDetail detail;
        detail.rule = rule;
        detail.object = id;
        detail.op = op;
        detail.method = method;
        emitDiagnostic(std::move(detail), irql, thread);
    };
    if (!exists(id)) {
        invalidStep(id, op, "not-created", irql, thread);
        return true;
    }
    if (objects_[id].snap.state == ObjectState::Freed) {
        report(Rule::UseAfterFree);
        return true;
    }
    if (insideDestroyOf(id)) {
        if (allowInDestroy)
            return false;
        report(Rule::MethodInDestroy);
        return true;
    }
    if (objects_[id].snap.cleanupDone && op != Op::Dereference) {
        report(Rule::UseAfterCleanup);
        return op != Op::Reference; // a reference is still applied
    }
    return false;
}

// ---------------------------------------------------------------- steps and actions

detail::Task<> Engine::runStep(const Action& action, ThreadKind thread) {
    switch (action.op) {
    case Op::FrameworkDelete:
        co_await frameworkDelete(action.target, irql_);
        co_return;
    case Op::SetIrql: {
        if (scenario_->framework == Framework::Umdf && action.irql != Irql::Passive) {
            DiagnosticDetail detail;
            detail.rule = Rule::UmdfIrqlIgnored;
            detail.irql = action.irql;
            detail.op = Op::SetIrql;
            emitDiagnostic(std::move(detail), irql_, thread);
            co_return;
        }
        if (action.irql != irql_) {
            irql_ = action.irql;
            Event event;
            event.kind = EventKind::IrqlChanged;
            event.irql = irql_;
            event.thread = thread;
            emit(event);
        }
        co_return;
    }
    case Op::BeginCallback: {
        const ObjectId id = action.target;
        if (!exists(id)) {
            invalidStep(id, action.op, "not-created", irql_, thread);
            co_return;
        }
        auto& object = objects_[id];
        if (object.snap.state == ObjectState::Freed || object.snap.rundown) {
            DiagnosticDetail detail;
            detail.rule = object.snap.state == ObjectState::Freed ? Rule::UseAfterFree
                                                                  : Rule::CallbackAfterRundown;
            detail.object = id;
            detail.op = action.op;
            emitDiagnostic(std::move(detail), irql_, thread);
            co_return;
        }
        ++object.snap.pending;
        record(id);
        co_return;
    }
    case Op::EndCallback: {
        const ObjectId id = action.target;
        if (!exists(id) || objects_[id].snap.pending == 0) {
            invalidStep(id, action.op, "no-callback-running", irql_, thread);
            co_return;
        }
        --objects_[id].snap.pending;
        record(id); // at zero, pump() resumes the waiters in the order they blocked
        co_return;
    }
    case Op::Drain:
        requestQueueRun(); // runs when this step's thread is done
        co_return;
    default:
        co_await runAction(action, irql_, thread);
        co_return;
    }
}

detail::Task<> Engine::runActions(const std::vector<Action>& actions, Irql irql,
                                  ThreadKind thread) {
    for (const Action& action : actions)
        co_await runAction(action, irql, thread);
}

detail::Task<> Engine::runAction(const Action& action, Irql irql, ThreadKind thread) {
    switch (action.op) {
    case Op::Create:
        co_await create(action, irql, thread);
        break;
    case Op::Reference:
        co_await reference(action, irql, thread);
        break;
    case Op::Dereference:
        co_await dereference(action, irql, thread);
        break;
    case Op::Delete:
        co_await driverDelete(action.target, action.op, irql, thread);
        break;
    case Op::CompleteRequest:
        co_await completeRequest(action.target, action.op, irql, thread);
        break;
    case Op::Call:
        co_await call(action, irql, thread);
        break;
    case Op::Free: {
        const ObjectId owner = action.target;
        const auto& decl = scenario_->decl(owner);
        std::uint32_t index = 0;
        for (const auto& context : decl.contexts)
            for (const auto& buffer : context.buffers) {
                if (buffer == action.buffer)
                    goto found;
                ++index;
            }
    found:
        if (bufferFreed_[cold_[owner].bufferBase + index]) {
            DiagnosticDetail detail;
            detail.rule = Rule::DoubleFree;
            detail.object = owner;
            detail.buffer = action.buffer;
            detail.op = Op::Free;
            emitDiagnostic(std::move(detail), irql, thread);
            break;
        }
        bufferFreed_[cold_[owner].bufferBase + index] = 1;
        Event event;
        event.kind = EventKind::BufferFreed;
        event.irql = irql;
        event.thread = thread;
        event.object = owner;
        event.detail = index;
        emit(event);
        break;
    }
    case Op::FrameworkDelete:
    case Op::SetIrql:
    case Op::BeginCallback:
    case Op::EndCallback:
    case Op::Drain:
        break; // steps only: the loader refuses them inside callbacks
    case Op::Run:
    case Op::SetEvent:
    case Op::ClearEvent:
    case Op::WaitEvent:
    case Op::Capture:
    case Op::Use:
    case Op::Forget:
        break; // refused by the loader until the engine simulates them
    }
}

detail::Task<> Engine::create(const Action& action, Irql irql, ThreadKind thread) {
    const ObjectId id = action.createdId;
    const auto& decl = scenario_->decl(id);
    auto report = [&](Rule rule, ObjectId about) {
        DiagnosticDetail detail;
        detail.rule = rule;
        detail.object = about;
        detail.op = Op::Create;
        detail.irql = irql;
        emitDiagnostic(std::move(detail), irql, thread);
    };
    if (exists(id)) {
        invalidStep(id, Op::Create, "already-created", irql, thread);
        co_return;
    }
    if (const ObjectId parent = decl.parentId; parent != kNoObject) {
        if (!exists(parent)) {
            invalidStep(parent, Op::Create, "parent-not-created", irql, thread);
            co_return;
        }
        const auto& p = objects_[parent].snap;
        if (p.state == ObjectState::Freed) {
            report(Rule::UseAfterFree, parent);
            co_return;
        }
        if (p.state != ObjectState::Alive || p.deleteRequested) {
            report(Rule::ParentBeingDeleted, parent);
            co_return;
        }
    }
    if (irql > creationIrqlLimit(decl.type, decl.pool())) {
        report(Rule::IrqlTooHigh, id);
        co_return;
    }
    instantiate(id, thread);
}

// Made on first use: most objects are never referenced by the driver.
ReferenceLedger& Engine::ledger(ObjectId id) {
    auto& refs = cold_[id].refs;
    if (!refs)
        refs = std::make_unique<ReferenceLedger>();
    return *refs;
}

// The referenced/dereferenced event, noted in the object's tag history.
void Engine::emitCountChange(EventKind kind, ObjectId id, const std::optional<std::string>& tag,
                             Irql irql, ThreadKind thread) {
    auto& object = objects_[id];
    Event event;
    event.kind = kind;
    event.irql = irql;
    event.thread = thread;
    event.object = id;
    event.refCount = object.snap.refCount;
    event.detail = internTag(tag);
    if (emit(event))
        cold_[id].refs->note({static_cast<std::uint32_t>(trace_.events.size()),
                              kind == EventKind::Referenced, tag, object.snap.refCount});
    record(id);
}

detail::Task<> Engine::reference(const Action& action, Irql irql, ThreadKind thread) {
    const ObjectId id = action.target;
    if (failsUsualChecks(id, Op::Reference, {}, false, irql, thread))
        co_return;
    ledger(id).reference(action.tag);
    ++objects_[id].snap.refCount;
    emitCountChange(EventKind::Referenced, id, action.tag, irql, thread);
}

detail::Task<> Engine::dereference(const Action& action, Irql irql, ThreadKind thread) {
    const ObjectId id = action.target;
    if (failsUsualChecks(id, Op::Dereference, {}, false, irql, thread))
        co_return;
    auto& object = objects_[id];
    const auto match = ledger(id).dereference(action.tag);
    if (match != ReferenceLedger::Match::SameTag) {
        DiagnosticDetail detail;
        detail.rule = match == ReferenceLedger::Match::Oldest ? Rule::TagMismatch
                                                              : Rule::DereferenceWithoutReference;
        detail.object = id;
        detail.op = Op::Dereference;
        detail.tag = action.tag.value_or("");
        emitDiagnostic(std::move(detail), irql, thread);
    }
    if (halted_)
        co_return;
    --object.snap.refCount;
    emitCountChange(EventKind::Dereferenced, id, action.tag, irql, thread);
    if (object.snap.refCount == 0)
        co_await finalRelease(id, irql, thread);
}

detail::Task<> Engine::driverDelete(ObjectId id, Op op, Irql irql, ThreadKind thread) {
    if (!exists(id)) {
        invalidStep(id, op, "not-created", irql, thread);
        co_return;
    }
    const auto& decl = scenario_->decl(id);
    const auto& snap = objects_[id].snap;
    std::optional<Rule> broken;
    if (snap.state == ObjectState::Freed)
        broken = Rule::UseAfterFree;
    else if (insideDestroyOf(id))
        broken = Rule::MethodInDestroy;
    else if (!driverMayDelete(decl.type, decl.creator(), decl.role))
        broken = Rule::DeleteNotAllowed;
    else if (snap.deleteRequested)
        broken = Rule::DeleteTwice;
    else if (decl.role == Role::ControlDevice && isAbovePassive(irql))
        broken = Rule::IrqlTooHigh;
    if (broken) {
        DiagnosticDetail detail;
        detail.rule = *broken;
        detail.object = id;
        detail.op = op;
        detail.method = op == Op::Call ? "WdfObjectDelete" : "";
        detail.irql = irql;
        emitDiagnostic(std::move(detail), irql, thread);
        co_return;
    }
    // semantics-v2.md 1.1: an object its parent's walk already cleaned up is
    // deleted silently; it is destroyed where that walk destroys it.
    if (snap.cleanupDone)
        trace_.corrections |= DeleteAfterCleanupSilent;
    co_await startDeletion(id, irql, thread, ThreadKind::Driver);
}

detail::Task<> Engine::frameworkDelete(ObjectId id, Irql irql) {
    if (!exists(id)) {
        invalidStep(id, Op::FrameworkDelete, "not-created", irql, ThreadKind::Framework);
        co_return;
    }
    const auto& snap = objects_[id].snap;
    if (snap.state == ObjectState::Freed || snap.deleteRequested) {
        DiagnosticDetail detail;
        detail.rule = snap.state == ObjectState::Freed ? Rule::UseAfterFree : Rule::DeleteTwice;
        detail.object = id;
        detail.op = Op::FrameworkDelete;
        emitDiagnostic(std::move(detail), irql, ThreadKind::Framework);
        co_return;
    }
    // Driver unload and PnP removal run at PASSIVE_LEVEL whatever the step's IRQL.
    const ObjectType type = objects_[id].type;
    if (type == ObjectType::Driver || type == ObjectType::Device)
        irql = Irql::Passive;
    if (type == ObjectType::Device)
        cold_[id].removal = true;
    co_await startDeletion(id, irql, ThreadKind::Framework, ThreadKind::Framework);
}

detail::Task<> Engine::completeRequest(ObjectId id, Op op, Irql irql, ThreadKind thread) {
    if (exists(id) && objects_[id].type != ObjectType::Request) {
        invalidStep(id, op, "not-a-request", irql, thread);
        co_return;
    }
    if (failsUsualChecks(id, op, op == Op::Call ? "WdfRequestComplete" : "", false, irql, thread))
        co_return;
    auto& object = objects_[id];
    if (scenario_->decl(id).creator() == Creator::Driver) {
        DiagnosticDetail detail;
        detail.rule = Rule::CompleteDriverRequest;
        detail.object = id;
        detail.op = op;
        emitDiagnostic(std::move(detail), irql, thread);
        co_return;
    }
    if (object.snap.completed) {
        invalidStep(id, op, "already-completed", irql, thread);
        co_return;
    }
    // Section 8: the framework deletes the request it presented once the driver completes it.
    object.snap.completed = true;
    object.snap.deleteRequested = true;
    Event event;
    event.kind = EventKind::DeleteRequested;
    event.irql = irql;
    event.thread = thread;
    event.object = id;
    event.detail = static_cast<std::uint32_t>(ThreadKind::Framework);
    emit(event);
    record(id);
    if (object.snap.state != ObjectState::Alive)
        co_return;
    detach(id);
    object.snap.deletionRoot = true;
    if (isAbovePassive(irql) && subtreeHasPassive(id)) {
        // Section 5.3: the documented exception for requests.
        DiagnosticDetail detail;
        detail.rule = Rule::PassiveChildOfRequest;
        detail.object = id;
        detail.op = op;
        detail.irql = irql;
        emitDiagnostic(std::move(detail), irql, thread);
        setState(id, ObjectState::Disposing);
        co_await requestWalk(id, irql, thread);
        setState(id, ObjectState::Disposed);
        co_await destroyPass(id, irql, thread);
        co_return;
    }
    co_await deleteDetached(id, irql, thread);
}

detail::Task<> Engine::call(const Action& action, Irql irql, ThreadKind thread) {
    const ObjectId id = action.target;
    const std::string& method = action.method;
    if (method == "WdfObjectDelete") {
        co_await driverDelete(id, Op::Call, irql, thread);
        co_return;
    }
    if (method == "WdfRequestComplete") {
        co_await completeRequest(id, Op::Call, irql, thread);
        co_return;
    }
    const bool accessor = isContextAccessor(method);
    if (failsUsualChecks(id, Op::Call, method, accessor, irql, thread))
        co_return;
    if (!isWaitMethod(method))
        co_return; // a generic method: only the checks apply
    if (objects_[id].type != waitMethodType(method)) {
        invalidStep(id, Op::Call, "wrong-type", irql, thread);
        co_return;
    }
    // semantics-v2.md 6.2: with Wait = FALSE, WdfTimerStop and WdfDpcCancel
    // neither check the IRQL nor wait (a version 1 call always waits).
    if (action.args.wait == false)
        co_return;
    if (isAbovePassive(irql)) {
        DiagnosticDetail detail;
        detail.rule = Rule::WaitAtDispatch;
        detail.object = id;
        detail.op = Op::Call;
        detail.method = method;
        detail.irql = irql;
        emitDiagnostic(std::move(detail), irql, thread);
        co_return;
    }
    co_await waitForCallbacks(id);
}

// ---------------------------------------------------------------- deletion (sections 3-6)

// 3.2: WdfObjectDelete or a framework delete, once its checks passed.
detail::Task<> Engine::startDeletion(ObjectId id, Irql irql, ThreadKind thread, ThreadKind by) {
    auto& object = objects_[id];
    object.snap.deleteRequested = true;
    Event event;
    event.kind = EventKind::DeleteRequested;
    event.irql = irql;
    event.thread = thread;
    event.object = id;
    event.detail = static_cast<std::uint32_t>(by);
    emit(event);
    record(id);
    if (object.snap.state != ObjectState::Alive)
        co_return; // its deletion is already under way
    if (object.link != kNoObject && objects_[object.link].snap.state != ObjectState::Alive)
        co_return; // the parent's walk will reach it in its normal position
    detach(id);
    object.snap.deletionRoot = true;
    co_await deleteDetached(id, irql, thread);
}

// 3.2 items 5-7, for an object that is now the root of its own deletion.
detail::Task<> Engine::deleteDetached(ObjectId id, Irql irql, ThreadKind thread) {
    if (isAbovePassive(irql) && objects_[id].passive) {
        enqueue(id, false, DeferReason::PassiveDispose, irql);
        setState(id, ObjectState::Queued);
        co_return;
    }
    setState(id, ObjectState::Disposing);
    const Walk walk = co_await dispose(id, irql, thread);
    if (walk == Walk::Defer) {
        enqueue(id, false, DeferReason::PassiveChild, irql);
        setState(id, ObjectState::Queued);
        co_return;
    }
    setState(id, ObjectState::Disposed);
    co_await destroyPass(id, irql, thread);
}

// 3.3: children first (oldest first), the rundown hooks, then the object's cleanup.
// Plain descendants (RuntimeObject::plain) are walked inside this frame, on
// `path`, instead of in a coroutine frame each: a long chain of them costs no
// frames at all.
detail::Task<Engine::Walk> Engine::dispose(ObjectId id, Irql irql, ThreadKind thread) {
    if (mustDefer(id, irql))
        co_return Walk::Defer;
    std::vector<ObjectId> path; // plain descendants whose children are being walked
    ObjectId c = objects_[id].firstChild;
    for (;;) {
        if (c == kNoObject) {
            if (path.empty())
                break;
            const ObjectId done = path.back();
            path.pop_back();
            cleanupsNow(done, irql, thread);
            setState(done, ObjectState::Disposed);
            c = objects_[done].nextSibling;
            continue;
        }
        const ObjectState state = objects_[c].snap.state;
        if (state != ObjectState::Alive && state != ObjectState::PartlyDisposed) {
            c = objects_[c].nextSibling;
            continue;
        }
        setState(c, ObjectState::Disposing);
        Walk walk;
        if (!objects_[c].plain) {
            walk = co_await dispose(c, irql, thread);
        } else if (objects_[c].firstChild == kNoObject) {
            cleanupsNow(c, irql, thread);
            setState(c, ObjectState::Disposed);
            c = objects_[c].nextSibling;
            continue;
        } else if (mustDefer(c, irql)) {
            walk = Walk::Defer;
        } else {
            path.push_back(c); // its children next, in this frame
            c = objects_[c].firstChild;
            continue;
        }
        if (walk == Walk::Defer) {
            // Each object of the interrupted walk keeps what it disposed so far.
            setState(c, ObjectState::PartlyDisposed);
            for (auto it = path.rbegin(); it != path.rend(); ++it)
                setState(*it, ObjectState::PartlyDisposed);
            co_return Walk::Defer;
        }
        setState(c, ObjectState::Disposed);
        c = objects_[c].nextSibling;
    }
    auto& object = objects_[id];
    if (waitsForCallbacks(object.type) && !object.hidden) {
        object.snap.rundown = true;
        record(id);
        co_await waitForCallbacks(id);
    }
    if (object.type == ObjectType::Driver)
        co_await waitQueueEmpty(thread);
    if (object.bodiless) {
        cleanupsNow(id, irql, thread);
    } else {
        co_await runCleanups(id, irql, thread);
        object.snap.cleanupDone = true;
        record(id);
    }
    const bool deviceHook = object.type == ObjectType::Device &&
                            (cold_[id].removal || scenario_->decl(id).role == Role::ControlDevice);
    if (deviceHook) {
        // PnP removal (and a control device's deletion) destroys the children
        // now and waits for deferred work before the device itself goes.
        while (object.firstChild != kNoObject) {
            const ObjectId c = object.firstChild;
            detach(c);
            if (objects_[c].snap.state == ObjectState::Disposed)
                co_await destroyPass(c, irql, thread);
        }
        co_await waitQueueEmpty(thread);
    }
    co_return Walk::Done;
}

// 3.3: above PASSIVE_LEVEL, a passive-level child stops the walk at this object.
bool Engine::mustDefer(ObjectId id, Irql irql) const {
    if (!isAbovePassive(irql))
        return false;
    for (ObjectId c = objects_[id].firstChild; c != kNoObject; c = objects_[c].nextSibling)
        if (objects_[c].passive)
            return true;
    return false;
}

// 5.3: a request completed above PASSIVE_LEVEL with a passive object below it.
detail::Task<> Engine::requestWalk(ObjectId id, Irql irql, ThreadKind thread) {
    ObjectId c = objects_[id].firstChild;
    while (c != kNoObject) {
        const ObjectId next = objects_[c].nextSibling;
        if (objects_[c].passive) {
            detach(c);
            objects_[c].snap.deletionRoot = true;
            enqueue(c, false, DeferReason::RequestCompletedAtDispatch, irql);
            setState(c, ObjectState::Queued);
        } else if (objects_[c].snap.state == ObjectState::Alive) {
            setState(c, ObjectState::Disposing);
            co_await requestWalk(c, irql, thread);
            setState(c, ObjectState::Disposed);
        }
        c = next;
    }
    co_await runCleanups(id, irql, thread);
    objects_[id].snap.cleanupDone = true;
    record(id);
}

detail::Task<> Engine::runCleanups(ObjectId id, Irql irql, ThreadKind thread) {
    const auto& object = objects_[id];
    if (object.hidden)
        co_return; // an I/O package has no contexts
    for (std::uint32_t i = 0; i < object.contextCount; ++i) {
        auto& flags = contextFlags_[object.contextBase + i];
        if (flags & CleanupRan)
            continue;
        flags |= CleanupRan;
        const bool registered = flags & CleanupRegistered;
        emitContextEvent(EventKind::Cleanup, id, i, registered, irql, thread);
        if (registered)
            co_await runActions(scenario_->decl(id).contexts[i].onCleanup, irql, thread);
    }
}

// 3.4: children's destroy passes (head first), then the creation reference.
// Plain descendants are handled inside this frame, as in dispose().
detail::Task<> Engine::destroyPass(ObjectId id, Irql irql, ThreadKind thread) {
    setState(id, ObjectState::Released);
    std::vector<ObjectId> path; // plain descendants whose children are being destroyed
    for (;;) {
        const ObjectId top = path.empty() ? id : path.back();
        const ObjectId c = objects_[top].firstChild;
        if (c == kNoObject) {
            if (path.empty())
                break;
            path.pop_back();
            releaseCreationReferenceNow(top, irql, thread);
            continue;
        }
        detach(c);
        if (objects_[c].snap.state != ObjectState::Disposed)
            continue;
        if (!objects_[c].plain) {
            co_await destroyPass(c, irql, thread);
        } else if (objects_[c].firstChild == kNoObject) {
            destroyPassNow(c, irql, thread);
        } else {
            setState(c, ObjectState::Released);
            path.push_back(c);
        }
    }
    if (objects_[id].bodiless)
        releaseCreationReferenceNow(id, irql, thread);
    else
        co_await releaseCreationReference(id, irql, thread);
}

// The synchronous paths below give exactly the events of the coroutines
// above for objects whose callbacks have no bodies (nothing can nest or
// block), without a coroutine frame per object: most objects of a large tree
// are such objects.

void Engine::cleanupsNow(ObjectId id, Irql irql, ThreadKind thread) {
    auto& object = objects_[id];
    if (!object.hidden) {
        for (std::uint32_t i = 0; i < object.contextCount; ++i) {
            auto& flags = contextFlags_[object.contextBase + i];
            if (flags & CleanupRan)
                continue;
            flags |= CleanupRan;
            emitContextEvent(EventKind::Cleanup, id, i, flags & CleanupRegistered, irql, thread);
        }
    }
    object.snap.cleanupDone = true;
    record(id);
}

void Engine::destroyPassNow(ObjectId id, Irql irql, ThreadKind thread) {
    setState(id, ObjectState::Released);
    releaseCreationReferenceNow(id, irql, thread);
}

void Engine::releaseCreationReferenceNow(ObjectId id, Irql irql, ThreadKind thread) {
    auto& object = objects_[id];
    object.creationRefHeld = false;
    --object.snap.refCount;
    record(id);
    if (object.snap.refCount != 0)
        return;
    if (object.passive && isAbovePassive(irql)) {
        enqueue(id, true, DeferReason::PassiveDestroy, irql);
        setState(id, ObjectState::DestroyQueued);
        return;
    }
    if (!object.hidden) {
        for (std::uint32_t i = 0; i < object.contextCount; ++i) {
            auto& flags = contextFlags_[object.contextBase + i];
            if (!(flags & CleanupRan)) {
                flags |= CleanupRan;
                emitContextEvent(EventKind::Cleanup, id, i, flags & CleanupRegistered, irql,
                                 thread);
            }
            emitContextEvent(EventKind::Destroy, id, i, flags & DestroyRegistered, irql, thread);
        }
    }
    finishDestroy(id, irql, thread);
}

detail::Task<> Engine::releaseCreationReference(ObjectId id, Irql irql, ThreadKind thread) {
    auto& object = objects_[id];
    object.creationRefHeld = false;
    --object.snap.refCount;
    record(id);
    if (object.snap.refCount == 0)
        co_await finalRelease(id, irql, thread);
}

// 3.6: the count reached zero.
detail::Task<> Engine::finalRelease(ObjectId id, Irql irql, ThreadKind thread) {
    auto& object = objects_[id];
    if (object.creationRefHeld) {
        // Dereferenced to zero without a deletion: the destroy path runs on a
        // linked object and the framework bugchecks.
        co_await destroyCallbacks(id, irql, thread);
        DiagnosticDetail detail;
        detail.rule = Rule::FreedByDereference;
        detail.object = id;
        detail.op = Op::Dereference;
        emitDiagnostic(std::move(detail), irql, thread);
        co_await halt();
        co_return;
    }
    if (object.passive && isAbovePassive(irql)) {
        enqueue(id, true, DeferReason::PassiveDestroy, irql);
        setState(id, ObjectState::DestroyQueued);
        co_return;
    }
    co_await destroyPhase(id, irql, thread);
}

detail::Task<> Engine::destroyCallbacks(ObjectId id, Irql irql, ThreadKind thread) {
    const auto& object = objects_[id];
    if (object.hidden)
        co_return;
    for (std::uint32_t i = 0; i < object.contextCount; ++i) {
        auto& flags = contextFlags_[object.contextBase + i];
        if (!(flags & CleanupRan)) {
            flags |= CleanupRan;
            const bool registered = flags & CleanupRegistered;
            emitContextEvent(EventKind::Cleanup, id, i, registered, irql, thread);
            if (registered)
                co_await runActions(scenario_->decl(id).contexts[i].onCleanup, irql, thread);
        }
        const bool registered = flags & DestroyRegistered;
        emitContextEvent(EventKind::Destroy, id, i, registered, irql, thread);
        if (registered) {
            current_->destroyChain.push_back(id);
            co_await runActions(scenario_->decl(id).contexts[i].onDestroy, irql, thread);
            current_->destroyChain.pop_back();
        }
    }
}

detail::Task<> Engine::destroyPhase(ObjectId id, Irql irql, ThreadKind thread) {
    co_await destroyCallbacks(id, irql, thread);
    finishDestroy(id, irql, thread);
}

// After the destroy callbacks: leaked buffers, then the memory is released.
void Engine::finishDestroy(ObjectId id, Irql irql, ThreadKind thread) {
    if (objects_[id].hasBuffers) {
        std::uint32_t index = 0;
        for (const auto& context : scenario_->decl(id).contexts)
            for (const auto& buffer : context.buffers) {
                if (!bufferFreed_[cold_[id].bufferBase + index]) {
                    DiagnosticDetail detail;
                    detail.rule = Rule::BufferLeak;
                    detail.object = id;
                    detail.buffer = buffer;
                    emitDiagnostic(std::move(detail), irql, thread);
                }
                ++index;
            }
    }
    if (!objects_[id].hidden) {
        Event event;
        event.kind = EventKind::Freed;
        event.irql = irql;
        event.thread = thread;
        event.object = id;
        append(event);
    }
    objects_[id].snap.refCount = 0;
    setState(id, ObjectState::Freed);
}

// Section 6: block the current thread until no callback instance runs.
detail::Task<> Engine::waitForCallbacks(ObjectId id) {
    const std::int32_t pending = objects_[id].snap.pending;
    if (pending == 0)
        co_return;
    Event event;
    event.kind = EventKind::WaitForCallbacks;
    event.irql = Irql::Passive;
    event.thread = current_->kind;
    event.object = id;
    event.refCount = objects_[id].snap.refCount;
    event.detail = static_cast<std::uint32_t>(pending);
    emit(event);
    current_->wait = Wait::Pending;
    current_->waitObject = id;
    co_await detail::BlockThread{};
}

// 5.4: the framework waits until the deferred queue is empty.
detail::Task<> Engine::waitQueueEmpty(ThreadKind thread) {
    if (thread == ThreadKind::Worker) {
        // Already on the worker: the remaining items run here, in order.
        while (!queue_.empty()) {
            const QueueItem item = queue_.front();
            queue_.pop_front();
            trace_.queueLength.push_back({static_cast<std::uint32_t>(trace_.events.size()),
                                          static_cast<std::uint32_t>(queue_.size())});
            co_await runQueueItem(item);
        }
        co_return;
    }
    if (queue_.empty() && workerIdle())
        co_return;
    requestQueueRun();
    current_->wait = Wait::QueueEmpty;
    co_await detail::BlockThread{};
}

detail::Task<> Engine::workerLoop() {
    co_await waitQueueEmpty(ThreadKind::Worker);
}

detail::Task<> Engine::runQueueItem(QueueItem item) {
    constexpr Irql passive = Irql::Passive;
    constexpr ThreadKind worker = ThreadKind::Worker;
    if (item.destroyOnly) {
        co_await destroyPhase(item.object, passive, worker);
        co_return;
    }
    if (objects_[item.object].snap.state != ObjectState::Queued)
        co_return;
    setState(item.object, ObjectState::Disposing);
    co_await dispose(item.object, passive, worker); // never defers at PASSIVE_LEVEL
    setState(item.object, ObjectState::Disposed);
    co_await destroyPass(item.object, passive, worker);
}

detail::Task<> Engine::halt() {
    current_->wait = Wait::Halted;
    co_await detail::BlockThread{};
}

} // namespace wdflc
