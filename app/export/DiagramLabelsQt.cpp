#include "DiagramLabelsQt.h"

#include <QCoreApplication>

namespace wdflc::exporting {
namespace {

std::string tr(const char* text) {
    return QCoreApplication::translate("DiagramLabels", text).toStdString();
}

} // namespace

diagram::DiagramLabels translatedDiagramLabels() {
    diagram::DiagramLabels labels;
    labels.driverThread = tr(QT_TRANSLATE_NOOP("DiagramLabels", "Driver thread"));
    labels.framework = tr(QT_TRANSLATE_NOOP("DiagramLabels", "Framework"));
    labels.worker = tr(QT_TRANSLATE_NOOP("DiagramLabels", "Worker thread"));
    labels.create = tr(QT_TRANSLATE_NOOP("DiagramLabels", "create"));
    labels.freed = tr(QT_TRANSLATE_NOOP("DiagramLabels", "freed"));
    labels.frameworkDeletes = tr(QT_TRANSLATE_NOOP("DiagramLabels", "framework deletes"));
    labels.cleanupWithoutCallback = tr(QT_TRANSLATE_NOOP("DiagramLabels", "cleanup (no callback)"));
    labels.destroyWithoutCallback = tr(QT_TRANSLATE_NOOP("DiagramLabels", "destroy (no callback)"));
    labels.queuedForWorker = tr(QT_TRANSLATE_NOOP("DiagramLabels", "queue %1 for the worker"));
    labels.waitForCallbacks =
        tr(QT_TRANSLATE_NOOP("DiagramLabels", "wait for %1 running callback(s)"));
    labels.blocked = tr(QT_TRANSLATE_NOOP("DiagramLabels", "blocked"));
    labels.workerRunsQueue =
        tr(QT_TRANSLATE_NOOP("DiagramLabels", "worker runs the deferred queue"));
    labels.irqlChanged = tr(QT_TRANSLATE_NOOP("DiagramLabels", "IRQL is now %1"));
    labels.bufferFreed = tr(QT_TRANSLATE_NOOP("DiagramLabels", "free buffer %1"));
    labels.refCount = tr(QT_TRANSLATE_NOOP("DiagramLabels", "refCount %1"));
    labels.pageOf = tr(QT_TRANSLATE_NOOP("DiagramLabels", "page %1 of %2"));
    return labels;
}

} // namespace wdflc::exporting
