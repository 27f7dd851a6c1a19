// DiagnosticText words every rule in every language, and its English is the
// engine's own wording (core/trace/Trace.cpp), so the two never drift apart.
#include "i18n/DiagnosticText.h"

#include "i18n/ObjectTypeSummary.h"
#include "i18n/Translations.h"

#include <gtest/gtest.h>
#include <memory>
#include <QCoreApplication>

namespace {

using studio::i18n::DiagnosticText;
namespace Translations = studio::i18n::Translations;

wdflc::Trace traceWithOneQueue() {
    auto scenario = std::make_shared<wdflc::Scenario>();
    wdflc::ObjectDecl queue;
    queue.id = "readQueue";
    queue.type = wdflc::ObjectType::Queue;
    scenario->declarations.push_back(queue);
    wdflc::Trace trace;
    trace.scenario = scenario;
    return trace;
}

// One detail per wording: every rule, and every reason of invalid-step.
std::vector<wdflc::DiagnosticDetail> everyWording() {
    std::vector<wdflc::DiagnosticDetail> details;
    for (const wdflc::RuleInfo& info : wdflc::allRules()) {
        wdflc::DiagnosticDetail detail;
        detail.rule = info.rule;
        detail.object = 0;
        detail.buffer = "scratch";
        detail.method = "WdfIoQueueStopSynchronously";
        detail.tag = "Rd01";
        detail.irql = wdflc::Irql::Dispatch;
        detail.count = 2;
        details.push_back(detail);
        if (info.rule == wdflc::Rule::IrqlTooHigh) {
            detail.op = wdflc::Op::Create;
            details.push_back(detail);
        }
        if (info.rule == wdflc::Rule::InvalidStep)
            for (const char* reason :
                 {"not-created", "parent-not-created", "already-created", "no-callback-running",
                  "already-completed", "not-a-request", "wrong-type"}) {
                detail.reason = reason;
                details.push_back(detail);
            }
    }
    return details;
}

bool hasScript(const QString& text, char32_t first, char32_t last) {
    const auto units = text.toUcs4();
    return std::any_of(units.begin(), units.end(),
                       [=](char32_t c) { return c >= first && c <= last; });
}

class DiagnosticTextTest : public ::testing::Test {
protected:
    void TearDown() override { Translations::install(QStringLiteral("en")); }
};

TEST_F(DiagnosticTextTest, EnglishIsTheEnginesWording) {
    Translations::install(QStringLiteral("en"));
    const wdflc::Trace trace = traceWithOneQueue();
    for (const wdflc::DiagnosticDetail& detail : everyWording()) {
        // The engine writes "reference(s)"; English plural forms say "references" for 2.
        const QString engine = QString::fromStdString(wdflc::diagnosticMessage(trace, detail))
                                   .replace(QLatin1String("(s)"), QLatin1String("s"));
        EXPECT_EQ(DiagnosticText::message(trace, detail), engine)
            << wdflc::ruleInfo(detail.rule).id;
    }
}

TEST_F(DiagnosticTextTest, JapaneseAndThaiWordEveryRule) {
    const wdflc::Trace trace = traceWithOneQueue();
    const struct {
        const char* language;
        char32_t first, last;
    } scripts[] = {{"ja", 0x3040, 0x9fff}, {"th", 0x0e00, 0x0e7f}};
    for (const auto& script : scripts) {
        ASSERT_TRUE(Translations::install(QString::fromLatin1(script.language)));
        for (const wdflc::DiagnosticDetail& detail : everyWording()) {
            const QString message = DiagnosticText::message(trace, detail);
            const std::string rule(wdflc::ruleInfo(detail.rule).id);
            EXPECT_TRUE(hasScript(message, script.first, script.last))
                << script.language << " " << rule << ": " << message.toStdString();
            if (detail.rule != wdflc::Rule::UmdfIrqlIgnored) { // names no object
                EXPECT_TRUE(message.contains(QLatin1String("WDFQUEUE 'readQueue'")))
                    << script.language << " " << rule;
            }
            EXPECT_TRUE(hasScript(DiagnosticText::summary(detail.rule), script.first, script.last))
                << script.language << " " << rule;
        }
        EXPECT_TRUE(
            hasScript(DiagnosticText::severity(wdflc::Severity::Error), script.first, script.last));
    }
}

TEST_F(DiagnosticTextTest, CountsAreWordedWithTheNumber) {
    const wdflc::Trace trace = traceWithOneQueue();
    wdflc::DiagnosticDetail leak;
    leak.rule = wdflc::Rule::ReferenceLeak;
    leak.object = 0;
    leak.count = 3;
    for (const char* language : {"en", "ja", "th"}) {
        Translations::install(QString::fromLatin1(language));
        EXPECT_TRUE(DiagnosticText::message(trace, leak).contains(QLatin1Char('3'))) << language;
    }
}

TEST_F(DiagnosticTextTest, EveryObjectTypeHasATranslatedSummary) {
    for (const char* language : {"ja", "th"}) {
        ASSERT_TRUE(Translations::install(QString::fromLatin1(language)));
        for (const wdflc::ObjectTypeInfo& info : wdflc::allObjectTypes()) {
            const QString summary = studio::i18n::ObjectTypeSummary::text(info.type);
            EXPECT_FALSE(summary.isEmpty()) << info.name;
            EXPECT_NE(summary.toStdString(), std::string(info.summary)) << language << info.name;
        }
    }
    Translations::install(QStringLiteral("en"));
    for (const wdflc::ObjectTypeInfo& info : wdflc::allObjectTypes())
        EXPECT_EQ(studio::i18n::ObjectTypeSummary::text(info.type).toStdString(),
                  std::string(info.summary));
}

} // namespace
