#include "donepage.h"

#include "core/displaytext.h"
#include "core/provisioningflow.h"
#include "core/redaction.h"
#include "elidinglabel.h"
#include "exportdialog.h"
#include "messages.h"
#include "profiles/profilesession.h"
#include "ui_donepage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace ce {

DonePage::DonePage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::DonePage>())
{
    m_ui->setupUi(this);
    usePlainTextLabels(this);
    m_ui->copyTokenButton->setIcon(QIcon(u":/icons/copy.svg"_s));
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

void DonePage::initializePage()
{
    const Instance instance = m_context.flow->instance();
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

    // As the platform returned it, except secrets: a key the element description or the
    // redaction rules call secret is masked whatever the platform sent (it masks them
    // today, but that is its choice), and any other value is scrubbed of the secrets this
    // run knows and of secret-named parts (a URL's apiSecret=, a nested "token").
    const ElementDescription &element = m_context.flow->element();
    QTableWidget *table = m_ui->configurationTable;
    table->setRowCount(0);
    const QStringList keys = instance.configuration.keys();
    table->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        const QJsonValue v = instance.configuration.value(key);
        QString text;
        if (v.isNull())
            text = u"null"_s;
        else if (element.isSecretConfigurationKey(key))
            text = SecretMask;
        else if (v.isString())
            text = redaction::scrub(v.toString());
        else if (v.isBool())
            text = v.toBool() ? u"true"_s : u"false"_s;
        else if (v.isDouble())
            text = QString::number(v.toDouble());
        else
            text = QString::fromUtf8(redaction::body(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        table->setItem(row, 0, new QTableWidgetItem(displayText(key)));
        table->setItem(row, 1, new QTableWidgetItem(displayText(text, 400)));
    }
    setMessage(m_ui->messageLabel, {});
    if (m_context.profiles) {
        const auto current = m_context.profiles->current();
        m_ui->profileNameEdit->setText(current ? current->name : instance.name);
        m_ui->saveProfileButton->setText(current ? tr("&Save profile") : tr("&Save as profile"));
    }
}

}  // namespace ce
