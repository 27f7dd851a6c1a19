#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace studio {

class Document;

// Writes the unsaved document every little while to a recovery file, so a
// crash loses at most that while. A clean exit or a save removes the file;
// one found at start means the last session ended without either.
class Autosave : public QObject {
    Q_OBJECT

public:
    Autosave(Document* document, const QString& directory, QObject* parent = nullptr);

    QString recoveryPath() const;
    bool hasRecovery() const;
    // The file the recovered document had been opened from ("" if untitled).
    QString recoveredSourcePath() const;
    void setInterval(int milliseconds);

public slots:
    void writeNow();
    void discard();

private:
    Document* document_;
    QString directory_;
    QTimer* timer_;
};

} // namespace studio
