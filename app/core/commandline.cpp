#include "commandline.h"

#include "redaction.h"

#include <QCoreApplication>
#include <QTextStream>

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
    case Command::Elements: return u"elements"_s;
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
    , m_json(u"json"_s, QCoreApplication::translate("main", "elements: print the list as JSON."))
{
    // Qt's own options (-platform, -style...) are not taken: the arguments are parsed
    // before any application object exists. QT_QPA_PLATFORM and the like still work.
    m_helpAll.setFlags(QCommandLineOption::HiddenFromHelp);  // once Qt's longer help; the same here
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Provision Cloud Elements instances (OAuth 2.0, OAuth 1.0a and credentials elements) with a wizard.\n\n"
        "Commands:\n"
        "  (none)          open the wizard\n"
        "  serve-sandbox   run the built-in Cloud Elements sandbox on 127.0.0.1\n"
        "  create          POST an instance.json and print the created instance\n"
        "  elements        list the elements this app can provision\n\n"
        "Secrets are read from the environment, never from arguments: CE_USER_SECRET,\n"
        "CE_ORGANIZATION_SECRET, and for each secret the element's file leaves empty or\n"
        "as a placeholder, the variable its descriptor names (elements --json lists them;\n"
        "by default the key in capitals: oauth.api.secret is OAUTH_API_SECRET), or for a\n"
        "providerData secret CE_PROVIDER_DATA_ and its key (CE_PROVIDER_DATA_CODE). When\n"
        "one is missing and standard input is a terminal, it is asked for without echo."));
    m_parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("main", "serve-sandbox or create; none opens the wizard."),
                                   u"[command]"_s);
    m_parser.addOptions({m_help, m_helpAll, m_version, m_sandbox, m_port, m_autoApprove, m_from, m_environment,
                         m_timeout, m_json, m_verbose});
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
    else if (command == "elements"_L1)
        invocation.command = Command::Elements;
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
                 {&m_environment, Command::Create}, {&m_timeout, Command::Create},
                 {&m_json, Command::Elements}};
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
    case Command::Elements:
        invocation.json = m_parser.isSet(m_json);
        break;
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

}  // namespace ce::cli
