#include "commands/ParentRules.h"

#include <algorithm>

namespace studio {
namespace {

QString typeText(wdflc::ObjectType type) {
    return QString::fromLatin1(wdflc::typeName(type).data(), wdflc::typeName(type).size());
}

} // namespace

wdflc::Creator ParentRules::defaultCreator(wdflc::ObjectType type) {
    return wdflc::typeInfo(type).frameworkCreatedByDefault ? wdflc::Creator::Framework
                                                           : wdflc::Creator::Driver;
}

bool ParentRules::hasDeviceAncestorOrSelf(const wdflc::Scenario& scenario, wdflc::ObjectId id) {
    // Bounded walk: a scenario being edited is never trusted to be acyclic.
    for (std::size_t hops = 0; id != wdflc::kNoObject && hops <= scenario.declarations.size();
         ++hops) {
        const wdflc::ObjectDecl& decl = scenario.decl(id);
        if (decl.type == wdflc::ObjectType::Device)
            return true;
        // A framework-created request belongs to a device's queue.
        if (decl.type == wdflc::ObjectType::Request && decl.creator() == wdflc::Creator::Framework)
            return true;
        id = decl.parentId;
    }
    return false;
}

bool ParentRules::isDescendantOrSelf(const wdflc::Scenario& scenario, wdflc::ObjectId id,
                                     wdflc::ObjectId ancestor) {
    for (std::size_t hops = 0; id != wdflc::kNoObject && hops <= scenario.declarations.size();
         ++hops) {
        if (id == ancestor)
            return true;
        id = scenario.decl(id).parentId;
    }
    return false;
}

QString ParentRules::whyNotChild(const wdflc::Scenario& scenario, wdflc::ObjectType type,
                                 wdflc::Creator creator, wdflc::ObjectId parent) {
    const wdflc::ObjectDecl& parentDecl = scenario.decl(parent);
    const QString child = typeText(type);
    const QString parentText = QStringLiteral("%1 (%2)").arg(QString::fromStdString(parentDecl.id),
                                                             typeText(parentDecl.type));
    if (!wdflc::availableIn(type, scenario.framework))
        return tr("%1 does not exist in UMDF.").arg(child);
    if (type == wdflc::ObjectType::Request && creator == wdflc::Creator::Framework)
        return tr("A framework-created WDFREQUEST has no parent: drop it on the empty canvas.");
    if (type == wdflc::ObjectType::Request)
        return {}; // driver-created: any parent
    switch (wdflc::typeInfo(type).parentRule) {
    case wdflc::ParentRule::NotAllowed:
        return tr("%1 is the root of the tree and cannot have a parent.").arg(child);
    case wdflc::ParentRule::OnlyDriver:
        if (parentDecl.type != wdflc::ObjectType::Driver)
            return tr("The parent of a %1 can only be the WDFDRIVER, not %2.")
                .arg(child, parentText);
        return {};
    case wdflc::ParentRule::OnlyDevice:
        if (parentDecl.type != wdflc::ObjectType::Device)
            return tr("The parent of a %1 can only be a WDFDEVICE, not %2.").arg(child, parentText);
        return {};
    case wdflc::ParentRule::DeviceOrQueue:
        if (parentDecl.type != wdflc::ObjectType::Device &&
            parentDecl.type != wdflc::ObjectType::Queue)
            return tr("The parent of a %1 can only be a WDFDEVICE or a WDFQUEUE, not %2.")
                .arg(child, parentText);
        return {};
    case wdflc::ParentRule::DeviceAncestor:
        if (!hasDeviceAncestorOrSelf(scenario, parent))
            return tr("A %1 needs a WDFDEVICE above it, and %2 has none.").arg(child, parentText);
        return {};
    case wdflc::ParentRule::Any:
        return {};
    }
    return {};
}

QString ParentRules::whyNoDefaultParent(const wdflc::Scenario& scenario, wdflc::ObjectType type,
                                        wdflc::Creator creator) {
    const QString child = typeText(type);
    if (!wdflc::availableIn(type, scenario.framework))
        return tr("%1 does not exist in UMDF.").arg(child);
    const bool hasDriver = std::any_of(
        scenario.declarations.begin(), scenario.declarations.end(),
        [](const wdflc::ObjectDecl& decl) { return decl.type == wdflc::ObjectType::Driver; });
    if (type == wdflc::ObjectType::Driver)
        return hasDriver ? tr("A scenario has exactly one WDFDRIVER.") : QString();
    if (type == wdflc::ObjectType::Request && creator == wdflc::Creator::Framework)
        return {};
    wdflc::DefaultParent rule = wdflc::typeInfo(type).defaultParent;
    if (type == wdflc::ObjectType::Request)
        rule = wdflc::DefaultParent::Driver;
    switch (rule) {
    case wdflc::DefaultParent::None:
        return {};
    case wdflc::DefaultParent::Driver:
        return hasDriver ? QString() : tr("Add the WDFDRIVER first: it is the default parent.");
    case wdflc::DefaultParent::OnlyDevice:
    case wdflc::DefaultParent::OnlyDeviceIoQueue:
        return scenario.onlyDevice()
                   ? QString()
                   : tr("A %1 without a parent goes to the only WDFDEVICE, and this scenario has "
                        "none or several: drop it on a device.")
                         .arg(child);
    case wdflc::DefaultParent::Required:
        return tr("A %1 needs a parent with a WDFDEVICE above it: drop it on one.").arg(child);
    }
    return {};
}

QString ParentRules::whyNotReparent(const wdflc::Scenario& scenario, wdflc::ObjectId object,
                                    wdflc::ObjectId parent) {
    const wdflc::ObjectDecl& decl = scenario.decl(object);
    if (parent == object)
        return tr("An object cannot be its own parent.");
    if (isDescendantOrSelf(scenario, parent, object))
        return tr("%1 is below %2: an object cannot move under its own descendant.")
            .arg(QString::fromStdString(scenario.decl(parent).id), QString::fromStdString(decl.id));
    if (decl.declaredInObjects && !scenario.decl(parent).declaredInObjects)
        return tr("%1 is created by a step, after %2 exists.")
            .arg(QString::fromStdString(scenario.decl(parent).id), QString::fromStdString(decl.id));
    return whyNotChild(scenario, decl.type, decl.creator(), parent);
}

} // namespace studio
