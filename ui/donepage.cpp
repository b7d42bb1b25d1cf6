#include "donepage.h"

#include "core/displaytext.h"
#include "core/instancescontroller.h"
#include "core/instanceverification.h"
#include "core/provisioningflow.h"
#include "elidinglabel.h"
#include "exportdialog.h"
#include "icons.h"
#include "messages.h"
#include "profiles/profilesession.h"
#include "ui_donepage.h"

#include <QClipboard>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace ce {

DonePage::DonePage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::DonePage>()),
      m_verification(new InstanceVerification(this))
{
    m_ui->setupUi(this);
    setMessage(m_ui->verificationLabel, {});
    connect(m_verification, &InstanceVerification::finished, this, &DonePage::showVerification);
    usePlainTextLabels(this);
    m_ui->copyTokenButton->setIcon(icons::icon(u"copy"));
    // A table's accessible name does not come from its label (a line edit's does).
    m_ui->configurationTable->setAccessibleName(tr("Configuration the platform returned"));
    m_ui->configurationTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->configurationTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setMessage(m_ui->messageLabel, {});
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_context.flow->instance().token);
        setMessage(m_ui->messageLabel, tr("The token is on the clipboard."), MessageKind::Ok);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        ExportDialog dialog(m_context.flow, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_context.flow->markResultKept();
            setMessage(m_ui->messageLabel, tr("Exported."), MessageKind::Ok);
        }
    });

    const bool profiles = m_context.profiles != nullptr;
    m_ui->profileNameLabel->setVisible(profiles);
    m_ui->profileNameEdit->setVisible(profiles);
    m_ui->saveProfileButton->setVisible(profiles);
    if (!profiles)
        return;
    m_ui->profileNameEdit->setToolTip(tr("Saves everything this wizard asked except the secrets, which go to "
                                         "the keychain, so that the next instance needs only what differs."));
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &DonePage::saveProfile);
    connect(m_ui->profileNameEdit, &QLineEdit::returnPressed, this, &DonePage::saveProfile);
    connect(m_ui->profileNameEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->saveProfileButton->setEnabled(!text.trimmed().isEmpty() && !m_context.profiles->isSaving());
    });
    connect(m_context.profiles, &ProfileSession::saveFinished, this,
            [this](bool ok, bool secretsStored, const QString &message) {
                m_ui->saveProfileButton->setEnabled(true);
                setMessage(m_ui->messageLabel, message, !ok ? MessageKind::Error : secretsStored ? MessageKind::Ok : MessageKind::Warning);
            });
}

void DonePage::saveProfile()
{
    const QString name = m_ui->profileNameEdit->text().trimmed();
    if (name.isEmpty()) {
        setMessage(m_ui->messageLabel, tr("Give the profile a name."));
        m_ui->profileNameEdit->setFocus();
        return;
    }
    m_ui->saveProfileButton->setEnabled(false);
    setMessage(m_ui->messageLabel, tr("Saving…"), MessageKind::Ok);
    m_context.profiles->save(name);
}

DonePage::~DonePage() = default;

void DonePage::showVerification()
{
    using Result = InstanceVerification::Result;
    const Result result = m_verification->result();
    const MessageKind kind = result == Result::Failed                                  ? MessageKind::Error
                             : result == Result::NotValid || result == Result::Disabled ? MessageKind::Warning
                                                                                        : MessageKind::Ok;
    setMessage(m_ui->verificationLabel, m_verification->text(), kind);
    if (result == Result::Valid || result == Result::NotValid || result == Result::Disabled) {
        const Instance checked = m_verification->instance();
        QStringList status;
        status.append(checked.valid ? tr("valid") : tr("not valid"));
        status.append(checked.disabled ? tr("disabled") : tr("enabled"));
        m_ui->statusValue->setText(status.join(", "_L1));
    }
}

void DonePage::initializePage()
{
    const Instance instance = m_context.flow->instance();
    setSubTitle(m_context.flow->isReauthorization()
                    ? tr("The instance was re-authorized: it keeps its id, name, tags and token.")
                    : tr("The instance was created. Keep its token: every later call on its behalf needs it."));
    m_ui->idValue->setText(QString::number(instance.id));
    setDisplayText(m_ui->nameValue, instance.name);
    setDisplayText(m_ui->elementValue, instance.elementName.isEmpty()
                                           ? instance.elementKey
                                           : u"%1 (%2)"_s.arg(instance.elementName, instance.elementKey));
    QStringList status;
    status.append(instance.valid ? tr("valid") : tr("not valid"));
    status.append(instance.disabled ? tr("disabled") : tr("enabled"));
    m_ui->statusValue->setText(status.join(", "_L1));
    QStringList tags;
    for (const QString &tag : instance.tags)
        tags.append(displayText(tag, 60));
    setDisplayText(m_ui->tagsValue, instance.tags.isEmpty() ? tr("(none)") : tags.join(", "_L1), 240);
    m_ui->tokenValue->setText(maskSecret(instance.token));
    m_ui->copyTokenButton->setEnabled(!instance.token.isEmpty());

    // As the platform returned it, except secrets (shownConfiguration: masked by the element's
    // descriptor and the redaction rules, whatever the platform sent).
    QTableWidget *table = m_ui->configurationTable;
    table->setRowCount(0);
    const auto shown = shownConfiguration(instance.configuration, instance.elementKey, &m_context.flow->element());
    table->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(displayText(shown.at(row).first)));
        table->setItem(row, 1, new QTableWidgetItem(displayText(shown.at(row).second, 400)));
    }
    ProvisioningFlow *flow = m_context.flow;
    m_verification->start(flow->client(), flow->environment(), flow->credentials(), instance.id);
    showVerification();
    setMessage(m_ui->messageLabel, {});
    if (m_context.profiles) {
        const auto current = m_context.profiles->current();
        m_ui->profileNameEdit->setText(current ? current->name : instance.name);
        m_ui->saveProfileButton->setText(current ? tr("&Save profile") : tr("&Save as profile"));
    }
}

}  // namespace ce
