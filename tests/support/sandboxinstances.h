#pragma once

// Instances in the sandbox, made the way the app makes them (the whole OAuth exchange, the
// provider approving at once), for the suites that list, change and delete them. Needs
// cep_sandbox linked.
#include "sandbox/sandboxserver.h"

#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <optional>

namespace ce::test {

// The provider approves `flow`'s authorization URL at once; its 302 to the callback goes to
// the flow, as the browser's navigation would. True when the flow is Authorized.
inline bool approveInSandbox(SandboxServer *sandbox, ProvisioningFlow *flow)
{
    sandbox->setAutoApprove(true);
    QNetworkAccessManager nam;
    QNetworkRequest request(flow->authorizationUrl());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    const bool finished = reply->isFinished() || done.wait(10000);
    sandbox->setAutoApprove(false);
    if (!finished)
        return false;
    const QUrl location = flow->authorizationUrl().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    delete reply;
    flow->handleNavigation(location, NavigationOrigin::TopLevelPage);
    return flow->stage() == ProvisioningFlow::Stage::Authorized;
}

// One FreshBooks instance named `name` with `tags`, created in `sandbox` through a flow of
// its own on `client`; nullopt (with a warning that says where it stopped) on failure.
inline std::optional<Instance> createInSandbox(SandboxServer *sandbox, ApiClient *client, const QString &name,
                                               const QStringList &tags = {})
{
    ProvisioningFlow flow(client, freshbooks());
    typed::fill(&flow, Environment::sandbox(sandbox->baseUrl()),
                {QString::fromLatin1(SandboxServer::UserSecret), QString::fromLatin1(SandboxServer::OrganizationSecret)});
    flow.setName(name);
    flow.setTags(tags);
    flow.startAuthorization();
    if (!waitFor(&flow, &ProvisioningFlow::stageChanged, [&] { return !flow.isBusy(); })
        || flow.stage() != ProvisioningFlow::Stage::AwaitingAuthorization) {
        qWarning("createInSandbox: no authorization URL: %s", qPrintable(flow.lastError().text));
        return std::nullopt;
    }
    if (!approveInSandbox(sandbox, &flow)) {
        qWarning("createInSandbox: the callback was not accepted");
        return std::nullopt;
    }
    flow.createInstance();
    if (!waitFor(&flow, &ProvisioningFlow::stageChanged, [&] { return !flow.isBusy(); })
        || flow.stage() != ProvisioningFlow::Stage::Created) {
        qWarning("createInSandbox: not created: %s", qPrintable(flow.lastError().text));
        return std::nullopt;
    }
    flow.markResultKept();
    return flow.instance();
}

}  // namespace ce::test
