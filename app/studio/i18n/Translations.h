#pragma once

#include <QString>
#include <QStringList>

namespace studio::i18n {

// The interface languages and the translators that speak them. The studio's
// own strings come from the .qm files embedded under :/i18n; Qt's dialogs
// use Qt's qtbase translations when the system has them.
namespace Translations {

// "en", "ja", "th": the codes of --lang, QSettings and Document::language().
QStringList languages();
// The language's name in that language (menus show it untranslated).
QString nativeName(const QString& language);
// The language currently installed ("en" before any install()).
QString current();

// The start language: the command line's if given, else the remembered
// choice, else the system locale's when it is one of languages(), else "en".
QString startLanguage(const QString& commandLine = {});

// Replaces the installed translators; Qt then sends QEvent::LanguageChange
// to every widget. Unknown codes fall back to "en". Returns false when a
// translation that should be embedded is missing.
bool install(const QString& language);
// install() and remember the choice for the next start.
bool choose(const QString& language);

} // namespace Translations
} // namespace studio::i18n
