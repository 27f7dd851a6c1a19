#include "i18n/LanguageMenu.h"

#include "i18n/Translations.h"

#include <QActionGroup>
#include <QEvent>

namespace studio::i18n {

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(parent), group_(new QActionGroup(this)) {
    setObjectName(QStringLiteral("languageMenu"));
    for (const QString& language : Translations::languages()) {
        QAction* action = group_->addAction(Translations::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setObjectName(QStringLiteral("language-%1").arg(language));
        connect(action, &QAction::triggered, this, [language] { Translations::choose(language); });
    }
    addActions(group_->actions());
    retranslate();
}

void LanguageMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate() {
    setTitle(tr("&Language"));
    checkCurrent();
}

void LanguageMenu::checkCurrent() {
    for (QAction* action : group_->actions())
        action->setChecked(action->data().toString() == Translations::current());
}

} // namespace studio::i18n
