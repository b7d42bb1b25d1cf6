#include "curldialog.h"

#include "core/curlcommand.h"
#include "core/oauthparameters.h"
#include "core/provisioningflow.h"
#include "messages.h"
#include "ui_curldialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace ce {

CurlDialog::CurlDialog(ProvisioningFlow *flow, QWidget *parent)
    : QDialog(parent), m_flow(flow), m_ui(std::make_unique<Ui::CurlDialog>())
{
    m_ui->setupUi(this);
    usePlainTextLabels(this);
    resize(780, 460);
    m_ui->commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->commands->setAccessibleName(tr("cURL commands"));
    m_ui->introLabel->setText(tr("What the wizard does, as cURL commands for a terminal. The last one sends "
                                 "the body that Export instance.json writes."));
    setMessage(m_ui->messageLabel, {});
    connect(m_ui->revealCheck, &QCheckBox::toggled, this, &CurlDialog::refresh);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(text());
        setMessage(m_ui->messageLabel,
                   m_ui->revealCheck->isChecked() ? tr("Copied, with the secrets.") : tr("Copied."),
                   m_ui->revealCheck->isChecked() ? MessageKind::Warning : MessageKind::Ok);
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(flow, &ProvisioningFlow::stageChanged, this, &CurlDialog::refresh);
    connect(flow, &ProvisioningFlow::inputsChanged, this, &CurlDialog::refresh);
    refresh();
}

CurlDialog::~CurlDialog() = default;

QString CurlDialog::text() const
{
    return m_ui->commands->toPlainText();
}

void CurlDialog::refresh()
{
    const curl::Secrets secrets = m_ui->revealCheck->isChecked() ? curl::Secrets::Revealed : curl::Secrets::Masked;
    const Environment environment = m_flow->environment();
    const ElementDescription &element = m_flow->element();
    QStringList parts;
    switch (element.authentication) {
    case Authentication::OAuth1: {
        parts.append(u"# "_s + tr("Step 1: get a request token and its secret"));
        parts.append(curl::requestToken(environment, element, m_flow->oauthParameters(), secrets));
        parts.append(u"\n# "_s + tr("Step 2: get the authorization URL for that token"));
        QUrlQuery withToken = m_flow->oauthParameters(true);
        if (!withToken.hasQueryItem(oauth::RequestToken))
            withToken.addQueryItem(oauth::RequestToken, u"<REQUEST_TOKEN_FROM_STEP_1>"_s);
        parts.append(curl::authorizationUrl(environment, element, withToken, secrets));
        parts.append(u"\n# "_s + tr("Step 3: open that URL, allow access, then create the instance"));
        break;
    }
    case Authentication::OAuth2: {
        parts.append(u"# "_s + tr("Step 1: get the authorization URL, with a state of your own"));
        // Before an attempt there is no state yet (and the commands mask it as a secret).
        QUrlQuery withState = m_flow->oauthParameters(true);
        if (!withState.hasQueryItem(oauth::State))
            withState.addQueryItem(oauth::State, u"YOUR_RANDOM_STATE"_s);
        parts.append(curl::authorizationUrl(environment, element, withState, secrets));
        parts.append(u"\n# "_s + tr("Step 2: open that URL, allow access, then create the instance with the "
                                    "code the callback carries"));
        break;
    }
    case Authentication::Credentials:
        parts.append(u"# "_s + tr("Create the instance (no authorization: %1 takes the entries as they are)")
                                   .arg(element.displayName()));
        break;
    }
    parts.append(curl::createInstance(environment, m_flow->credentials(), secrets));
    const int scroll = m_ui->commands->verticalScrollBar()->value();
    m_ui->commands->setPlainText(parts.join(u'\n') + u'\n');
    m_ui->commands->verticalScrollBar()->setValue(scroll);
    setMessage(m_ui->messageLabel, m_ui->revealCheck->isChecked()
                                       ? tr("Secrets are shown: don't share these commands.")
                                       : QString(),
               MessageKind::Warning);
}

}  // namespace ce
