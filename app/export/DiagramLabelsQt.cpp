#include "DiagramLabelsQt.h"

#include <QCoreApplication>

namespace wdflc::exporting {
namespace {

std::string translated(const char* text) {
    return QCoreApplication::translate("DiagramLabels", text).toStdString();
}

} // namespace

diagram::DiagramLabels translatedDiagramLabels() {
    diagram::DiagramLabels labels;
    labels.driverThread = translated(QT_TRANSLATE_NOOP("DiagramLabels", "Driver thread"));
    labels.framework = translated(QT_TRANSLATE_NOOP("DiagramLabels", "Framework"));
    labels.worker = translated(QT_TRANSLATE_NOOP("DiagramLabels", "Worker thread"));
    labels.create = translated(QT_TRANSLATE_NOOP("DiagramLabels", "create"));
    labels.freed = translated(QT_TRANSLATE_NOOP("DiagramLabels", "freed"));
    labels.frameworkDeletes = translated(QT_TRANSLATE_NOOP("DiagramLabels", "framework deletes"));
    labels.cleanupWithoutCallback =
        translated(QT_TRANSLATE_NOOP("DiagramLabels", "cleanup (no callback)"));
    labels.destroyWithoutCallback =
        translated(QT_TRANSLATE_NOOP("DiagramLabels", "destroy (no callback)"));
    labels.queuedForWorker =
        translated(QT_TRANSLATE_NOOP("DiagramLabels", "queue %1 for the worker"));
    labels.waitForCallbacks =
        translated(QT_TRANSLATE_NOOP("DiagramLabels", "wait for %1 running callback(s)"));
    labels.blocked = translated(QT_TRANSLATE_NOOP("DiagramLabels", "blocked"));
    labels.workerRunsQueue =
        translated(QT_TRANSLATE_NOOP("DiagramLabels", "worker runs the deferred queue"));
    labels.irqlChanged = translated(QT_TRANSLATE_NOOP("DiagramLabels", "IRQL is now %1"));
    labels.bufferFreed = translated(QT_TRANSLATE_NOOP("DiagramLabels", "free buffer %1"));
    labels.refCount = translated(QT_TRANSLATE_NOOP("DiagramLabels", "refCount %1"));
    labels.pageOf = translated(QT_TRANSLATE_NOOP("DiagramLabels", "page %1 of %2"));
    return labels;
}

} // namespace wdflc::exporting
