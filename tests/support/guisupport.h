#pragma once

// Helpers shared by the suites that drive the real wizard and its embedded browser.
#include "core/apiclient.h"
#include "core/provisioningflow.h"
#include "core/requestlog.h"
#include "profiles/profilesession.h"
#include "provisioningwizard.h"
#include "sandbox/sandboxserver.h"

#include "memorysecretstore.h"
#include "testsupport.h"
#include "wizarddriver.h"

#include <QSet>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QVariant>

#include <memory>

class QAbstractButton;
class QWebEnginePage;
class QWidget;

namespace ce::test {

// Takes the URLs the app hands to the system browser (QDesktopServices::setUrlHandler(
// scheme, catcher, "open")), so that no browser starts in a test.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

// Saves what `widget` shows to <build>/screenshots/<name>.png, after the layouts took the
// latest texts into account (as the user would see it). False when it could not be saved.
bool screenshot(QWidget *widget, const QString &name);

// Runs JavaScript in the page; true once it has run (within 10 s).
bool runJs(QWebEnginePage *page, const QString &script, QVariant *result = nullptr);

// Waits until the page shows an element with this id, asking the page again each time
// its previous answer came back.
bool waitForElement(QWebEnginePage *page, const QString &id, int timeoutMs = 15000);

// On the sandbox's sign-in page: waits for it, signs in as the account owner and waits for
// the consent page (its Allow button). False when a step did not come.
bool signInToConsent(QWebEnginePage *page);

// Alt+letter must be unambiguous in `window`: two visible owners of the same mnemonic
// cancel each other out and the keyboard user is stuck. The first clash ("<window>: Alt+N
// is used by "a" and "b""), or empty. The `ignored` buttons are left out.
QString mnemonicClash(QWidget *window, const QSet<QAbstractButton *> &ignored = {});

// The app as main.cpp wires it, over an in-process sandbox on a random port: the API client
// and its request log, the flow, profiles in a temporary folder with secrets in memory, and
// the wizard (not shown yet). Members are destroyed in the reverse order.
struct WizardHarness
{
    std::unique_ptr<SandboxServer> sandbox = std::make_unique<SandboxServer>();
    std::unique_ptr<ApiClient> client = std::make_unique<ApiClient>();
    std::unique_ptr<RequestLog> log = std::make_unique<RequestLog>();
    std::unique_ptr<ProvisioningFlow> flow =
        std::make_unique<ProvisioningFlow>(client.get(), ce::test::freshbooks());
    std::unique_ptr<QTemporaryDir> profileDir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<ProfileStore> profiles =
        std::make_unique<ProfileStore>(profileDir->filePath(QStringLiteral("profiles")));
    std::unique_ptr<MemorySecretStore> secrets = std::make_unique<MemorySecretStore>();
    std::unique_ptr<ProfileSession> session =
        std::make_unique<ProfileSession>(profiles.get(), secrets.get(), flow.get());
    std::unique_ptr<ProvisioningWizard> wizard;

    // Starts the sandbox and builds the wizard on it, the sandbox preselected; false when
    // the sandbox cannot listen. `withProfiles` false leaves profiles out, as a build
    // without a profile store would.
    bool start(bool withProfiles = true)
    {
        if (!sandbox->listen())
            return false;
        log->follow(client.get());
        buildWizard(withProfiles);
        return true;
    }

    // The app started again over the same sandbox, profiles and secrets: a new flow,
    // profile session and wizard (not shown yet), as after quitting and starting again.
    void restartApp(bool withProfiles = true)
    {
        if (flow)
            flow->markResultKept();
        wizard.reset();
        session.reset();
        flow = std::make_unique<ProvisioningFlow>(client.get(), ce::test::freshbooks());
        session = std::make_unique<ProfileSession>(profiles.get(), secrets.get(), flow.get());
        buildWizard(withProfiles);
    }

    void buildWizard(bool withProfiles)
    {
        SandboxServer *server = sandbox.get();
        const SandboxProvider provider = [server](QString *) -> std::optional<SandboxAccess> {
            return SandboxAccess{server->baseUrl(),
                                 {QString::fromLatin1(SandboxServer::UserSecret),
                                  QString::fromLatin1(SandboxServer::OrganizationSecret)}};
        };
        wizard = std::make_unique<ProvisioningWizard>(
            WizardContext{flow.get(), provider, log.get(), withProfiles ? session.get() : nullptr});
        wizard->preselectSandbox();
    }

    // Shows the wizard; false when the window never appeared.
    bool show()
    {
        wizard->show();
        return QTest::qWaitForWindowExposed(wizard.get());
    }

    // What the tests drive the wizard's pages and dialogs through.
    WizardDriver driver() const { return WizardDriver(wizard.get()); }

    ~WizardHarness()
    {
        if (flow)
            flow->markResultKept();  // no "close anyway?" question while tearing down
        wizard.reset();
    }
};

}  // namespace ce::test
