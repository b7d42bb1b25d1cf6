// `authorize` and `reauthorize ID`: the wizard's flow (ProvisioningFlow) without a window.
// The provider's page opens in any browser, on this computer or another: its address goes
// to standard error on a line of its own; the callback comes back pasted on standard input,
// or, when the callback URL is loopback, to LoopbackCallbackListener. Either way the same
// matcher as the wizard's checks it (ProvisioningFlow::handleNavigation()).
#include "commands.h"

#include "core/apiclient.h"
#include "core/apitypes.h"
#include "core/commandline.h"
#include "core/elementcatalog.h"
#include "core/events.h"
#include "core/instancerequest.h"
#include "core/loopbackcallbacklistener.h"
#include "core/oauthparameters.h"
#include "core/provisioningflow.h"
#include "platform.h"
#include "prompt.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ce::cli {

namespace {
// The translation context of the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(ce::cli)
};

using Command = Invocation::Command;
using Stage = ProvisioningFlow::Stage;

// Runs the event loop until `flow` leaves `stage` (a call finished, or failed).
void waitWhile(ProvisioningFlow *flow, Stage stage)
{
    if (flow->stage() != stage)
        return;
    QEventLoop loop;
    QObject::connect(flow, &ProvisioningFlow::stageChanged, &loop, [&loop, stage](Stage now) {
        if (now != stage)
            loop.quit();
    });
    loop.exec();
}

// Runs the flow's steps 1 and 2 until it waits for the user (or failed).
bool startAuthorization(ProvisioningFlow *flow)
{
    flow->startAuthorization();
    while (flow->isBusy())
        waitWhile(flow, flow->stage());
    if (flow->stage() != Stage::AwaitingAuthorization) {
        printError(flow->lastError().text);
        return false;
    }
    return true;
}

// The address the browser ended on, pasted on standard input. On a terminal a wrong one is
// said and asked for again; from a pipe the first wrong one ends the command.
bool readPastedCallback(ProvisioningFlow *flow)
{
    QTextStream in(stdin);
    const bool terminal = isatty(STDIN_FILENO);
    for (;;) {
        const QString line = in.readLine();
        if (line.isNull()) {
            printError(Cli::tr("No callback address on standard input: paste the address the browser ended on "
                               "after the approval."));
            return false;
        }
        if (line.trimmed().isEmpty())
            continue;
        const CallbackMatch match = flow->handleNavigation(QUrl(line.trimmed()), NavigationOrigin::PastedByUser);
        if (match.outcome == CallbackMatch::Outcome::Authorized)
            return true;
        const QString why = match.message.isEmpty()
            ? Cli::tr("That is not the callback address %1.").arg(flow->callbackUrl().toString())
            : match.message;
        printError(why);
        if (!terminal)
            return false;
    }
}

// The callback received on the loopback listener (which answers the browser itself).
bool receiveCallback(ProvisioningFlow *flow, LoopbackCallbackListener *listener)
{
    QEventLoop loop;
    QObject::connect(listener, &LoopbackCallbackListener::finished, &loop, &QEventLoop::quit);
    // A refused request (another token, a refusal) is said; the listener keeps waiting.
    QObject::connect(listener, &LoopbackCallbackListener::callbackRejected, &loop,
                     [](const CallbackMatch &match) { printError(match.message); });
    if (listener->isListening())
        loop.exec();
    if (flow->stage() != Stage::Authorized) {
        printError(listener->errorString().isEmpty() ? Cli::tr("The callback did not arrive.") : listener->errorString());
        return false;
    }
    return true;
}

}  // namespace

int authorize(const Invocation &invocation)
{
    const bool reauthorizing = invocation.command == Command::Reauthorize;
    ApiClient client;
    if (!setUpClient(&client, invocation.environment, invocation.timeoutSeconds))
        return Usage;

    // reauthorize: the instance as it is, for its element, name, tags and events settings.
    std::optional<Instance> instance;
    if (reauthorizing) {
        ApiReply *reply = client.getInstance(invocation.instanceId);
        if (!waitFor(reply))
            return Failed;
        instance = Instance::fromJson(reply->json());
    }

    const ElementCatalog &catalog = ElementCatalog::shared();
    const ElementDescription *element = nullptr;
    if (!invocation.element.isEmpty() || !instance) {
        const QString id = invocation.element.isEmpty() ? u"freshbooks"_s : invocation.element;
        element = catalog.byId(id);
        if (!element) {
            printError(Cli::tr("This app does not know the element \"%1\" (known: %2).").arg(id, catalog.ids().join(", "_L1)));
            return Usage;
        }
    } else {
        const QList<const ElementDescription *> described = catalog.byKey(instance->elementKey);
        if (described.size() != 1) {
            printError(Cli::tr("The instance %1 is of the element \"%2\": name its descriptor with --element ID (known: %3).")
                           .arg(instance->id)
                           .arg(instance->elementKey, catalog.ids().join(", "_L1)));
            return Usage;
        }
        element = described.constFirst();
    }

    ProvisioningFlow flow(&client, *element);
    flow.setEnvironment(client.environment());
    flow.setCredentials(client.credentials());
    for (const ConfigurationEntry &e : element->configuration) {
        if (e.hasDefault())
            flow.setConfiguration(e.key, e.defaultValue);
    }
    bool hadSignatureKey = false;
    if (instance) {
        QString problem;
        if (!flow.loadInstance(*instance, &problem)) {
            printError(problem);
            return Failed;
        }
        EventSettings::fromInstance(instance->configuration, &hadSignatureKey);
        // The entries the platform shows again (under their responseKey), secrets aside: the
        // options need give only what changes.
        for (const ConfigurationEntry &e : element->configuration) {
            const QJsonValue value = instance->configuration.value(e.responseKey.isEmpty() ? e.key : e.responseKey);
            if (!e.isSecret() && !e.hidden && value.isString() && !value.toString().trimmed().isEmpty())
                flow.setConfiguration(e.key, value.toString());
        }
    }

    // What the options give, by what each entry is to the OAuth exchange.
    const struct
    {
        QLatin1StringView parameter;
        const QString &value;
    } given[] = {{oauth::ApiKey, invocation.consumerKey},
                 {oauth::SiteAddress, invocation.site},
                 {oauth::CallbackUrl, invocation.callbackUrl}};
    for (const auto &[parameter, value] : given) {
        const ConfigurationEntry *e = element->entryForOAuthParameter(parameter);
        if (!value.isEmpty() && e)
            flow.setConfiguration(e->key, value);
    }
    if (!invocation.name.isEmpty())
        flow.setName(invocation.name);
    if (invocation.tagsGiven)
        flow.setTags(invocation.tags);
    // Secrets never come from arguments (they would show in `ps`).
    for (const ConfigurationEntry &e : element->configuration) {
        if (!e.isSecret() || e.hidden)
            continue;
        const QByteArray variable = e.environmentVariable.toLatin1();
        const QString secret = secretFromEnvironment(variable.constData(), e.displayLabel());
        if (!secret.isEmpty())
            flow.setConfiguration(e.key, secret);
    }

    // The events settings: the instance's (reauthorize) changed by the options.
    EventSettings events = flow.events();
    if (invocation.noEvents)
        events.state = EventSettings::State::Disabled;
    if (!invocation.eventsUrl.isEmpty()) {
        events.state = EventSettings::State::Enabled;
        events.callbackUrl = invocation.eventsUrl;
    }
    if (!invocation.eventsVendor.isEmpty()) {
        const auto vendor = EventSettings::vendorTypeNamed(invocation.eventsVendor);
        if (!vendor) {
            printError(Cli::tr("--events-vendor is webhook or polling, not \"%1\".").arg(invocation.eventsVendor));
            return Usage;
        }
        events.vendorType = *vendor;
    }
    if (!invocation.eventsInterval.isEmpty())
        events.refreshInterval = invocation.eventsInterval;
    if ((!invocation.eventsVendor.isEmpty() || !invocation.eventsInterval.isEmpty()) && !events.isEnabled()) {
        printError(Cli::tr("--events-vendor and --events-interval need events on: give --events-url URL."));
        return Usage;
    }
    if (events.isEnabled()) {
        const QString key = qEnvironmentVariable(events::SignatureKeyVariable);
        if (!key.isEmpty())
            events.signatureKey = key;
        else if (hadSignatureKey)
            printError(Cli::tr("note: the instance's events signature key is not sent again (the platform never "
                               "shows it); set %1 to keep one.").arg(QLatin1StringView(events::SignatureKeyVariable)));
    }
    flow.setEvents(events);

    const QList<ValidationIssue> issues = flow.connectionIssues() + flow.inputIssues();
    if (!issues.isEmpty()) {
        // Where the options help: an entry of the element's, or the name.
        const bool inputs = std::any_of(issues.cbegin(), issues.cend(), [element](const ValidationIssue &issue) {
            return issue.field == field::Name
                || std::any_of(element->configuration.cbegin(), element->configuration.cend(),
                               [&issue](const ConfigurationEntry &e) { return issue.field == field::configuration(e.key); });
        });
        if (!inputs) {
            printError(InstanceRequest::summary(issues));
            return Usage;
        }
        QStringList secrets;
        for (const ConfigurationEntry &e : element->configuration) {
            if (e.isSecret() && !e.hidden)
                secrets.append(e.environmentVariable);
        }
        printError(InstanceRequest::summary(issues) + u' '
                   + Cli::tr("(The options: --consumer-key KEY, --site SITE, --callback-url URL, --name NAME; the "
                             "secrets from the environment: %1.)").arg(secrets.join(", "_L1)));
        return Usage;
    }

    // Listening first: a port another program holds is said before any call is made.
    const QUrl callback = flow.callbackUrl();
    LoopbackCallbackListener listener;
    const bool loopback = LoopbackCallbackListener::canListenFor(callback);
    if (loopback) {
        listener.setElementName(element->displayName());
        if (!listener.listen(callback, [&flow](const QUrl &url) {
                return flow.handleNavigation(url, NavigationOrigin::SystemBrowserListener);
            })) {
            printError(listener.errorString());
            return Failed;
        }
    }

    if (!startAuthorization(&flow))
        return Failed;
    printMessage(Stream::Err, loopback
                     ? Cli::tr("Open this address in a browser and approve; the answer comes back here (%1):")
                           .arg(callback.toString())
                     : Cli::tr("Open this address in a browser and approve, then paste here the address the browser "
                               "ends on:"));
    // Not scrubbed: it carries the request token, registered as a secret, and must be
    // usable. It serves one visit and nothing else.
    QTextStream(stderr) << flow.authorizationUrl().toString(QUrl::FullyEncoded) << Qt::endl;

    if (!(loopback ? receiveCallback(&flow, &listener) : readPastedCallback(&flow)))
        return Failed;

    flow.createInstance();
    waitWhile(&flow, Stage::Creating);
    if (flow.stage() != Stage::Created) {
        printError(flow.lastError().text);
        return Failed;
    }
    // The instance as the platform returned it, its token included: as create prints it.
    printResult(flow.instance().raw);
    return Ok;
}

}  // namespace ce::cli
