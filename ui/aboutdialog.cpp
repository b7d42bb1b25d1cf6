#include "aboutdialog.h"

#include "core/provisioningflow.h"
#include "messages.h"
#include "profiles/profilesession.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "ui_aboutdialog.h"

#include <QClipboard>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QPushButton>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ce {

AboutDialog::AboutDialog(const WizardContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    usePlainTextLabels(this);
    for (QLabel *value : {m_ui->versionValue, m_ui->licenceValue, m_ui->systemValue, m_ui->environmentValue,
                          m_ui->secretsValue, m_ui->profilesValue}) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        value->setSizePolicy(QSizePolicy::Expanding, value->sizePolicy().verticalPolicy());
    }
    setMessage(m_ui->messageLabel, {});
    // Wide enough for a path or a URL on one line, rather than a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    QPushButton *copy = m_ui->buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy these details as text, to paste into a bug report"));
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("C&lose"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(text());
        setMessage(m_ui->messageLabel, tr("Copied."), MessageKind::Ok);
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_context.profiles) {
        connect(m_context.profiles->secrets(), &SecretStore::availabilityChanged, this, &AboutDialog::showDetails);
    }
    refresh();
    // As tall as the texts need at a comfortable width.
    const int width = fontMetrics().averageCharWidth() * 90;
    resize(width, std::max(layout()->totalHeightForWidth(width), layout()->totalMinimumSize().height()));
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::refresh()
{
    if (m_context.profiles)
        m_context.profiles->secrets()->probe();  // deletes itself; availabilityChanged() tells
    showDetails();
}

void AboutDialog::showDetails()
{
    m_ui->versionValue->setText(tr("CE Provisioner %1 (Qt %2)")
                                    .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    m_ui->licenceValue->setText(tr("MIT licence. No warranty."));
    m_ui->systemValue->setText(tr("%1, %2 display").arg(QSysInfo::prettyProductName(), QGuiApplication::platformName()));
    const Environment environment = m_context.flow->environment();
    m_ui->environmentValue->setText(environment.isValid()
                                        ? tr("%1: %2").arg(environment.displayName(),
                                                           environment.baseUrl().toDisplayString())
                                        : tr("None chosen yet"));
    if (!m_context.profiles) {
        m_ui->secretsValue->setText(tr("Not kept: this wizard saves no profiles."));
        m_ui->profilesValue->setText(tr("Not saved"));
        return;
    }
    const SecretStore *secrets = m_context.profiles->secrets();
    m_ui->secretsValue->setText(
        secrets->isAvailable()
            ? tr("In the system keychain (Secret Service), never in a file.")
            : tr("Not kept (you type them again next time): %1").arg(secrets->unavailableReason()));
    m_ui->profilesValue->setText(QDir::toNativeSeparators(m_context.profiles->store()->directory()));
}

QString AboutDialog::text() const
{
    QStringList lines;
    for (int row = 0; row < m_ui->form->rowCount(); ++row) {
        QLayoutItem *label = m_ui->form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *value = m_ui->form->itemAt(row, QFormLayout::FieldRole);
        auto *l = label ? qobject_cast<QLabel *>(label->widget()) : nullptr;
        auto *v = value ? qobject_cast<QLabel *>(value->widget()) : nullptr;
        if (l && v)
            lines.append(QString(l->text()).remove(u'&') + u' ' + v->text());
    }
    return lines.join(u'\n');
}

}  // namespace ce
