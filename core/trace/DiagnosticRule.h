#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace wdflc {

enum class Severity : std::uint8_t { Warning, Error };

std::string_view severityName(Severity severity);

// The rules of semantics.md section 10.2.
enum class Rule : std::uint8_t {
    DeleteNotAllowed,
    DeleteTwice,
    UseAfterFree,
    DereferenceWithoutReference,
    TagMismatch,
    FreedByDereference,
    UseAfterCleanup,
    MethodInDestroy,
    ReferenceLeak,
    BufferLeak,
    DoubleFree,
    PassiveChildOfRequest,
    WaitAtDispatch,
    CompleteDriverRequest,
    CallbackAfterRundown,
    WaitNeverSatisfied,
    ParentBeingDeleted,
    IrqlTooHigh,
    UmdfIrqlIgnored,
    InvalidStep,
};

struct RuleInfo {
    Rule rule;
    std::string_view id; // e.g. "delete-twice"
    Severity severity;
    bool fatal;
    std::string_view summary; // one line, English
};

std::span<const RuleInfo> allRules();
const RuleInfo& ruleInfo(Rule rule);
std::optional<Rule> parseRule(std::string_view id);

} // namespace wdflc
