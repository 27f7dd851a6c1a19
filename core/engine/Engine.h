#pragma once

#include "engine/Simulation.h"
#include "engine/Task.h"
#include "trace/ReferenceLedger.h"

#include <array>
#include <deque>
#include <list>
#include <memory>
#include <vector>

namespace wdflc {

// The simulation behind Simulation (semantics.md). Each member coroutine
// mirrors one paragraph of the contract; see Task.h for why they are
// coroutines and why none of them recurses on the machine stack.
class Engine {
public:
    Engine(std::shared_ptr<const Scenario> scenario, SimulationOptions options);
    ~Engine();

    bool atEnd() const { return finished_ || halted_; }
    std::size_t nextStep() const { return nextStep_; }
    void step();
    bool eventLimitReached() const { return limitReached_; }
    Trace& trace() { return trace_; }
    const ObjectSnapshot& snapshot(ObjectId id) const { return objects_[id].snap; }
    Irql currentIrql() const { return irql_; }
    const ReferenceLedger* references(ObjectId id) const { return cold_[id].refs.get(); }
    std::size_t queueLength() const { return queue_.size(); }

private:
    template <typename T = void> using Task = detail::Task<T>;
    enum class Walk : std::uint8_t { Done, Defer };
    enum class Wait : std::uint8_t { None, Runnable, Pending, QueueEmpty, Halted };

    // What every walk reads, in 48 bytes: a million-object deletion is
    // bound by memory, so the walks never touch the scenario's declarations
    // or the cold data below.
    struct RuntimeObject {
        ObjectSnapshot snap;
        ObjectId link = kNoObject; // real parent (an I/O package for default queues)
        ObjectId firstChild = kNoObject;
        ObjectId lastChild = kNoObject;
        ObjectId prevSibling = kNoObject;
        ObjectId nextSibling = kNoObject;
        std::uint32_t contextBase = 0; // into contextFlags_
        std::uint32_t contextCount = 1;
        ObjectType type = ObjectType::Object;
        bool passive : 1 = false;
        bool hidden : 1 = false;  // the I/O package: no events
        bool bodiless : 1 = true; // no callback has actions: nothing can nest or block
        bool creationRefHeld : 1 = false;
        bool hasBuffers : 1 = false;
        // Bodiless, no callbacks to wait for, not a driver, device or I/O
        // package: its dispose and destroy are synchronous (dispose, destroyPass).
        bool plain : 1 = false;
    };
    static_assert(sizeof(RuntimeObject) <= 48, "keep the walks' object record small");

    // What only some steps need.
    struct ColdObject {
        ObjectId ioPackage = kNoObject;        // WDFDEVICE: its invisible I/O package
        std::uint32_t bufferBase = 0;          // into bufferFreed_
        bool removal = false;                  // WDFDEVICE deleted by the framework (PnP removal)
        std::unique_ptr<ReferenceLedger> refs; // only for objects the driver referenced
    };

    // One byte per context, in declaration order (contiguous per object).
    enum ContextFlag : std::uint8_t {
        CleanupRan = 1,
        CleanupRegistered = 2,
        DestroyRegistered = 4,
    };

    struct QueueItem {
        ObjectId object;
        bool destroyOnly;
    };

    struct SimThread {
        detail::ThreadStack stack;
        ThreadKind kind = ThreadKind::Driver;
        Wait wait = Wait::None;
        ObjectId waitObject = kNoObject;
        std::uint64_t order = 0;
        std::vector<ObjectId> destroyChain; // objects whose EvtDestroyCallback runs here
    };

    // Set-up and scheduling
    void instantiate(ObjectId id, ThreadKind thread);
    void shuffleChildren();
    void insertChild(ObjectId parent, ObjectId child);
    void detach(ObjectId child);
    void startThread(ThreadKind kind, Task<> root);
    void pump();
    SimThread* nextRunnable();
    bool satisfied(const SimThread& thread) const;
    bool workerIdle() const;
    void requestQueueRun();
    void finishScenario();
    void reportReferenceLeaks();

    // Events and state. The inlined ones run several times per deleted object.
    // emit() drops events of the I/O package; append() is for callers that
    // know the object is visible; record() notes the object's snapshot in
    // Trace::stateChanges when the options ask for it.
    [[gnu::always_inline]] inline bool emit(Event event);
    [[gnu::always_inline]] inline bool append(const Event& event);
    [[gnu::always_inline]] inline void record(ObjectId id);
    void appendStateChange(ObjectId id);
    [[gnu::always_inline]] inline void setState(ObjectId id, ObjectState state);
    void emitDiagnostic(DiagnosticDetail detail, Irql irql, ThreadKind thread);
    [[gnu::always_inline]] inline void emitContextEvent(EventKind kind, ObjectId id,
                                                        std::uint32_t context, bool registered,
                                                        Irql irql, ThreadKind thread);
    void enqueue(ObjectId id, bool destroyOnly, DeferReason reason, Irql irql);
    std::uint32_t internTag(const std::optional<std::string>& tag);
    ReferenceLedger& ledger(ObjectId id);
    void emitCountChange(EventKind kind, ObjectId id, const std::optional<std::string>& tag,
                         Irql irql, ThreadKind thread);

    // Checks shared by the steps (semantics.md 10.1)
    bool exists(ObjectId id) const;
    bool insideDestroyOf(ObjectId id) const;
    bool subtreeHasPassive(ObjectId root) const;
    bool failsUsualChecks(ObjectId id, Op op, const std::string& method, bool allowInDestroy,
                          Irql irql, ThreadKind thread);
    void invalidStep(ObjectId id, Op op, std::string reason, Irql irql, ThreadKind thread);

    // Synchronous equivalents for objects with no callback bodies
    void cleanupsNow(ObjectId id, Irql irql, ThreadKind thread);
    void destroyPassNow(ObjectId id, Irql irql, ThreadKind thread);
    void releaseCreationReferenceNow(ObjectId id, Irql irql, ThreadKind thread);
    void finishDestroy(ObjectId id, Irql irql, ThreadKind thread);

    // The life cycle (each mirrors a section of semantics.md)
    Task<> runStep(const Action& action, ThreadKind thread);
    Task<> runActions(const std::vector<Action>& actions, Irql irql, ThreadKind thread);
    Task<> runAction(const Action& action, Irql irql, ThreadKind thread);
    Task<> create(const Action& action, Irql irql, ThreadKind thread);
    Task<> reference(const Action& action, Irql irql, ThreadKind thread);
    Task<> dereference(const Action& action, Irql irql, ThreadKind thread);
    Task<> driverDelete(ObjectId id, Op op, Irql irql, ThreadKind thread);
    Task<> frameworkDelete(ObjectId id, Irql irql);
    Task<> completeRequest(ObjectId id, Op op, Irql irql, ThreadKind thread);
    Task<> call(const Action& action, Irql irql, ThreadKind thread);
    Task<> startDeletion(ObjectId id, Irql irql, ThreadKind thread, ThreadKind by);
    Task<> deleteDetached(ObjectId id, Irql irql, ThreadKind thread);
    Task<Walk> dispose(ObjectId id, Irql irql, ThreadKind thread);
    bool mustDefer(ObjectId id, Irql irql) const;
    Task<> requestWalk(ObjectId id, Irql irql, ThreadKind thread);
    Task<> runCleanups(ObjectId id, Irql irql, ThreadKind thread);
    Task<> destroyPass(ObjectId id, Irql irql, ThreadKind thread);
    Task<> releaseCreationReference(ObjectId id, Irql irql, ThreadKind thread);
    Task<> finalRelease(ObjectId id, Irql irql, ThreadKind thread);
    Task<> destroyCallbacks(ObjectId id, Irql irql, ThreadKind thread);
    Task<> destroyPhase(ObjectId id, Irql irql, ThreadKind thread);
    Task<> waitForCallbacks(ObjectId id);
    Task<> waitQueueEmpty(ThreadKind thread);
    Task<> workerLoop();
    Task<> runQueueItem(QueueItem item);
    Task<> halt();

    std::shared_ptr<const Scenario> scenario_;
    SimulationOptions options_;
    std::uint64_t eventsLeft_; // before options_.maxEvents stops the run
    Trace trace_;
    std::vector<RuntimeObject> objects_; // declarations, then I/O packages
    std::vector<ColdObject> cold_;       // the same indices
    std::vector<std::uint8_t> contextFlags_;
    std::vector<std::uint8_t> bufferFreed_;
    std::vector<ObjectId> creationOrder_;
    std::deque<QueueItem> queue_;
    std::list<std::unique_ptr<SimThread>> threads_; // every thread with work left, not the worker
    SimThread worker_;
    SimThread* current_ = nullptr;
    std::int64_t releasedObjects_ = 0; // in state Released: reference-leak candidates
    std::uint64_t nextOrder_ = 0;
    std::uint64_t shuffleState_ = 0;
    Irql irql_ = Irql::Passive;
    std::int32_t step_ = -1;
    std::size_t nextStep_ = 0;
    bool initialObjectsCreated_ = false;
    bool finished_ = false;
    bool halted_ = false;
    bool limitReached_ = false;
};

} // namespace wdflc
