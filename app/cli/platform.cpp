#include "platform.h"

#include "core/commandline.h"
#include "core/redaction.h"
#include "prompt.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
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

QJsonDocument document(const QJsonValue &json)
{
    return json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
}
}  // namespace

std::optional<Environment> environmentNamed(const QString &name)
{
    QString error;
    auto environment = Environment::parse(name, &error);
    if (!environment)
        printError(error);
    return environment;
}

std::optional<Credentials> credentialsFromEnvironment()
{
    Credentials credentials;
    credentials.userSecret = secretFromEnvironment("CE_USER_SECRET", Cli::tr("User secret"));
    credentials.organizationSecret = secretFromEnvironment("CE_ORGANIZATION_SECRET", Cli::tr("Organization secret"));
    if (!credentials.isComplete()) {
        printError(Cli::tr("Set CE_USER_SECRET and CE_ORGANIZATION_SECRET in the environment (secrets are never "
                           "taken from arguments)."));
        return std::nullopt;
    }
    return credentials;
}

bool setUpClient(ApiClient *client, const QString &environmentName, int timeoutSeconds)
{
    const auto environment = environmentNamed(environmentName);
    if (!environment)
        return false;
    const auto credentials = credentialsFromEnvironment();
    if (!credentials)
        return false;
    client->setEnvironment(*environment);
    client->setCredentials(*credentials);
    client->setTimeout(std::chrono::seconds(timeoutSeconds));
    return true;
}

bool waitFor(ApiReply *reply, const QString &context)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!reply->succeeded()) {
        printError(context.isEmpty() ? reply->error().text : context + u' ' + reply->error().text);
        return false;
    }
    return true;
}

void printMasked(const QJsonValue &json)
{
    // redaction::body() masks the values of secret-named keys at every depth.
    const QJsonDocument masked = QJsonDocument::fromJson(redaction::body(document(json).toJson(QJsonDocument::Compact)));
    QTextStream(stdout) << masked.toJson(QJsonDocument::Indented) << Qt::flush;
}

void printResult(const QJsonValue &json)
{
    QTextStream(stdout) << document(json).toJson(QJsonDocument::Indented) << Qt::flush;
}

}  // namespace ce::cli
