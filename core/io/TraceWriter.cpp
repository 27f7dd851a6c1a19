#include "io/TraceWriter.h"

#include "io/VisibleText.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace wdflc {
namespace {

std::string jsonString(std::string_view text) {
    // Ids and most names need no escaping: skip the JSON library for them,
    // which matters when a trace has millions of lines.
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x80 &&
               c != '"' && c != '\\';
    });
    if (plain) {
        std::string out;
        out.reserve(text.size() + 2);
        out += '"';
        out += text;
        out += '"';
        return out;
    }
    return nlohmann::json(std::string(text))
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void appendIrql(std::string& out, const Event& e) {
    out += ",\"irql\":\"";
    out += irqlName(e.irql);
    out += '"';
}

void appendContextFields(std::string& out, const Trace& trace, const Event& e) {
    appendIrql(out, e);
    out += ",\"thread\":\"";
    out += threadName(e.thread);
    out += "\",\"context\":";
    const std::string* name = trace.contextName(e);
    out += name ? jsonString(*name) : "null";
    out += e.registered ? ",\"registered\":true" : ",\"registered\":false";
    out += ",\"refCount\":" + std::to_string(e.refCount);
}

} // namespace

void appendEventJson(std::string& out, const Trace& trace, std::uint32_t seq) {
    const Event& e = trace.at(seq);
    out +=
        "{\"seq\":" + std::to_string(seq) + ",\"step\":" + std::to_string(e.step) + ",\"event\":\"";
    out += eventKindName(e.kind);
    out += '"';
    if (e.object != kNoObject) {
        out += ",\"object\":" + jsonString(trace.objectName(e.object));
        out += ",\"type\":\"";
        out += trace.objectTypeName(e.object);
        out += '"';
    }
    switch (e.kind) {
    case EventKind::Created:
        out += ",\"parent\":";
        out += e.detail == kNoObject ? "null" : jsonString(trace.objectName(e.detail));
        out += ",\"refCount\":" + std::to_string(e.refCount);
        break;
    case EventKind::Referenced:
    case EventKind::Dereferenced:
        out += ",\"refCount\":" + std::to_string(e.refCount);
        if (const std::string* tag = trace.tag(e))
            out += ",\"tag\":" + jsonString(*tag);
        break;
    case EventKind::DeleteRequested:
        out += ",\"by\":\"";
        out += static_cast<ThreadKind>(e.detail) == ThreadKind::Framework ? "framework" : "driver";
        out += '"';
        break;
    case EventKind::Cleanup:
    case EventKind::Destroy:
        appendContextFields(out, trace, e);
        break;
    case EventKind::Deferred:
        appendIrql(out, e);
        out += ",\"reason\":\"";
        out += deferReasonName(static_cast<DeferReason>(e.detail));
        out += '"';
        break;
    case EventKind::WaitForCallbacks:
        out += ",\"pending\":" + std::to_string(e.detail);
        break;
    case EventKind::Freed:
        break;
    case EventKind::BufferFreed:
        out += ",\"buffer\":" + jsonString(trace.bufferName(e));
        break;
    case EventKind::Diagnostic: {
        const DiagnosticDetail& d = trace.diagnostic(e);
        const RuleInfo& rule = ruleInfo(d.rule);
        out += ",\"severity\":\"";
        out += severityName(rule.severity);
        out += "\",\"rule\":\"";
        out += rule.id;
        out += "\",\"message\":" + jsonString(diagnosticMessage(trace, d));
        if (!d.buffer.empty())
            out += ",\"buffer\":" + jsonString(d.buffer);
        break;
    }
    case EventKind::IrqlChanged:
        appendIrql(out, e);
        break;
    }
    out += '}';
}

std::string eventJson(const Trace& trace, std::uint32_t seq) {
    std::string out;
    out.reserve(160);
    appendEventJson(out, trace, seq);
    return out;
}

void writeTraceJsonLines(const Trace& trace, std::ostream& out) {
    std::string chunk;
    chunk.reserve(1 << 20);
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq) {
        appendEventJson(chunk, trace, seq);
        chunk += '\n';
        if (chunk.size() > (1 << 20) - 512) {
            out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            chunk.clear();
        }
    }
    out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
}

std::string eventText(const Trace& trace, std::uint32_t seq) {
    const Event& e = trace.at(seq);
    // Appended piece by piece: GCC 12 at -O3 misreports `"#" + std::string` (-Wrestrict).
    std::string out = "#";
    out += std::to_string(seq);
    out += " step ";
    out += e.step < 0 ? std::string("-") : std::to_string(e.step + 1); // people count from 1
    out += ": ";
    const std::string object =
        e.object == kNoObject
            ? std::string()
            : trace.objectName(e.object) + " (" + std::string(trace.objectTypeName(e.object)) + ")";
    const std::string where = std::string(" at ") + std::string(irqlName(e.irql)) + " on the " +
                              std::string(threadName(e.thread)) + " thread";
    switch (e.kind) {
    case EventKind::Created:
        out += "created " + object +
               (e.detail == kNoObject ? std::string(", no parent")
                                      : ", parent " + trace.objectName(e.detail));
        break;
    case EventKind::Referenced:
    case EventKind::Dereferenced: {
        const std::string* tag = trace.tag(e);
        out += std::string(e.kind == EventKind::Referenced ? "reference " : "dereference ") +
               object + (tag ? " tag '" + *tag + "'" : std::string()) + ", count " +
               std::to_string(e.refCount);
        break;
    }
    case EventKind::DeleteRequested:
        out +=
            "deletion of " + object + " requested by the " +
            (static_cast<ThreadKind>(e.detail) == ThreadKind::Framework ? "framework" : "driver");
        break;
    case EventKind::Cleanup:
    case EventKind::Destroy: {
        const std::string* context = trace.contextName(e);
        out += std::string(e.kind == EventKind::Cleanup ? "cleanup " : "destroy ") + object +
               (context ? " context " + *context : std::string()) +
               (e.registered ? (e.kind == EventKind::Cleanup ? ": EvtCleanupCallback runs"
                                                             : ": EvtDestroyCallback runs")
                             : ": no callback") +
               where + ", count " + std::to_string(e.refCount);
        break;
    }
    case EventKind::Deferred:
        out += "deferred " + object + " to the worker (" +
               std::string(deferReasonName(static_cast<DeferReason>(e.detail))) + ") from " +
               std::string(irqlName(e.irql));
        break;
    case EventKind::WaitForCallbacks:
        out += "waits for " + std::to_string(e.detail) + " running callback(s) of " + object +
               " on the " + std::string(threadName(e.thread)) + " thread";
        break;
    case EventKind::Freed:
        out += "freed " + object;
        break;
    case EventKind::BufferFreed:
        out += "buffer '" + trace.bufferName(e) + "' of " + object + " freed";
        break;
    case EventKind::Diagnostic: {
        const DiagnosticDetail& d = trace.diagnostic(e);
        const RuleInfo& rule = ruleInfo(d.rule);
        out += std::string(severityName(rule.severity)) + " [" + std::string(rule.id) +
               "]: " + diagnosticMessage(trace, d);
        break;
    }
    case EventKind::IrqlChanged:
        out += "IRQL is now " + std::string(irqlName(e.irql));
        break;
    }
    return visibleText(out); // ids, tags and names may hold terminal escapes
}

void writeTraceText(const Trace& trace, std::ostream& out) {
    for (std::uint32_t seq = 1; seq <= trace.events.size(); ++seq)
        out << eventText(trace, seq) << '\n';
}

} // namespace wdflc
