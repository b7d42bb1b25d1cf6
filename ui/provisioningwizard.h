#pragma once

#include "wizardcontext.h"

#include "core/apitypes.h"

#include <QPointer>
#include <QWizard>

namespace ce {

class AboutDialog;
class AuthorizePage;
class ConnectionPage;
class ElementPage;
class AppPage;
class EventsPage;
class TokenPage;
class CreatePage;
class DonePage;
class CurlDialog;
class InstancesWindow;
class RequestLogDialog;

// The provisioning wizard: pages over one ProvisioningFlow, following the chosen element's
// kind (afterInputs()), with the optional Events page after the App page when asked for:
//   Connection -> Element -> App [-> Events] -> Request token -> Authorize -> Create -> Done  (OAuth 1.0a)
//   Connection -> Element -> App [-> Events] -> Authorize -> Create -> Done                   (OAuth 2.0)
//   Connection -> Element -> App [-> Events] -> Create -> Done                                (credentials)
// The element is chosen after the connection: a saved profile (chosen there) brings its
// element, and looking an element up on the platform needs the connection.
class ProvisioningWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        ConnectionPageId, ElementPageId, AppPageId, EventsPageId, TokenPageId, AuthorizePageId, CreatePageId, DonePageId
    };
    // The page after the element's inputs (the App page, and the Events page when shown):
    // the request token (OAuth 1.0a), the provider's page (OAuth 2.0) or creation (credentials).
    static int afterInputs(const ProvisioningFlow *flow);
    Q_ENUM(PageId)

    explicit ProvisioningWizard(const WizardContext &context, QWidget *parent = nullptr);
    ~ProvisioningWizard() override;

    // Preselects the built-in sandbox on the first page (--sandbox).
    void preselectSandbox();

    // The Events page only when events are asked for (or came with the inputs).
    int nextId() const override;

public Q_SLOTS:
    // Asks before closing when something would be lost.
    void reject() override;
    // Remembers the window's geometry (the only thing kept in QSettings).
    void done(int result) override;

private:
    // The request log and cURL windows (created on first use; non-modal).
    RequestLogDialog *showRequestLog();
    CurlDialog *showCurl();
    // About CE Provisioner (Help, F1).
    AboutDialog *showAbout();
    // The Instances window of the environment and secrets chosen on the first page (from
    // the first page and the Done page).
    InstancesWindow *showInstances();
    void updateInstancesButton();
    // Re-authorize `instance` (from the Instances window): the flow takes it as its target,
    // and the wizard goes on to the element's inputs. From the first page only.
    void reauthorize(const Instance &instance);
    // The title and the commit button say whether this run creates or re-authorizes.
    void updateMode();

    WizardContext m_context;

    ConnectionPage *m_connection;
    ElementPage *m_element;
    AppPage *m_app;
    EventsPage *m_events;
    TokenPage *m_token;
    AuthorizePage *m_authorize;
    CreatePage *m_create;
    DonePage *m_done;
    QPointer<RequestLogDialog> m_requestLog;
    QPointer<CurlDialog> m_curl;
    QPointer<AboutDialog> m_about;
    QPointer<InstancesWindow> m_instances;
    QByteArray m_savedGeometry;  // as read from, or last written to, the settings
};

}  // namespace ce
