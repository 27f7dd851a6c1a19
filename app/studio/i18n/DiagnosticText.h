#pragma once

#include "trace/DiagnosticRule.h"
#include "trace/Trace.h"

#include <QCoreApplication>
#include <QString>

namespace studio::i18n {

// Words the engine's diagnostics (a rule id and its parameters) in the
// interface language; the engine's own English wording (diagnosticMessage)
// stays for the JSON trace. Views call message() on every language change.
class DiagnosticText {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticText)

public:
    // The full message: what happened and how to fix the driver.
    static QString message(const wdflc::Trace& trace, const wdflc::DiagnosticDetail& detail);
    // The rule's one-line summary (RuleInfo::summary, translated).
    static QString summary(wdflc::Rule rule);
    // "error" or "warning", translated.
    static QString severity(wdflc::Severity severity);
};

} // namespace studio::i18n
