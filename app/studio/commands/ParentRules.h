#pragma once

#include "model/Scenario.h"

#include <QCoreApplication>
#include <QString>

namespace studio {

// The type table's parent rules (semantics.md 1.1), asked before an edit so a
// refused drop can say why at the cursor. The reader checks again after the
// edit, so no invalid tree gets through even if these answers were wrong.
class ParentRules {
    Q_DECLARE_TR_FUNCTIONS(ParentRules)

public:
    // Why an object of `type` made by `creator` cannot have `parent` as its
    // explicit parent, or an empty string when it can.
    static QString whyNotChild(const wdflc::Scenario& scenario, wdflc::ObjectType type,
                               wdflc::Creator creator, wdflc::ObjectId parent);
    // Why it cannot be created without `parent` (the type's default rule).
    static QString whyNoDefaultParent(const wdflc::Scenario& scenario, wdflc::ObjectType type,
                                      wdflc::Creator creator);
    // Why `object` cannot move under `parent` (the rules above, plus no cycles).
    static QString whyNotReparent(const wdflc::Scenario& scenario, wdflc::ObjectId object,
                                  wdflc::ObjectId parent);

    static bool hasDeviceAncestorOrSelf(const wdflc::Scenario& scenario, wdflc::ObjectId id);
    static bool isDescendantOrSelf(const wdflc::Scenario& scenario, wdflc::ObjectId id,
                                   wdflc::ObjectId ancestor);
    static wdflc::Creator defaultCreator(wdflc::ObjectType type);
};

} // namespace studio
