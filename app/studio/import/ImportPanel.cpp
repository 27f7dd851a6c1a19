#include "import/ImportPanel.h"

#include "import/SourceImport.h"
#include "import/SourceView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio {
namespace {

constexpr int kFileRole = Qt::UserRole;
constexpr int kLineRole = Qt::UserRole + 1;

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

QTreeWidgetItem* addItem(QTreeWidgetItem* parent, const QString& label,
                         const wdflc::import::SourcePlace& place) {
    auto* item =
        new QTreeWidgetItem(parent, {label, place.file.empty() ? QString() : text(place.text())});
    if (!place.file.empty()) {
        item->setData(0, kFileRole, text(place.file));
        item->setData(0, kLineRole, int(place.line));
        item->setToolTip(1, QObject::tr("Click to show this line of the driver's source"));
    }
    return item;
}

// The report's lines start with "FILE:LINE " when they have a place.
wdflc::import::SourcePlace leadingPlace(const std::string& line) {
    static const QRegularExpression pattern(QStringLiteral("^(\\S+):(\\d+) "));
    const auto match = pattern.match(text(line));
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toStdString(), match.captured(2).toUInt()};
}

} // namespace

ImportPanel::ImportPanel(QWidget* parent)
    : QWidget(parent), coverage_(new QLabel(this)), tree_(new QTreeWidget(this)),
      source_(new SourceView(this)) {
    setObjectName(QStringLiteral("importPanel"));
    coverage_->setWordWrap(true);
    tree_->setColumnCount(2);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(coverage_);
    layout->addWidget(tree_);
    connect(tree_, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { openItem(item); });
    connect(tree_, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openItem(item); });
    rebuild();
}

void ImportPanel::showImport(const QString& root,
                             std::shared_ptr<const wdflc::import::ImportResult> result) {
    root_ = root;
    result_ = std::move(result);
    rebuild();
}

bool ImportPanel::openItem(QTreeWidgetItem* item) {
    if (item == nullptr || !item->data(0, kFileRole).isValid())
        return false;
    source_->showLine(root_, item->data(0, kFileRole).toString(), item->data(0, kLineRole).toInt());
    source_->show();
    source_->raise();
    return true;
}

QString ImportPanel::coverageText() const {
    return coverage_->text();
}

void ImportPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ImportPanel::rebuild() {
    tree_->clear();
    tree_->setHeaderLabels({tr("Item"), tr("Source")});
    if (!result_) {
        coverage_->setText(
            tr("No driver imported yet: File → Import Driver Source… reads a driver's "
               "source directory and drafts its scenario."));
        return;
    }
    using namespace wdflc::import;
    const Draft& d = result_->draft;
    const auto unresolved = int(d.unresolved.size());
    coverage_->setText(tr("%1: %2 of %3 creation sites placed; %4 unresolved.")
                           .arg(root_)
                           .arg(int(d.creationSites) - unresolved)
                           .arg(int(d.creationSites))
                           .arg(unresolved));
    auto section = [this](const QString& title, int count) {
        auto* item = new QTreeWidgetItem(tree_, {title.arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };

    QTreeWidgetItem* open = section(tr("Unresolved creation sites (%1)"), unresolved);
    for (const auto& u : d.unresolved)
        addItem(open,
                tr("%1: parent %2 — %3")
                    .arg(text(u.api), u.expression.empty() ? tr("(none)") : text(u.expression),
                         text(u.why)),
                u.place);
    open->setExpanded(true);

    QTreeWidgetItem* left =
        section(tr("Left out of the scenario file (%1)"), int(result_->v1.leftOut.size()));
    for (const auto& line : result_->v1.leftOut)
        addItem(left, text(line), leadingPlace(line));
    left->setExpanded(true);

    QTreeWidgetItem* objects = section(tr("Objects (%1)"), int(d.objects.size()));
    for (const auto& o : d.objects) {
        QString label = text(o.id) + QStringLiteral("  ") + text(o.typeName);
        if (o.parent >= 0)
            label += tr("  parent %1 (%2)")
                         .arg(text(d.objects[o.parent].id),
                              text(std::string(parentSourceName(o.parentSource))));
        else if (o.parentSource == ParentSource::Unresolved)
            label += tr("  parent unresolved");
        QTreeWidgetItem* item = addItem(objects, label, o.place);
        for (const auto& note : o.notes)
            addItem(item, text(note), {});
    }

    QTreeWidgetItem* callbacks = section(tr("Callbacks found (%1)"), int(d.callbacks.size()));
    for (const auto& c : d.callbacks) {
        const QString on = c.object >= 0 ? text(d.objects[c.object].id) : tr("(unresolved)");
        QTreeWidgetItem* item =
            addItem(callbacks, tr("%1 %2 on %3").arg(text(c.kind), text(c.function), on),
                    c.definedAt.value_or(c.registeredAt));
        for (const auto& a : c.calls)
            addItem(item,
                    tr("%1(%2) → %3 (from source, conditions ignored)")
                        .arg(text(a.api), text(a.expression),
                             a.object < 0 ? tr("unresolved: %1").arg(text(a.unresolvedWhy))
                                          : (a.self ? QStringLiteral("self")
                                                    : text(d.objects[a.object].id))),
                    a.place);
        if (!c.otherCalls.empty()) {
            QStringList calls;
            for (const auto& call : c.otherCalls)
                calls << text(call);
            addItem(item, tr("calls ignored: %1").arg(calls.join(QStringLiteral(", "))), {});
        }
    }

    const SourceCorpus& corpus = d.corpus;
    QTreeWidgetItem* skipped =
        section(tr("Skipped so that it parses without the WDK (%1)"),
                int(corpus.missingHeaders.size() + corpus.emptiedMacros.size() +
                    corpus.addedRoleTypes.size()));
    auto list = [skipped](const QString& title, const std::vector<std::string>& items) {
        if (items.empty())
            return;
        QStringList names;
        for (const auto& item : items)
            names << text(item);
        addItem(skipped, title.arg(names.join(QStringLiteral(" "))), {});
    };
    list(tr("headers not in the directory, read as empty: %1"), corpus.missingHeaders);
    list(tr("annotations defined empty: %1"), corpus.emptiedMacros);
    list(tr("role typedefs declared: %1"), corpus.addedRoleTypes);

    QTreeWidgetItem* errors =
        section(tr("Parse errors, recovered (%1)"), int(corpus.errors.size()));
    for (const auto& e : corpus.errors)
        addItem(errors, text(e.message), e.place);
}

} // namespace studio
