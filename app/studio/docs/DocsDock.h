#pragma once

#include <QDockWidget>

class QCheckBox;
class QLineEdit;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace studio {

class Document;

namespace docs {

// The documentation beside the animation: the topic in the document's
// language, above it on request a table of contents (or, while the search
// box has text, the topics that match), with working links and back/forward. With
// "Follow the animation" on, it opens the topic of the event at the
// document's position and of the selected object's type.
class DocsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit DocsDock(Document* document, QWidget* parent = nullptr);

    // Opens a topic by id ("evt-cleanup-callback", "rule-delete-twice") in
    // the document's language; unknown ids open the contents.
    void showTopic(const QString& id);
    QString currentTopic() const;
    QString currentLanguage() const;

    bool followsAnimation() const;
    void setFollowsAnimation(bool follow);

    // F1 in `window` opens the topic of the control under the mouse or with
    // the focus, and brings this dock forward.
    void installHelpKey(QWidget* window);

    QTextBrowser* browser() const { return browser_; }
    QTreeWidget* contentsView() const { return contents_; }
    // Shows or hides the table of contents above the topic.
    void setContentsShown(bool shown);
    QLineEdit* searchBox() const { return search_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showContentsOrResults();
    void openItem(QTreeWidgetItem* item);
    void openLink(const QUrl& url);
    void followPosition();
    void followSelection();
    void followLanguage();
    void showHelpForFocus();
    void fitHeadings();

    Document* document_;
    QToolButton* back_;
    QToolButton* forward_;
    QToolButton* home_;
    QToolButton* contentsToggle_;
    QLineEdit* search_;
    QCheckBox* follow_;
    QTreeWidget* contents_;
    QTextBrowser* browser_;
    QString language_;
};

} // namespace docs
} // namespace studio
