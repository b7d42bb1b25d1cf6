#include "connectionpage.h"

#include "core/provisioningflow.h"
#include "ui_connectionpage.h"
#include "widgets.h"

using namespace Qt::StringLiterals;

namespace ce {

namespace {
constexpr int CustomKind = int(Environment::Kind::Custom);
constexpr int SandboxKind = int(Environment::Kind::Sandbox);
}  // namespace

ConnectionPage::ConnectionPage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::ConnectionPage>())
{
    m_ui->setupUi(this);
    for (const Environment &e : Environment::publicEnvironments())
        m_ui->environmentCombo->addItem(e.displayName(), int(e.kind()));
    m_ui->environmentCombo->addItem(Environment::custom({}).displayName(), CustomKind);
    if (m_context.sandbox)
        m_ui->environmentCombo->addItem(Environment::sandbox({}).displayName(), SandboxKind);
    m_ui->baseUrlLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->userSecretEdit->setToolTip(tr("Your user secret, from the Cloud Elements console (your profile)."));
    m_ui->organizationSecretEdit->setToolTip(tr("Your organization secret, from the Cloud Elements console."));

    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this, &ConnectionPage::onEnvironmentChanged);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_ui->customUrlEdit),
                            static_cast<QLineEdit *>(m_ui->userSecretEdit),
                            static_cast<QLineEdit *>(m_ui->organizationSecretEdit)}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            applyToFlow();
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            m_touched.insert(edit);
            showMessages(false);
        });
    }
    onEnvironmentChanged();
}

ConnectionPage::~ConnectionPage() = default;

void ConnectionPage::selectSandbox()
{
    const int index = m_ui->environmentCombo->findData(SandboxKind);
    if (index >= 0)
        m_ui->environmentCombo->setCurrentIndex(index);
}

void ConnectionPage::onEnvironmentChanged()
{
    const int kind = m_ui->environmentCombo->currentData().toInt();
    const bool custom = kind == CustomKind;
    const bool sandbox = kind == SandboxKind;
    m_ui->form->setRowVisible(m_ui->customUrlEdit, custom);
    if (!custom)
        m_ui->form->setRowVisible(m_ui->customUrlMessage, false);

    if (sandbox && !m_sandbox && m_sandboxError.isEmpty())
        m_sandbox = m_context.sandbox(&m_sandboxError);
    if (sandbox && m_sandbox) {
        // The sandbox's own secrets: nothing to look up.
        m_ui->userSecretEdit->setText(m_sandbox->credentials.userSecret);
        m_ui->organizationSecretEdit->setText(m_sandbox->credentials.organizationSecret);
        m_ui->noteLabel->setText(tr("The sandbox runs on this computer and imitates Cloud Elements and "
                                    "FreshBooks: nothing leaves this computer. Its secrets are filled in."));
    } else {
        // Leaving the sandbox: its secrets mean nothing elsewhere.
        if (m_sandbox && m_ui->userSecretEdit->text() == m_sandbox->credentials.userSecret) {
            m_ui->userSecretEdit->clear();
            m_ui->organizationSecretEdit->clear();
        }
        m_ui->noteLabel->setText(sandbox ? tr("The sandbox could not start: %1").arg(m_sandboxError)
                                         : tr("The secrets are sent only to the environment chosen above, "
                                              "in the Authorization header of each call."));
    }
    applyToFlow();
    if (custom)
        m_ui->customUrlEdit->setFocus();
}

void ConnectionPage::applyToFlow()
{
    ProvisioningFlow *flow = m_context.flow;
    const auto kind = Environment::Kind(m_ui->environmentCombo->currentData().toInt());
    Environment environment;
    if (kind == Environment::Kind::Custom) {
        const QUrl url(m_ui->customUrlEdit->text().trimmed(), QUrl::StrictMode);
        environment = Environment::custom(url);
    } else if (kind == Environment::Kind::Sandbox) {
        if (m_sandbox)
            environment = Environment::sandbox(m_sandbox->baseUrl);
    } else {
        environment = Environment::preset(kind);
    }
    flow->setEnvironment(environment);
    flow->setCredentials({m_ui->userSecretEdit->text().trimmed(), m_ui->organizationSecretEdit->text().trimmed()});
    m_ui->baseUrlLabel->setText(kind == Environment::Kind::Custom ? QString()
                                                                 : environment.baseUrl().toString());
    m_ui->form->setRowVisible(m_ui->baseUrlLabel, kind != Environment::Kind::Custom);
    showMessages(false);
    Q_EMIT completeChanged();
}

void ConnectionPage::showMessages(bool all)
{
    QString url, user, organization;
    for (const ValidationIssue &issue : m_context.flow->connectionIssues()) {
        if (issue.field == "environment"_L1)
            url = issue.message;
        else if (issue.field == "userSecret"_L1)
            user = issue.message;
        else if (issue.field == "organizationSecret"_L1)
            organization = issue.message;
    }
    const bool custom = m_ui->environmentCombo->currentData().toInt() == CustomKind;
    auto shown = [&](QWidget *w, const QString &m) { return all || m_touched.contains(w) ? m : QString(); };
    setFieldMessage(m_ui->form, m_ui->customUrlMessage, custom ? shown(m_ui->customUrlEdit, url) : QString());
    setFieldMessage(m_ui->form, m_ui->userSecretMessage, shown(m_ui->userSecretEdit, user));
    setFieldMessage(m_ui->form, m_ui->organizationSecretMessage, shown(m_ui->organizationSecretEdit, organization));
}

bool ConnectionPage::isComplete() const
{
    return m_context.flow->connectionIssues().isEmpty();
}

bool ConnectionPage::validatePage()
{
    showMessages(true);
    return isComplete();
}

}  // namespace ce
