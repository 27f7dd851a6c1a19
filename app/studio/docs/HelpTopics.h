#pragma once

#include "model/ObjectType.h"
#include "model/Scenario.h"
#include "trace/DiagnosticRule.h"
#include "trace/Event.h"

#include <QString>

class QObject;
class QWidget;

namespace studio::docs {

// Which documentation topic explains a thing on screen. Topic ids are the
// Markdown file names under resources/docs/<language>/ without ".md".
namespace HelpTopics {

// The dynamic property a widget or action carries to name its topic.
inline constexpr char kProperty[] = "helpTopic";

QString forEvent(wdflc::EventKind kind);
QString forRule(wdflc::Rule rule); // "rule-<id>"
QString forObjectType(wdflc::ObjectType type);
// The topic of a declared object's type; empty for kNoObject or an id out of range.
QString forObject(const wdflc::Scenario& scenario, wdflc::ObjectId id);
QString forOp(wdflc::Op op); // the drive actions

// Marks a widget or action with its topic (F1 finds it there).
void set(QObject* object, const QString& topic);
// The topic of a widget: its own or its default action's helpTopic, else
// a known objectName, else the nearest ancestor's; empty when none says.
QString forWidget(const QWidget* widget);

} // namespace HelpTopics
} // namespace studio::docs
