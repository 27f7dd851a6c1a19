#pragma once

#include <QMenu>

class QActionGroup;

namespace studio::i18n {

// View → Language: one checkable entry per interface language, each named in
// its own language. Choosing one switches the whole interface at once and is
// remembered for the next start.
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void checkCurrent();

    QActionGroup* group_;
};

} // namespace studio::i18n
