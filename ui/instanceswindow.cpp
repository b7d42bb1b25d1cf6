#include "instanceswindow.h"

#include "core/displaytext.h"
#include "core/instancescontroller.h"
#include "core/instancesfiltermodel.h"
#include "core/instancesmodel.h"
#include "icons.h"
#include "messages.h"
#include "ui_instanceswindow.h"

#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace ce {

namespace {
QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}
}  // namespace

InstancesWindow::InstancesWindow(ApiClient *client, const Environment &environment, const Credentials &credentials,
                                 QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InstancesWindow>()), m_controller(new InstancesController(client, this))
{
    m_ui->setupUi(this);
    nameClearButton(m_ui->filterEdit);
    usePlainTextLabels(this);
    setWindowIcon(icons::icon(u"ce-provisioner"));
    resize(1100, 620);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({640, 380});
    setMessage(m_ui->messageLabel, {});
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    m_ui->reauthorizeButton->setVisible(false);
    m_ui->refreshButton->setToolTip(tr("Lists the instances again (F5)."));
    m_ui->tagsEdit->setToolTip(tr("The tags replace all of the instance's tags."));

    QTableView *table = m_ui->table;
    table->setModel(m_controller->filterModel());
    // Fixed row heights and no measuring of contents: ten thousand rows stay quick.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InstancesModel::NameColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    header->setMinimumSectionSize(digit * 4);
    header->resizeSection(InstancesModel::IdColumn, digit * 7);
    header->resizeSection(InstancesModel::ElementColumn, digit * 11);
    header->resizeSection(InstancesModel::TagsColumn, digit * 14);
    header->resizeSection(InstancesModel::StatusColumn, digit * 9);
    header->resizeSection(InstancesModel::CreatedColumn, digit * 16);
    table->sortByColumn(InstancesModel::CreatedColumn, Qt::DescendingOrder);
    m_ui->configurationTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->configurationTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_ui->tagCombo->addItem(tr("All tags"), QString());

    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshShortcut, &QShortcut::activated, this, &InstancesWindow::refresh);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &InstancesWindow::deleteSelected);

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &InstancesWindow::refresh);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_controller->filterModel(), &InstancesFilterModel::setFilterText);
    connect(m_ui->tagCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_controller->filterModel()->setTagFilter(m_ui->tagCombo->currentData().toString());
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InstancesWindow::onSelectionChanged);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &InstancesWindow::saveChanges);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &InstancesWindow::saveChanges);
    connect(m_ui->tagsEdit, &QLineEdit::returnPressed, this, &InstancesWindow::saveChanges);
    connect(m_ui->enableButton, &QPushButton::clicked, this, &InstancesWindow::toggleEnabled);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &InstancesWindow::deleteSelected);
    connect(m_ui->reauthorizeButton, &QPushButton::clicked, this, [this] {
        if (const auto instance = selectedInstance())
            Q_EMIT reauthorizeRequested(*instance);
    });

    InstancesModel *model = m_controller->model();
    connect(model, &QAbstractItemModel::modelReset, this, &InstancesWindow::refillTags);
    connect(model, &QAbstractItemModel::rowsInserted, this, &InstancesWindow::refillTags);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InstancesWindow::refillTags);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        refillTags();
        const qint64 id = selectedId();
        if (id > 0 && from.data(InstancesModel::IdRole).toLongLong() == id) {
            if (const auto instance = m_controller->model()->instance(id))
                showDetails(*instance, false);
        }
        updateButtons();
    });
    connect(m_controller, &InstancesController::busyChanged, this, &InstancesWindow::updateButtons);
    connect(m_controller, &InstancesController::listed, this, [this](int count) {
        const int shown = m_controller->filterModel()->rowCount();
        // No "(s)": English has no catalogue to choose between "instance" and "instances".
        showMessage(count == shown ? tr("Instances listed: %n.", nullptr, count)
                                   : tr("Shown: %1 of the %n listed.", nullptr, count).arg(shown),
                    MessageKind::Ok);
        if (selectedId() == 0 && shown > 0)
            m_ui->table->selectRow(0);
    });
    connect(m_controller, &InstancesController::detailsReady, this, [this](const Instance &instance) {
        if (instance.id == selectedId())
            showDetails(instance, true);
    });
    connect(m_controller, &InstancesController::changed, this, [this](qint64, const QString &message) {
        showMessage(message, MessageKind::Ok);
        onSelectionChanged();
    });
    connect(m_controller, &InstancesController::failed, this, [this](const QString &message) {
        showMessage(message, MessageKind::Error);
        updateButtons();
    });

    setConnection(environment, credentials);
    clearDetails();
}

InstancesWindow::~InstancesWindow() = default;

void InstancesWindow::setConnection(const Environment &environment, const Credentials &credentials)
{
    m_controller->setConnection(environment, credentials);
    // A custom URL is named by where it goes.
    setWindowTitle(environment.kind() == Environment::Kind::Custom
                       ? tr("Instances: %1 (%2)").arg(environment.displayName(), environment.baseUrl().authority())
                       : tr("Instances: %1").arg(environment.displayName()));
}

void InstancesWindow::setReauthorizeAvailable(bool available)
{
    m_reauthorize = available;
    m_ui->reauthorizeButton->setVisible(available);
    updateButtons();
}

void InstancesWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_controller->hasListed() && !m_controller->isBusy())
        refresh();
}

void InstancesWindow::refresh()
{
    showMessage(tr("Listing the instances…"), MessageKind::Ok);
    m_controller->refresh();
}

qint64 InstancesWindow::selectedId() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(InstancesModel::IdRole).toLongLong();
}

std::optional<Instance> InstancesWindow::selectedInstance() const
{
    const qint64 id = selectedId();
    return id > 0 ? m_controller->model()->instance(id) : std::nullopt;
}

bool InstancesWindow::selectInstance(qint64 id)
{
    const int row = m_controller->model()->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_controller->filterModel()->mapFromSource(m_controller->model()->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->table->selectRow(index.row());
    m_ui->table->scrollTo(index);
    return true;
}

void InstancesWindow::onSelectionChanged()
{
    const auto instance = selectedInstance();
    if (!instance) {
        m_detailsId = 0;
        clearDetails();
        updateButtons();
        return;
    }
    if (instance->id != m_detailsId) {
        m_detailsId = instance->id;
        m_ui->nameEdit->setModified(false);
        m_ui->tagsEdit->setModified(false);
        m_ui->configurationTable->setRowCount(0);
        m_controller->fetchDetails(instance->id);
    }
    showDetails(*instance, false);
    updateButtons();
}

void InstancesWindow::clearDetails()
{
    m_ui->summaryLabel->setText(tr("Select an instance to see its details."));
    m_ui->nameEdit->clear();
    m_ui->tagsEdit->clear();
    m_ui->configurationTable->setRowCount(0);
}

void InstancesWindow::showDetails(const Instance &instance, bool withConfiguration)
{
    const InstancesModel::Status status = instance.disabled ? InstancesModel::Status::Disabled
                                          : instance.valid  ? InstancesModel::Status::Valid
                                                            : InstancesModel::Status::Invalid;
    const QDateTime created = InstancesModel::parseCreated(instance.createdDate);
    const QString element = instance.elementName.isEmpty()
        ? instance.elementKey
        : u"%1 (%2)"_s.arg(instance.elementName, instance.elementKey);
    m_ui->summaryLabel->setText(
        tr("Instance %1 of %2, %3, created %4.")
            .arg(instance.id)
            .arg(displayText(element, 80), InstancesModel::statusText(status).toLower(),
                 created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat) : tr("at an unknown time")));
    // What the user is typing is not overwritten by an answer that arrives meanwhile.
    if (!m_ui->nameEdit->isModified())
        m_ui->nameEdit->setText(instance.name);
    if (!m_ui->tagsEdit->isModified())
        m_ui->tagsEdit->setText(instance.tags.join(u", "_s));
    if (!withConfiguration)
        return;
    const auto shown = shownConfiguration(instance.configuration, instance.elementKey);
    QTableWidget *table = m_ui->configurationTable;
    table->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(displayText(shown.at(row).first)));
        table->setItem(row, 1, new QTableWidgetItem(displayText(shown.at(row).second, 400)));
    }
}

void InstancesWindow::refillTags()
{
    const QStringList tags = m_controller->model()->allTags();
    QStringList current;
    for (int i = 1; i < m_ui->tagCombo->count(); ++i)
        current.append(m_ui->tagCombo->itemData(i).toString());
    if (tags == current)
        return;
    const QString chosen = m_ui->tagCombo->currentData().toString();
    const QSignalBlocker block(m_ui->tagCombo);
    while (m_ui->tagCombo->count() > 1)
        m_ui->tagCombo->removeItem(1);
    for (const QString &tag : tags)
        m_ui->tagCombo->addItem(displayText(tag, 40), tag);
    // A tag that is no longer on any instance still filters (nothing) until changed.
    int index = m_ui->tagCombo->findData(chosen);
    if (index < 0 && !chosen.isEmpty()) {
        m_ui->tagCombo->addItem(displayText(chosen, 40), chosen);
        index = m_ui->tagCombo->count() - 1;
    }
    m_ui->tagCombo->setCurrentIndex(std::max(index, 0));
}

void InstancesWindow::updateButtons()
{
    const auto instance = selectedInstance();
    const bool can = instance && !m_controller->isChanging(instance->id);
    m_ui->enableButton->setEnabled(can);
    m_ui->enableButton->setText(instance && instance->disabled ? tr("&Enable") : tr("&Disable"));
    m_ui->enableButton->setAccessibleName(instance && instance->disabled ? tr("Enable") : tr("Disable"));
    m_ui->deleteButton->setEnabled(can);
    m_ui->saveButton->setEnabled(can);
    m_ui->nameEdit->setEnabled(instance.has_value());
    m_ui->tagsEdit->setEnabled(instance.has_value());
    m_ui->reauthorizeButton->setEnabled(can && m_reauthorize);
}

void InstancesWindow::saveChanges()
{
    const auto instance = selectedInstance();
    if (!instance || m_controller->isChanging(instance->id))
        return;
    QString problem;
    if (!m_controller->update(instance->id, m_ui->nameEdit->text(), splitTags(m_ui->tagsEdit->text()), &problem)) {
        showMessage(tr("Not saved: %1.").arg(problem), MessageKind::Warning);
        m_ui->nameEdit->setFocus();
        return;
    }
    m_ui->nameEdit->setModified(false);
    m_ui->tagsEdit->setModified(false);
    showMessage(tr("Saving…"), MessageKind::Ok);
    updateButtons();
}

void InstancesWindow::toggleEnabled()
{
    const auto instance = selectedInstance();
    if (!instance || m_controller->isChanging(instance->id))
        return;
    m_controller->setEnabled(instance->id, instance->disabled);
    showMessage(instance->disabled ? tr("Enabling…") : tr("Disabling…"), MessageKind::Ok);
    updateButtons();
}

void InstancesWindow::deleteSelected()
{
    const auto instance = selectedInstance();
    if (!instance || m_controller->isChanging(instance->id))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete instance?"),
                    tr("Delete the instance \"%1\" (id %2)?").arg(displayText(instance->name, 80)).arg(instance->id),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"confirmDelete"_s);
    box.setInformativeText(tr("Cloud Elements deletes it and its token: whatever uses it stops working. "
                              "This cannot be undone."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_controller->remove(instance->id);
    showMessage(tr("Deleting…"), MessageKind::Ok);
    updateButtons();
}

void InstancesWindow::showProblem(const QString &message)
{
    showMessage(message, MessageKind::Error);
}

void InstancesWindow::showMessage(const QString &message, MessageKind kind)
{
    setMessage(m_ui->messageLabel, message, kind);
}

}  // namespace ce
