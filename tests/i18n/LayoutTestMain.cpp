// The main of i18n_layout_test: like tests/QtTestMain.cpp, and it selects the
// project's Thai line-break dictionary before the application exists, as the
// studio's main and wdflc do (libthai loads its dictionary only once).
#include "i18n/ThaiBreakDictionary.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    studio::i18n::ThaiBreakDictionary::select();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WDF Lifecycle Studio Tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
