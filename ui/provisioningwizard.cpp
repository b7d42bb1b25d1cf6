#include "provisioningwizard.h"

#include "apppage.h"
#include "authorizepage.h"
#include "connectionpage.h"
#include "core/provisioningflow.h"
#include "createpage.h"
#include "curldialog.h"
#include "donepage.h"
#include "elementpage.h"
#include "recentelements.h"
#include "requestlogdialog.h"
#include "tokenpage.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ce {

namespace {
// ~/.config/ce-provisioner/ce-provisioner.conf. Only the window's geometry is kept there.
QSettings settings()
{
    return QSettings(QCoreApplication::applicationName(), QCoreApplication::applicationName());
}
}  // namespace

ProvisioningWizard::ProvisioningWizard(const WizardContext &context, QWidget *parent)
    : QWizard(parent),
      m_context(context),
      m_connection(new ConnectionPage(context, this)),
      m_element(new ElementPage(context, this)),
      m_app(new AppPage(context, this)),
      m_token(new TokenPage(context, this)),
      m_authorize(new AuthorizePage(context, this)),
      m_create(new CreatePage(context, this)),
      m_done(new DonePage(context, this))
{
    updateTitle();
    connect(context.flow, &ProvisioningFlow::elementChanged, this, &ProvisioningWizard::updateTitle);
    // The element of every instance created comes first on the element page next time.
    connect(context.flow, &ProvisioningFlow::instanceCreated, this,
            [flow = context.flow] { recentElements::use(flow->element().id); });
    setWindowIcon(QIcon(u":/icons/ce-provisioner.svg"_s));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::CommitButton, tr("&Create instance"));
    // Request log and cURL, on every page, left of the navigation buttons.
    setButtonText(QWizard::CustomButton1, tr("Request lo&g"));
    setButtonText(QWizard::CustomButton2, tr("&View as cURL"));
    setOption(QWizard::HaveCustomButton1, context.requestLog != nullptr);
    setOption(QWizard::HaveCustomButton2, true);
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showRequestLog();
        else if (which == QWizard::CustomButton2)
            showCurl();
    });
    setMinimumSize(720, 560);
    resize(860, 700);
    m_savedGeometry = settings().value(u"wizard/geometry"_s).toByteArray();
    restoreGeometry(m_savedGeometry);

    setPage(ConnectionPageId, m_connection);
    setPage(ElementPageId, m_element);
    setPage(AppPageId, m_app);
    setPage(TokenPageId, m_token);
    setPage(AuthorizePageId, m_authorize);
    setPage(CreatePageId, m_create);
    setPage(DonePageId, m_done);
    setStartId(ConnectionPageId);
    context.flow->markInputsAsBaseline();
}

ProvisioningWizard::~ProvisioningWizard() = default;

void ProvisioningWizard::updateTitle()
{
    setWindowTitle(tr("CE Provisioner: new %1 instance").arg(m_context.flow->element().displayName()));
}

void ProvisioningWizard::preselectSandbox()
{
    m_connection->selectSandbox();
}

RequestLogDialog *ProvisioningWizard::showRequestLog()
{
    if (!m_context.requestLog)
        return nullptr;
    if (!m_requestLog)
        m_requestLog = new RequestLogDialog(m_context.requestLog, this);
    m_requestLog->show();
    m_requestLog->raise();
    m_requestLog->activateWindow();
    return m_requestLog;
}

CurlDialog *ProvisioningWizard::showCurl()
{
    if (!m_curl)
        m_curl = new CurlDialog(m_context.flow, this);
    m_curl->show();
    m_curl->raise();
    m_curl->activateWindow();
    return m_curl;
}

void ProvisioningWizard::done(int result)
{
    // Written only when it changed: an unchanged window costs no file write on the way out.
    const QByteArray geometry = saveGeometry();
    if (geometry != m_savedGeometry) {
        settings().setValue(u"wizard/geometry"_s, geometry);
        m_savedGeometry = geometry;
    }
    QWizard::done(result);
}

void ProvisioningWizard::reject()
{
    ProvisioningFlow *flow = m_context.flow;
    if (flow->hasUnsavedWork()) {
        const QString text = flow->stage() == ProvisioningFlow::Stage::Created
            ? tr("The instance \"%1\" was created, but its details are not saved. Close anyway?")
                  .arg(flow->instance().name)
            : tr("What you entered will be lost. Close the wizard anyway?");
        QMessageBox box(QMessageBox::Question, tr("Close CE Provisioner?"), text,
                        QMessageBox::Close | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Cancel);
        box.button(QMessageBox::Close)->setText(tr("&Close"));
        box.button(QMessageBox::Cancel)->setText(tr("&Keep working"));
        if (box.exec() != QMessageBox::Close)
            return;
    }
    flow->cancel();
    QWizard::reject();
}

}  // namespace ce
