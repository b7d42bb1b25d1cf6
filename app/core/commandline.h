#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

// The command line of ce-provisioner, parsed the same way by the command line
// (app/main.cpp), which runs the commands, and by the wizard's module (app/gui/main.cpp),
// to which it hands over the same arguments when there is no command. Scripts and the
// acceptance checks rely on these names and on the output contract documented in
// README.md. Qt Core only.
namespace ce::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// What the command line asks for. A parser refusal (an unknown option, a missing value,
// an unknown command, a stray word, an option of another command, a bad number) is an
// `error`: printed as one line, exit code Usage.
struct Invocation
{
    enum class Command {
        Wizard, ServeSandbox, Create, Authorize, Reauthorize,
        InstancesList, InstancesGet, InstancesDelete, InstancesEnable, InstancesDisable, Elements,
        Help, Version
    };
    Command command = Command::Wizard;
    QString error;

    bool verbose = false;      // any command
    QString language;          // any command: --language CODE as accepted ("fr", "es_MX"); "": the system's
    bool sandbox = false;      // the wizard
    quint16 port = 0;          // serve-sandbox
    bool autoApprove = false;  // serve-sandbox
    QString from;              // create
    QString environment;       // every command that calls the platform
    int timeoutSeconds = 30;   // every command that calls the platform: per call
    qint64 instanceId = 0;     // reauthorize, instances get|delete|enable|disable
    QStringList tags;          // authorize, reauthorize (the instance's), instances list (the filter)
    bool tagsGiven = false;    // --tag given at all (reauthorize keeps the instance's otherwise)

    // authorize, reauthorize: the inputs of the flow. Empty: not given (the descriptor's
    // default, or for reauthorize what the instance has).
    QString element;           // a descriptor id; empty: freshbooks
    QString consumerKey;       // the entry whose oauthParameter is apiKey
    QString site;              // ... siteAddress
    QString callbackUrl;       // ... callbackUrl
    QString name;
    // The events settings: --events-url turns them on, --no-events off; the vendor type and
    // the polling interval apply to them (checked by EventSettings once the element is known).
    QString eventsUrl;
    QString eventsVendor;
    QString eventsInterval;
    bool noEvents = false;
    bool eventsGiven() const
    {
        return noEvents || !eventsUrl.isEmpty() || !eventsVendor.isEmpty() || !eventsInterval.isEmpty();
    }
    bool json = false;         // elements
};

// "instances list", "authorize": a command as it is typed (empty for the wizard, help, version).
QString commandName(Invocation::Command command);

// The parser, built in one place. parse() needs no application object: main() parses
// before it creates one, because the command decides what runs (the wizard is another
// executable, which creates the QApplication). Its texts go through tr(): build it again once translators are installed
// to have help and errors in the user's language.
class CommandLine
{
public:
    // `languages`: what --language accepts, the languages the program speaks
    // (ce::availableLanguages(), which the core cannot see: the catalogues are not linked here).
    explicit CommandLine(const QStringList &languages);
    CommandLine(const CommandLine &) = delete;
    CommandLine &operator=(const CommandLine &) = delete;

    // `arguments` as in argv, the program first. Options may stand before or after the command.
    Invocation parse(const QStringList &arguments);
    // The --help text (needs the application object, for the program's name).
    QString helpText() const;

private:
    QCommandLineParser m_parser;
    QStringList m_languages;
    QCommandLineOption m_help, m_helpAll, m_version, m_verbose, m_language, m_sandbox, m_port, m_autoApprove, m_from,
        m_environment, m_timeout, m_element, m_consumerKey, m_site, m_callbackUrl, m_name, m_tag, m_eventsUrl,
        m_eventsVendor, m_eventsInterval, m_noEvents, m_json;
};

// Every message the program prints for a person goes through these, and so through
// ce::redaction::scrub(), the same function the Qt message handler uses.
// printError: "ce-provisioner: <message>" on stderr, on one line.
void printError(const QString &message);
// printMessage: `text` (scrubbed) and a new line on standard output or standard error.
enum class Stream { Out, Err };
void printMessage(Stream stream, const QString &text);

// What every executable answers itself once it has parsed: a usage error (printed, exit
// Usage), --help and --version (printed, exit Ok). nullopt: a command to run.
std::optional<int> answerWithoutRunning(const CommandLine &commandLine, const Invocation &invocation);

}  // namespace ce::cli
