#pragma once

#include "model/Irql.h"
#include "model/Scenario.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace wdflc::diagram {

inline constexpr std::size_t kNoRow = std::numeric_limits<std::size_t>::max();

enum class LifelineKind : std::uint8_t { DriverThread, Framework, Worker, Object };

struct Lifeline {
    LifelineKind kind = LifelineKind::Object;
    ObjectId object = kNoObject;
    std::string alias;    // identifier for the text formats: L0, L1, …
    std::string title;    // object id, or the thread's label
    std::string subtitle; // type name (WDFDEVICE), empty for threads
    std::string source;   // where the driver's code declares the object ("FILE:LINE"), or empty
    // Row whose message creates the lifeline; kNoRow = exists from the start.
    std::size_t createdAtRow = kNoRow;
    // Row whose message ends the lifeline; kNoRow = still alive at the end.
    std::size_t freedAtRow = kNoRow;

    bool aliveBefore(std::size_t row) const {
        return (createdAtRow == kNoRow || createdAtRow < row) &&
               (freedAtRow == kNoRow || freedAtRow >= row);
    }
};

enum class RowKind : std::uint8_t { Message, Note };

enum class MessageStyle : std::uint8_t {
    Call,     // a driver or framework call on an object
    Callback, // a driver callback (EvtCleanupCallback, EvtDestroyCallback)
    Quiet,    // a phase without a driver callback
    Async,    // work queued for the worker
    Create,   // starts the target's lifeline
    Free,     // ends the target's lifeline
};

enum class NoteTone : std::uint8_t { Warning, Error };

struct Row {
    RowKind kind = RowKind::Message;
    std::uint32_t seq = 0; // the trace event drawn by this row
    std::size_t from = 0;  // sender lifeline (the lifeline a note stands over)
    std::size_t to = 0;    // receiver lifeline (== from for self messages and notes)
    MessageStyle style = MessageStyle::Call;
    NoteTone tone = NoteTone::Warning;
    ThreadKind thread = ThreadKind::Driver;
    std::uint32_t number = 0; // message number (1-based) when numbered, else 0
    std::string text;         // first line
    std::string detail;       // second line (role type, refCount, IRQL), may be empty
    // Where the driver's code says it ("FILE:LINE"): the step's source on the
    // first row of a step, else the object's; empty when the scenario says none.
    std::string source;

    bool isSelf() const { return from == to; }
};

// A labelled frame around consecutive rows: what the worker runs.
struct Group {
    std::size_t firstRow = 0;
    std::size_t lastRow = 0; // inclusive
    std::string label;
};

// A thread blocked in a wait for running callbacks.
struct BlockedSpan {
    std::size_t lifeline = 0;
    std::size_t firstRow = 0;
    std::size_t lastRow = 0; // inclusive
    bool resumed = true;     // false: still blocked at the end of the trace
};

// A sequence diagram of one trace: built by buildSequenceDiagram(), drawn by
// the writers. Everything is plain data so every format draws the same thing.
struct SequenceDiagram {
    std::string title;
    std::vector<Lifeline> lifelines; // threads first, then objects in tree order
    std::vector<Row> rows;
    std::vector<Group> groups;      // ordered by firstRow, never nested
    std::vector<BlockedSpan> spans; // ordered by firstRow
    bool numbered = false;
    std::string blockedLabel; // label of the blocked spans
    std::string pageOfLabel;  // "page %1 of %2"

    std::size_t messageCount() const;
    // The row drawing `seq`, or the first row after it; kNoRow when none.
    std::size_t rowAtOrAfter(std::uint32_t seq) const;
};

} // namespace wdflc::diagram
