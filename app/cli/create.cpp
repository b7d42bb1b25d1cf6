#include "commands.h"

#include "core/apiclient.h"
#include "core/apitypes.h"
#include "core/commandline.h"
#include "core/elementcatalog.h"
#include "core/environment.h"
#include "core/events.h"
#include "core/instancefile.h"
#include "core/instancerequest.h"
#include "core/oauthparameters.h"
#include "platform.h"
#include "prompt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace ce::cli {

namespace {
// The translation context of the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(ce::cli)
};
}  // namespace

int create(const QString &fromFile, const QString &environmentName, int timeoutSeconds)
{
    const auto environment = environmentNamed(environmentName);
    if (!environment)
        return Usage;

    QList<ValidationIssue> issues;
    auto request = instancefile::load(fromFile, &issues);
    if (!request) {
        printError(instancefile::describe(fromFile, issues));
        return Failed;
    }
    // The platform's secrets, asked for once, when first needed; nullopt after saying what
    // is missing.
    std::optional<std::optional<Credentials>> credentials;
    const auto platformCredentials = [&credentials]() -> const std::optional<Credentials> & {
        if (!credentials)
            credentials.emplace(credentialsFromEnvironment());
        return *credentials;
    };
    const auto makeClient = [&](ApiClient *client) {
        client->setEnvironment(*environment);
        client->setCredentials(*platformCredentials());
        if (timeoutSeconds > 0)
            client->setTimeout(std::chrono::seconds(timeoutSeconds));
    };

    // The element key comes from the file; of an element's modes (hubspot: OAuth 2.0 or an
    // API key) the one the file's configuration fits. An element no descriptor describes is
    // described by the platform itself (GET /elements/{key}).
    QString why;
    const ElementDescription *element = ElementCatalog::shared().forRequest(*request, &why);
    std::optional<ElementDescription> fromPlatform;
    if (!element && ElementCatalog::shared().byKey(request->elementKey.trimmed()).isEmpty()) {
        if (!platformCredentials())
            return Usage;
        ApiClient client;
        makeClient(&client);
        ApiReply *reply = client.getElement(request->elementKey.trimmed());
        if (!waitFor(reply, fromFile + u": "_s + why))
            return Failed;
        fromPlatform = ElementCatalog::fromPlatform(reply->json().toObject(), {}, &why);
        if (!fromPlatform) {
            printError(fromFile + u": "_s + why);
            return Failed;
        }
        element = &*fromPlatform;
    }
    if (!element) {
        printError(fromFile + u": "_s + why);
        return Failed;
    }

    // Secrets never come from arguments (they would show in `ps`): the file may hold
    // them; one it leaves empty or as a placeholder comes from the environment variable
    // its descriptor names, or a prompt without echo. Every kind alike: a client secret,
    // an API key, a password, an OAuth 2.0 code.
    const auto missing = [](const QString &value) {
        return value.trimmed().isEmpty() || InstanceRequest::isPlaceholder(value);
    };
    for (const ConfigurationEntry &p : element->configuration) {
        if (!p.isSecret() || p.oauthOnly || !missing(request->configuration.value(p.key)))
            continue;
        const QByteArray variable = p.environmentVariable.toLatin1();
        const QString secret = secretFromEnvironment(variable.constData(), p.displayLabel());
        if (!secret.isEmpty())
            request->configuration.insert(p.key, secret);
    }
    for (const ProviderDataEntry &p : element->providerData) {
        if (!p.secret || !missing(request->providerData.value(p.key)))
            continue;
        const QByteArray variable = p.environmentVariable().toLatin1();
        const QString secret = secretFromEnvironment(variable.constData(), p.key);
        if (!secret.isEmpty())
            request->providerData.insert(p.key, secret);
    }
    // The events signature key, when an export left its placeholder.
    if (InstanceRequest::isPlaceholder(request->configuration.value(events::SignatureKeyKey))) {
        const QString key = secretFromEnvironment(events::SignatureKeyVariable, Cli::tr("Events signature key"));
        if (!key.isEmpty())
            request->configuration.insert(events::SignatureKeyKey, key);
    }
    if (!platformCredentials())
        return Usage;

    request->normalise(*element);
    const QList<ValidationIssue> problems = request->validate(*element);
    if (!problems.isEmpty()) {
        printError(fromFile + u": "_s + InstanceRequest::summary(problems));
        return Failed;
    }

    ApiClient client;
    makeClient(&client);
    ApiReply *reply = client.createInstance(*request, element);
    if (!waitFor(reply))
        return Failed;
    // The one output that is not a message but the result asked for: the instance as the
    // platform returned it, its token included (every later call needs it).
    printResult(reply->json());
    return Ok;
}

}  // namespace ce::cli
