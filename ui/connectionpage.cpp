#include "connectionpage.h"

#include "core/elementcatalog.h"

#include "core/displaytext.h"
#include "core/instancefile.h"
#include "core/provisioningflow.h"
#include "messages.h"
#include "profiles/profilesession.h"
#include "profilesdialog.h"
#include "ui_connectionpage.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QLocale>
#include <QSignalBlocker>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace ce {

namespace {
constexpr int CustomKind = int(Environment::Kind::Custom);
constexpr int SandboxKind = int(Environment::Kind::Sandbox);

QString lastUsedText(const QDateTime &when)
{
    if (!when.isValid())
        return ConnectionPage::tr("never used");
    const qint64 days = when.toLocalTime().date().daysTo(QDate::currentDate());
    if (days <= 0)
        return ConnectionPage::tr("used today");
    if (days == 1)
        return ConnectionPage::tr("used yesterday");
    return ConnectionPage::tr("used %1").arg(QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat));
}
}  // namespace

ConnectionPage::ConnectionPage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::ConnectionPage>())
{
    m_ui->setupUi(this);
    usePlainTextLabels(this);
    for (const Environment &e : Environment::publicEnvironments())
        m_ui->environmentCombo->addItem(e.displayName(), int(e.kind()));
    m_ui->environmentCombo->addItem(Environment::custom({}).displayName(), CustomKind);
    if (m_context.sandbox)
        m_ui->environmentCombo->addItem(Environment::sandbox({}).displayName(), SandboxKind);
    m_ui->baseUrlLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->userSecretEdit->setToolTip(tr("Your user secret, from the Cloud Elements console (your profile)."));
    m_ui->organizationSecretEdit->setToolTip(tr("Your organization secret, from the Cloud Elements console."));
    m_ui->profileCombo->setToolTip(tr("Start with what a saved profile remembers, and change what differs."));
    setFieldMessage(m_ui->form, m_ui->profileMessage, {});

    const bool haveProfiles = m_context.profiles != nullptr;
    m_ui->profilesButton->setVisible(haveProfiles);
    refreshProfiles();
    // Under the profile's message: made here, as it exists only for a profile that created
    // an instance.
    m_reauthorize = new QCheckBox(this);
    m_reauthorize->setObjectName(u"reauthorizeCheck"_s);
    int messageRow = 0;
    QFormLayout::ItemRole role;
    m_ui->form->getWidgetPosition(m_ui->profileMessage, &messageRow, &role);
    m_ui->form->insertRow(messageRow + 1, QString(), m_reauthorize);
    m_ui->form->setRowVisible(m_reauthorize, false);
    connect(m_reauthorize, &QCheckBox::toggled, this, [this](bool on) {
        const auto profile = m_context.profiles ? m_context.profiles->current() : std::nullopt;
        if (profile && profile->lastInstance)
            m_context.flow->setReauthorizationTarget(on ? profile->lastInstance->id : 0);
    });

    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this, &ConnectionPage::onEnvironmentChanged);
    connect(m_ui->profileCombo, &QComboBox::activated, this, &ConnectionPage::onProfileChosen);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import instance.json"), QString(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    if (haveProfiles) {
        connect(m_ui->profilesButton, &QPushButton::clicked, this, [this] {
            ProfilesDialog dialog(m_context.profiles, this);
            dialog.exec();
            refreshProfiles();
        });
        connect(m_context.profiles, &ProfileSession::secretsLoaded, this, [this](const QStringList &missing) {
            showFlowEnvironment();
            const QString notice = m_context.profiles->takeKeychainNotice();
            if (!notice.isEmpty())
                showProfileMessage(notice, MessageKind::Warning);
            else if (!missing.isEmpty() && m_context.profiles->secrets()->isAvailable())
                showProfileMessage(tr("The keychain had none of this profile's secrets; enter them."), MessageKind::Warning);
        });
    }
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

void ConnectionPage::refreshProfiles()
{
    const QString current = m_ui->profileCombo->currentData().toString();
    const QSignalBlocker block(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItem(tr("A fresh setup"), QString());
    if (m_context.profiles) {
        for (const ProfileEntry &entry : m_context.profiles->store()->entries()) {
            if (!entry.isValid())
                continue;  // listed, with the reason, in the profiles dialog
            m_ui->profileCombo->addItem(u"%1 (%2)"_s.arg(displayText(entry.profile->name, 60),
                                                        lastUsedText(entry.profile->lastUsed)),
                                        entry.id);
        }
    }
    const int index = m_ui->profileCombo->findData(current);
    m_ui->profileCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_ui->profileCombo->setEnabled(m_ui->profileCombo->count() > 1);
}

void ConnectionPage::onProfileChosen()
{
    const QString id = m_ui->profileCombo->currentData().toString();
    // Another start: what the previous profile would have re-authorized is not this one's.
    m_context.flow->setReauthorizationTarget(0);
    if (id.isEmpty()) {
        if (m_context.profiles)
            m_context.profiles->startFresh();
        showProfileMessage({});
        updateReauthorizeOption();
        return;
    }
    startFromProfile(id);
}

void ConnectionPage::updateReauthorizeOption()
{
    const auto profile = m_context.profiles ? m_context.profiles->current() : std::nullopt;
    const bool offered = profile && profile->lastInstance && profile->lastInstance->id > 0
        && (profile->lastInstance->elementKey.isEmpty()
            || profile->lastInstance->elementKey == m_context.flow->element().key);
    m_ui->form->setRowVisible(m_reauthorize, offered);
    if (!offered)
        return;
    const CreatedInstance &last = *profile->lastInstance;
    m_reauthorize->setText(
        last.created.isValid()
            ? tr("Re-&authorize its instance %1 (created %2) instead of creating a new one")
                  .arg(last.id)
                  .arg(QLocale().toString(last.created.toLocalTime().date(), QLocale::ShortFormat))
            : tr("Re-&authorize its instance %1 instead of creating a new one").arg(last.id));
    m_reauthorize->setToolTip(tr("Authorizes again and sends the new authorization to the instance "
                                 "(PUT /instances/%1), keeping its id, name, tags and configuration.")
                                  .arg(last.id));
    const QSignalBlocker block(m_reauthorize);
    m_reauthorize->setChecked(m_context.flow->reauthorizationTarget() == last.id);
}

bool ConnectionPage::startFromProfile(const QString &id)
{
    if (!m_context.profiles)
        return false;
    QString problem;
    if (!m_context.profiles->startFrom(id, &problem)) {
        showProfileMessage(problem, MessageKind::Error);
        return false;
    }
    const int index = m_ui->profileCombo->findData(id);
    if (index >= 0) {
        const QSignalBlocker block(m_ui->profileCombo);
        m_ui->profileCombo->setCurrentIndex(index);
    }
    const auto profile = m_context.profiles->current();
    if (profile && profile->environment == Environment::Kind::Sandbox)
        selectSandbox();
    showFlowEnvironment();
    showProfileMessage(problem, MessageKind::Warning);  // e.g. a custom URL no longer accepted
    updateReauthorizeOption();
    return true;
}

bool ConnectionPage::importFrom(const QString &path)
{
    QList<ValidationIssue> issues;
    const auto request = instancefile::load(path, &issues);
    if (!request) {
        showProfileMessage(instancefile::describe(path, issues), MessageKind::Error);
        return false;
    }
    QString problem;
    // The file says which element it is for (its key; of an element's modes, the one its
    // body fits): that element is chosen, unless the flow's element is the one already.
    ProvisioningFlow *flow = m_context.flow;
    const ElementDescription *element = ElementCatalog::shared().forRequest(*request, &problem);
    if (!element && request->elementKey.trimmed() != flow->element().key) {
        showProfileMessage(problem, MessageKind::Error);
        return false;
    }
    if (element && element->id != flow->element().id && !flow->setElement(*element)) {
        showProfileMessage(tr("The element cannot change while the authorization runs."), MessageKind::Error);
        return false;
    }
    problem.clear();
    if (!flow->loadInputs(*request, &problem)) {
        showProfileMessage(problem, MessageKind::Error);
        return false;
    }
    showProfileMessage(tr("Imported %1: the next page shows what it held. Its OAuth values are not used: "
                          "the authorization is done anew.")
                           .arg(QFileInfo(path).fileName()),
                       MessageKind::Ok);
    return true;
}

void ConnectionPage::showProfileMessage(const QString &message, MessageKind kind)
{
    setMessage(m_ui->profileMessage, message, kind);
    m_ui->form->setRowVisible(m_ui->profileMessage, !message.isEmpty());
}

void ConnectionPage::selectSandbox()
{
    const int index = m_ui->environmentCombo->findData(SandboxKind);
    if (index >= 0)
        m_ui->environmentCombo->setCurrentIndex(index);
}

// The flow's environment and secrets in the fields (after a profile was loaded).
void ConnectionPage::showFlowEnvironment()
{
    const Environment environment = m_context.flow->environment();
    m_updating = true;
    if (environment.isValid()) {
        const int index = m_ui->environmentCombo->findData(int(environment.kind()));
        if (index >= 0)
            m_ui->environmentCombo->setCurrentIndex(index);
        if (environment.kind() == Environment::Kind::Custom)
            m_ui->customUrlEdit->setText(environment.baseUrl().toString());
    }
    const Credentials credentials = m_context.flow->credentials();
    if (!credentials.userSecret.isEmpty())
        m_ui->userSecretEdit->setText(credentials.userSecret);
    if (!credentials.organizationSecret.isEmpty())
        m_ui->organizationSecretEdit->setText(credentials.organizationSecret);
    m_updating = false;
    onEnvironmentChanged();
}

void ConnectionPage::onEnvironmentChanged()
{
    if (m_updating)
        return;
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
                                    "the elements' own sign-in pages: nothing leaves this computer. Its secrets are "
                                    "filled in."));
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
    if (custom && isVisible())
        m_ui->customUrlEdit->setFocus();
}

void ConnectionPage::applyToFlow()
{
    if (m_updating)
        return;
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
    const QList<ValidationIssue> issues = m_context.flow->connectionIssues();
    const QString url = messageFor(issues, field::Environment);
    const QString user = messageFor(issues, field::UserSecret);
    const QString organization = messageFor(issues, field::OrganizationSecret);
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
