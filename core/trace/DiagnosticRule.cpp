#include "trace/DiagnosticRule.h"

#include <array>

namespace wdflc {
namespace {

using enum Rule;
constexpr auto E = Severity::Error;
constexpr auto W = Severity::Warning;

constexpr std::array<RuleInfo, 20> kRules{{
    {DeleteNotAllowed, "delete-not-allowed", E, false,
     "WdfObjectDelete on an object the driver may not delete"},
    {DeleteTwice, "delete-twice", E, false, "deletion requested twice for the same object"},
    {UseAfterFree, "use-after-free", E, false, "a step names an object that was already freed"},
    {DereferenceWithoutReference, "dereference-without-reference", E, false,
     "dereference while the driver holds no reference"},
    {TagMismatch, "tag-mismatch", W, false,
     "dereference tag matches none of the driver's references"},
    {FreedByDereference, "freed-by-dereference", E, true,
     "reference count reached zero while the object was never deleted"},
    {UseAfterCleanup, "use-after-cleanup", E, false,
     "object used after its cleanup, outside its own EvtDestroyCallback"},
    {MethodInDestroy, "method-in-destroy", E, false,
     "object method called from its own EvtDestroyCallback"},
    {ReferenceLeak, "reference-leak", W, false,
     "deleted object still referenced at the end of the scenario"},
    {BufferLeak, "buffer-leak", W, false, "object freed with a context buffer still allocated"},
    {DoubleFree, "double-free", E, false, "context buffer freed twice"},
    {PassiveChildOfRequest, "passive-child-of-request", E, false,
     "request completed above PASSIVE_LEVEL with a passive-level object below it"},
    {WaitAtDispatch, "wait-at-dispatch", E, false,
     "flush, stop or cancel with wait called above PASSIVE_LEVEL"},
    {CompleteDriverRequest, "complete-driver-request", E, false,
     "driver-created request completed"},
    {CallbackAfterRundown, "callback-after-rundown", E, false,
     "callback started after the object's rundown began"},
    {WaitNeverSatisfied, "wait-never-satisfied", E, false,
     "a wait for running callbacks never ended"},
    {ParentBeingDeleted, "parent-being-deleted", W, false,
     "object created under a parent whose deletion has started"},
    {IrqlTooHigh, "irql-too-high", E, false, "call made above the IRQL it allows"},
    {UmdfIrqlIgnored, "umdf-irql-ignored", W, false, "raised IRQL requested in a UMDF scenario"},
    {InvalidStep, "invalid-step", E, false, "a step that cannot apply"},
}};

} // namespace

std::string_view severityName(Severity severity) {
    return severity == Severity::Error ? "error" : "warning";
}

std::span<const RuleInfo> allRules() {
    return kRules;
}

const RuleInfo& ruleInfo(Rule rule) {
    return kRules[static_cast<std::size_t>(rule)];
}

std::optional<Rule> parseRule(std::string_view id) {
    for (const auto& info : kRules)
        if (info.id == id)
            return info.rule;
    return std::nullopt;
}

} // namespace wdflc
