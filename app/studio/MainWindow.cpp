#include "MainWindow.h"

#include "canvas/CanvasView.h"
#include "commands/ParentRules.h"
#include "diagnostics/DiagnosticsPanel.h"
#include "docs/DocsDock.h"
#include "docs/HelpTopics.h"
#include "document/Autosave.h"
#include "document/Document.h"
#include "document/EventNarrator.h"
#include "document/SampleLibrary.h"
#include "i18n/LanguageMenu.h"
#include "i18n/Retranslator.h"
#include "i18n/Translations.h"
#include "import/ImportPanel.h"
#include "import/SourceImport.h"
#include "inspector/InspectorView.h"
#include "inspector/PropertyEditor.h"
#include "outline/OutlineView.h"
#include "palette/PaletteView.h"
#include "player/PlayerBar.h"
#include "player/PlayerController.h"
#include "SequenceDiagramDock.h"
#include "steps/StepsModel.h"
#include "steps/StepsPanel.h"
#include "TimelineDock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace studio {
namespace {

constexpr int kMaxRecentFiles = 8;
constexpr int kStatusMessageMs = 8000;
const QString kFileFilter = QStringLiteral("WDF scenarios (*.wdfscn.json);;JSON (*.json)");

QString localScenarioPath(const QMimeData* mime) {
    if (mime == nullptr || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".json")))
            return url.toLocalFile();
    return {};
}

} // namespace

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent), options_(options), document_(new Document(this)), editor_(document_),
      player_(new PlayerController(document_, this)),
      autosave_(
          new Autosave(document_,
                       options.autosaveDirectory.isEmpty()
                           ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                           : options.autosaveDirectory,
                       this)),
      texts_(new i18n::Retranslator(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    autosave_->setInterval(options.autosaveSeconds * 1000);
    document_->setLanguage(i18n::Translations::current());
    setWindowIcon(QIcon(QStringLiteral(":/icons/wdf-lifecycle-studio.svg")));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    createCentralArea();
    createDocks();
    createActions();
    updateTitle();
    connect(document_, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(document_, &Document::modificationChanged, this, &MainWindow::updateTitle);
    connect(document_, &Document::traceChanged, this, &MainWindow::updateTitle);
    connect(document_, &Document::positionChanged, this, &MainWindow::updateCaption);
    connect(document_, &Document::traceChanged, this, &MainWindow::updateCaption);
    connect(document_, &Document::languageChanged, this, &MainWindow::updateCaption);
    connect(document_, &Document::selectionChanged, this, &MainWindow::updateDriveActions);
    connect(document_, &Document::traceChanged, this, &MainWindow::updateDriveActions);
    connect(document_, &Document::documentReset, this, &MainWindow::resetIrqlOfNewSteps);
    connect(player_, &PlayerController::breakpointHit, this, [this](wdflc::EventKind) {
        statusBar()->showMessage(tr("Paused at a breakpoint."), kStatusMessageMs);
    });
    if (options_.restoreSettings)
        readSettings();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralArea() {
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    caption_ = new QLabel(central);
    caption_->setObjectName(QStringLiteral("caption"));
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::PlainText);
    caption_->setMinimumHeight(caption_->fontMetrics().lineSpacing() * 2 + 12);
    caption_->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    caption_->setStyleSheet(
        QStringLiteral("QLabel#caption { background: #263238; color: #eceff1; padding: 6px 10px; "
                       "font-size: 11pt; }"));
    canvas_ = new CanvasView(document_, &editor_, central);
    connect(canvas_, &CanvasView::refused, this, &MainWindow::showRefusal);
    playerBar_ = new PlayerBar(document_, player_, central);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(caption_);
    layout->addWidget(canvas_, 1);
    layout->addWidget(playerBar_);
    // The player's keys work while the focus is anywhere in the middle.
    central->addActions(player_->actions());
    setCentralWidget(central);
}

QDockWidget* MainWindow::addViewDock(QWidget* view, std::function<QString()> title,
                                     const QString& objectName, Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(this);
    texts_->add([dock, title = std::move(title)] { dock->setWindowTitle(title()); });
    dock->setObjectName(objectName);
    dock->setWidget(view);
    addViewDock(dock, area);
    return dock;
}

void MainWindow::addViewDock(QDockWidget* dock, Qt::DockWidgetArea area) {
    addDockWidget(area, dock);
    if (viewMenu_ != nullptr)
        viewMenu_->addAction(dock->toggleViewAction());
}

void MainWindow::createDocks() {
    auto* palette = new PaletteView(document_, &editor_, this);
    connect(palette, &PaletteView::refused, this, &MainWindow::showRefusal);
    addViewDock(
        palette, [] { return tr("Palette"); }, QStringLiteral("paletteDock"),
        Qt::LeftDockWidgetArea);
    addViewDock(
        new OutlineView(document_, &editor_, this), [] { return tr("Outline"); },
        QStringLiteral("outlineDock"), Qt::LeftDockWidgetArea);

    auto* properties = new PropertyEditor(document_, &editor_, this);
    connect(properties, &PropertyEditor::refused, this, &MainWindow::showRefusal);
    addViewDock(
        properties, [] { return tr("Properties"); }, QStringLiteral("propertiesDock"),
        Qt::RightDockWidgetArea);

    auto* steps = new StepsPanel(document_, &editor_, this);
    connect(steps, &StepsPanel::refused, this, &MainWindow::showRefusal);
    addViewDock(
        steps, [] { return tr("Steps"); }, QStringLiteral("stepsDock"), Qt::RightDockWidgetArea);

    auto* history = new QUndoView(document_->undoStack(), this);
    texts_->add([history] { history->setEmptyLabel(tr("<opened>")); });
    addViewDock(
        history, [] { return tr("History"); }, QStringLiteral("historyDock"),
        Qt::RightDockWidgetArea);

    createViewDocks();
    arrangeDocks();
}

void MainWindow::arrangeDocks() {
    auto dock = [this](const char* name) { return findChild<QDockWidget*>(QLatin1String(name)); };
    // Right: what the selected object is (inspector) and how it is made
    // (properties) and the documentation on top; the steps and the undo history below.
    // Split before tabifying: splitting a tabbed dock only adds a tab.
    splitDockWidget(dock("inspectorDock"), dock("stepsDock"), Qt::Vertical);
    tabifyDockWidget(dock("inspectorDock"), dock("propertiesDock"));
    tabifyDockWidget(dock("stepsDock"), dock("historyDock"));
    tabifyDockWidget(dock("inspectorDock"), dock("docsDock"));
    dock("inspectorDock")->raise();
    dock("stepsDock")->raise();
}

void MainWindow::sizeDocks() {
    auto dock = [this](const char* name) { return findChild<QDockWidget*>(QLatin1String(name)); };
    // The canvas is the point of the window: the docks get what they need
    // around it, not half the screen.
    resizeDocks({dock("paletteDock"), dock("inspectorDock")}, {290, 390}, Qt::Horizontal);
    // Split the right column's own height: the bottom docks take part of
    // the window's, so fractions of the window's height do not add up.
    const int column = dock("inspectorDock")->height() + dock("stepsDock")->height();
    resizeDocks({dock("inspectorDock"), dock("stepsDock")}, {column * 3 / 5, column * 2 / 5},
                Qt::Vertical);
    resizeDocks({dock("diagnosticsDock")}, {height() / 4}, Qt::Vertical);
}

void MainWindow::changeEvent(QEvent* event) {
    // texts_ relabels menus, tool bars and docks; what is made from the
    // document follows its language.
    if (event->type() == QEvent::LanguageChange) {
        document_->setLanguage(i18n::Translations::current());
        statusBar()->showMessage(tr("Ready")); // a message in the old language would linger
        updateTitle();
        updateCaption();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // Sizes are only meaningful once the window has its size; a restored
    // layout keeps the user's own.
    if (!shownOnce_ && !restoredLayout_)
        sizeDocks();
    // Once the window is up with the document the command line asked for,
    // offer what a crashed session left behind.
    if (!shownOnce_ && options_.offerRecovery)
        QTimer::singleShot(0, this, &MainWindow::offerRecovery);
    shownOnce_ = true;
}

void MainWindow::createViewDocks() {
    addViewDock(
        new InspectorView(document_, this), [] { return tr("Inspector"); },
        QStringLiteral("inspectorDock"), Qt::RightDockWidgetArea);
    addViewDock(
        new DiagnosticsPanel(document_, this), [] { return tr("Diagnostics"); },
        QStringLiteral("diagnosticsDock"), Qt::BottomDockWidgetArea);
    QDockWidget* importDock = addViewDock(
        new ImportPanel(this), [] { return tr("Import"); }, QStringLiteral("importDock"),
        Qt::BottomDockWidgetArea);
    tabifyDockWidget(findChild<QDockWidget*>(QStringLiteral("diagnosticsDock")), importDock);
    importDock->hide();

    auto* timelines = new plots::TimelineDock(this);
    addViewDock(timelines, Qt::BottomDockWidgetArea);
    const auto showTrace = [this, timelines] {
        timelines->setTrace(document_->trace());
        timelines->setPosition(document_->position());
        timelines->focusObject(document_->selectedObject());
    };
    connect(document_, &Document::traceChanged, timelines, showTrace);
    connect(document_, &Document::positionChanged, timelines, &plots::TimelineDock::setPosition);
    connect(document_, &Document::selectionChanged, timelines, &plots::TimelineDock::focusObject);
    connect(document_, &Document::languageChanged, timelines,
            [this, timelines] { timelines->setLanguage(document_->language()); });
    connect(timelines, &plots::TimelineDock::positionRequested, document_, &Document::setPosition);
    connect(timelines, &plots::TimelineDock::objectActivated, document_,
            &Document::setSelectedObject);
    timelines->setLanguage(document_->language());
    showTrace();
    tabifyDockWidget(findChild<QDockWidget*>(QStringLiteral("diagnosticsDock")), timelines);
    connect(timelines, &plots::TimelineDock::exported, this, &MainWindow::showExported);

    auto* sequence = new diagram::SequenceDiagramDock(this);
    addViewDock(sequence, Qt::BottomDockWidgetArea);
    const auto showSequence = [this, sequence] {
        sequence->setTrace(document_->trace());
        sequence->setPosition(document_->position());
    };
    connect(document_, &Document::traceChanged, sequence, showSequence);
    connect(document_, &Document::positionChanged, sequence,
            &diagram::SequenceDiagramDock::setPosition);
    connect(document_, &Document::languageChanged, sequence,
            [this, sequence] { sequence->setLanguage(document_->language()); });
    connect(sequence, &diagram::SequenceDiagramDock::eventActivated, document_,
            &Document::setPosition);
    connect(sequence, &diagram::SequenceDiagramDock::objectActivated, document_,
            &Document::setSelectedObject);
    sequence->setLanguage(document_->language());
    showSequence();
    tabifyDockWidget(timelines, sequence);
    connect(sequence, &diagram::SequenceDiagramDock::exported, this, &MainWindow::showExported);
    // The diagram is built only while its tab shows: long traces cost nothing until then.
    timelines->raise();

    auto* docs = new docs::DocsDock(document_, this);
    addViewDock(docs, Qt::RightDockWidgetArea);
    docs->installHelpKey(this);
    // Choosing an object type in the palette opens that type's topic.
    auto* palette = findChild<PaletteView*>(QStringLiteral("palette"));
    connect(palette, &QListWidget::currentItemChanged, docs, [docs](QListWidgetItem* item) {
        if (item != nullptr)
            docs->showTopic(docs::HelpTopics::forObjectType(
                static_cast<wdflc::ObjectType>(item->data(PaletteView::TypeRole).toInt())));
    });
}

void MainWindow::createActions() {
    createMenus();
    createToolBars();
    updateDriveActions();
}

void MainWindow::createMenus() {
    // Every text is set through texts_, which sets it again when the
    // language changes; an action is made first and labelled there.
    auto menu = [this](QMenu* parent, std::function<QString()> title) {
        QMenu* created =
            parent != nullptr ? parent->addMenu(QString()) : menuBar()->addMenu(QString());
        texts_->add([created, title = std::move(title)] { created->setTitle(title()); });
        return created;
    };
    auto action = [this](QMenu* parent, std::function<QString()> text) {
        QAction* created = parent->addAction(QString());
        texts_->add([created, text = std::move(text)] { created->setText(text()); });
        return created;
    };

    QMenu* file = menu(nullptr, [] { return tr("&File"); });
    QAction* newFile = action(file, [] { return tr("&New"); });
    newFile->setShortcut(QKeySequence::New);
    connect(newFile, &QAction::triggered, this, &MainWindow::newFile);
    QAction* open = action(file, [] { return tr("&Open…"); });
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openWithPrompt);
    recentMenu_ = menu(file, [] { return tr("Open &Recent"); });
    samplesMenu_ = menu(file, [] { return tr("&Samples"); });
    QAction* importSource = action(file, [] { return tr("&Import Driver Source…"); });
    connect(importSource, &QAction::triggered, this, &MainWindow::importWithPrompt);
    file->addSeparator();
    QAction* save = action(file, [] { return tr("&Save"); });
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &MainWindow::save);
    QAction* saveAs = action(file, [] { return tr("Save &As…"); });
    // Desktops without a platform key theme (plain X11, Windows) bind nothing
    // to SaveAs: give it the shortcut the others use.
    const QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    saveAs->setShortcuts(saveAsKeys.isEmpty()
                             ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                             : saveAsKeys);
    connect(saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    file->addSeparator();
    // The exports live in their docks (which know their options); the menu reaches them.
    QAction* exportDiagram = action(file, [] { return tr("&Export Sequence Diagram…"); });
    connect(exportDiagram, &QAction::triggered, this, [this] {
        if (auto* dock = findChild<diagram::SequenceDiagramDock*>())
            dock->exportWithDialog();
    });
    QAction* exportTimelines = action(file, [] { return tr("Export &Timelines…"); });
    connect(exportTimelines, &QAction::triggered, this, [this] {
        if (auto* dock = findChild<plots::TimelineDock*>())
            dock->exportPlots();
    });
    file->addSeparator();
    QAction* quit = action(file, [] { return tr("&Quit"); });
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    rebuildRecentMenu();
    rebuildSamplesMenu();

    QMenu* edit = menu(nullptr, [] { return tr("&Edit"); });
    // Plain actions rather than QUndoStack::createUndoAction(): its prefix
    // is fixed at creation, and ours must follow the language.
    QUndoStack* stack = document_->undoStack();
    QAction* undo = edit->addAction(QString());
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(stack->canUndo());
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    QAction* redo = edit->addAction(QString());
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(stack->canRedo());
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    const auto labelUndoRedo = [undo, redo, stack] {
        // Nothing to name: the plain command, not "&Undo %1" with an empty %1.
        const QString undoText = stack->undoText();
        const QString redoText = stack->redoText();
        undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
        redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    };
    texts_->add(labelUndoRedo);
    connect(stack, &QUndoStack::indexChanged, this, labelUndoRedo);
    connect(stack, &QUndoStack::cleanChanged, this, labelUndoRedo);
    edit->addSeparator();
    // An edit of the scenario, not a step: the Drive tool bar's WdfObjectDelete is the step.
    QAction* remove = action(edit, [] { return tr("&Remove from Scenario"); });
    texts_->add([remove] {
        remove->setToolTip(tr("Remove the selected object, and every object under it, from the "
                              "scenario (an edit; WdfObjectDelete is a step)"));
    });
    connect(remove, &QAction::triggered, this, &MainWindow::removeSelectedObject);
    remove->setShortcut(QKeySequence::Delete);
    objectActions_ << remove;
    QAction* autoDrain = action(edit, [] { return tr("Drain Deferred Work After Each &Step"); });
    autoDrain->setCheckable(true);
    autoDrain->setChecked(document_->scenario().autoDrain);
    connect(autoDrain, &QAction::triggered, this,
            [this](bool on) { showRefusal(editor_.setAutoDrain(on)); });
    connect(document_, &Document::traceChanged, autoDrain,
            [this, autoDrain] { autoDrain->setChecked(document_->scenario().autoDrain); });

    viewMenu_ = menu(nullptr, [] { return tr("&View"); });
    QAction* zoomIn = action(viewMenu_, [] { return tr("Zoom &In"); });
    zoomIn->setIcon(QIcon(QStringLiteral(":/icons/actions/zoom-in.svg")));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, canvas_, &CanvasView::zoomIn);
    QAction* zoomOut = action(viewMenu_, [] { return tr("Zoom &Out"); });
    zoomOut->setIcon(QIcon(QStringLiteral(":/icons/actions/zoom-out.svg")));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, canvas_, &CanvasView::zoomOut);
    QAction* fit = action(viewMenu_, [] { return tr("&Fit to View"); });
    fit->setIcon(QIcon(QStringLiteral(":/icons/actions/zoom-fit.svg")));
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    connect(fit, &QAction::triggered, canvas_, &CanvasView::fitToView);
    QAction* actualSize = action(viewMenu_, [] { return tr("&Actual Size"); });
    connect(actualSize, &QAction::triggered, canvas_, &CanvasView::resetZoom);
    viewMenu_->addSeparator();
    viewMenu_->addMenu(new i18n::LanguageMenu(this));
    viewMenu_->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        viewMenu_->addAction(dock->toggleViewAction());

    driveMenu_ = menu(nullptr, [] { return tr("&Drive"); });

    QMenu* play = menu(nullptr, [] { return tr("&Play"); });
    play->addActions(player_->actions());
    connect(document_, &Document::languageChanged, this, &MainWindow::rebuildSamplesMenu);

    QMenu* help = menu(nullptr, [] { return tr("&Help"); });
    QAction* about = action(help, [] { return tr("&About"); });
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About WDF Lifecycle Studio"),
                           tr("WDF Lifecycle Studio shows the life cycle of KMDF and UMDF "
                              "framework objects: build a tree, drive it, and watch every "
                              "EvtCleanupCallback and EvtDestroyCallback run."));
    });
}

void MainWindow::createToolBars() {
    auto* drive = addToolBar(QString());
    texts_->add([drive] { drive->setWindowTitle(tr("Drive")); });
    drive->setObjectName(QStringLiteral("driveToolBar"));
    createDriveActions(driveMenu_, drive);
    addToolBarBreak();
    QToolBar* view = addToolBar(QString());
    texts_->add([view] { view->setWindowTitle(tr("View")); });
    view->setObjectName(QStringLiteral("viewToolBar"));
    for (QAction* action : viewMenu_->actions().mid(0, 3)) // zoom in, zoom out, fit
        view->addAction(action);
    view->addSeparator();
    shuffleAction_ = view->addAction(QString());
    shuffleAction_->setCheckable(true);
    seedBox_ = new QSpinBox(view);
    seedBox_->setRange(1, 999999);
    texts_->add([this] {
        shuffleAction_->setText(tr("Shuffle Siblings"));
        shuffleAction_->setToolTip(tr("Run the scenario with siblings in a shuffled order: the "
                                      "orders that hold in every run are the ones to rely on."));
        seedBox_->setPrefix(tr("seed "));
    });
    seedBox_->setEnabled(false);
    view->addWidget(seedBox_);
    auto applySeed = [this] {
        seedBox_->setEnabled(shuffleAction_->isChecked());
        document_->setShuffleSeed(shuffleAction_->isChecked()
                                      ? std::optional<std::uint64_t>(seedBox_->value())
                                      : std::nullopt);
    };
    connect(shuffleAction_, &QAction::toggled, this, applySeed);
    connect(seedBox_, &QSpinBox::valueChanged, this, applySeed);
}

void MainWindow::createDriveActions(QMenu* menu, QToolBar* toolBar) {
    irqlGroup_ = new QActionGroup(this);
    for (wdflc::Irql irql : {wdflc::Irql::Passive, wdflc::Irql::Apc, wdflc::Irql::Dispatch}) {
        const std::string_view name = wdflc::irqlName(irql);
        QAction* action =
            irqlGroup_->addAction(QString::fromLatin1(name.data(), qsizetype(name.size()))
                                      .section(QLatin1Char('_'), 0, 0));
        action->setCheckable(true);
        action->setData(static_cast<int>(irql));
        docs::HelpTopics::set(action, docs::HelpTopics::forOp(wdflc::Op::SetIrql));
        const QString irqlName = QString::fromLatin1(name.data(), qsizetype(name.size()));
        texts_->add(
            [action, irqlName] { action->setToolTip(tr("New steps run at %1").arg(irqlName)); });
        action->setChecked(irql == wdflc::Irql::Passive);
    }
    auto* irqlLabel = new QLabel(toolBar);
    texts_->add([irqlLabel] { irqlLabel->setText(tr(" IRQL: ")); });
    toolBar->addWidget(irqlLabel);
    toolBar->addActions(irqlGroup_->actions());
    QMenu* irqlMenu = menu->addMenu(QString());
    texts_->add([irqlMenu] { irqlMenu->setTitle(tr("IRQL of New Steps")); });
    irqlMenu->addActions(irqlGroup_->actions());

    frameworkGroup_ = new QActionGroup(this);
    for (wdflc::Framework framework : {wdflc::Framework::Kmdf, wdflc::Framework::Umdf}) {
        const std::string_view name = wdflc::frameworkName(framework);
        QAction* action =
            frameworkGroup_->addAction(QString::fromLatin1(name.data(), qsizetype(name.size())));
        action->setCheckable(true);
        action->setData(static_cast<int>(framework));
        connect(action, &QAction::triggered, this,
                [this, framework] { showRefusal(editor_.setFramework(framework)); });
    }
    toolBar->addSeparator();
    toolBar->addActions(frameworkGroup_->actions());
    QMenu* frameworkMenu = menu->addMenu(QString());
    texts_->add([frameworkMenu] { frameworkMenu->setTitle(tr("Framework")); });
    frameworkMenu->addActions(frameworkGroup_->actions());
    menu->addSeparator();
    toolBar->addSeparator();

    tagEdit_ = new QLineEdit(toolBar);
    texts_->add([this] {
        tagEdit_->setPlaceholderText(tr("tag"));
        tagEdit_->setToolTip(tr("Tag for Reference and Dereference (optional)"));
    });
    tagEdit_->setMaximumWidth(90);

    struct StepAction {
        wdflc::Op op;
        QString icon;
        std::function<QString()> text;
        std::function<QString()> tip;
        bool needsObject;
    };
    const StepAction actions[] = {
        {wdflc::Op::Reference, QStringLiteral("reference"), [] { return tr("Reference"); },
         [] { return tr("WdfObjectReferenceWithTag on the selected object"); }, true},
        {wdflc::Op::Dereference, QStringLiteral("dereference"), [] { return tr("Dereference"); },
         [] { return tr("WdfObjectDereferenceWithTag on the selected object"); }, true},
        {wdflc::Op::Delete, QStringLiteral("delete"),
         [] { return QStringLiteral("WdfObjectDelete"); },
         [] {
             return tr("A step: the driver calls WdfObjectDelete on the selected object (Remove "
                       "from Scenario takes it out of the scenario instead)");
         },
         true},
        {wdflc::Op::FrameworkDelete, QStringLiteral("framework-delete"),
         [] { return tr("Framework Delete"); },
         [] {
             return tr("The framework deletes the selected object (device removal, driver unload)");
         },
         true},
        {wdflc::Op::CompleteRequest, QStringLiteral("complete"),
         [] { return tr("Complete Request"); },
         [] { return tr("WdfRequestComplete on the selected request"); }, true},
        {wdflc::Op::BeginCallback, QStringLiteral("begin-callback"),
         [] { return tr("Begin Callback"); },
         [] {
             return tr("An EvtWorkItem, EvtTimerFunc or EvtDpcFunc of the selected object starts "
                       "running");
         },
         true},
        {wdflc::Op::EndCallback, QStringLiteral("end-callback"), [] { return tr("End Callback"); },
         [] { return tr("That callback returns"); }, true},
        {wdflc::Op::Drain, QStringLiteral("drain"), [] { return tr("Drain"); },
         [] { return tr("Run the deferred work queued for the worker thread now"); }, false},
    };
    for (const StepAction& entry : actions) {
        auto* action = new QAction(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(entry.icon)),
                                   QString(), this);
        texts_->add([action, text = entry.text, tip = entry.tip] {
            action->setText(text());
            action->setToolTip(tip());
        });
        const wdflc::Op op = entry.op;
        docs::HelpTopics::set(action, docs::HelpTopics::forOp(op));
        connect(action, &QAction::triggered, this, [this, op] { appendStep(op); });
        menu->addAction(action);
        toolBar->addAction(action);
        if (entry.op == wdflc::Op::Dereference)
            toolBar->addWidget(tagEdit_);
        if (entry.needsObject)
            objectActions_ << action;
        stepActions_.insert(op, action);
    }
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

wdflc::Irql MainWindow::chosenIrql() const {
    return static_cast<wdflc::Irql>(irqlGroup_->checkedAction()->data().toInt());
}

void MainWindow::appendStep(wdflc::Op op) {
    const wdflc::ObjectId object =
        op == wdflc::Op::Drain ? wdflc::kNoObject : document_->selectedObject();
    const std::size_t stepsBefore = document_->scenario().steps.size();
    const QString tag = op == wdflc::Op::Reference || op == wdflc::Op::Dereference
                            ? tagEdit_->text().trimmed()
                            : QString();
    const QString reason = editor_.appendStep(op, object, chosenIrql(), tag);
    if (!reason.isEmpty()) {
        showRefusal(reason);
        return;
    }
    // Play what the new step did, from just before its first event.
    const auto& events = document_->trace()->events;
    std::uint32_t first = 0;
    while (first < events.size() &&
           (events[first].step < 0 || static_cast<std::size_t>(events[first].step) < stepsBefore))
        ++first;
    document_->setPosition(first);
    if (first < document_->eventCount()) // a step may emit no event (beginCallback)
        player_->play();
}

void MainWindow::updateDriveActions() {
    const wdflc::ObjectId selected = document_->selectedObject();
    const wdflc::Scenario& scenario = document_->scenario();
    const bool hasObject = selected != wdflc::kNoObject && selected < scenario.declarations.size();
    for (QAction* action : objectActions_)
        action->setEnabled(hasObject);
    if (hasObject) {
        const wdflc::ObjectType type = scenario.decl(selected).type;
        stepActions_[wdflc::Op::CompleteRequest]->setEnabled(type == wdflc::ObjectType::Request);
        stepActions_[wdflc::Op::BeginCallback]->setEnabled(wdflc::waitsForCallbacks(type));
        stepActions_[wdflc::Op::EndCallback]->setEnabled(wdflc::waitsForCallbacks(type));
    }
    for (QAction* action : frameworkGroup_->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(scenario.framework));
}

void MainWindow::resetIrqlOfNewSteps() {
    // A new or opened document continues at the IRQL its steps leave:
    // PASSIVE_LEVEL for a new one, not what the last document was at.
    const int irql = static_cast<int>(Editor::irqlAfterSteps(document_->scenario()));
    for (QAction* action : irqlGroup_->actions())
        action->setChecked(action->data().toInt() == irql);
}

void MainWindow::showExported(const QStringList& paths) {
    if (paths.isEmpty())
        return;
    // Plain singular and plural texts: English has no translation file for %n.
    statusBar()->showMessage(paths.size() == 1 ? tr("Exported to %1").arg(paths.front())
                             : paths.size() == 2
                                 ? tr("Exported to %1 and 1 more file beside it").arg(paths.front())
                                 : tr("Exported to %1 and %2 more files beside it")
                                       .arg(paths.front())
                                       .arg(paths.size() - 1),
                             kStatusMessageMs);
}

void MainWindow::removeSelectedObject() {
    const wdflc::ObjectId selected = document_->selectedObject();
    const wdflc::Scenario& scenario = document_->scenario();
    if (selected >= scenario.declarations.size())
        return;
    int below = 0;
    for (wdflc::ObjectId id = 0; id < scenario.declarations.size(); ++id)
        if (id != selected && ParentRules::isDescendantOrSelf(scenario, id, selected))
            ++below;
    if (below > 0) {
        const QString id = QString::fromStdString(scenario.decl(selected).id);
        const auto answer = QMessageBox::question(
            this, tr("Remove from Scenario"),
            below == 1 ? tr("Remove %1 and the 1 object under it from the scenario?").arg(id)
                       : tr("Remove %1 and the %2 objects under it from the scenario?")
                             .arg(id)
                             .arg(below));
        if (answer != QMessageBox::Yes)
            return;
    }
    showRefusal(editor_.removeObject(selected));
}

void MainWindow::showRefusal(const QString& reason) {
    if (!reason.isEmpty())
        statusBar()->showMessage(reason, kStatusMessageMs);
}

void MainWindow::updateTitle() {
    const QString title = document_->title();
    setWindowTitle(
        title.isEmpty()
            ? tr("%1[*] — WDF Lifecycle Studio").arg(document_->displayName())
            : tr("%1[*] (%2) — WDF Lifecycle Studio").arg(document_->displayName(), title));
    setWindowModified(document_->isModified());
}

void MainWindow::updateCaption() {
    caption_->setText(
        EventNarrator::caption(*document_->trace(), document_->timeline(), document_->position()));
}

// Files ----------------------------------------------------------------------

bool MainWindow::openFile(const QString& path) {
    const Document::LoadReport report = document_->load(path);
    if (!report.ok) {
        lastLoadProblems_ = report.problems;
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Cannot open the scenario"),
            tr("%1 could not be opened; nothing was changed.").arg(QFileInfo(path).fileName()),
            QMessageBox::Ok, this);
        box->setDetailedText(report.problems.join(QLatin1Char('\n')));
        box->setInformativeText(report.problems.mid(0, 5).join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): nothing waits on it, and tests run on
        statusBar()->showMessage(report.problems.value(0), kStatusMessageMs);
        return false;
    }
    lastLoadProblems_.clear();
    rememberRecent(path);
    statusBar()->showMessage(
        report.problems.isEmpty()
            ? tr("Opened %1").arg(path)
            : tr("Opened %1 with %n warning(s)", nullptr, int(report.problems.size())).arg(path),
        kStatusMessageMs);
    return true;
}

bool MainWindow::openSample(const QString& fileName) {
    QFile file(SampleLibrary::resourcePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // A sample opens as a new, untitled document: Save asks where to put it.
    const Document::LoadReport report =
        document_->loadText(file.readAll(), SampleLibrary::resourcePath(fileName), false);
    if (!report.ok)
        lastLoadProblems_ = report.problems;
    return report.ok;
}

bool MainWindow::saveTo(const QString& path) {
    const QString error = document_->save(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot save"),
                             tr("%1 could not be saved: %2").arg(path, error));
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), kStatusMessageMs);
    return true;
}

void MainWindow::newFile() {
    if (maybeSave())
        document_->newScenario();
}

void MainWindow::openWithPrompt() {
    if (!maybeSave())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario"), settings.value(QStringLiteral("lastDirectory")).toString(),
        kFileFilter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::importWithPrompt() {
    if (!maybeSave())
        return;
    QSettings settings;
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Import Driver Source"),
        settings.value(QStringLiteral("lastSourceDirectory")).toString());
    if (directory.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastSourceDirectory"), directory);
    importDriverSource(directory);
}

void MainWindow::showImportFailure(const QString& reason) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot import the driver source"),
                                tr("Nothing was changed: %1").arg(reason), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): nothing waits on it
    statusBar()->showMessage(reason, kStatusMessageMs);
}

bool MainWindow::importDriverSource(const QString& directory) {
    std::shared_ptr<wdflc::import::ImportResult> result;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        result = std::make_shared<wdflc::import::ImportResult>(
            wdflc::import::importDriverSource(directory.toStdString()));
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        showImportFailure(QString::fromStdString(e.what()));
        return false;
    }
    QApplication::restoreOverrideCursor();
    // The draft opens untitled: Save asks where to put it.
    const QString name = QFileInfo(directory).fileName() + QStringLiteral(".wdfscn.json");
    const Document::LoadReport report = document_->loadText(QByteArray::fromStdString(result->json),
                                                            QDir(directory).filePath(name), false);
    if (!report.ok) {
        lastLoadProblems_ = report.problems;
        showImportFailure(report.problems.join(QLatin1Char('\n')));
        return false;
    }
    auto* panel = findChild<ImportPanel*>();
    panel->showImport(directory, result);
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("importDock"))) {
        dock->show();
        dock->raise();
    }
    statusBar()->showMessage(panel->coverageText(), kStatusMessageMs);
    return true;
}

void MainWindow::openRecent() {
    const auto* action = qobject_cast<QAction*>(sender());
    if (action != nullptr && maybeSave())
        openFile(action->data().toString());
}

bool MainWindow::save() {
    if (document_->filePath().isEmpty())
        return saveAs();
    return saveTo(document_->filePath());
}

bool MainWindow::saveAs() {
    QSettings settings;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Scenario"), settings.value(QStringLiteral("lastDirectory")).toString(),
        kFileFilter);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".wdfscn.json");
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    return saveTo(path);
}

bool MainWindow::maybeSave() {
    if (!document_->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them first?").arg(document_->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, kMaxRecentFiles));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& path : recent) {
        QAction* action =
            recentMenu_->addAction(QFileInfo(path).fileName(), this, &MainWindow::openRecent);
        action->setData(path);
        action->setToolTip(path);
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::rebuildSamplesMenu() {
    samplesMenu_->clear();
    for (const Sample& sample : SampleLibrary::all()) {
        const QString number = sample.fileName.section(QLatin1Char('-'), 0, 0);
        const QString name = sample.fileName;
        samplesMenu_->addAction(
            QStringLiteral("%1  %2").arg(number, sample.title(document_->language())), this,
            [this, name] {
                if (maybeSave())
                    openSample(name);
            });
    }
    samplesMenu_->setEnabled(!samplesMenu_->isEmpty());
}

void MainWindow::offerRecovery() {
    if (!autosave_->hasRecovery())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved work?"),
        tr("The studio did not close normally last time. Recover the scenario it was editing?"));
    if (answer == QMessageBox::Yes) {
        QFile file(autosave_->recoveryPath());
        const QString source = autosave_->recoveredSourcePath();
        if (file.open(QIODevice::ReadOnly) &&
            document_->loadText(file.readAll(), source, !source.isEmpty()).ok) {
            // The recovered edits are on no disk but the recovery file: the
            // document is modified, and the file stays until a save or a discard.
            document_->markRecovered();
            statusBar()->showMessage(tr("Recovered the unsaved scenario."), kStatusMessageMs);
            return;
        }
    }
    autosave_->discard();
}

void MainWindow::readSettings() {
    QSettings settings;
    // No window manager places a first window well everywhere: without a
    // saved geometry, take most of the screen.
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(screen()->availableGeometry().size().boundedTo(QSize(1600, 1000)) * 0.9);
    restoredLayout_ = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    player_->setSpeed(settings.value(QStringLiteral("player/speed"), player_->speed()).toDouble());
}

void MainWindow::writeSettings() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("player/speed"), player_->speed());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (options_.restoreSettings)
        writeSettings();
    autosave_->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!localScenarioPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event) {
    if (!localScenarioPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = localScenarioPath(event->mimeData());
    if (path.isEmpty() || !maybeSave()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openFile(path);
}

} // namespace studio
