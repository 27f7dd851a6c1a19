#include "trace/ReferenceLedger.h"

#include <algorithm>

namespace wdflc {

ReferenceLedger::Match ReferenceLedger::dereference(const std::optional<std::string>& tag) {
    auto same = std::find(outstanding_.begin(), outstanding_.end(), tag);
    if (same != outstanding_.end()) {
        outstanding_.erase(same);
        return Match::SameTag;
    }
    if (!outstanding_.empty()) {
        outstanding_.erase(outstanding_.begin());
        return Match::Oldest;
    }
    return Match::None;
}

void ReferenceLedger::note(Operation operation) {
    history_.push_back(std::move(operation));
    if (history_.size() > kHistoryLength)
        history_.pop_front();
}

ReferenceLedger referencesAt(const Trace& trace, ObjectId object, std::uint32_t position) {
    ReferenceLedger ledger;
    const auto end = std::min<std::size_t>(position, trace.events.size());
    for (std::size_t i = 0; i < end; ++i) {
        const Event& e = trace.events[i];
        if (e.object != object ||
            (e.kind != EventKind::Referenced && e.kind != EventKind::Dereferenced))
            continue;
        std::optional<std::string> tag;
        if (const std::string* name = trace.tag(e))
            tag = *name;
        if (e.kind == EventKind::Referenced)
            ledger.reference(tag);
        else
            ledger.dereference(tag);
        ledger.note(
            {static_cast<std::uint32_t>(i + 1), e.kind == EventKind::Referenced, tag, e.refCount});
    }
    return ledger;
}

} // namespace wdflc
