#include "profilesdialog.h"

#include "core/elementdescription.h"
#include "icons.h"

#include "core/displaytext.h"
#include "core/environment.h"
#include "messages.h"
#include "profiles/profilesession.h"
#include "ui_profilesdialog.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ce {

namespace {
enum Column { NameColumn, EnvironmentColumn, SiteColumn, LastUsedColumn, LastInstanceColumn };
constexpr int IdRole = Qt::UserRole;
constexpr int ValidRole = Qt::UserRole + 1;

QString environmentName(const Profile &p)
{
    return p.environment == Environment::Kind::Custom ? p.customBaseUrl.host()
                                                      : Environment::displayNameOf(p.environment);
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : ProfilesDialog::tr("never");
}
}  // namespace

ProfilesDialog::ProfilesDialog(ProfileSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::ProfilesDialog>())
{
    m_ui->setupUi(this);
    m_ui->table->setAccessibleName(tr("Saved profiles"));
    usePlainTextLabels(this);
    resize(880, 440);
    m_ui->folderLabel->setText(tr("Profiles are kept in %1. Their secrets are in the system keychain, "
                                  "never in these files.")
                                   .arg(QDir::toNativeSeparators(session->store()->directory())));
    // A file's problem spans the columns after its name: size by the good rows only.
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setMessage(m_ui->messageLabel, {});

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, &ProfilesDialog::updateButtons);
    connect(m_ui->renameButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->table->currentRow();
        if (row >= 0)
            m_ui->table->editItem(m_ui->table->item(row, NameColumn));
    });
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfilesDialog::duplicateSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfilesDialog::deleteSelected);
    connect(m_ui->table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() != NameColumn)
            return;
        const QString id = item->data(IdRole).toString();
        QString error;
        if (!m_session->store()->rename(id, item->text(), &error)) {
            showMessage(error, MessageKind::Error);
            reload();
            return;
        }
        showMessage(tr("Renamed to \"%1\".").arg(item->text().trimmed()), MessageKind::Ok);
        reload();
        selectId(id);
    });
    reload();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::reload()
{
    m_loading = true;
    const QString selected = selectedId();
    QString error;
    const QList<ProfileEntry> entries = m_session->store()->entries(&error);
    QTableWidget *table = m_ui->table;
    table->setRowCount(0);
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const ProfileEntry &e = entries.at(row);
        auto cell = [&](int column, const QString &text, bool editable = false) {
            auto *item = new QTableWidgetItem(text);
            item->setData(IdRole, e.id);
            item->setData(ValidRole, e.isValid());
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
            if (editable)
                flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            table->setItem(row, column, item);
            return item;
        };
        if (e.isValid()) {
            const Profile &p = *e.profile;
            cell(NameColumn, p.name, true)->setToolTip(displayText(p.name, 4000));
            cell(EnvironmentColumn, environmentName(p));
            // The profile's element, and the account it connects where the element has a site address.
            const ElementDescription *element = p.descriptor();
            const ConfigurationEntry *site = element ? element->entryForOAuthParameter(u"siteAddress"_s) : nullptr;
            const QString account = site ? p.configuration.value(site->key) : QString();
            const QString what = element ? element->title() : p.elementKey;
            cell(SiteColumn, account.isEmpty() ? what : u"%1 (%2)"_s.arg(what, account));
            cell(LastUsedColumn, dateText(p.lastUsed));
            cell(LastInstanceColumn, p.lastInstance ? tr("#%1, %2").arg(p.lastInstance->id).arg(dateText(p.lastInstance->created))
                                                    : QString());
        } else {
            // A file that could not be read: say which and why, offer only deletion.
            QTableWidgetItem *name = cell(NameColumn, QFileInfo(e.path).fileName());
            name->setIcon(icons::icon(u"error"));
            name->setToolTip(e.reason);
            auto *reason = cell(EnvironmentColumn, e.reason);
            reason->setToolTip(e.reason);
            table->setSpan(row, EnvironmentColumn, 1, 4);
        }
    }
    for (int column = EnvironmentColumn; column <= LastInstanceColumn; ++column) {
        int width = table->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QTableWidgetItem *item = table->item(row, column);
            if (item && item->data(ValidRole).toBool())
                width = qMax(width, table->fontMetrics().horizontalAdvance(item->text()) + 16);
        }
        table->setColumnWidth(column, width);
    }
    if (!error.isEmpty())
        showMessage(error, MessageKind::Error);
    m_loading = false;
    selectId(selected);
    if (table->currentRow() < 0 && table->rowCount() > 0)
        table->selectRow(0);
    updateButtons();
}

QString ProfilesDialog::selectedId() const
{
    const int row = m_ui->table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_ui->table->item(row, NameColumn) : nullptr;
    return item ? item->data(IdRole).toString() : QString();
}

void ProfilesDialog::selectId(const QString &id)
{
    for (int row = 0; row < m_ui->table->rowCount(); ++row) {
        if (m_ui->table->item(row, NameColumn)->data(IdRole).toString() == id) {
            m_ui->table->selectRow(row);
            return;
        }
    }
}

void ProfilesDialog::updateButtons()
{
    const int row = m_ui->table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_ui->table->item(row, NameColumn) : nullptr;
    const bool valid = item && item->data(ValidRole).toBool();
    // The whole reason for a file that cannot be used, where there is room for it.
    if (item && !valid && !m_loading)
        showMessage(item->toolTip(), MessageKind::Error);
    m_ui->renameButton->setEnabled(valid);
    m_ui->duplicateButton->setEnabled(valid);
    m_ui->deleteButton->setEnabled(item != nullptr);
}

bool ProfilesDialog::duplicateSelected()
{
    QString error;
    const QString copy = m_session->duplicate(selectedId(), &error);
    if (copy.isEmpty()) {
        showMessage(error, MessageKind::Error);
        return false;
    }
    reload();
    selectId(copy);
    showMessage(tr("Duplicated. Rename the copy with F2 or Rename."), MessageKind::Ok);
    return true;
}

bool ProfilesDialog::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return false;
    const ProfileEntry entry = m_session->store()->entry(id);
    const QString text = entry.isValid()
        ? tr("Delete the profile \"%1\" and its secrets in the keychain? The instances it created stay.")
              .arg(entry.profile->name)
        : tr("The file %1 cannot be used: %2 Delete it?").arg(QDir::toNativeSeparators(entry.path), entry.reason);
    QMessageBox box(QMessageBox::Warning, tr("Delete profile?"), text, QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return false;
    QString error;
    if (!m_session->remove(id, &error)) {
        showMessage(error, MessageKind::Error);
        return false;
    }
    reload();
    showMessage(tr("Deleted."), MessageKind::Ok);
    return true;
}

void ProfilesDialog::showMessage(const QString &message, MessageKind kind)
{
    setMessage(m_ui->messageLabel, message, kind);
}

}  // namespace ce
