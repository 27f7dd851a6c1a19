#include "i18n/Retranslator.h"

#include <QEvent>
#include <QWidget>

namespace studio::i18n {

Retranslator::Retranslator(QWidget* owner) : QObject(owner) {
    owner->installEventFilter(this);
}

void Retranslator::add(std::function<void()> setTexts) {
    setTexts();
    setters_.push_back(std::move(setTexts));
}

bool Retranslator::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parent() && event->type() == QEvent::LanguageChange)
        for (const auto& setTexts : setters_)
            setTexts();
    return QObject::eventFilter(watched, event);
}

} // namespace studio::i18n
