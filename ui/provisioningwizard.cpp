#include "provisioningwizard.h"

#include "aboutdialog.h"
#include "apppage.h"
#include "authorizepage.h"
#include "connectionpage.h"
#include "core/events.h"
#include "core/provisioningflow.h"
#include "createpage.h"
#include "curldialog.h"
#include "donepage.h"
#include "eventspage.h"
#include "icons.h"
#include "instanceswindow.h"
#include "mnemonicguard.h"
#include "core/elementcatalog.h"
#include "elementpage.h"
#include "recentelements.h"
#include "requestlogdialog.h"
#include "tokenpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMetaEnum>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>

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
      m_connection(new ConnectionPage(context, this))
{
    connect(context.flow, &ProvisioningFlow::elementChanged, this, &ProvisioningWizard::updateMode);
    // The element of every instance created comes first on the element page next time.
    connect(context.flow, &ProvisioningFlow::instanceCreated, this,
            [flow = context.flow] { recentElements::use(flow->element().id); });
    setWindowIcon(icons::icon(u"ce-provisioner"));
    // Alt+N while Next is disabled types nothing (see MnemonicGuard), in every window of it.
    qApp->installEventFilter(new MnemonicGuard(this));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // About (F1): the version and where things are, what a user tells someone helping them.
    // No mnemonic: every letter of "About" is taken on some page in some language (F1 is
    // the desktop's key for it).
    setOption(QWizard::HaveHelpButton, true);
    setButtonText(QWizard::HelpButton, tr("About"));
    button(QWizard::HelpButton)->setToolTip(tr("About CE Provisioner (F1)"));
    connect(this, &QWizard::helpRequested, this, &ProvisioningWizard::showAbout);
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, &ProvisioningWizard::showAbout);
    setButtonText(QWizard::CommitButton, tr("&Create instance"));
    // Request log and cURL, on every page, left of the navigation buttons.
    setButtonText(QWizard::CustomButton1, tr("Request lo&g"));
    setButtonText(QWizard::CustomButton2, tr("&View as cURL"));
    // The instances already there, on the first page and the Done page.
    setButtonText(QWizard::CustomButton3, tr("Ins&tances…"));
    setOption(QWizard::HaveCustomButton1, context.requestLog != nullptr);
    setOption(QWizard::HaveCustomButton2, true);
    setOption(QWizard::HaveCustomButton3, true);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showRequestLog();
        else if (which == QWizard::CustomButton2)
            showCurl();
        else if (which == QWizard::CustomButton3)
            showInstances();
    });
    setMinimumSize(720, 560);
    resize(860, 700);
    m_savedGeometry = settings().value(u"wizard/geometry"_s).toByteArray();
    restoreGeometry(m_savedGeometry);

    // The other pages are built on the way (pageFor()).
    setPage(ConnectionPageId, m_connection);
    setStartId(ConnectionPageId);
    connect(this, &QWizard::currentIdChanged, this, &ProvisioningWizard::updateInstancesButton);
    connect(this, &QWizard::currentIdChanged, this, &ProvisioningWizard::updateMode);
    connect(m_connection, &QWizardPage::completeChanged, this, &ProvisioningWizard::updateInstancesButton);
    updateInstancesButton();
    updateMode();
    context.flow->markInputsAsBaseline();
}

ProvisioningWizard::~ProvisioningWizard() = default;

QList<int> ProvisioningWizard::allPageIds()
{
    const QMetaEnum ids = QMetaEnum::fromType<PageId>();
    QList<int> all;
    for (int i = 0; i < ids.keyCount(); ++i)
        all.append(ids.value(i));
    return all;
}

QWizardPage *ProvisioningWizard::pageFor(int id)
{
    if (QWizardPage *built = page(id))
        return built;
    QWizardPage *made = nullptr;
    switch (PageId(id)) {
    case ConnectionPageId:
        break;  // built with the wizard
    case ElementPageId:
        made = new ElementPage(m_context, this);
        break;
    case AppPageId:
        made = new AppPage(m_context, this);
        break;
    case EventsPageId:
        made = new EventsPage(m_context, this);
        break;
    case TokenPageId:
        made = new TokenPage(m_context, this);
        break;
    case AuthorizePageId:
        made = new AuthorizePage(m_context, this);
        break;
    case CreatePageId:
        made = new CreatePage(m_context, this);
        break;
    case DonePageId:
        made = new DonePage(m_context, this);
        break;
    }
    if (made)
        setPage(id, made);
    return made;
}

bool ProvisioningWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    // After the page's own validatePage(): what it put into the flow decides where Next goes.
    if (const int next = nextId(); next != -1)
        pageFor(next);
    return true;
}

void ProvisioningWizard::preselectSandbox()
{
    m_connection->selectSandbox();
}

int ProvisioningWizard::afterInputs(const ProvisioningFlow *flow)
{
    switch (flow->element().authentication) {
    case Authentication::OAuth1:
        return TokenPageId;
    case Authentication::OAuth2:
        return AuthorizePageId;
    case Authentication::Credentials:
        break;
    }
    return CreatePageId;
}

int ProvisioningWizard::nextId() const
{
    // Not QWizard::nextId() for pages in a row: QWizardPage::nextId() takes the next id in
    // the wizard's page map, which holds only the pages built so far. The App and Events
    // pages choose their own next page (the element's kind decides).
    int next = -1;
    switch (currentId()) {
    case AppPageId:
    case EventsPageId:
        next = currentPage()->nextId();
        break;
    case ConnectionPageId:
    case ElementPageId:
    case TokenPageId:
    case AuthorizePageId:
    case CreatePageId:
        next = currentId() + 1;
        break;
    default:  // the Done page, or none shown yet
        return -1;
    }
    // Re-authorizing: the element is the instance's, not a choice.
    if (next == ElementPageId && m_context.flow->isReauthorization())
        return AppPageId;
    // What the Events page would choose (EventsPage::nextId()), without building it.
    if (next == EventsPageId && m_context.flow->events().state == EventSettings::State::Unspecified)
        return afterInputs(m_context.flow);
    return next;
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

AboutDialog *ProvisioningWizard::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog(m_context, this);
    m_about->refresh();
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
    return m_about;
}

void ProvisioningWizard::updateInstancesButton()
{
    const int id = currentId();
    const bool shown = id == ConnectionPageId || id == DonePageId || id == -1;
    // A custom button layout shows every button it lists, whatever the options say: the
    // layout itself leaves Instances out on the other pages.
    QList<QWizard::WizardButton> layout{QWizard::HelpButton};
    if (m_context.requestLog)
        layout.append(QWizard::CustomButton1);
    layout.append(QWizard::CustomButton2);
    if (shown)
        layout.append(QWizard::CustomButton3);
    layout.append({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                   QWizard::FinishButton, QWizard::CancelButton});
    setButtonLayout(layout);
    if (m_instances)
        m_instances->setReauthorizeAvailable(id == ConnectionPageId);
    if (QAbstractButton *b = button(QWizard::CustomButton3)) {
        b->setEnabled(m_context.flow->connectionIssues().isEmpty());
        b->setToolTip(tr("Lists the instances of the environment chosen on the first page: details, rename, "
                         "enable or disable, delete."));
    }
}

InstancesWindow *ProvisioningWizard::showInstances()
{
    ProvisioningFlow *flow = m_context.flow;
    if (!flow->connectionIssues().isEmpty())
        return nullptr;
    if (!m_instances) {
        m_instances = new InstancesWindow(flow->client(), flow->environment(), flow->credentials(), this);
        m_instances->setObjectName(u"InstancesWindow"_s);
        m_instances->setReauthorizeAvailable(currentId() == ConnectionPageId);
        connect(m_instances, &InstancesWindow::reauthorizeRequested, this, &ProvisioningWizard::reauthorize);
    } else {
        m_instances->setConnection(flow->environment(), flow->credentials());
    }
    m_instances->show();
    m_instances->raise();
    m_instances->activateWindow();
    return m_instances;
}

void ProvisioningWizard::reauthorize(const Instance &instance)
{
    if (currentId() != ConnectionPageId)
        return;
    // The instance's element (of its modes, the first the catalog lists; loadInstance()
    // refuses one whose configuration says otherwise).
    ProvisioningFlow *flow = m_context.flow;
    const QList<const ElementDescription *> elements = ElementCatalog::shared().byKey(instance.elementKey);
    if (!instance.elementKey.isEmpty() && instance.elementKey != flow->element().key && !elements.isEmpty())
        flow->setElement(*elements.constFirst());
    QString problem;
    if (!flow->loadInstance(instance, &problem)) {
        if (m_instances)
            m_instances->showProblem(problem);
        return;
    }
    if (m_instances)
        m_instances->hide();
    raise();
    activateWindow();
    updateMode();
    next();  // the element's inputs (its element is the instance's): the name and tags are the instance's
}

void ProvisioningWizard::updateMode()
{
    const ProvisioningFlow *flow = m_context.flow;
    if (flow->isReauthorization()) {
        setWindowTitle(tr("CE Provisioner: re-authorize %1 instance %2").arg(flow->element().displayName()).arg(flow->reauthorizationTarget()));
        setButtonText(QWizard::CommitButton, tr("&Re-authorize instance"));
    } else {
        setWindowTitle(tr("CE Provisioner: new %1 instance").arg(flow->element().displayName()));
        setButtonText(QWizard::CommitButton, tr("&Create instance"));
    }
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
