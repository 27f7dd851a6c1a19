#include "document/Document.h"
#include "import/ImportPanel.h"
#include "import/SourceView.h"
#include "MainWindow.h"

#include <gtest/gtest.h>
#include <QDockWidget>
#include <QTreeWidget>

namespace studio {
namespace {

const QString kDrivers = QStringLiteral(WDFLC_IMPORT_DRIVERS);

// A fixed layout and no recovery prompt, as every GUI test.
MainWindow::Options testOptions() {
    MainWindow::Options options;
    options.restoreSettings = false;
    options.offerRecovery = false;
    return options;
}

QTreeWidgetItem* findItem(QTreeWidget* tree, const QString& prefix) {
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0).startsWith(prefix))
            return *it;
    return nullptr;
}

TEST(ImportStudio, TheDraftOpensAsANewUntitledDocument) {
    MainWindow window(testOptions());
    ASSERT_TRUE(window.importDriverSource(kDrivers + QStringLiteral("/parent-field")));
    Document* document = window.document();
    EXPECT_TRUE(document->filePath().isEmpty()); // Save asks where to put it
    const auto& scenario = document->scenario();
    const auto poll = scenario.find("Poll");
    ASSERT_TRUE(poll);
    EXPECT_EQ(scenario.decl(*poll).source, "device.c:23");
    EXPECT_TRUE(window.findChild<QDockWidget*>(QStringLiteral("importDock"))->isVisibleTo(&window));
}

TEST(ImportStudio, AnUnresolvedSiteIsOneClickFromItsSourceLine) {
    MainWindow window(testOptions());
    ASSERT_TRUE(window.importDriverSource(kDrivers + QStringLiteral("/unresolved")));
    auto* panel = window.findChild<ImportPanel*>();
    EXPECT_TRUE(panel->coverageText().contains(
        QStringLiteral("4 of 7 creation sites placed; 3 unresolved")));
    QTreeWidgetItem* site =
        findItem(panel->tree(), QStringLiteral("WdfTimerCreate: parent LookupOwner(device)"));
    ASSERT_NE(site, nullptr);
    EXPECT_EQ(site->text(1), QStringLiteral("driver.c:41"));
    ASSERT_TRUE(panel->openItem(site));
    SourceView* view = panel->sourceView();
    EXPECT_EQ(view->shownFile(), QStringLiteral("driver.c"));
    EXPECT_EQ(view->highlightedLine(), 41);
    EXPECT_TRUE(view->lineText(41).contains(QStringLiteral("WdfTimerCreate")));
    // A section title has no place: nothing opens.
    EXPECT_FALSE(panel->openItem(panel->tree()->topLevelItem(0)));
}

TEST(ImportStudio, ADirectoryThatCannotBeReadKeepsTheDocument) {
    MainWindow window(testOptions());
    ASSERT_TRUE(window.importDriverSource(kDrivers + QStringLiteral("/defaults")));
    const wdflc::Scenario* before = &window.document()->scenario();
    EXPECT_FALSE(window.importDriverSource(kDrivers + QStringLiteral("/no-such-driver")));
    EXPECT_EQ(&window.document()->scenario(), before);
}

} // namespace
} // namespace studio
