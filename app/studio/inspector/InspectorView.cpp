#include "inspector/InspectorView.h"

#include "document/ActionText.h"
#include "document/Document.h"
#include "document/StateStyle.h"

#include <map>

namespace studio {
namespace {

constexpr std::size_t kTagHistoryLength = 25;

QString view(std::string_view text) {
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

QString escaped(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

struct TagEvent {
    std::uint32_t seq;
    int step;
    bool referenced;
    QString tag;
    std::int32_t count;
};

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label, value);
}

} // namespace

InspectorView::InspectorView(Document* document, QWidget* parent)
    : QTextBrowser(parent), document_(document) {
    setObjectName(QStringLiteral("inspector"));
    setOpenLinks(false);
    connect(document_, &Document::traceChanged, this, &InspectorView::refresh);
    connect(document_, &Document::positionChanged, this, &InspectorView::refresh);
    connect(document_, &Document::selectionChanged, this, &InspectorView::refresh);
    connect(document_, &Document::languageChanged, this, &InspectorView::refresh);
    refresh();
}

void InspectorView::refresh() {
    setHtml(describe(*document_, document_->selectedObject()));
}

QString InspectorView::describe(const Document& document, wdflc::ObjectId object) {
    const wdflc::Scenario& scenario = document.scenario();
    if (object == wdflc::kNoObject || object >= scenario.declarations.size())
        return tr("<p>Select an object on the canvas or in the outline.</p>");
    const auto& trace = *document.trace();
    const std::uint32_t position = document.position();
    const wdflc::ObjectDecl& decl = scenario.decl(object);
    const wdflc::ObjectTypeInfo& info = wdflc::typeInfo(decl.type);
    const wdflc::ObjectSnapshot state = document.timeline().stateAt(object, position);

    // Tags and buffers as of this position, from the events so far.
    std::map<QString, int> outstanding;
    std::vector<TagEvent> history;
    std::vector<std::string> freedBuffers;
    for (std::uint32_t seq = 1; seq <= position; ++seq) {
        const wdflc::Event& event = trace.at(seq);
        if (event.object != object)
            continue;
        if (event.kind == wdflc::EventKind::Referenced ||
            event.kind == wdflc::EventKind::Dereferenced) {
            const std::string* tag = trace.tag(event);
            const QString name = tag ? QString::fromStdString(*tag) : tr("(no tag)");
            const bool referenced = event.kind == wdflc::EventKind::Referenced;
            outstanding[name] += referenced ? 1 : -1;
            history.push_back({seq, event.step, referenced, name, event.refCount});
        } else if (event.kind == wdflc::EventKind::BufferFreed) {
            freedBuffers.push_back(trace.bufferName(event));
        }
    }

    QString html;
    html += QStringLiteral("<h3>%1 <span style='color:#555'>%2</span></h3>")
                .arg(escaped(decl.id), view(info.name));
    html += QStringLiteral("<table>");
    html += row(tr("Handle type"), view(info.name));
    html += row(tr("Cleanup callback type"), view(info.cleanupRoleType));
    html += row(tr("Destroy callback type"), view(info.destroyRoleType));
    html +=
        row(tr("Parent"), ActionText::objectText(scenario, decl.parentId) +
                              (decl.inIoPackage ? tr(" (through its I/O package)") : QString()));
    html += row(tr("Created by"),
                decl.creator() == wdflc::Creator::Framework ? tr("framework") : tr("driver"));
    if (!decl.source.empty())
        html += row(tr("Source"), escaped(decl.source));
    html += row(tr("IRQL class"),
                decl.passive() ? tr("passive: cleanup and destroy always run at PASSIVE_LEVEL")
                               : tr("callbacks run at the caller's IRQL (up to DISPATCH_LEVEL)"));
    html += row(tr("WdfObjectDelete"), wdflc::driverMayDelete(decl.type, decl.creator(), decl.role)
                                           ? tr("the driver may delete it")
                                           : tr("only the framework deletes it"));
    html += row(tr("Engine state"),
                QStringLiteral("%1 (%2)").arg(view(wdflc::objectStateName(state.state)),
                                              StateStyle::stateText(state.state)));
    html += row(tr("Framework state"), view(wdflc::frameworkStateName(state)));
    html += row(tr("Reference count"), QString::number(state.refCount));
    if (state.pending > 0)
        html += row(tr("Running callbacks"),
                    QStringLiteral("%1 × %2").arg(state.pending).arg(view(info.waitCallback)));
    html += QStringLiteral("</table>");

    // Why is it still alive?
    QStringList reasons;
    const bool gone =
        state.state == wdflc::ObjectState::Freed || state.state == wdflc::ObjectState::NotCreated;
    if (!gone) {
        if (state.state == wdflc::ObjectState::Alive) {
            if (wdflc::driverMayDelete(decl.type, decl.creator(), decl.role))
                reasons << tr("Nobody deleted it yet: call WdfObjectDelete on it, or delete its "
                              "parent %1.")
                               .arg(ActionText::objectText(scenario, decl.parentId));
            else
                reasons << tr("Only the framework deletes it: it goes when its parent %1 is "
                              "deleted, at device removal or driver unload.")
                               .arg(ActionText::objectText(scenario, decl.parentId));
        }
        for (const auto& [tag, count] : outstanding)
            if (count > 0)
                reasons << tr("%1 reference(s) with tag %2 are still held: call "
                              "WdfObjectDereferenceWithTag with that tag.")
                               .arg(count)
                               .arg(tag.toHtmlEscaped());
        if (state.pending > 0)
            reasons << tr("%1 running %2 instance(s): the deletion waits until they return.")
                           .arg(state.pending)
                           .arg(view(info.waitCallback));
        if (state.state == wdflc::ObjectState::Queued ||
            state.state == wdflc::ObjectState::PartlyDisposed ||
            state.state == wdflc::ObjectState::DestroyQueued)
            reasons << tr("Its remaining work waits in the worker queue: it runs at the next "
                          "drain at PASSIVE_LEVEL.");
        if (state.state == wdflc::ObjectState::Disposed)
            reasons << tr("It is cleaned up and waits for the deletion that cleaned it to run "
                          "its destroy pass.");
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Why is this object still alive?"));
    if (gone)
        html += QStringLiteral("<p>%1</p>")
                    .arg(state.state == wdflc::ObjectState::Freed
                             ? tr("It is not: it has been freed.")
                             : tr("It is not created yet at this point."));
    else if (reasons.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Its deletion is under way."));
    else
        html +=
            QStringLiteral("<ul><li>%1</li></ul>").arg(reasons.join(QStringLiteral("</li><li>")));

    html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Outstanding references"));
    // The deletion releases the creation reference at its destroy pass (semantics 3.4).
    const bool creationHeld = !gone && state.state != wdflc::ObjectState::Released &&
                              state.state != wdflc::ObjectState::DestroyQueued;
    html += row(tr("creation reference"),
                creationHeld ? tr("held by the framework until deletion") : tr("released"));
    for (const auto& [tag, count] : outstanding)
        if (count != 0)
            html += row(tag.toHtmlEscaped(), QString::number(count));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Tag history (last %1)").arg(kTagHistoryLength));
    if (history.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No references taken or released yet."));
    } else {
        html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("event"), tr("step"), tr("tag"), tr("count"));
        const std::size_t first =
            history.size() > kTagHistoryLength ? history.size() - kTagHistoryLength : 0;
        for (std::size_t i = first; i < history.size(); ++i) {
            const TagEvent& entry = history[i];
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 %4</td><td>%5</td></tr>")
                    .arg(entry.seq)
                    .arg(entry.step >= 0 ? QString::number(entry.step + 1) : QStringLiteral("–"))
                    .arg(entry.referenced ? QStringLiteral("+") : QStringLiteral("−"))
                    .arg(entry.tag.toHtmlEscaped())
                    .arg(entry.count);
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Contexts"));
    if (decl.contexts.empty())
        html += QStringLiteral("<li>%1</li>").arg(tr("one unnamed context, no callbacks"));
    for (const wdflc::ContextDecl& context : decl.contexts) {
        QStringList parts;
        parts << (context.name ? escaped(*context.name) : tr("(unnamed)"));
        if (context.cleanup)
            parts << QStringLiteral("EvtCleanupCallback");
        if (context.destroy)
            parts << QStringLiteral("EvtDestroyCallback");
        QStringList buffers;
        for (const std::string& buffer : context.buffers) {
            const bool freed =
                std::find(freedBuffers.begin(), freedBuffers.end(), buffer) != freedBuffers.end();
            buffers << (freed ? QStringLiteral("<s>%1</s>").arg(escaped(buffer)) : escaped(buffer));
        }
        if (!buffers.isEmpty())
            parts << tr("buffers: %1").arg(buffers.join(QStringLiteral(", ")));
        html += QStringLiteral("<li>%1</li>").arg(parts.join(QStringLiteral(" · ")));
    }
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace studio
