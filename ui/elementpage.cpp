#include "elementpage.h"

#include "core/apiclient.h"
#include "core/displaytext.h"
#include "core/elementcatalog.h"
#include "core/provisioningflow.h"
#include "messages.h"
#include "profiles/profilesession.h"
#include "recentelements.h"
#include "ui_elementpage.h"

#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QKeyEvent>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

enum Column { NameColumn, KeyColumn, KindColumn, OriginColumn, ColumnCount };

// The search matches name or key; the "another element" row is always there.
class ElementFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Plain text, not a pattern: "c++" or "(" are searched as typed.
    void setText(const QString &text)
    {
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, NameColumn, parent);
        if (first.data(ElementPage::IdRole).toString().isEmpty())
            return true;
        if (m_text.isEmpty())
            return true;
        for (int column : {NameColumn, KeyColumn}) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
};

QString kindText(Authentication kind)
{
    switch (kind) {
    case Authentication::OAuth1:
        return ElementPage::tr("OAuth 1.0a");
    case Authentication::OAuth2:
        return ElementPage::tr("OAuth 2.0");
    case Authentication::Credentials:
        break;
    }
    return ElementPage::tr("Credentials");
}

QString originText(const ElementDescription &d)
{
    switch (d.origin) {
    case ElementDescription::Origin::BuiltIn:
        return ElementPage::tr("Built in");
    case ElementDescription::Origin::User:
        return d.replacesBuiltIn ? ElementPage::tr("Your file (replaces the built-in one)") : ElementPage::tr("Your file");
    case ElementDescription::Origin::Platform:
        break;
    }
    return ElementPage::tr("The platform");
}

// The entries of GET /elements/{key}'s configuration list, as (key, name).
QList<std::pair<QString, QString>> platformEntries(const QJsonObject &element)
{
    QList<std::pair<QString, QString>> entries;
    for (const QJsonValue &v : element.value("configuration"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value("key"_L1).toString();
        if (!key.isEmpty())
            entries.append({key, o.value("name"_L1).toString()});
    }
    return entries;
}

}  // namespace

ElementPage::ElementPage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent),
      m_context(context),
      m_ui(std::make_unique<Ui::ElementPage>()),
      m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_proxy(new ElementFilter(this))
{
    m_ui->setupUi(this);
    nameClearButton(m_ui->filterEdit);
    usePlainTextLabels(this);
    m_model->setHorizontalHeaderLabels({tr("Element"), tr("Key"), tr("Signs in with"), tr("Described by")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RankRole);
    m_ui->elementList->setModel(m_proxy);
    m_ui->elementList->setSortingEnabled(false);
    m_ui->elementList->setAccessibleName(tr("Elements"));
    m_ui->keyEdit->setToolTip(tr("The element's key on the platform, as in GET /elements/{key}."));
    m_ui->siteCombo->setToolTip(tr("The platform does not say which of its entries is the site address "
                                   "of the account to connect; choose it, or none."));
    m_ui->detailsLabel->setForegroundRole(QPalette::PlaceholderText);
    setMessage(m_ui->lookUpMessage, {});
    setMessage(m_ui->saveMessage, {});
    m_ui->otherPanel->setVisible(false);

    setMessage(m_ui->problemsLabel, {});

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ElementPage::onFilterChanged);
    m_ui->filterEdit->installEventFilter(this);
    connect(m_ui->elementList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ElementPage::onCurrentChanged);
    connect(m_ui->lookUpButton, &QPushButton::clicked, this, &ElementPage::lookUp);
    connect(m_ui->keyEdit, &QLineEdit::returnPressed, this, &ElementPage::lookUp);
    connect(m_ui->keyEdit, &QLineEdit::textEdited, this, [this] {
        m_keyTyped = true;
        m_platformElement = {};
        m_ui->siteCombo->clear();
        setMessage(m_ui->lookUpMessage, {});
        Q_EMIT completeChanged();
    });
    connect(m_ui->siteCombo, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT completeChanged(); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ElementPage::askWhereToExport);
}

ElementPage::~ElementPage()
{
    if (m_lookUp)
        m_lookUp->cancel();
}

void ElementPage::fillList()
{
    const ElementCatalog &catalog = ElementCatalog::shared();
    const QList<const ElementDescription *> all = catalog.descriptors();  // by title
    QStringList recent;
    for (const QString &id : recentElements::ids(m_context.profiles ? m_context.profiles->store() : nullptr)) {
        if (catalog.byId(id))
            recent.append(id);
    }
    m_model->removeRows(0, m_model->rowCount());
    int rank = int(recent.size());
    for (const ElementDescription *d : all) {
        const int recentAt = int(recent.indexOf(d->id));
        auto *name = new QStandardItem(d->title());
        name->setData(d->id, IdRole);
        name->setData(recentAt >= 0 ? recentAt : rank++, RankRole);
        name->setToolTip(d->displayDescription());
        auto *kind = new QStandardItem(kindText(d->authentication));
        m_model->appendRow({name, new QStandardItem(d->key), kind, new QStandardItem(originText(*d))});
    }
    auto *other = new QStandardItem(tr("Another element, described by the platform…"));
    other->setData(QString(), IdRole);
    other->setData(rank, RankRole);
    other->setToolTip(tr("For an element with no descriptor here: the platform's own description "
                         "(GET /elements/{key}) makes the form."));
    m_model->appendRow({other, new QStandardItem, new QStandardItem, new QStandardItem(tr("The platform"))});
    m_proxy->sort(NameColumn);
    for (int c = 0; c < ColumnCount; ++c)
        m_ui->elementList->resizeColumnToContents(c);
}

bool ElementPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_ui->elementList, event);
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void ElementPage::initializePage()
{
    // Built when first shown: the first page stays light.
    if (m_model->rowCount() == 0) {
        fillList();
        // The catalog's files that could not be used: listed, never fatal.
        const QList<ElementCatalog::Problem> &problems = ElementCatalog::shared().problems();
        QStringList lines;
        for (const ElementCatalog::Problem &p : problems)
            lines.append(p.text());
        setMessage(m_ui->problemsLabel,
                   lines.isEmpty() ? QString() : tr("Not used, because of a mistake: %1").arg(lines.join(u"; "_s)),
                   MessageKind::Warning);
    }
    // The flow's element: the one a profile brought, or the one chosen before.
    const ElementDescription &current = m_context.flow->element();
    if (current.origin == ElementDescription::Origin::Platform) {
        select({});
        if (m_ui->keyEdit->text().trimmed().isEmpty())
            m_ui->keyEdit->setText(current.key);
    } else {
        select(current.id);
    }
    m_ui->filterEdit->setFocus();
}

void ElementPage::select(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, NameColumn);
        if (index.data(IdRole).toString() == id) {
            m_ui->elementList->setCurrentIndex(index);
            m_ui->elementList->scrollTo(index);
            return;
        }
    }
}

bool ElementPage::platformRowChosen() const
{
    const QModelIndex index = m_ui->elementList->currentIndex();
    return index.isValid() && index.siblingAtColumn(NameColumn).data(IdRole).toString().isEmpty();
}

void ElementPage::onFilterChanged(const QString &text)
{
    static_cast<ElementFilter *>(m_proxy)->setText(text.trimmed());
    // The first match is the one Next takes; nothing but "another element" left: the key
    // typed is surely that element's.
    const QModelIndex first = m_proxy->index(0, NameColumn);
    m_ui->elementList->setCurrentIndex(first);
    // (until the user types a key of their own).
    if (platformRowChosen() && !m_keyTyped && !text.trimmed().contains(u' ')) {
        m_ui->keyEdit->setText(text.trimmed().toLower());
        m_platformElement = {};
        m_ui->siteCombo->clear();
        setMessage(m_ui->lookUpMessage, {});
    }
}

void ElementPage::onCurrentChanged()
{
    const bool platform = platformRowChosen();
    m_ui->otherPanel->setVisible(platform);
    setMessage(m_ui->saveMessage, {});
    QString details;
    if (!platform) {
        if (const auto d = chosen()) {
            details = d->displayDescription();
            if (d->origin == ElementDescription::Origin::User && !d->path.isEmpty())
                details += u'\n' + tr("From %1").arg(QDir::toNativeSeparators(d->path));
        }
    }
    m_ui->detailsLabel->setText(details);
    m_ui->detailsLabel->setVisible(!details.isEmpty());
    Q_EMIT completeChanged();
}

std::optional<ElementDescription> ElementPage::chosen(QString *why) const
{
    const QModelIndex index = m_ui->elementList->currentIndex();
    if (!index.isValid()) {
        if (why)
            *why = tr("Choose an element.");
        return std::nullopt;
    }
    const QString id = index.siblingAtColumn(NameColumn).data(IdRole).toString();
    if (!id.isEmpty()) {
        if (const ElementDescription *d = ElementCatalog::shared().byId(id))
            return *d;
        return std::nullopt;
    }
    if (m_platformElement.isEmpty()) {
        // The flow's element, described by the platform before (a profile carries its
        // description): it stands until another key is looked up.
        const ElementDescription &current = m_context.flow->element();
        const QString key = m_ui->keyEdit->text().trimmed();
        if (current.origin == ElementDescription::Origin::Platform && (key.isEmpty() || key == current.key))
            return current;
        if (why)
            *why = tr("Look the element up first.");
        return std::nullopt;
    }
    auto built = ElementCatalog::fromPlatform(m_platformElement, m_ui->siteCombo->currentData().toString(), why);
    if (built)
        built->setOrigin(ElementDescription::Origin::Platform);
    return built;
}

void ElementPage::lookUp()
{
    const QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty()) {
        setMessage(m_ui->lookUpMessage, tr("Enter the element's key."));
        m_ui->keyEdit->setFocus();
        return;
    }
    if (m_lookUp)
        m_lookUp->cancel();
    m_platformElement = {};
    m_ui->siteCombo->clear();
    setMessage(m_ui->lookUpMessage, tr("Asking %1…").arg(m_context.flow->environment().baseUrl().host()),
               MessageKind::Ok);
    m_lookUp = m_context.flow->describeElement(key);
    connect(m_lookUp, &ApiReply::finished, this, &ElementPage::onLookedUp);
    Q_EMIT completeChanged();
}

void ElementPage::onLookedUp()
{
    ApiReply *reply = m_lookUp;
    if (!reply || sender() != reply)
        return;
    reply->deleteLater();
    if (!reply->succeeded()) {
        if (reply->error().kind != ApiError::Kind::Cancelled)
            setMessage(m_ui->lookUpMessage, reply->error().text);
        m_ui->keyEdit->setFocus();
        return;
    }
    m_platformElement = reply->json().toObject();
    {
        const QSignalBlocker block(m_ui->siteCombo);
        m_ui->siteCombo->addItem(tr("None: it has no site address"), QString());
        for (const auto &[key, name] : platformEntries(m_platformElement))
            m_ui->siteCombo->addItem(name.isEmpty() ? key : u"%1 (%2)"_s.arg(displayText(name, 60), key), key);
        m_ui->siteCombo->setCurrentIndex(0);
    }
    QString why;
    const auto built = chosen(&why);
    if (built) {
        setMessage(m_ui->lookUpMessage,
                   tr("%1 signs in with %2; entries to fill in: %n.", nullptr, int(built->visibleEntries().size()))
                       .arg(built->title(), kindText(built->authentication)),
                   MessageKind::Ok);
        m_ui->siteCombo->setFocus();
    } else {
        setMessage(m_ui->lookUpMessage, why);
    }
    Q_EMIT completeChanged();
}

bool ElementPage::isComplete() const
{
    return chosen().has_value();
}

bool ElementPage::validatePage()
{
    QString why;
    const auto element = chosen(&why);
    if (!element) {
        setMessage(m_ui->lookUpMessage, why);
        return false;
    }
    if (!m_context.flow->setElement(*element)) {
        setMessage(m_ui->saveMessage, tr("The element cannot change while the authorization runs."));
        return false;
    }
    return true;
}

void ElementPage::askWhereToExport()
{
    QString why;
    const auto element = chosen(&why);
    if (!element) {
        setMessage(m_ui->saveMessage, why);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export element descriptor"), QDir::home().filePath(element->id + u".json"_s),
        tr("Element descriptors (*.json)"));
    if (!path.isEmpty())
        exportDescriptor(path);
}

bool ElementPage::exportDescriptor(const QString &path)
{
    QString why;
    const auto element = chosen(&why);
    if (!element) {
        setMessage(m_ui->saveMessage, why);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(element->toJson()) < 0 || !file.commit()) {
        setMessage(m_ui->saveMessage, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    setMessage(m_ui->saveMessage, tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageKind::Ok);
    return true;
}

}  // namespace ce
