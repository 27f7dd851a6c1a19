#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace studio::i18n::Translations {
namespace {

const QString kSettingsKey = QStringLiteral("interface/language");

struct Installed {
    QString language = QStringLiteral("en");
    QPointer<QTranslator> studio;
    QPointer<QTranslator> qtBase;
};

Installed& installed() {
    static Installed state;
    return state;
}

void remove(QPointer<QTranslator>& translator) {
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QStringList languages() {
    return {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("th")};
}

QString nativeName(const QString& language) {
    if (language == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (language == QLatin1String("th"))
        return QStringLiteral("ไทย");
    return QStringLiteral("English");
}

QString current() {
    return installed().language;
}

QString startLanguage(const QString& commandLine) {
    if (languages().contains(commandLine))
        return commandLine;
    const QString remembered = QSettings().value(kSettingsKey).toString();
    if (languages().contains(remembered))
        return remembered;
    const QString system = QLocale::languageToCode(QLocale::system().language());
    return languages().contains(system) ? system : QStringLiteral("en");
}

bool install(const QString& requested) {
    const QString language = languages().contains(requested) ? requested : QStringLiteral("en");
    Installed& state = installed();
    remove(state.studio);
    remove(state.qtBase);
    state.language = language;
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en")) {
        // English words only its plural forms ("1 warning", "2 warnings").
        auto* plurals = new QTranslator(QCoreApplication::instance());
        if (!plurals->load(QStringLiteral(":/i18n/wdf-lifecycle-studio_en.qm"))) {
            delete plurals;
            return false;
        }
        QCoreApplication::installTranslator(plurals);
        state.studio = plurals;
        return true;
    }
    auto* qtBase = new QTranslator(QCoreApplication::instance());
    if (qtBase->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtBase);
        state.qtBase = qtBase;
    } else {
        delete qtBase;
    }
    auto* studio = new QTranslator(QCoreApplication::instance());
    if (!studio->load(QStringLiteral(":/i18n/wdf-lifecycle-studio_%1.qm").arg(language))) {
        delete studio;
        return false;
    }
    QCoreApplication::installTranslator(studio);
    state.studio = studio;
    return true;
}

bool choose(const QString& language) {
    QSettings().setValue(kSettingsKey, language);
    return install(language);
}

} // namespace studio::i18n::Translations
