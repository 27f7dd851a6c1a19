#include "docs/DocsDock.h"

#include "docs/HelpTopics.h"
#include "docs/TopicLibrary.h"
#include "document/Document.h"

#include <QApplication>
#include <QCheckBox>
#include <QCursor>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio::docs {
namespace {

constexpr int kTopicRole = Qt::UserRole + 1;
const QString kContents = QStringLiteral("index");
const QString kFollowKey = QStringLiteral("docs/followAnimation");

} // namespace

DocsDock::DocsDock(Document* document, QWidget* parent)
    : QDockWidget(parent), document_(document), back_(new QToolButton), forward_(new QToolButton),
      home_(new QToolButton), contentsToggle_(new QToolButton), search_(new QLineEdit),
      follow_(new QCheckBox), contents_(new QTreeWidget), browser_(new QTextBrowser),
      language_(document->language()) {
    setObjectName(QStringLiteral("docsDock"));
    back_->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    forward_->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    home_->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    contentsToggle_->setIcon(style()->standardIcon(QStyle::SP_FileDialogListView));
    contentsToggle_->setCheckable(true);
    contentsToggle_->setObjectName(QStringLiteral("docsContentsToggle"));
    back_->setEnabled(false);
    forward_->setEnabled(false);
    search_->setObjectName(QStringLiteral("docsSearch"));
    search_->setClearButtonEnabled(true);
    follow_->setObjectName(QStringLiteral("docsFollow"));
    follow_->setChecked(QSettings().value(kFollowKey, true).toBool());
    contents_->setObjectName(QStringLiteral("docsContents"));
    contents_->setHeaderHidden(true);
    contents_->setRootIsDecorated(true);
    browser_->setObjectName(QStringLiteral("docsBrowser"));
    browser_->setOpenLinks(false); // links go through showTopic(): a missing translation falls back

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(back_);
    bar->addWidget(forward_);
    bar->addWidget(home_);
    bar->addWidget(contentsToggle_);
    bar->addWidget(search_, 1);
    bar->addWidget(follow_);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(contents_);
    splitter->addWidget(browser_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({120, 360}); // the topic gets the room, the contents a glance
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setWidget(body);

    connect(back_, &QToolButton::clicked, browser_, &QTextBrowser::backward);
    connect(forward_, &QToolButton::clicked, browser_, &QTextBrowser::forward);
    connect(home_, &QToolButton::clicked, this, [this] { showTopic(kContents); });
    connect(browser_, &QTextBrowser::backwardAvailable, back_, &QWidget::setEnabled);
    connect(browser_, &QTextBrowser::forwardAvailable, forward_, &QWidget::setEnabled);
    connect(browser_, &QTextBrowser::anchorClicked, this, &DocsDock::openLink);
    connect(browser_, &QTextBrowser::sourceChanged, this, &DocsDock::fitHeadings);
    connect(search_, &QLineEdit::textChanged, this, &DocsDock::showContentsOrResults);
    connect(contentsToggle_, &QToolButton::toggled, this, &DocsDock::showContentsOrResults);
    connect(follow_, &QCheckBox::toggled, this,
            [](bool follow) { QSettings().setValue(kFollowKey, follow); });
    connect(contents_, &QTreeWidget::itemClicked, this, &DocsDock::openItem);
    connect(contents_, &QTreeWidget::itemActivated, this, &DocsDock::openItem);
    connect(document_, &Document::positionChanged, this, &DocsDock::followPosition);
    connect(document_, &Document::selectionChanged, this, &DocsDock::followSelection);
    connect(document_, &Document::languageChanged, this, &DocsDock::followLanguage);

    retranslate();
    showContentsOrResults();
    showTopic(kContents);
}

QString DocsDock::currentTopic() const {
    return TopicLibrary::topicOf(browser_->source());
}

QString DocsDock::currentLanguage() const {
    return TopicLibrary::languageOf(browser_->source());
}

bool DocsDock::followsAnimation() const {
    return follow_->isChecked();
}

void DocsDock::setFollowsAnimation(bool follow) {
    follow_->setChecked(follow);
}

void DocsDock::setContentsShown(bool shown) {
    contentsToggle_->setChecked(shown);
}

void DocsDock::showTopic(const QString& id) {
    const QString topic =
        TopicLibrary::exists(QStringLiteral("en"), id) || TopicLibrary::exists(language_, id)
            ? id
            : kContents;
    const QUrl url = TopicLibrary::url(language_, topic);
    if (browser_->source() != url)
        browser_->setSource(url, QTextDocument::MarkdownResource);
}

void DocsDock::openLink(const QUrl& link) {
    const QUrl url = browser_->source().resolved(link);
    const QString topic = TopicLibrary::topicOf(url);
    if (!topic.isEmpty())
        showTopic(topic);
    else if (!link.scheme().isEmpty())
        QDesktopServices::openUrl(link);
}

void DocsDock::openItem(QTreeWidgetItem* item) {
    if (item == nullptr)
        return;
    const QString topic = item->data(0, kTopicRole).toString();
    if (topic.isEmpty())
        return;
    showTopic(topic);
    if (!search_->text().isEmpty()) {
        // Show the first match: the reader came for the word.
        browser_->moveCursor(QTextCursor::Start);
        browser_->find(search_->text().simplified().section(QLatin1Char(' '), 0, 0));
    }
}

void DocsDock::showContentsOrResults() {
    contents_->clear();
    const QString query = search_->text();
    // In a narrow pane the topic needs the room: the list shows only when asked
    // for or when there are search results to pick from.
    contents_->setVisible(contentsToggle_->isChecked() || !query.trimmed().isEmpty());
    if (query.trimmed().isEmpty()) {
        for (const ContentsSection& section : TopicLibrary::contents(language_)) {
            auto* sectionItem = new QTreeWidgetItem(contents_, {section.title});
            sectionItem->setFlags(Qt::ItemIsEnabled);
            for (const TopicEntry& topic : section.topics) {
                auto* item = new QTreeWidgetItem(sectionItem, {topic.title});
                item->setData(0, kTopicRole, topic.id);
            }
        }
        contents_->expandAll();
        return;
    }
    const QList<TopicEntry> found = TopicLibrary::search(language_, query);
    for (const TopicEntry& topic : found) {
        auto* item = new QTreeWidgetItem(contents_, {topic.title});
        item->setData(0, kTopicRole, topic.id);
    }
    if (found.isEmpty()) {
        auto* none = new QTreeWidgetItem(contents_, {tr("No topic contains “%1”.").arg(query)});
        none->setFlags(Qt::NoItemFlags);
    }
}

void DocsDock::followPosition() {
    if (!followsAnimation() || document_->position() == 0)
        return;
    const wdflc::Trace& trace = *document_->trace();
    const wdflc::Event& event = trace.at(document_->position());
    showTopic(event.kind == wdflc::EventKind::Diagnostic
                  ? HelpTopics::forRule(trace.diagnostic(event).rule)
                  : HelpTopics::forEvent(event.kind));
}

void DocsDock::followSelection() {
    const wdflc::ObjectId id = document_->selectedObject();
    if (!followsAnimation() || id == wdflc::kNoObject ||
        id >= document_->scenario().declarations.size())
        return;
    showTopic(HelpTopics::forObjectType(document_->scenario().decl(id).type));
}

void DocsDock::followLanguage() {
    if (language_ == document_->language())
        return;
    const QString topic = currentTopic();
    language_ = document_->language();
    showContentsOrResults();
    // The history holds pages of the old language; a fresh start is clearer.
    showTopic(topic.isEmpty() ? kContents : topic);
    browser_->clearHistory();
}

void DocsDock::installHelpKey(QWidget* window) {
    auto* help = new QShortcut(QKeySequence::HelpContents, window);
    help->setContext(Qt::WindowShortcut);
    connect(help, &QShortcut::activated, this, &DocsDock::showHelpForFocus);
}

void DocsDock::showHelpForFocus() {
    // Tool buttons take no focus: the one under the mouse is what F1 asks about.
    QString topic;
    if (const QWidget* hovered = QApplication::widgetAt(QCursor::pos());
        qobject_cast<const QToolButton*>(hovered) != nullptr)
        topic = HelpTopics::forWidget(hovered);
    if (topic.isEmpty())
        topic = HelpTopics::forWidget(QApplication::focusWidget());
    show();
    raise();
    showTopic(topic.isEmpty() ? QStringLiteral("studio-tour") : topic);
}

void DocsDock::fitHeadings() {
    // Markdown headings come out poster-sized (up to xx-large); a side pane
    // needs them only a step above the text.
    QTextCursor cursor(browser_->document());
    for (QTextBlock block = browser_->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        QTextCharFormat format;
        format.setProperty(QTextFormat::FontSizeAdjustment, level == 1 ? 1 : 0);
        format.setFontWeight(QFont::Bold);
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
}

void DocsDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void DocsDock::retranslate() {
    setWindowTitle(tr("Documentation"));
    back_->setToolTip(tr("Back"));
    forward_->setToolTip(tr("Forward"));
    home_->setToolTip(tr("Contents"));
    contentsToggle_->setToolTip(tr("Show the list of topics"));
    search_->setPlaceholderText(tr("Search the documentation"));
    follow_->setText(tr("Follow the animation"));
    follow_->setToolTip(tr("Open the topic of the event shown and of the selected object"));
}

} // namespace studio::docs
