#include "createpage.h"

#include "core/displaytext.h"
#include "core/provisioningflow.h"
#include "elidinglabel.h"
#include "messages.h"
#include "ui_createpage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QTimer>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace ce {

CreatePage::CreatePage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::CreatePage>())
{
    m_ui->setupUi(this);
    usePlainTextLabels(this);
    setCommitPage(true);
    m_ui->previewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->busyBar->setVisible(false);
    setMessage(m_ui->messageLabel, {});

    ProvisioningFlow *flow = context.flow;
    connect(flow, &ProvisioningFlow::stageChanged, this, &CreatePage::refresh);
    connect(flow, &ProvisioningFlow::failed, this, &CreatePage::refresh);
    // The commit page's validatePage() now lets the wizard through.
    auto moveOn = [this] {
        QTimer::singleShot(0, this, [this] {
            if (wizard() && wizard()->currentPage() == this)
                wizard()->next();
        });
    };
    connect(flow, &ProvisioningFlow::instanceCreated, this, moveOn);
    connect(flow, &ProvisioningFlow::instanceReauthorized, this, moveOn);
}

CreatePage::~CreatePage() = default;

void CreatePage::initializePage()
{
    ProvisioningFlow *flow = m_context.flow;
    const ElementDescription &element = flow->element();
    const InstanceRequest request = flow->request();

    // Rebuild the summary: every entry of the body, secrets masked.
    while (m_ui->summaryForm->rowCount() > 0)
        m_ui->summaryForm->removeRow(0);
    auto addRow = [this](const QString &label, const QString &value) {
        auto *field = new ElidingLabel(this);
        setDisplayText(field, value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_ui->summaryForm->addRow(label, field);
    };
    addRow(tr("Environment:"), u"%1 (%2)"_s.arg(flow->environment().displayName(),
                                                flow->environment().endpoint(u"/instances"_s).toString()));
    addRow(tr("Element:"), u"%1 (%2)"_s.arg(element.title(), element.key));
    for (const ConfigurationEntry &p : element.configuration) {
        const QString value = request.configuration.value(p.key);
        if (!value.isEmpty())
            addRow(p.displayLabel() + u':', p.isSecret() ? QString(SecretMask) : value);
    }
    addRow(tr("Instance name:"), request.name);
    QStringList tags;
    for (const QString &tag : request.tags)
        tags.append(displayText(tag, 60));
    addRow(tr("Tags:"), request.tags.isEmpty() ? tr("(none)") : tags.join(", "_L1));
    addRow(tr("Events:"), flow->events().summary());
    if (element.isOAuth())
        addRow(tr("From the authorization:"), request.providerData.keys().join(", "_L1) + u' ' + tr("(masked below)"));

    m_ui->previewEdit->setPlainText(QString::fromUtf8(request.toInstanceJson(element, InstanceRequest::Secrets::Masked)));
    setMessage(m_ui->messageLabel, {});
    refresh();
}

void CreatePage::refresh()
{
    ProvisioningFlow *flow = m_context.flow;
    const bool creating = flow->stage() == ProvisioningFlow::Stage::Creating;
    m_ui->busyBar->setVisible(creating);
    if (creating)
        setMessage(m_ui->messageLabel,
                   flow->isReauthorization() ? tr("Re-authorizing the instance…") : tr("Creating the instance…"),
                   MessageKind::Ok);
    else if (flow->canCreateInstance() && flow->lastError().isError())
        setMessage(m_ui->messageLabel,
                   flow->lastError().text + u' '
                       + (flow->isReauthorization()
                              ? tr("Nothing you entered is lost: press Re-authorize instance to try again, or go back.")
                              : tr("Nothing you entered is lost: press Create instance to try again, or go back.")));
    Q_EMIT completeChanged();
}

bool CreatePage::isComplete() const
{
    // Authorized; for credentials, Editing: there is no authorization.
    return m_context.flow->canCreateInstance() || m_context.flow->stage() == ProvisioningFlow::Stage::Created;
}

bool CreatePage::validatePage()
{
    ProvisioningFlow *flow = m_context.flow;
    if (flow->stage() == ProvisioningFlow::Stage::Created)
        return true;
    flow->createInstance();  // asynchronous: the wizard moves on when it succeeds
    return false;
}

}  // namespace ce
