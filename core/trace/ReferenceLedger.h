#pragma once

#include "trace/Trace.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace wdflc {

// The driver's references on one object as the framework's tag tracker keeps
// them: the outstanding references (oldest first) and the newest 25
// reference/dereference operations. The engine applies the matching rule of
// semantics.md 10.1 here, and the front ends replay a trace through the same
// class, so both always agree on which reference a dereference released.
class ReferenceLedger {
public:
    static constexpr std::size_t kHistoryLength = 25;

    struct Operation {
        std::uint32_t seq; // the referenced/dereferenced event
        bool reference;
        std::optional<std::string> tag;
        std::int32_t countAfter;
    };

    enum class Match : std::uint8_t { SameTag, Oldest, None };

    void reference(std::optional<std::string> tag) { outstanding_.push_back(std::move(tag)); }
    // Releases the reference with this tag, else the oldest one, else none.
    Match dereference(const std::optional<std::string>& tag);
    void note(Operation operation);

    const std::vector<std::optional<std::string>>& outstanding() const { return outstanding_; }
    const std::deque<Operation>& history() const { return history_; } // oldest first

private:
    std::vector<std::optional<std::string>> outstanding_;
    std::deque<Operation> history_;
};

// The ledger of `object` after the first `position` events of `trace`.
ReferenceLedger referencesAt(const Trace& trace, ObjectId object, std::uint32_t position);

} // namespace wdflc
