#pragma once

#include <functional>
#include <QObject>
#include <vector>

class QWidget;

namespace studio::i18n {

// For windows built in code rather than in Designer: each piece of code that
// sets a text with tr() is kept and run again when the language changes, so
// the tr() call stays next to the widget it labels.
class Retranslator : public QObject {
    Q_OBJECT

public:
    // Watches `owner` for QEvent::LanguageChange; owned by it.
    explicit Retranslator(QWidget* owner);

    // Runs `setTexts` now and after every language change.
    void add(std::function<void()> setTexts);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::vector<std::function<void()>> setters_;
};

} // namespace studio::i18n
