#pragma once

#include "commands/Editor.h"
#include "model/Scenario.h"

#include <functional>
#include <QMainWindow>
#include <QStringList>

class QActionGroup;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;

namespace studio {
namespace i18n {
class Retranslator;
}

class Autosave;
class CanvasView;
class Document;
class PlayerBar;
class PlayerController;

// The studio's main window: the canvas with its caption and player in the
// middle, one dock per view around it, and the file, edit, drive and play
// commands. It owns the one Document; every view observes that document.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    struct Options {
        bool restoreSettings = true; // off for screenshots and tests: a fixed layout
        bool offerRecovery = true;
        // Where the recovery file is kept; empty: the user's application data folder.
        QString autosaveDirectory;
        int autosaveSeconds = 30; // how often unsaved work is written there
    };
    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    MainWindow() : MainWindow(Options{}) {}
    ~MainWindow() override;

    Document* document() const { return document_; }
    CanvasView* canvas() const { return canvas_; }
    PlayerController* player() const { return player_; }
    Editor* editor() { return &editor_; }

    // Opens a file; on failure shows the engine's problems and keeps the
    // current document. Does not ask about unsaved changes (see openWithPrompt).
    bool openFile(const QString& path);
    bool openSample(const QString& fileName);
    bool saveTo(const QString& path);
    // Drafts a scenario from a driver's source directory and opens it as a
    // new, unsaved document; the import panel shows the coverage.
    bool importDriverSource(const QString& directory);
    // The messages of the last failed load, as the engine formatted them.
    const QStringList& lastLoadProblems() const { return lastLoadProblems_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createCentralArea();
    void createDocks();
    // Views of the trace that live in docks. Helpers add theirs here.
    void createViewDocks();
    // `title` is called again when the language changes.
    QDockWidget* addViewDock(QWidget* view, std::function<QString()> title,
                             const QString& objectName, Qt::DockWidgetArea area);
    void addViewDock(QDockWidget* dock, Qt::DockWidgetArea area);
    void arrangeDocks();
    void sizeDocks();
    void createActions();
    void createMenus();
    void createToolBars();
    void createDriveActions(QMenu* menu, QToolBar* toolBar);

    void newFile();
    // Edit > Remove from Scenario (Del): asks first when a subtree goes with it.
    void removeSelectedObject();
    void resetIrqlOfNewSteps();
    // The status bar names where an export wrote.
    void showExported(const QStringList& paths);
    void openWithPrompt();
    void openRecent();
    void importWithPrompt();
    void showImportFailure(const QString& reason);
    bool save();
    bool saveAs();
    bool maybeSave();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void rebuildSamplesMenu();
    void offerRecovery();
    void readSettings();
    void writeSettings();

    void updateTitle();
    void updateCaption();
    void updateDriveActions();
    void appendStep(wdflc::Op op);
    void showRefusal(const QString& reason);
    wdflc::Irql chosenIrql() const;

    Options options_;
    Document* document_;
    Editor editor_;
    PlayerController* player_;
    Autosave* autosave_;
    i18n::Retranslator* texts_; // re-runs the tr() calls of menus, tool bars and docks
    CanvasView* canvas_ = nullptr;
    QLabel* caption_ = nullptr;
    PlayerBar* playerBar_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* driveMenu_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* samplesMenu_ = nullptr;
    QActionGroup* irqlGroup_ = nullptr;
    QActionGroup* frameworkGroup_ = nullptr;
    QLineEdit* tagEdit_ = nullptr;
    QSpinBox* seedBox_ = nullptr;
    QAction* shuffleAction_ = nullptr;
    QList<QAction*> objectActions_; // need a selected object
    QMap<wdflc::Op, QAction*> stepActions_;
    QStringList lastLoadProblems_;
    bool restoredLayout_ = false;
    bool shownOnce_ = false;
};

} // namespace studio
