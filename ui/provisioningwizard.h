#pragma once

#include "wizardcontext.h"

#include <QPointer>
#include <QWizard>

namespace ce {

class AuthorizePage;
class ConnectionPage;
class ElementPage;
class AppPage;
class TokenPage;
class CreatePage;
class DonePage;
class CurlDialog;
class RequestLogDialog;

// The provisioning wizard: pages over one ProvisioningFlow, following the chosen element's
// kind (AppPage::nextId()):
//   Connection -> Element -> App -> Request token -> Authorize -> Create -> Done  (OAuth 1.0a)
//   Connection -> Element -> App -> Authorize -> Create -> Done                   (OAuth 2.0)
//   Connection -> Element -> App -> Create -> Done                                (credentials)
// The element is chosen after the connection: a saved profile (chosen there) brings its
// element, and looking an element up on the platform needs the connection.
class ProvisioningWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ConnectionPageId, ElementPageId, AppPageId, TokenPageId, AuthorizePageId, CreatePageId, DonePageId };
    Q_ENUM(PageId)

    explicit ProvisioningWizard(const WizardContext &context, QWidget *parent = nullptr);
    ~ProvisioningWizard() override;

    // Preselects the built-in sandbox on the first page (--sandbox).
    void preselectSandbox();

public Q_SLOTS:
    // Asks before closing when something would be lost.
    void reject() override;
    // Remembers the window's geometry (the only thing kept in QSettings).
    void done(int result) override;

private:
    // The request log and cURL windows (created on first use; non-modal).
    RequestLogDialog *showRequestLog();
    CurlDialog *showCurl();

    WizardContext m_context;
    // The window title, of the flow's element.
    void updateTitle();

    ConnectionPage *m_connection;
    ElementPage *m_element;
    AppPage *m_app;
    TokenPage *m_token;
    AuthorizePage *m_authorize;
    CreatePage *m_create;
    DonePage *m_done;
    QPointer<RequestLogDialog> m_requestLog;
    QPointer<CurlDialog> m_curl;
    QByteArray m_savedGeometry;  // as read from, or last written to, the settings
};

}  // namespace ce
