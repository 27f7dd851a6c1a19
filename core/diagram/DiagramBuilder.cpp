#include "diagram/DiagramBuilder.h"

#include "model/ObjectType.h"

#include <algorithm>
#include <optional>

namespace wdflc::diagram {
namespace {

constexpr std::string_view kSeparator = " \xC2\xB7 "; // " · "
constexpr std::size_t kDriverLifeline = 0;
constexpr std::size_t kFrameworkLifeline = 1;
constexpr std::size_t kWorkerLifeline = 2;

std::size_t threadLifeline(ThreadKind thread) {
    switch (thread) {
    case ThreadKind::Driver:
        return kDriverLifeline;
    case ThreadKind::Framework:
        return kFrameworkLifeline;
    case ThreadKind::Worker:
        return kWorkerLifeline;
    }
    return kDriverLifeline;
}

bool declaresCallbacks(const ObjectDecl& decl) {
    return std::any_of(decl.contexts.begin(), decl.contexts.end(), [](const ContextDecl& context) {
        return context.cleanup || context.destroy;
    });
}

std::string joinDetail(std::string first, std::string_view second) {
    if (first.empty())
        return std::string(second);
    if (!second.empty()) {
        first += kSeparator;
        first += second;
    }
    return first;
}

class Builder {
public:
    Builder(const Trace& trace, const DiagramOptions& options, const DiagramLabels& labels)
        : trace_(trace), options_(options), labels_(labels) {}

    SequenceDiagram build() {
        diagram_.numbered = options_.numberMessages;
        diagram_.blockedLabel = labels_.blocked;
        diagram_.pageOfLabel = labels_.pageOf;
        diagram_.title = !options_.title.empty() ? options_.title
                         : trace_.scenario       ? trace_.scenario->title.in(options_.language)
                                                 : std::string();
        addThreadLifelines();
        addObjectLifelines();
        for (std::uint32_t seq = 1; seq <= trace_.events.size(); ++seq)
            addEvent(seq);
        closeSpans();
        addWorkerGroups();
        return std::move(diagram_);
    }

private:
    void addLifeline(LifelineKind kind, ObjectId object, std::string title, std::string subtitle) {
        Lifeline lifeline;
        lifeline.kind = kind;
        lifeline.object = object;
        lifeline.alias = "L" + std::to_string(diagram_.lifelines.size());
        lifeline.title = std::move(title);
        lifeline.subtitle = std::move(subtitle);
        diagram_.lifelines.push_back(std::move(lifeline));
    }

    void addThreadLifelines() {
        addLifeline(LifelineKind::DriverThread, kNoObject, labels_.driverThread, {});
        addLifeline(LifelineKind::Framework, kNoObject, labels_.framework, {});
        addLifeline(LifelineKind::Worker, kNoObject, labels_.worker, {});
    }

    // Objects that were created, in tree order: parents before children,
    // siblings in declaration order.
    void addObjectLifelines() {
        if (!trace_.scenario)
            return;
        const auto& decls = trace_.scenario->declarations;
        std::vector<bool> created(decls.size(), false);
        initial_.assign(decls.size(), false);
        for (const Event& event : trace_.events) {
            if (event.kind == EventKind::Created && event.object < decls.size()) {
                created[event.object] = true;
                initial_[event.object] = event.step < 0;
            }
        }
        std::vector<std::vector<ObjectId>> children(decls.size());
        std::vector<ObjectId> roots;
        for (ObjectId id = 0; id < decls.size(); ++id) {
            ObjectId parent = decls[id].parentId;
            if (parent < decls.size() && parent != id)
                children[parent].push_back(id);
            else
                roots.push_back(id);
        }
        lifelineOf_.assign(decls.size(), std::nullopt);
        std::vector<bool> visited(decls.size(), false);
        // Depth first with an explicit stack: a scenario may nest objects
        // deeper than the call stack allows.
        auto visitTree = [&](ObjectId root) {
            std::vector<ObjectId> stack{root};
            while (!stack.empty()) {
                ObjectId id = stack.back();
                stack.pop_back();
                if (visited[id])
                    continue;
                visited[id] = true;
                const ObjectDecl& decl = decls[id];
                bool collapsed =
                    options_.collapseObjectsWithoutCallbacks && !declaresCallbacks(decl);
                if (created[id] && !collapsed) {
                    lifelineOf_[id] = diagram_.lifelines.size();
                    addLifeline(LifelineKind::Object, id, decl.id,
                                std::string(typeName(decl.type)));
                    diagram_.lifelines.back().source = decl.source;
                }
                for (auto child = children[id].rbegin(); child != children[id].rend(); ++child)
                    stack.push_back(*child);
            }
        };
        for (ObjectId root : roots)
            visitTree(root);
        // A parent cycle cannot come from the reader; still, draw every object once.
        for (ObjectId id = 0; id < decls.size(); ++id)
            visitTree(id);
    }

    std::optional<std::size_t> objectLifeline(ObjectId object) const {
        if (object >= lifelineOf_.size())
            return std::nullopt;
        return lifelineOf_[object];
    }

    std::string objectName(ObjectId object) const {
        if (!trace_.scenario || object >= trace_.scenario->declarations.size())
            return {};
        return trace_.scenario->declarations[object].id;
    }

    // The step's source on its first row, the object's on the others.
    std::string sourceOf(const Event& event) {
        if (!trace_.scenario)
            return {};
        const Scenario& scenario = *trace_.scenario;
        if (event.step >= 0 && event.step != lastSourcedStep_ &&
            static_cast<std::size_t>(event.step) < scenario.steps.size()) {
            lastSourcedStep_ = event.step;
            const std::string& source = scenario.steps[static_cast<std::size_t>(event.step)].source;
            if (!source.empty())
                return source;
        }
        return event.object < scenario.declarations.size()
                   ? scenario.declarations[event.object].source
                   : std::string();
    }

    bool keepsEveryEvent() const { return options_.events == EventFilter::Everything; }

    Row& addRow(RowKind kind, const Event& event, std::uint32_t seq) {
        Row row;
        row.kind = kind;
        row.seq = seq;
        row.thread = event.thread;
        row.source = sourceOf(event);
        diagram_.rows.push_back(std::move(row));
        return diagram_.rows.back();
    }

    // A message from the event's thread to its object. When the object has no
    // live lifeline (collapsed, not yet created, already freed) the message
    // becomes a self message of the thread that names the object.
    void addMessage(const Event& event, std::uint32_t seq, MessageStyle style, std::string text,
                    std::string detail, std::size_t sender) {
        std::size_t rowIndex = diagram_.rows.size();
        std::size_t receiver = sender;
        auto target = objectLifeline(event.object);
        bool targetAlive = target && diagram_.lifelines[*target].aliveBefore(rowIndex);
        if (target && style == MessageStyle::Create)
            targetAlive = true;
        if (targetAlive)
            receiver = *target;
        else if (event.object != kNoObject)
            text = objectName(event.object) + ": " + text;
        if (!targetAlive && (style == MessageStyle::Create || style == MessageStyle::Free))
            style = MessageStyle::Quiet;
        Row& row = addRow(RowKind::Message, event, seq);
        row.from = sender;
        row.to = receiver;
        row.style = style;
        row.text = std::move(text);
        row.detail = joinDetail(std::move(detail), irqlName(event.irql));
        if (options_.numberMessages)
            row.number = ++messageNumber_;
        if (targetAlive && style == MessageStyle::Create)
            diagram_.lifelines[receiver].createdAtRow = rowIndex;
        if (targetAlive && style == MessageStyle::Free)
            diagram_.lifelines[receiver].freedAtRow = rowIndex;
    }

    std::string callbackText(std::string_view callback, const Event& event) const {
        std::string text(callback);
        if (const std::string* context = trace_.contextName(event))
            text += " (" + *context + ")";
        return text;
    }

    std::string refCountText(const Event& event) const {
        return substitute(labels_.refCount, std::to_string(event.refCount));
    }

    void addEvent(std::uint32_t seq) {
        const Event& event = trace_.at(seq);
        std::size_t sender = threadLifeline(event.thread);
        endResumedWaits(event);
        switch (event.kind) {
        case EventKind::Created:
            if (!objectLifeline(event.object) || (initial_[event.object] && !keepsEveryEvent()))
                return;
            addMessage(event, seq,
                       initial_[event.object] ? MessageStyle::Call : MessageStyle::Create,
                       labels_.create, refCountText(event), sender);
            return;
        case EventKind::Referenced:
        case EventKind::Dereferenced: {
            if (!keepsEveryEvent())
                return;
            const std::string* tag = trace_.tag(event);
            bool up = event.kind == EventKind::Referenced;
            std::string text =
                tag ? std::string(up ? "WdfObjectReferenceWithTag"
                                     : "WdfObjectDereferenceWithTag") +
                          "(" + *tag + ")"
                    : std::string(up ? "WdfObjectReference" : "WdfObjectDereference");
            addMessage(event, seq, MessageStyle::Call, std::move(text), refCountText(event),
                       sender);
            return;
        }
        case EventKind::DeleteRequested: {
            if (!keepsEveryEvent())
                return;
            bool byFramework = static_cast<ThreadKind>(event.detail) == ThreadKind::Framework;
            addMessage(event, seq, MessageStyle::Call,
                       byFramework ? labels_.frameworkDeletes : std::string("WdfObjectDelete"), {},
                       byFramework ? kFrameworkLifeline : sender);
            return;
        }
        case EventKind::Cleanup:
        case EventKind::Destroy: {
            bool cleanup = event.kind == EventKind::Cleanup;
            if (!event.registered && !keepsEveryEvent())
                return;
            std::string roleType;
            if (trace_.scenario && event.object < trace_.scenario->declarations.size()) {
                const auto& info = typeInfo(trace_.scenario->declarations[event.object].type);
                roleType = std::string(cleanup ? info.cleanupRoleType : info.destroyRoleType);
            }
            if (event.registered)
                addMessage(
                    event, seq, MessageStyle::Callback,
                    callbackText(cleanup ? "EvtCleanupCallback" : "EvtDestroyCallback", event),
                    roleType, sender);
            else
                addMessage(event, seq, MessageStyle::Quiet,
                           callbackText(cleanup ? labels_.cleanupWithoutCallback
                                                : labels_.destroyWithoutCallback,
                                        event),
                           {}, sender);
            return;
        }
        case EventKind::Deferred: {
            Row& row = addRow(RowKind::Message, event, seq);
            row.from = sender;
            row.to = kWorkerLifeline;
            row.style = MessageStyle::Async;
            row.text = substitute(labels_.queuedForWorker, objectName(event.object));
            row.detail =
                joinDetail(std::string(deferReasonName(static_cast<DeferReason>(event.detail))),
                           irqlName(event.irql));
            if (options_.numberMessages)
                row.number = ++messageNumber_;
            return;
        }
        case EventKind::WaitForCallbacks: {
            std::string callback;
            if (trace_.scenario && event.object < trace_.scenario->declarations.size())
                callback = std::string(
                    typeInfo(trace_.scenario->declarations[event.object].type).waitCallback);
            std::size_t rowIndex = diagram_.rows.size();
            addMessage(event, seq, MessageStyle::Call,
                       substitute(labels_.waitForCallbacks, std::to_string(event.detail)), callback,
                       sender);
            openSpans_.push_back({sender, rowIndex, event.object});
            return;
        }
        case EventKind::Freed:
            if (!objectLifeline(event.object))
                return;
            addMessage(event, seq, MessageStyle::Free, labels_.freed, {}, sender);
            return;
        case EventKind::BufferFreed:
            if (!keepsEveryEvent())
                return;
            addMessage(event, seq, MessageStyle::Call,
                       substitute(labels_.bufferFreed, trace_.bufferName(event)), {}, sender);
            return;
        case EventKind::Diagnostic:
            addDiagnostic(event, seq, sender);
            return;
        case EventKind::IrqlChanged:
            if (!keepsEveryEvent())
                return;
            addMessage(event, seq, MessageStyle::Call,
                       substitute(labels_.irqlChanged, irqlName(event.irql)), {}, sender);
            return;
        }
    }

    void addDiagnostic(const Event& event, std::uint32_t seq, std::size_t sender) {
        if (event.detail >= trace_.diagnostics.size())
            return;
        const DiagnosticDetail& detail = trace_.diagnostics[event.detail];
        const RuleInfo& rule = ruleInfo(detail.rule);
        std::size_t rowIndex = diagram_.rows.size();
        std::size_t over = sender;
        std::string prefix;
        auto target = objectLifeline(detail.object);
        if (target && diagram_.lifelines[*target].aliveBefore(rowIndex))
            over = *target;
        else if (detail.object != kNoObject)
            prefix = objectName(detail.object) + ": ";
        Row& row = addRow(RowKind::Note, event, seq);
        row.from = over;
        row.to = over;
        row.tone = rule.severity == Severity::Error ? NoteTone::Error : NoteTone::Warning;
        row.text = prefix + std::string(rule.id);
        row.detail = labels_.diagnosticText ? labels_.diagnosticText(trace_, detail)
                                            : diagnosticMessage(trace_, detail);
        // A wait reported as never satisfied is drawn up to the report.
        if (detail.rule == Rule::WaitNeverSatisfied)
            closeSpansFor(detail.object, rowIndex, false);
    }

    // The trace has no event for the callback's return: a blocked deletion is
    // known to have resumed when the waited object's cleanup starts, or when
    // the endCallback step on that object emits anything.
    void endResumedWaits(const Event& event) {
        if (openSpans_.empty() || diagram_.rows.empty())
            return;
        ObjectId resumedObject = kNoObject;
        if (event.kind == EventKind::Cleanup)
            resumedObject = event.object;
        if (trace_.scenario && event.step >= 0 &&
            static_cast<std::size_t>(event.step) < trace_.scenario->steps.size()) {
            const Action& step = trace_.scenario->steps[static_cast<std::size_t>(event.step)];
            if (step.op == Op::EndCallback)
                closeSpansFor(step.target, diagram_.rows.size() - 1, true);
        }
        closeSpansFor(resumedObject, diagram_.rows.size() - 1, true);
    }

    void closeSpansFor(ObjectId object, std::size_t lastRow, bool resumed) {
        if (object == kNoObject)
            return;
        for (auto it = openSpans_.begin(); it != openSpans_.end();) {
            if (it->object == object && lastRow >= it->firstRow) {
                diagram_.spans.push_back({it->lifeline, it->firstRow, lastRow, resumed});
                it = openSpans_.erase(it);
            } else {
                ++it;
            }
        }
    }

    void closeSpans() {
        for (const OpenSpan& span : openSpans_)
            diagram_.spans.push_back(
                {span.lifeline, span.firstRow, diagram_.rows.size() - 1, false});
        openSpans_.clear();
        std::stable_sort(
            diagram_.spans.begin(), diagram_.spans.end(),
            [](const BlockedSpan& a, const BlockedSpan& b) { return a.firstRow < b.firstRow; });
    }

    void addWorkerGroups() {
        const auto& rows = diagram_.rows;
        for (std::size_t row = 0; row < rows.size();) {
            if (rows[row].thread != ThreadKind::Worker) {
                ++row;
                continue;
            }
            std::size_t last = row;
            while (last + 1 < rows.size() && rows[last + 1].thread == ThreadKind::Worker)
                ++last;
            diagram_.groups.push_back({row, last, labels_.workerRunsQueue});
            row = last + 1;
        }
    }

    struct OpenSpan {
        std::size_t lifeline;
        std::size_t firstRow;
        ObjectId object;
    };

    const Trace& trace_;
    const DiagramOptions& options_;
    const DiagramLabels& labels_;
    SequenceDiagram diagram_;
    std::vector<std::optional<std::size_t>> lifelineOf_;
    std::vector<bool> initial_;
    std::vector<OpenSpan> openSpans_;
    std::uint32_t messageNumber_ = 0;
    std::int32_t lastSourcedStep_ = -1; // the step whose first row is drawn
};

} // namespace

SequenceDiagram buildSequenceDiagram(const Trace& trace, const DiagramOptions& options,
                                     const DiagramLabels& labels) {
    return Builder(trace, options, labels).build();
}

} // namespace wdflc::diagram
