#include "tokenpage.h"

#include "browserwidget.h"
#include "core/displaytext.h"
#include "core/provisioningflow.h"
#include "core/redaction.h"
#include "messages.h"
#include "ui_tokenpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace ce {

TokenPage::TokenPage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::TokenPage>())
{
    m_ui->setupUi(this);
    usePlainTextLabels(this);
    ProvisioningFlow *flow = context.flow;
    connect(m_ui->cancelButton, &QPushButton::clicked, flow, &ProvisioningFlow::cancel);
    connect(m_ui->retryButton, &QPushButton::clicked, flow, &ProvisioningFlow::startAuthorization);
    connect(flow, &ProvisioningFlow::stageChanged, this, &TokenPage::refresh);
    connect(flow, &ProvisioningFlow::failed, this, &TokenPage::refresh);
    refresh();
}

TokenPage::~TokenPage() = default;

void TokenPage::initializePage()
{
    setSubTitle(tr("Cloud Elements asks %1 for a request token and the address of its authorization page.")
                    .arg(m_context.flow->element().displayName()));
    m_context.flow->startAuthorization();
    // The Authorize page comes next: its browser's plugin loads meanwhile, off this thread.
    BrowserWidget::preload();
}

void TokenPage::cleanupPage()
{
    m_context.flow->leaveAuthorization();  // the user went back to the inputs
}

bool TokenPage::isComplete() const
{
    return m_context.flow->stage() == ProvisioningFlow::Stage::AwaitingAuthorization;
}

void TokenPage::refresh()
{
    ProvisioningFlow *flow = m_context.flow;
    using Stage = ProvisioningFlow::Stage;
    const Stage stage = flow->stage();
    const bool busy = stage == Stage::RequestingToken || stage == Stage::RequestingUrl;
    m_ui->busyBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);

    QString status;
    if (stage == Stage::RequestingToken)
        status = tr("Getting a request token from %1…").arg(flow->environment().baseUrl().host());
    else if (stage == Stage::RequestingUrl)
        status = tr("Getting the authorization page's address…");
    else if (stage == Stage::AwaitingAuthorization)
        status = tr("Ready. Next shows %1's authorization page, where the account owner allows access.")
                     .arg(flow->element().displayName());
    else if (flow->lastError().kind == ApiError::Kind::Cancelled)
        status = tr("Cancelled. Retry when you are ready.");
    m_ui->statusLabel->setText(status);

    const bool haveToken = !flow->requestToken().token.isEmpty();
    m_ui->form->setRowVisible(m_ui->tokenValue, haveToken);
    m_ui->tokenValue->setText(maskSecret(flow->requestToken().token));
    const bool haveUrl = !flow->authorizationUrl().isEmpty();
    m_ui->form->setRowVisible(m_ui->urlValue, haveUrl);
    m_ui->urlValue->setText(haveUrl ? redaction::url(flow->authorizationUrl()) : QString());
    m_ui->urlValue->setCursorPosition(0);

    const ApiError &error = flow->lastError();
    const bool failed = !busy && stage == Stage::Editing && error.isError();
    setMessage(m_ui->errorLabel, failed && error.kind != ApiError::Kind::Cancelled ? error.text : QString());
    m_ui->retryButton->setVisible(failed);
    if (failed && isVisible())
        m_ui->retryButton->setFocus();
    Q_EMIT completeChanged();
    // Next was disabled while the token came, and Qt moved the focus on to the next button
    // of the row (About): give it back, so that Enter goes on as the page says.
    if (stage == Stage::AwaitingAuthorization && isVisible() && wizard()) {
        QAbstractButton *next = wizard()->button(QWizard::NextButton);
        QWidget *focused = QApplication::focusWidget();
        if (next && next->isEnabled() && (!focused || focused->parentWidget() == next->parentWidget()))
            next->setFocus();
    }
}

}  // namespace ce
