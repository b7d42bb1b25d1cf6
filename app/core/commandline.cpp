#include "commandline.h"

#include "redaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
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

// The commands that call the platform: they share --environment and --timeout.
constexpr Command PlatformCommands[] = {Command::Create,          Command::Authorize,       Command::Reauthorize,
                                        Command::InstancesList,   Command::InstancesGet,    Command::InstancesDelete,
                                        Command::InstancesEnable, Command::InstancesDisable};
// The commands that run the authorization: they share its inputs.
constexpr Command AuthorizeCommands[] = {Command::Authorize, Command::Reauthorize};

// "--port" for the option {"p", "port"}: its long name, as the help shows it.
QString displayName(const QCommandLineOption &option)
{
    const QString name = option.names().constLast();
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

}  // namespace

QString commandName(Command command)
{
    switch (command) {
    case Command::ServeSandbox: return u"serve-sandbox"_s;
    case Command::Create: return u"create"_s;
    case Command::Authorize: return u"authorize"_s;
    case Command::Reauthorize: return u"reauthorize"_s;
    case Command::InstancesList: return u"instances list"_s;
    case Command::InstancesGet: return u"instances get"_s;
    case Command::InstancesDelete: return u"instances delete"_s;
    case Command::InstancesEnable: return u"instances enable"_s;
    case Command::InstancesDisable: return u"instances disable"_s;
    case Command::Elements: return u"elements"_s;
    case Command::Wizard:
    case Command::Help:
    case Command::Version: break;
    }
    return {};
}

// ---- The parser ---------------------------------------------------------------------------

CommandLine::CommandLine(const QStringList &languages)
    : m_languages(languages)
    , m_help({u"h"_s, u"help"_s}, QCoreApplication::translate("ce::cli", "Show this help."))
    , m_helpAll(u"help-all"_s, QCoreApplication::translate("ce::cli", "Show this help."))
    , m_version({u"v"_s, u"version"_s}, QCoreApplication::translate("ce::cli", "Show the version."))
    , m_verbose(u"verbose"_s, QCoreApplication::translate("main", "Log every HTTP call on standard error (secrets redacted)."))
    , m_language(u"language"_s,
                 Cli::tr("Speak this language instead of the system's: %1.").arg(languages.join(u", "_s)), u"CODE"_s)
    , m_sandbox(u"sandbox"_s, QCoreApplication::translate("main", "Open the wizard on the built-in sandbox."))
    , m_port({u"p"_s, u"port"_s}, QCoreApplication::translate("main", "serve-sandbox: the port to listen on (0: any free port)."),
             u"N"_s, u"0"_s)
    , m_autoApprove(u"auto-approve"_s,
                    QCoreApplication::translate("main", "serve-sandbox: approve every authorization at once, without the consent page."))
    , m_from(u"from"_s, QCoreApplication::translate("main", "create: the instance.json to send."), u"FILE"_s)
    , m_environment({u"e"_s, u"environment"_s},
                    QCoreApplication::translate("main", "Every command but serve-sandbox: us, eu, staging, snapshot or a base URL."),
                    u"NAME|URL"_s)
    , m_timeout(u"timeout"_s,
                QCoreApplication::translate("main", "Every command but serve-sandbox: give up on a call after this many seconds (default 30)."),
                u"SECONDS"_s, u"30"_s)
    , m_element(u"element"_s, QCoreApplication::translate("ce::cli", "authorize, reauthorize: the element's descriptor id, as elements lists it (reauthorize: the instance's by default)."),
                u"ID"_s)
    , m_consumerKey(u"consumer-key"_s, QCoreApplication::translate("ce::cli", "authorize, reauthorize: the consumer key (API key)."),
                    u"KEY"_s)
    , m_site(u"site"_s, QCoreApplication::translate("ce::cli", "authorize, reauthorize: the site address."), u"SITE"_s)
    , m_callbackUrl(u"callback-url"_s,
                    QCoreApplication::translate("ce::cli", "authorize, reauthorize: the callback URL registered with the provider "
                                                           "(a loopback one, http://127.0.0.1:PORT/..., is received here)."),
                    u"URL"_s)
    , m_name(u"name"_s, QCoreApplication::translate("ce::cli", "authorize, reauthorize: the instance's name."), u"NAME"_s)
    , m_tag(u"tag"_s, QCoreApplication::translate("ce::cli", "authorize, reauthorize: a tag of the instance (repeat it for several); "
                                                             "instances list: only instances with this tag."),
            u"TAG"_s)
    , m_eventsUrl(u"events-url"_s,
                  QCoreApplication::translate("ce::cli", "authorize, reauthorize: turn events on, posted to this URL."), u"URL"_s)
    , m_eventsVendor(u"events-vendor"_s,
                     QCoreApplication::translate("ce::cli", "authorize, reauthorize: how events are learnt of: webhook (default) or polling."),
                     u"TYPE"_s)
    , m_eventsInterval(u"events-interval"_s,
                       QCoreApplication::translate("ce::cli", "authorize, reauthorize: polling: every this many minutes."),
                       u"MINUTES"_s)
    , m_noEvents(u"no-events"_s, QCoreApplication::translate("ce::cli", "authorize, reauthorize: turn events off."))
    , m_json(u"json"_s, QCoreApplication::translate("main", "elements: print the list as JSON."))
{
    // Qt's own options (-platform, -style...) are not taken: the arguments are parsed
    // before any application object exists. QT_QPA_PLATFORM and the like still work.
    m_helpAll.setFlags(QCommandLineOption::HiddenFromHelp);  // once Qt's longer help; the same here
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Provision Cloud Elements instances (OAuth 2.0, OAuth 1.0a and credentials elements) with a wizard.\n\n"
        "Commands:\n"
        "  (none)                     open the wizard\n"
        "  serve-sandbox              run the built-in Cloud Elements sandbox on 127.0.0.1\n"
        "  create                     POST an instance.json and print the created instance\n"
        "  authorize                  authorize in a browser, create the instance, print it\n"
        "  reauthorize ID             authorize again, PUT the instance, print it\n"
        "  instances list             print the instances as JSON (a table on a terminal)\n"
        "  instances get ID           print one instance as JSON\n"
        "  instances delete ID        delete an instance\n"
        "  instances enable ID        enable an instance\n"
        "  instances disable ID       disable an instance\n"
        "  elements                   list the elements this app can provision\n\n"
        "Secrets are read from the environment, never from arguments: CE_USER_SECRET,\n"
        "CE_ORGANIZATION_SECRET, CE_EVENTS_SIGNATURE_KEY, and for each secret of the element\n"
        "the variable its descriptor names (elements --json lists them; by default the key\n"
        "in capitals: oauth.api.secret is OAUTH_API_SECRET), or for a providerData secret CE_PROVIDER_DATA_\n"
        "and its key (CE_PROVIDER_DATA_CODE). When one that is needed is missing and standard\n"
        "input is a terminal, it is asked for without echo."));
    m_parser.addPositionalArgument(u"command"_s,
                                   QCoreApplication::translate("main", "serve-sandbox, create, authorize, reauthorize, instances or elements; "
                                                                       "none opens the wizard."),
                                   u"[command]"_s);
    m_parser.addOptions({m_help, m_helpAll, m_version, m_sandbox, m_port, m_autoApprove, m_from, m_environment,
                         m_timeout, m_element, m_consumerKey, m_site, m_callbackUrl, m_name, m_tag, m_eventsUrl,
                         m_eventsVendor, m_eventsInterval, m_noEvents, m_json, m_verbose, m_language});
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
    // The language first: help and version speak it too. "fr", "fr_CA" and "fr-CA" are
    // French; a language without a catalogue is refused rather than silently English.
    QString unknownLanguage;
    if (m_parser.isSet(m_language)) {
        static const QRegularExpression form(u"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"_s);
        QString code = m_parser.value(m_language);
        code.replace(u'-', u'_');
        if (form.match(code).hasMatch() && m_languages.contains(code.section(u'_', 0, 0).toLower()))
            invocation.language = code;
        else
            unknownLanguage = m_parser.value(m_language);
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

    if (m_parser.isSet(m_language) && invocation.language.isEmpty()) {
        invocation.error = Cli::tr("Unknown language \"%1\"; the available languages are %2.")
                               .arg(unknownLanguage, m_languages.join(u", "_s));
        return invocation;
    }

    QStringList positional = m_parser.positionalArguments();
    const QString command = positional.value(0);
    // The words the command takes: "instances list", "reauthorize ID", "instances get ID".
    int words = 1;
    bool takesId = false;
    if (command == "serve-sandbox"_L1) {
        invocation.command = Command::ServeSandbox;
    } else if (command == "create"_L1) {
        invocation.command = Command::Create;
    } else if (command == "authorize"_L1) {
        invocation.command = Command::Authorize;
    } else if (command == "reauthorize"_L1) {
        invocation.command = Command::Reauthorize;
        takesId = true;
    } else if (command == "instances"_L1) {
        const QString sub = positional.value(1);
        const struct
        {
            QLatin1StringView word;
            Command command;
        } subcommands[] = {{"list"_L1, Command::InstancesList},     {"get"_L1, Command::InstancesGet},
                           {"delete"_L1, Command::InstancesDelete}, {"enable"_L1, Command::InstancesEnable},
                           {"disable"_L1, Command::InstancesDisable}};
        bool known = false;
        for (const auto &[word, subcommand] : subcommands) {
            if (sub == word) {
                invocation.command = subcommand;
                known = true;
            }
        }
        if (!known) {
            invocation.error = sub.isEmpty()
                ? Cli::tr("instances needs one of list, get, delete, enable or disable; see --help.")
                : Cli::tr("Unknown command \"instances %1\": instances takes list, get, delete, enable or disable; see --help.")
                      .arg(sub);
            return invocation;
        }
        words = 2;
        takesId = invocation.command != Command::InstancesList;
    } else if (command == "elements"_L1) {
        invocation.command = Command::Elements;
    } else if (!positional.isEmpty()) {
        invocation.error = QCoreApplication::translate("main", "Unknown command \"%1\"; see --help.").arg(command);
        return invocation;
    }
    if (takesId) {
        const QString id = positional.value(words);
        if (id.isEmpty()) {
            invocation.error = Cli::tr("%1 needs the instance's ID; see --help.").arg(commandName(invocation.command));
            return invocation;
        }
        bool ok = false;
        invocation.instanceId = id.toLongLong(&ok);
        if (!ok || invocation.instanceId <= 0 || id.startsWith(u'+')) {
            invocation.error = Cli::tr("%1: the instance's ID is a whole number above 0, not \"%2\".")
                                   .arg(commandName(invocation.command), id);
            return invocation;
        }
        ++words;
    }
    if (positional.size() > words) {
        invocation.error = Cli::tr("Unexpected argument \"%1\" after %2; see --help.")
                               .arg(positional.at(words), positional.mid(0, words).join(u' '));
        return invocation;
    }

    // An option of another command is a mistake (a mistyped command, a forgotten one):
    // refused rather than ignored, so that a script learns of it.
    const QList<Command> platform(std::cbegin(PlatformCommands), std::cend(PlatformCommands));
    const QList<Command> authorizing(std::cbegin(AuthorizeCommands), std::cend(AuthorizeCommands));
    const struct
    {
        const QCommandLineOption *option;
        QList<Command> commands;
    } owned[] = {{&m_sandbox, {Command::Wizard}},
                 {&m_port, {Command::ServeSandbox}},
                 {&m_autoApprove, {Command::ServeSandbox}},
                 {&m_from, {Command::Create}},
                 {&m_environment, platform},
                 {&m_timeout, platform},
                 {&m_element, authorizing},
                 {&m_consumerKey, authorizing},
                 {&m_site, authorizing},
                 {&m_callbackUrl, authorizing},
                 {&m_name, authorizing},
                 {&m_tag, authorizing + QList<Command>{Command::InstancesList}},
                 {&m_eventsUrl, authorizing},
                 {&m_eventsVendor, authorizing},
                 {&m_eventsInterval, authorizing},
                 {&m_noEvents, authorizing},
                 {&m_json, {Command::Elements}}};
    for (const auto &[option, owners] : owned) {
        if (!m_parser.isSet(*option) || owners.contains(invocation.command))
            continue;
        QStringList names;
        for (const Command owner : owners)
            names.append(commandName(owner));
        const QString last = names.takeLast();
        const QString ownerNames = names.size() > 2 ? Cli::tr("the commands that call the platform")
            : names.isEmpty()                       ? last
                                                    : Cli::tr("%1 and %2").arg(names.join(", "_L1), last);
        if (owners.constFirst() == Command::Wizard)
            invocation.error = Cli::tr("%1 is an option of the wizard (no command), not of %2; see --help.")
                                   .arg(displayName(*option), commandName(invocation.command));
        else if (invocation.command == Command::Wizard)
            invocation.error = Cli::tr("%1 is an option of %2, and no command was given; see --help.")
                                   .arg(displayName(*option), ownerNames);
        else
            invocation.error = Cli::tr("%1 is an option of %2, not of %3; see --help.")
                                   .arg(displayName(*option), ownerNames, commandName(invocation.command));
        return invocation;
    }

    invocation.verbose = m_parser.isSet(m_verbose);
    if (platform.contains(invocation.command)) {
        invocation.environment = m_parser.value(m_environment);
        if (invocation.command == Command::Create && m_parser.value(m_from).isEmpty()) {
            invocation.error = QCoreApplication::translate("ce::cli", "create needs --from FILE (an instance.json).");
            return invocation;
        }
        if (invocation.environment.isEmpty()) {
            invocation.error = invocation.command == Command::Create
                ? QCoreApplication::translate("ce::cli",
                                              "create needs --environment NAME|URL (us, eu, staging, snapshot or a base URL).")
                : Cli::tr("%1 needs --environment NAME|URL (us, eu, staging, snapshot or a base URL).")
                      .arg(commandName(invocation.command));
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
        invocation.tags = m_parser.values(m_tag);
        invocation.tagsGiven = m_parser.isSet(m_tag);
    }
    if (authorizing.contains(invocation.command)) {
        invocation.element = m_parser.value(m_element);
        invocation.consumerKey = m_parser.value(m_consumerKey);
        invocation.site = m_parser.value(m_site);
        invocation.callbackUrl = m_parser.value(m_callbackUrl);
        invocation.name = m_parser.value(m_name);
        invocation.eventsUrl = m_parser.value(m_eventsUrl);
        invocation.eventsVendor = m_parser.value(m_eventsVendor);
        invocation.eventsInterval = m_parser.value(m_eventsInterval);
        invocation.noEvents = m_parser.isSet(m_noEvents);
        if (invocation.command == Command::Authorize && invocation.name.trimmed().isEmpty()) {
            invocation.error = Cli::tr("authorize needs --name NAME (the instance's name).");
            return invocation;
        }
        if (invocation.noEvents && (m_parser.isSet(m_eventsUrl) || m_parser.isSet(m_eventsVendor)
                                    || m_parser.isSet(m_eventsInterval))) {
            invocation.error = Cli::tr("--no-events turns events off: it goes with no other --events option.");
            return invocation;
        }
    }

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
    case Command::Create:
        invocation.from = m_parser.value(m_from);
        break;
    case Command::Authorize:
    case Command::Reauthorize:
    case Command::InstancesList:
    case Command::InstancesGet:
    case Command::InstancesDelete:
    case Command::InstancesEnable:
    case Command::InstancesDisable:
        break;
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

std::optional<int> answerWithoutRunning(const CommandLine &commandLine, const Invocation &invocation)
{
    if (!invocation.error.isEmpty()) {
        printError(invocation.error);
        return Usage;
    }
    switch (invocation.command) {
    case Invocation::Command::Help:
        printMessage(Stream::Out, commandLine.helpText().trimmed());
        return Ok;
    case Invocation::Command::Version:
        printMessage(Stream::Out, QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
        return Ok;
    default:
        return std::nullopt;
    }
}

}  // namespace ce::cli
