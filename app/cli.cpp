#include "cli.h"

#include "core/apiclient.h"
#include "core/apitypes.h"
#include "core/elementdescription.h"
#include "core/environment.h"
#include "core/instancefile.h"
#include "core/instancerequest.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ce::cli {

namespace {
// The translation context of the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(ce::cli)
};
}  // namespace

void printError(const QString &message)
{
    QString line = message.simplified();
    QTextStream(stderr) << "ce-provisioner: " << line << Qt::endl;
}

QString secretFromEnvironment(const char *name, const QString &prompt)
{
    const QString value = qEnvironmentVariable(name);
    if (!value.isEmpty() || !isatty(STDIN_FILENO))
        return value;

    QTextStream err(stderr);
    err << prompt << " (" << name << "): " << Qt::flush;
    termios old {};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err << Qt::endl;
    return line.trimmed();
}

int serveSandbox(quint16 port, bool autoApprove)
{
    SandboxServer server;
    server.setAutoApprove(autoApprove);
    if (!server.listen(port)) {
        printError(Cli::tr("The sandbox cannot listen on 127.0.0.1:%1: %2")
                       .arg(port)
                       .arg(server.errorString()));
        return Failed;
    }
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    QTextStream(stderr) << QCoreApplication::translate(
                               "ce::cli",
                               "Sandbox ready. Authorization: User %1, Organization %2. Stop it with Ctrl+C.")
                               .arg(QString::fromLatin1(SandboxServer::UserSecret),
                                    QString::fromLatin1(SandboxServer::OrganizationSecret))
                        << Qt::endl;
    return QCoreApplication::exec();
}

int create(const QString &fromFile, const QString &environmentName, int timeoutSeconds)
{
    if (fromFile.isEmpty()) {
        printError(Cli::tr("create needs --from FILE (an instance.json)."));
        return Usage;
    }
    if (environmentName.isEmpty()) {
        printError(Cli::tr("create needs --environment NAME|URL (us, eu, staging, snapshot or a base URL)."));
        return Usage;
    }
    QString error;
    const auto environment = Environment::parse(environmentName, &error);
    if (!environment) {
        printError(error);
        return Usage;
    }

    QList<ValidationIssue> issues;
    auto request = instancefile::load(fromFile, &issues);
    if (!request) {
        printError(instancefile::describe(fromFile, issues));
        return Failed;
    }
    const auto element = ElementDescription::builtin(request->elementKey.trimmed());
    if (!element) {
        printError(Cli::tr("%1: this app does not know the element \"%2\" (known: %3).")
                       .arg(fromFile, request->elementKey, ElementDescription::builtinKeys().join(", "_L1)));
        return Failed;
    }

    // Secrets never come from arguments (they would show in `ps`): the file may hold
    // the consumer secret, else it comes from the environment or a prompt.
    for (const ConfigProperty &p : element->configuration) {
        const QString value = request->configuration.value(p.key);
        if (!p.secret || !(value.trimmed().isEmpty() || InstanceRequest::isPlaceholder(value)))
            continue;
        const QByteArray variable = p.oauthParameter == "apiSecret"_L1
            ? element->key.toUpper().toLatin1() + "_CONSUMER_SECRET"
            : QByteArray(p.key.toUpper().toLatin1()).replace('.', '_');
        const QString secret = secretFromEnvironment(variable.constData(), p.label);
        if (!secret.isEmpty())
            request->configuration.insert(p.key, secret);
    }
    Credentials credentials;
    credentials.userSecret = secretFromEnvironment("CE_USER_SECRET", Cli::tr("User secret"));
    credentials.organizationSecret = secretFromEnvironment("CE_ORGANIZATION_SECRET", Cli::tr("Organization secret"));
    if (!credentials.isComplete()) {
        printError(Cli::tr("Set CE_USER_SECRET and CE_ORGANIZATION_SECRET in the environment (secrets are never "
                      "taken from arguments)."));
        return Usage;
    }

    request->normalise(*element);
    const QList<ValidationIssue> problems = request->validate(*element);
    if (!problems.isEmpty()) {
        printError(fromFile + u": "_s + InstanceRequest::summary(problems));
        return Failed;
    }

    ApiClient client;
    client.setEnvironment(*environment);
    client.setCredentials(credentials);
    if (timeoutSeconds > 0)
        client.setTimeout(std::chrono::seconds(timeoutSeconds));
    ApiReply *reply = client.createInstance(*request);
    QObject::connect(reply, &ApiReply::finished, QCoreApplication::instance(), [reply] {
        QCoreApplication::exit(reply->succeeded() ? Ok : Failed);
    });
    const int code = QCoreApplication::exec();
    if (!reply->succeeded()) {
        printError(reply->error().text);
        return Failed;
    }
    QTextStream(stdout) << QJsonDocument(reply->json().toObject()).toJson(QJsonDocument::Indented) << Qt::flush;
    return code;
}

}  // namespace ce::cli
