#include "document/Autosave.h"

#include "document/Document.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
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
    QSaveFile recovery(recoveryPath());
    if (!recovery.open(QIODevice::WriteOnly))
        return; // autosave is best effort; the user's own save reports errors
    recovery.write(document_->serialized());
    if (!recovery.commit())
        return;
    QSaveFile source(recoveryPath() + QStringLiteral(".source"));
    if (source.open(QIODevice::WriteOnly)) {
        source.write(document_->filePath().toUtf8());
        source.commit();
    }
}

void Autosave::discard() {
    timer_->stop();
    QFile::remove(recoveryPath());
    QFile::remove(recoveryPath() + QStringLiteral(".source"));
}

} // namespace studio
