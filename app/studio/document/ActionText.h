#pragma once

#include "model/Scenario.h"

#include <QCoreApplication>
#include <QString>

namespace studio {

// One readable line for a step or callback action ("delete buf",
// "reference buf (tag dma)"), used by the steps list, the undo texts and the
// inspector. API names stay untranslated.
class ActionText {
    Q_DECLARE_TR_FUNCTIONS(ActionText)

public:
    static QString describe(const wdflc::Scenario& scenario, const wdflc::Action& action);
    static QString irqlText(wdflc::Irql irql);
    static QString typeText(wdflc::ObjectType type);
    static QString objectText(const wdflc::Scenario& scenario, wdflc::ObjectId id);
};

} // namespace studio
