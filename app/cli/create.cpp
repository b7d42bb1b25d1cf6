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
    const ElementCatalog &catalog = ElementCatalog::shared();
    const QList<const ElementDescription *> described = catalog.byKey(request->elementKey.trimmed());
    if (described.size() != 1) {
        QStringList ids;
        for (const ElementDescription *d : described)
            ids.append(d->id);
        printError(described.isEmpty()
                       ? Cli::tr("%1: this app does not know the element \"%2\" (known: %3).")
                             .arg(fromFile, request->elementKey, catalog.ids().join(", "_L1))
                       : Cli::tr("%1: several descriptors describe the element \"%2\" (%3).")
                             .arg(fromFile, request->elementKey, ids.join(", "_L1)));
        return Failed;
    }
    const ElementDescription *element = described.first();

    // Secrets never come from arguments (they would show in `ps`): the file may hold
    // the consumer secret, else it comes from the environment or a prompt.
    for (const ConfigurationEntry &p : element->configuration) {
        const QString value = request->configuration.value(p.key);
        if (!p.isSecret() || !(value.trimmed().isEmpty() || InstanceRequest::isPlaceholder(value)))
            continue;
        const QByteArray variable = p.environmentVariable.toLatin1();
        const QString secret = secretFromEnvironment(variable.constData(), p.displayLabel());
        if (!secret.isEmpty())
            request->configuration.insert(p.key, secret);
    }
    // The events signature key, when an export left its placeholder.
    if (InstanceRequest::isPlaceholder(request->configuration.value(events::SignatureKeyKey))) {
        const QString key = secretFromEnvironment(events::SignatureKeyVariable, Cli::tr("Events signature key"));
        if (!key.isEmpty())
            request->configuration.insert(events::SignatureKeyKey, key);
    }
    const auto credentials = credentialsFromEnvironment();
    if (!credentials)
        return Usage;

    request->normalise(*element);
    const QList<ValidationIssue> problems = request->validate(*element);
    if (!problems.isEmpty()) {
        printError(fromFile + u": "_s + InstanceRequest::summary(problems));
        return Failed;
    }

    ApiClient client;
    client.setEnvironment(*environment);
    client.setCredentials(*credentials);
    if (timeoutSeconds > 0)
        client.setTimeout(std::chrono::seconds(timeoutSeconds));
    ApiReply *reply = client.createInstance(*request, element);
    if (!waitFor(reply))
        return Failed;
    // The one output that is not a message but the result asked for: the instance as the
    // platform returned it, its token included (every later call needs it).
    printResult(reply->json());
    return Ok;
}

}  // namespace ce::cli
