#pragma once

#include <QTreeWidget>

namespace studio {

class Document;

// Every diagnostic of the trace: event, severity, rule, object and message.
// Diagnostics not reached yet by the animation are greyed. Clicking one
// selects its object and moves the animation to its event.
class DiagnosticsPanel : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { EventColumn, SeverityColumn, RuleColumn, ObjectColumn, MessageColumn };
    static constexpr int SeqRole = Qt::UserRole + 1;
    static constexpr int ObjectRole = Qt::UserRole + 2;
    static constexpr int RuleRole = Qt::UserRole + 3;

    explicit DiagnosticsPanel(Document* document, QWidget* parent = nullptr);

signals:
    void countChanged(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void followPosition();
    void activate(QTreeWidgetItem* item);

    Document* document_;
};

} // namespace studio
