#pragma once

#include "wizardcontext.h"

#include "core/apitypes.h"

#include <QPointer>
#include <QWizard>

namespace ce {

class AboutDialog;
class ConnectionPage;
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
// Only the Connection page is built with the wizard; each other page is built when the
// wizard is about to go to it (or when pageFor() asks for it), so the first page starts as
// light as a bare QWizard.
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

    // Every page id, built or not (pageIds() lists only the pages built so far).
    static QList<int> allPageIds();
    // The page `id`, built now if it was not yet; null for an id the wizard does not have.
    QWizardPage *pageFor(int id);

    // Preselects the built-in sandbox on the first page (--sandbox).
    void preselectSandbox();

    // The Events page only when events are asked for (or came with the inputs). Needs no
    // page but the current one: Qt asks on every page change, to show Next or Finish.
    int nextId() const override;
    // Once the current page accepted, builds the page Next goes to (QWizard::next() goes
    // only to a page it has).
    bool validateCurrentPage() override;

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

    ConnectionPage *m_connection;  // the start page, the only one built with the wizard
    QPointer<RequestLogDialog> m_requestLog;
    QPointer<CurlDialog> m_curl;
    QPointer<AboutDialog> m_about;
    QPointer<InstancesWindow> m_instances;
    QByteArray m_savedGeometry;  // as read from, or last written to, the settings
};

}  // namespace ce
