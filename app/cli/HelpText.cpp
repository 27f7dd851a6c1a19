#include "HelpText.h"

#include "i18n/Translations.h"

#include <algorithm>
#include <memory>
#include <QCoreApplication>
#include <QLocale>

namespace wdflc::cli {
namespace {

QString helpLanguage(const std::vector<std::string>& args) {
    const auto lang = std::find(args.begin(), args.end(), "--lang");
    if (lang != args.end() && lang + 1 != args.end())
        return QString::fromStdString(*(lang + 1));
    return QLocale::languageToCode(QLocale::system().language());
}

} // namespace

std::string helpText(const std::vector<const char*>& texts, const std::vector<std::string>& args) {
    const QString language = helpLanguage(args);
    std::string help;
    if (!studio::i18n::Translations::languages().contains(language) ||
        language == QLatin1String("en")) {
        for (const char* text : texts)
            help += text;
        return help;
    }
    // Translators need an application object.
    std::unique_ptr<QCoreApplication> application;
    static int argc = 1;
    static char name[] = "wdflc";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        application = std::make_unique<QCoreApplication>(argc, argv);
    studio::i18n::Translations::install(language);
    for (const char* text : texts)
        help += QCoreApplication::translate("wdflc", text).toStdString();
    studio::i18n::Translations::install(QStringLiteral("en"));
    return help;
}

} // namespace wdflc::cli
