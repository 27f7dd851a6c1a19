#include "plot/Lifetimes.h"

#include "trace/DiagnosticRule.h"

#include <unordered_map>

namespace wdflc::plot {

std::string_view lifetimePhaseName(LifetimePhase phase) {
    switch (phase) {
    case LifetimePhase::Alive:
        return "alive";
    case LifetimePhase::DeletionRequested:
        return "deletion-requested";
    case LifetimePhase::CleanedUp:
        return "cleaned-up";
    case LifetimePhase::WaitingForDestroy:
        return "waiting-for-destroy";
    case LifetimePhase::DestroyQueued:
        return "destroy-queued";
    }
    return "alive";
}

LifetimePhase phaseOf(const ObjectSnapshot& snapshot) {
    switch (snapshot.state) {
    case ObjectState::DestroyQueued:
        return LifetimePhase::DestroyQueued;
    case ObjectState::Released:
        return LifetimePhase::WaitingForDestroy;
    case ObjectState::Disposed:
        return LifetimePhase::CleanedUp;
    case ObjectState::Queued:
    case ObjectState::Disposing:
    case ObjectState::PartlyDisposed:
        return snapshot.cleanupDone ? LifetimePhase::CleanedUp : LifetimePhase::DeletionRequested;
    case ObjectState::Alive:
    case ObjectState::NotCreated:
    case ObjectState::Freed:
        break;
    }
    // An alive object can carry the flag while an ancestor's walk is under
    // way and has not reached it yet (semantics.md 3.2 item 3).
    return snapshot.deleteRequested ? LifetimePhase::DeletionRequested : LifetimePhase::Alive;
}

namespace {

bool tickFor(const Trace& trace, const Event& event, LifetimeTick::Kind& kind) {
    switch (event.kind) {
    case EventKind::Cleanup:
        kind = event.registered ? LifetimeTick::Kind::CleanupCallback
                                : LifetimeTick::Kind::CleanupWithoutCallback;
        return true;
    case EventKind::Destroy:
        kind = event.registered ? LifetimeTick::Kind::DestroyCallback
                                : LifetimeTick::Kind::DestroyWithoutCallback;
        return true;
    case EventKind::DeleteRequested:
        kind = LifetimeTick::Kind::DeleteRequested;
        return true;
    case EventKind::Deferred:
        kind = LifetimeTick::Kind::Deferred;
        return true;
    case EventKind::WaitForCallbacks:
        kind = LifetimeTick::Kind::WaitForCallbacks;
        return true;
    case EventKind::Diagnostic:
        kind = ruleInfo(trace.diagnostic(event).rule).severity == Severity::Error
                   ? LifetimeTick::Kind::Error
                   : LifetimeTick::Kind::Warning;
        return true;
    default:
        return false;
    }
}

// Orders rows depth first; iterative, because a scenario may nest deeply.
std::vector<LifetimeRow> inTreeOrder(std::vector<LifetimeRow> byCreation) {
    std::unordered_map<ObjectId, std::size_t> indexOf;
    for (std::size_t i = 0; i < byCreation.size(); ++i)
        indexOf.emplace(byCreation[i].object, i);
    std::vector<std::vector<std::size_t>> children(byCreation.size());
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < byCreation.size(); ++i) {
        const auto parent = indexOf.find(byCreation[i].parent);
        if (parent == indexOf.end() || parent->second >= i)
            roots.push_back(i);
        else
            children[parent->second].push_back(i);
    }

    std::vector<LifetimeRow> ordered;
    ordered.reserve(byCreation.size());
    struct Frame {
        std::size_t row;
        std::uint32_t depth;
    };
    std::vector<Frame> stack;
    for (auto root = roots.rbegin(); root != roots.rend(); ++root)
        stack.push_back({*root, 0});
    while (!stack.empty()) {
        const Frame frame = stack.back();
        stack.pop_back();
        byCreation[frame.row].depth = frame.depth;
        ordered.push_back(std::move(byCreation[frame.row]));
        const auto& kids = children[frame.row];
        for (auto child = kids.rbegin(); child != kids.rend(); ++child)
            stack.push_back({*child, frame.depth + 1});
    }
    return ordered;
}

} // namespace

std::vector<LifetimeRow> lifetimeRows(const Trace& trace) {
    std::vector<LifetimeRow> rows;
    std::unordered_map<ObjectId, std::size_t> rowOf;
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq) {
        const Event& event = trace.at(seq);
        if (event.object == kNoObject)
            continue;
        if (event.kind == EventKind::Created) {
            if (rowOf.emplace(event.object, rows.size()).second) {
                LifetimeRow row;
                row.object = event.object;
                row.parent = event.detail;
                row.createdSeq = seq;
                rows.push_back(std::move(row));
            }
            continue;
        }
        const auto found = rowOf.find(event.object);
        if (found == rowOf.end())
            continue; // e.g. a diagnostic about an object that was never created
        LifetimeRow& row = rows[found->second];
        if (event.kind == EventKind::Freed) {
            row.freedSeq = seq;
            continue;
        }
        LifetimeTick::Kind kind;
        if (tickFor(trace, event, kind))
            row.ticks.push_back({seq, kind});
    }

    const auto eventCount = static_cast<std::uint32_t>(trace.events.size());
    std::vector<LifetimePhase> current(rows.size(), LifetimePhase::Alive);
    for (LifetimeRow& row : rows)
        row.segments.push_back({row.createdSeq, row.endPosition(eventCount), LifetimePhase::Alive});
    for (const StateChange& change : trace.stateChanges) {
        const auto found = rowOf.find(change.object);
        if (found == rowOf.end())
            continue;
        LifetimeRow& row = rows[found->second];
        const ObjectState state = change.snapshot.state;
        if (state == ObjectState::Freed || state == ObjectState::NotCreated ||
            change.afterEvents < row.createdSeq ||
            change.afterEvents >= row.endPosition(eventCount))
            continue;
        const LifetimePhase phase = phaseOf(change.snapshot);
        if (phase == current[found->second])
            continue;
        current[found->second] = phase;
        PhaseSegment& open = row.segments.back();
        if (open.begin == change.afterEvents) {
            open.phase = phase; // several changes within one event: the last one counts
            continue;
        }
        const std::uint32_t end = open.end;
        open.end = change.afterEvents;
        row.segments.push_back({change.afterEvents, end, phase});
    }
    // Folding changes within one event can leave neighbours of one phase.
    for (LifetimeRow& row : rows) {
        std::vector<PhaseSegment> merged;
        for (const PhaseSegment& segment : row.segments) {
            if (!merged.empty() && merged.back().phase == segment.phase)
                merged.back().end = segment.end;
            else
                merged.push_back(segment);
        }
        row.segments = std::move(merged);
    }
    return inTreeOrder(std::move(rows));
}

} // namespace wdflc::plot
