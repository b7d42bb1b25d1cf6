#pragma once

#include "wizardcontext.h"

#include "core/callbackmatcher.h"

#include <QWizardPage>

#include <memory>

namespace Ui { class AuthorizePage; }

namespace ce {

class BrowserWidget;

// Page 4: the provider's authorization page in an embedded browser. The browser is
// created when the page is first shown (WebEngine costs memory and start-up time), and
// each attempt gets a fresh off-the-record profile. Every navigation goes to the flow
// with where the browser saw it come from (top-level page, frame, popup, a frame's script;
// a pasted address); the flow decides, the page shows its verdict. Next stays disabled
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

private:
    void showProblem(const QString &message, bool canReload);
    void onRejected(const CallbackMatch &match);
    void usePastedAddress();
    void startAgain();

    WizardContext m_context;
    std::unique_ptr<Ui::AuthorizePage> m_ui;
    BrowserWidget *m_browser = nullptr;
};

}  // namespace ce
