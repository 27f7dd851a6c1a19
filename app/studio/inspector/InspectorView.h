#pragma once

#include "model/Scenario.h"

#include <QTextBrowser>

namespace studio {

class Document;

// Everything about the selected object at the current position: handle and
// callback role types, engine and framework state, the reference count with
// its outstanding tags and the last 25 tag events, contexts and buffers, and
// "why is this object still alive?" — each reason something the driver can do.
class InspectorView : public QTextBrowser {
    Q_OBJECT

public:
    explicit InspectorView(Document* document, QWidget* parent = nullptr);

    // The HTML shown, made from the document alone (the tests read it).
    static QString describe(const Document& document, wdflc::ObjectId object);

private:
    void refresh();

    Document* document_;
};

} // namespace studio
