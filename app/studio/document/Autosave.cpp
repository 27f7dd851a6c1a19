#include "document/Autosave.h"

#include "document/Document.h"
#include "QtOutputFile.h"

#include <QDir>
#include <QFile>
#include <QTimer>

namespace studio {
namespace {

constexpr int kDefaultIntervalMs = 30'000;

} // namespace

Autosave::Autosave(Document* document, const QString& directory, QObject* parent)
    : QObject(parent), document_(document), directory_(directory), timer_(new QTimer(this)) {
    timer_->setInterval(kDefaultIntervalMs);
    connect(timer_, &QTimer::timeout, this, &Autosave::writeNow);
    connect(document_, &Document::modificationChanged, this, [this](bool modified) {
        if (modified)
            timer_->start();
        else
            discard();
    });
}

void Autosave::setInterval(int milliseconds) {
    timer_->setInterval(milliseconds);
}

QString Autosave::recoveryPath() const {
    return QDir(directory_).filePath(QStringLiteral("recovery.wdfscn.json"));
}

bool Autosave::hasRecovery() const {
    return QFile::exists(recoveryPath());
}

QString Autosave::recoveredSourcePath() const {
    QFile file(recoveryPath() + QStringLiteral(".source"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void Autosave::writeNow() {
    if (!document_->isModified())
        return;
    QDir().mkpath(directory_);
    // Best effort: the user's own save reports errors.
    if (wdflc::output::writeFile(recoveryPath(), document_->serialized()).isEmpty())
        wdflc::output::writeFile(recoveryPath() + QStringLiteral(".source"),
                                 document_->filePath().toUtf8());
}

void Autosave::discard() {
    timer_->stop();
    QFile::remove(recoveryPath());
    QFile::remove(recoveryPath() + QStringLiteral(".source"));
}

} // namespace studio
