#include "i18n/LoadProblemText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace studio::i18n::LoadProblemText {
namespace {

QString translated(const char* text) {
    return QCoreApplication::translate("LoadProblemText", text);
}

// A message pattern of the engine's reader and its wording; the captures
// fill %1, %2 in order.
struct Pattern {
    const char* expression;
    const char* text;
};

// The kinds of value the reader names in "expected …, found …".
QString valueKind(const QString& kind) {
    static const QList<QPair<QString, const char*>> kinds = {
        {QStringLiteral("a string"), QT_TRANSLATE_NOOP("LoadProblemText", "a string")},
        {QStringLiteral("true or false"), QT_TRANSLATE_NOOP("LoadProblemText", "true or false")},
        {QStringLiteral("an array"), QT_TRANSLATE_NOOP("LoadProblemText", "an array")},
        {QStringLiteral("an object"), QT_TRANSLATE_NOOP("LoadProblemText", "an object")},
        {QStringLiteral("an integer"), QT_TRANSLATE_NOOP("LoadProblemText", "an integer")},
        {QStringLiteral("a number"), QT_TRANSLATE_NOOP("LoadProblemText", "a number")},
        {QStringLiteral("null"), QT_TRANSLATE_NOOP("LoadProblemText", "null")},
        {QStringLiteral("an action object"),
         QT_TRANSLATE_NOOP("LoadProblemText", "an action object")},
        {QStringLiteral("a string or null"),
         QT_TRANSLATE_NOOP("LoadProblemText", "a string or null")},
        {QStringLiteral("a JSON object at the top level"),
         QT_TRANSLATE_NOOP("LoadProblemText", "a JSON object at the top level")},
    };
    for (const auto& [english, text] : kinds)
        if (kind == english)
            return translated(text);
    return kind;
}

const Pattern kPatterns[] = {
    {R"(^unknown key '(.+)' \(ignored\)$)",
     QT_TRANSLATE_NOOP("LoadProblemText", "unknown key '%1' (ignored)")},
    {R"(^parent '(.+)' is not declared$)",
     QT_TRANSLATE_NOOP("LoadProblemText", "parent '%1' is not declared")},
    {R"(^missing required key '(.+)'$)",
     QT_TRANSLATE_NOOP("LoadProblemText", "missing required key '%1'")},
    {R"(^unknown object type '(.+)'$)",
     QT_TRANSLATE_NOOP("LoadProblemText", "unknown object type '%1'")},
    {R"(^unknown op '(.+)'$)", QT_TRANSLATE_NOOP("LoadProblemText", "unknown op '%1'")},
    {R"(^unknown object '(.+)'$)", QT_TRANSLATE_NOOP("LoadProblemText", "unknown object '%1'")},
    {R"(^an object cannot be its own parent$)",
     QT_TRANSLATE_NOOP("LoadProblemText", "an object cannot be its own parent")},
    {R"(^a second WDFDRIVER: a scenario has exactly one$)",
     QT_TRANSLATE_NOOP("LoadProblemText", "a second WDFDRIVER: a scenario has exactly one")},
    {R"(^parent cycle: (.+)$)", QT_TRANSLATE_NOOP("LoadProblemText", "parent cycle: %1")},
    {R"(^(\S+) does not exist in UMDF$)",
     QT_TRANSLATE_NOOP("LoadProblemText", "%1 does not exist in UMDF")},
    {R"(^cannot open the file: (.+)$)",
     QT_TRANSLATE_NOOP("LoadProblemText", "cannot open the file: %1")},
    {R"(^cannot read the file: (.+)$)",
     QT_TRANSLATE_NOOP("LoadProblemText", "cannot read the file: %1")},
};

} // namespace

QString message(const std::string& engineMessage) {
    const QString text = QString::fromStdString(engineMessage);
    static const QRegularExpression expected(QStringLiteral("^expected (.+), found (.+)$"));
    if (const auto match = expected.match(text); match.hasMatch()) {
        const char* expectedFound = QT_TRANSLATE_NOOP("LoadProblemText", "expected %1, found %2");
        return translated(expectedFound)
            .arg(valueKind(match.captured(1)), valueKind(match.captured(2)));
    }
    for (const Pattern& pattern : kPatterns) {
        const QRegularExpression expression(QString::fromLatin1(pattern.expression));
        const auto match = expression.match(text);
        if (!match.hasMatch())
            continue;
        QString worded = translated(pattern.text);
        for (int i = 1; i <= expression.captureCount(); ++i)
            worded = worded.arg(match.captured(i));
        return worded;
    }
    return text;
}

QString line(const wdflc::LoadProblem& problem, const QString& file) {
    const QString where = QString::fromStdString(problem.where);
    const QString place = where.isEmpty()        ? file
                          : problem.isLineColumn ? file + QLatin1Char(':') + where
                                                 : file + QStringLiteral(": ") + where;
    const char* frame = problem.kind == wdflc::LoadProblem::Kind::Error
                            ? QT_TRANSLATE_NOOP("LoadProblemText", "%1: error: %2")
                            : QT_TRANSLATE_NOOP("LoadProblemText", "%1: warning: %2");
    return translated(frame).arg(place, message(problem.message));
}

} // namespace studio::i18n::LoadProblemText
