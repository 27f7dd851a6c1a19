#include "canvas/CanvasView.h"
#include "document/Document.h"
#include "document/SampleLibrary.h"
#include "i18n/ThaiBreakDictionary.h"
#include "i18n/Translations.h"
#include "MainWindow.h"
#include "QtOutputFile.h"
#include "Version.h"

#include <cstdio>
#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QTimer>

namespace {

struct Arguments {
    QString file;
    QString language; // empty: the remembered choice or the system's language
    QString screenshot;
    QString position; // "", "start", "end" or an event count
    QString select;   // id of the object to select
    int autosaveSeconds = 30;
};

Arguments parseArguments(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Build KMDF/UMDF object trees, drive them, and watch their life cycle."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QApplication::translate("main", "A .wdfscn.json scenario to open."),
        QStringLiteral("[FILE]"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QApplication::translate("main", "Interface language: en, ja or th."),
        QStringLiteral("LANG"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main window to PNG and exit."),
        QStringLiteral("PNG"));
    const QCommandLineOption position(
        QStringLiteral("position"),
        QApplication::translate("main", "Show the trace after N events (or start, end)."),
        QStringLiteral("N"));
    const QCommandLineOption select(
        QStringLiteral("select"),
        QApplication::translate("main", "Select the object with this id (for screenshots)."),
        QStringLiteral("ID"));
    const QCommandLineOption autosave(
        QStringLiteral("autosave-seconds"),
        QApplication::translate("main", "Write unsaved work to the recovery file every N seconds."),
        QStringLiteral("N"), QStringLiteral("30"));
    parser.addOptions({language, screenshot, position, select, autosave});
    parser.process(app);

    Arguments arguments;
    arguments.file = parser.positionalArguments().value(0);
    arguments.language = parser.value(language);
    if (!arguments.language.isEmpty() &&
        !studio::i18n::Translations::languages().contains(arguments.language)) {
        std::fprintf(stderr, "wdf-lifecycle-studio: --lang must be en, ja or th\n");
        std::exit(2);
    }
    arguments.screenshot = parser.value(screenshot);
    arguments.position = parser.value(position);
    arguments.select = parser.value(select);
    bool validSeconds = false;
    arguments.autosaveSeconds = parser.value(autosave).toInt(&validSeconds);
    if (!validSeconds || arguments.autosaveSeconds < 1) {
        std::fprintf(stderr, "wdf-lifecycle-studio: --autosave-seconds must be a whole number "
                             "of seconds, 1 or more\n");
        std::exit(2);
    }
    return arguments;
}

// --lang's value before the parser exists: the translators must be installed
// before QCommandLineParser words its --help.
QString languageArgument(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        for (const QString& option : {QStringLiteral("--lang"), QStringLiteral("-lang")}) {
            if (argument == option && i + 1 < arguments.size())
                return arguments[i + 1];
            if (argument.startsWith(option + QLatin1Char('=')))
                return argument.mid(option.size() + 1);
        }
    }
    return {};
}

void applyPosition(studio::Document& document, const QString& position) {
    if (position == QLatin1String("end"))
        document.setPosition(document.eventCount());
    else if (position == QLatin1String("start"))
        document.setPosition(0);
    else if (!position.isEmpty())
        document.setPosition(position.toUInt());
}

} // namespace

int main(int argc, char* argv[]) {
    studio::i18n::ThaiBreakDictionary::select(); // before any text is laid out
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WDF Lifecycle Studio"));
    QApplication::setApplicationName(QStringLiteral("wdf-lifecycle-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("WDF Lifecycle Studio"));
    QApplication::setApplicationVersion(QString::fromLatin1(wdflc::kVersion));
    studio::i18n::Translations::install(
        studio::i18n::Translations::startLanguage(languageArgument(QApplication::arguments())));
    const Arguments arguments = parseArguments(app);

    const bool screenshot = !arguments.screenshot.isEmpty();
    studio::MainWindow::Options options;
    options.restoreSettings = !screenshot; // screenshots get the same layout every time
    options.offerRecovery = !screenshot;
    options.autosaveSeconds = arguments.autosaveSeconds;
    studio::MainWindow window(options);

    if (!arguments.file.isEmpty()) {
        if (!window.openFile(arguments.file) && screenshot) {
            for (const QString& line : window.lastLoadProblems())
                std::fprintf(stderr, "%s\n", qPrintable(line));
            return 1;
        }
    } else {
        const auto samples = studio::SampleLibrary::all();
        const bool hasDefault = std::any_of(samples.begin(), samples.end(), [](const auto& s) {
            return s.fileName == studio::SampleLibrary::defaultSampleName();
        });
        if (hasDefault)
            window.openSample(studio::SampleLibrary::defaultSampleName());
        else if (!samples.isEmpty())
            window.openSample(samples.front().fileName);
        else
            window.document()->newScenario();
    }
    applyPosition(*window.document(), arguments.position);
    if (!arguments.select.isEmpty()) {
        if (const auto id = window.document()->scenario().find(arguments.select.toStdString()))
            window.document()->setSelectedObject(*id);
    }

    if (screenshot) {
        window.resize(1400, 900);
        window.show();
        QApplication::processEvents();
        window.canvas()->fitToView();
        QApplication::processEvents();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        window.grab().save(&buffer, "PNG");
        if (const QString error = wdflc::output::writeFile(arguments.screenshot, png);
            !error.isEmpty()) {
            std::fprintf(stderr, "wdf-lifecycle-studio: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
