#pragma once

#include "wizardcontext.h"

#include "core/callbackmatcher.h"

#include <QWizardPage>

#include <memory>

namespace Ui { class AuthorizePage; }

namespace ce {

class BrowserWidget;
class LoopbackCallbackListener;

// Page 4: the provider's authorization page in an embedded browser. The browser (a plugin,
// Qt WebEngine) is loaded by a worker thread from the page before on (BrowserWidget::
// preload()) and started when this page is first shown, each attempt gets a fresh browser
// with an off-the-record profile, and it is dropped when the page is left. Without the
// plugin the page says why and offers the system browser and the pasted address. Every navigation goes to the flow
// with where the browser saw it come from (top-level page, frame, popup, a frame's script;
// a pasted address, the loopback listener's request); the flow decides, the page shows its
// verdict. "Open in system browser" with a loopback callback URL listens there itself. Next stays disabled
// until the callback is accepted, then the wizard moves on by itself.
class AuthorizePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AuthorizePage(const WizardContext &context, QWidget *parent = nullptr);
    ~AuthorizePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showProblem(const QString &message, bool canReload);
    // No embedded browser: say why, offer the system browser and the pasted address.
    // Shows the flow's authorization URL: in the embedded browser, or with the system
    // browser and paste paths when there is none.
    void openAuthorizationPage();
    void showWithoutBrowser(const QString &why);
    void openInSystemBrowser();
    // When the callback URL is on this computer (http://127.0.0.1:<port>/..., localhost):
    // listens there for the system browser's one callback, which goes to the flow as the
    // embedded browser's would. False (the pasted address stays the way) when it is not
    // such a URL or the port cannot be had (said on the page).
    bool listenForCallback();
    void stopListening();
    void onRejected(const CallbackMatch &match);
    void usePastedAddress();
    void startAgain();

    WizardContext m_context;
    std::unique_ptr<Ui::AuthorizePage> m_ui;
    BrowserWidget *m_browser = nullptr;
    LoopbackCallbackListener *m_listener = nullptr;
};

}  // namespace ce
