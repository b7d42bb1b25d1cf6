#include "cli.h"

#include "core/apiclient.h"
#include "core/apitypes.h"
#include "core/elementcatalog.h"
#include "core/environment.h"
#include "core/instancefile.h"
#include "core/instancerequest.h"
#include "core/oauthparameters.h"
#include "core/redaction.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <iterator>
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

using Command = Invocation::Command;

QString commandName(Command command)
{
    switch (command) {
    case Command::ServeSandbox: return u"serve-sandbox"_s;
    case Command::Create: return u"create"_s;
    case Command::Wizard:
    case Command::Help:
    case Command::Version: break;
    }
    return {};
}

// "--port" for the option {"p", "port"}: its long name, as the help shows it.
QString displayName(const QCommandLineOption &option)
{
    const QString name = option.names().constLast();
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

// ---- The no-echo prompt and the signals that could end it --------------------------------

// Signals whose default action ends the process: any of them while echo is off would
// leave the user's terminal without echo.
constexpr int TerminatingSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// The terminal as it was before echo went off, for the signal handler: written before the
// handler is installed, only read while it is.
termios savedTerminal {};
volatile sig_atomic_t terminalSaved = 0;

// Async-signal-safe only: tcsetattr, write, sigaction and raise. The signal is blocked
// while the handler runs, so the raised one is delivered, with the default action (the
// process ends as the signal asked), once the handler returns.
void restoreTerminalAndReraise(int signo)
{
    if (terminalSaved) {
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
        const char newline = '\n';  // the shell's prompt starts on a line of its own
        [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, &newline, 1);
    }
    struct sigaction fallback {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signo, &fallback, nullptr);
    raise(signo);
}

// Echo off on standard input for the guard's lifetime. The terminal gets its settings
// back when the guard ends (every return), or from the handler when a signal would end
// the process first (Ctrl+C, kill, the terminal closed).
class EchoOff
{
public:
    EchoOff()
    {
        termios current {};
        if (tcgetattr(STDIN_FILENO, &current) != 0)
            return;
        savedTerminal = current;
        terminalSaved = 1;
        struct sigaction handler {};
        handler.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&handler.sa_mask);
        for (const int signo : TerminatingSignals)
            sigaddset(&handler.sa_mask, signo);  // one handler at a time
        for (std::size_t i = 0; i < std::size(TerminatingSignals); ++i) {
            sigaction(TerminatingSignals[i], nullptr, &m_previous[i]);
            if (m_previous[i].sa_handler != SIG_IGN)  // ignored stays ignored (nohup)
                sigaction(TerminatingSignals[i], &handler, nullptr);
        }
        m_active = true;
        termios quiet = current;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        // The terminal first: a signal from here on finds it restored already.
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        for (std::size_t i = 0; i < std::size(TerminatingSignals); ++i)
            sigaction(TerminatingSignals[i], &m_previous[i], nullptr);
        terminalSaved = 0;
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
    struct sigaction m_previous[std::size(TerminatingSignals)] {};
};

}  // namespace

// ---- The parser ---------------------------------------------------------------------------

CommandLine::CommandLine()
    : m_help({u"h"_s, u"help"_s}, QCoreApplication::translate("ce::cli", "Show this help."))
    , m_helpAll(u"help-all"_s, QCoreApplication::translate("ce::cli", "Show this help."))
    , m_version({u"v"_s, u"version"_s}, QCoreApplication::translate("ce::cli", "Show the version."))
    , m_verbose(u"verbose"_s, QCoreApplication::translate("main", "Log every HTTP call on standard error (secrets redacted)."))
    , m_sandbox(u"sandbox"_s, QCoreApplication::translate("main", "Open the wizard on the built-in sandbox."))
    , m_port({u"p"_s, u"port"_s}, QCoreApplication::translate("main", "serve-sandbox: the port to listen on (0: any free port)."),
             u"N"_s, u"0"_s)
    , m_autoApprove(u"auto-approve"_s,
                    QCoreApplication::translate("main", "serve-sandbox: approve every authorization at once, without the consent page."))
    , m_from(u"from"_s, QCoreApplication::translate("main", "create: the instance.json to send."), u"FILE"_s)
    , m_environment({u"e"_s, u"environment"_s}, QCoreApplication::translate("main", "create: us, eu, staging, snapshot or a base URL."),
                    u"NAME|URL"_s)
    , m_timeout(u"timeout"_s, QCoreApplication::translate("main", "create: give up after this many seconds (default 30)."),
                u"SECONDS"_s, u"30"_s)
{
    // Qt's own options (-platform, -style...) are not taken: the arguments are parsed
    // before any application object exists. QT_QPA_PLATFORM and the like still work.
    m_helpAll.setFlags(QCommandLineOption::HiddenFromHelp);  // once Qt's longer help; the same here
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Provision Cloud Elements instances (FreshBooks, OAuth 1.0a) with a wizard.\n\n"
        "Commands:\n"
        "  (none)          open the wizard\n"
        "  serve-sandbox   run the built-in Cloud Elements sandbox on 127.0.0.1\n"
        "  create          POST an instance.json and print the created instance\n\n"
        "Secrets are read from the environment, never from arguments: CE_USER_SECRET,\n"
        "CE_ORGANIZATION_SECRET and FRESHBOOKS_CONSUMER_SECRET. When one is missing and\n"
        "standard input is a terminal, it is asked for without echo."));
    m_parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("main", "serve-sandbox or create; none opens the wizard."),
                                   u"[command]"_s);
    m_parser.addOptions({m_help, m_helpAll, m_version, m_sandbox, m_port, m_autoApprove, m_from, m_environment,
                         m_timeout, m_verbose});
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

Invocation CommandLine::parse(const QStringList &arguments)
{
    Invocation invocation;
    if (!m_parser.parse(arguments)) {
        invocation.error = m_parser.errorText() + u' ' + Cli::tr("See --help.");
        return invocation;
    }
    // Help and version wherever they stand, whatever else is wrong.
    if (m_parser.isSet(m_help) || m_parser.isSet(m_helpAll)) {
        invocation.command = Command::Help;
        return invocation;
    }
    if (m_parser.isSet(m_version)) {
        invocation.command = Command::Version;
        return invocation;
    }

    const QStringList positional = m_parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == "serve-sandbox"_L1)
        invocation.command = Command::ServeSandbox;
    else if (command == "create"_L1)
        invocation.command = Command::Create;
    else if (!positional.isEmpty()) {
        invocation.error = QCoreApplication::translate("main", "Unknown command \"%1\"; see --help.").arg(command);
        return invocation;
    }
    if (positional.size() > 1) {
        invocation.error = Cli::tr("Unexpected argument \"%1\" after %2; see --help.").arg(positional.at(1), command);
        return invocation;
    }

    // An option of another command is a mistake (a mistyped command, a forgotten one):
    // refused rather than ignored, so that a script learns of it.
    const struct
    {
        const QCommandLineOption *option;
        Command command;
    } owned[] = {{&m_sandbox, Command::Wizard},     {&m_port, Command::ServeSandbox},
                 {&m_autoApprove, Command::ServeSandbox}, {&m_from, Command::Create},
                 {&m_environment, Command::Create}, {&m_timeout, Command::Create}};
    for (const auto &[option, owner] : owned) {
        if (!m_parser.isSet(*option) || owner == invocation.command)
            continue;
        if (owner == Command::Wizard)
            invocation.error = Cli::tr("%1 is an option of the wizard (no command), not of %2; see --help.")
                                   .arg(displayName(*option), commandName(invocation.command));
        else if (invocation.command == Command::Wizard)
            invocation.error = Cli::tr("%1 is an option of %2, and no command was given; see --help.")
                                   .arg(displayName(*option), commandName(owner));
        else
            invocation.error = Cli::tr("%1 is an option of %2, not of %3; see --help.")
                                   .arg(displayName(*option), commandName(owner), commandName(invocation.command));
        return invocation;
    }

    invocation.verbose = m_parser.isSet(m_verbose);
    switch (invocation.command) {
    case Command::Wizard:
        invocation.sandbox = m_parser.isSet(m_sandbox);
        break;
    case Command::ServeSandbox: {
        bool ok = false;
        const uint port = m_parser.value(m_port).toUInt(&ok);
        if (!ok || port > 65535) {
            invocation.error = QCoreApplication::translate("main", "--port must be a number from 0 to 65535.");
            return invocation;
        }
        invocation.port = quint16(port);
        invocation.autoApprove = m_parser.isSet(m_autoApprove);
        break;
    }
    case Command::Create: {
        invocation.from = m_parser.value(m_from);
        invocation.environment = m_parser.value(m_environment);
        if (invocation.from.isEmpty()) {
            invocation.error = QCoreApplication::translate("ce::cli", "create needs --from FILE (an instance.json).");
            return invocation;
        }
        if (invocation.environment.isEmpty()) {
            invocation.error = QCoreApplication::translate(
                "ce::cli", "create needs --environment NAME|URL (us, eu, staging, snapshot or a base URL).");
            return invocation;
        }
        // A day at most: longer than any answer is worth waiting for, and the timer's
        // milliseconds stay far from overflowing.
        bool ok = false;
        const int timeout = m_parser.value(m_timeout).toInt(&ok);
        if (!ok || timeout <= 0 || timeout > 86400) {
            invocation.error = Cli::tr("--timeout must be a whole number of seconds from 1 to 86400.");
            return invocation;
        }
        invocation.timeoutSeconds = timeout;
        break;
    }
    case Command::Help:
    case Command::Version:
        break;
    }
    return invocation;
}

// ---- Output -------------------------------------------------------------------------------

void printMessage(Stream stream, const QString &text)
{
    QTextStream out(stream == Stream::Out ? stdout : stderr);
    out << redaction::scrub(text) << Qt::endl;
}

void printError(const QString &message)
{
    printMessage(Stream::Err, u"ce-provisioner: "_s + message.simplified());
}

QString secretFromEnvironment(const char *name, const QString &prompt)
{
    const QString value = qEnvironmentVariable(name);
    if (!value.isEmpty() || !isatty(STDIN_FILENO))
        return value;

    // Echo goes off before the prompt shows, so that nothing typed after it is echoed.
    const EchoOff echoOff;
    QTextStream err(stderr);
    err << redaction::scrub(prompt + u" ("_s + QLatin1StringView(name) + u"): "_s) << Qt::flush;
    QTextStream in(stdin);
    const QString line = in.readLine();
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
    printMessage(Stream::Out, server.baseUrl().toString());
    // Its secrets are public (the sandbox exists to be tried); worded so that the
    // redaction, which masks anything shaped like an Authorization header, leaves them.
    printMessage(Stream::Err, Cli::tr("Sandbox ready. It accepts the user secret %1 and the organization secret %2. "
                                      "Stop it with Ctrl+C.")
                                  .arg(QString::fromLatin1(SandboxServer::UserSecret),
                                       QString::fromLatin1(SandboxServer::OrganizationSecret)));
    return QCoreApplication::exec();
}

int create(const QString &fromFile, const QString &environmentName, int timeoutSeconds)
{
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
    ApiReply *reply = client.createInstance(*request, element);
    QObject::connect(reply, &ApiReply::finished, QCoreApplication::instance(), [reply] {
        QCoreApplication::exit(reply->succeeded() ? Ok : Failed);
    });
    const int code = QCoreApplication::exec();
    if (!reply->succeeded()) {
        printError(reply->error().text);
        return Failed;
    }
    // The one output that is not a message but the result asked for: the instance as the
    // platform returned it, its token included (every later call needs it). Not scrubbed.
    QTextStream(stdout) << QJsonDocument(reply->json().toObject()).toJson(QJsonDocument::Indented) << Qt::flush;
    return code;
}

}  // namespace ce::cli
