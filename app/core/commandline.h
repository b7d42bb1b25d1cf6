#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

// The command line of ce-provisioner, parsed the same way by both executables: the command
// line (app/main.cpp), which runs the commands, and the wizard's (app/gui/main.cpp), to
// which it hands over the same arguments when there is no command. Scripts and the
// acceptance checks rely on these names and on the output contract documented in
// README.md. Qt Core only.
namespace ce::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// What the command line asks for. A parser refusal (an unknown option, a missing value,
// an unknown command, a stray word, an option of another command, a bad number) is an
// `error`: printed as one line, exit code Usage.
struct Invocation
{
    enum class Command { Wizard, ServeSandbox, Create, Elements, Help, Version };
    Command command = Command::Wizard;
    QString error;

    bool verbose = false;      // any command
    bool sandbox = false;      // the wizard
    quint16 port = 0;          // serve-sandbox
    bool autoApprove = false;  // serve-sandbox
    QString from;              // create
    QString environment;       // create
    int timeoutSeconds = 30;   // create
    bool json = false;         // elements
};

// The parser, built in one place. parse() needs no application object: main() parses
// before it creates one, because the command decides what runs (the wizard is another
// executable, which creates the QApplication). Its texts go through tr(): build it again once translators are installed
// to have help and errors in the user's language.
class CommandLine
{
public:
    CommandLine();
    CommandLine(const CommandLine &) = delete;
    CommandLine &operator=(const CommandLine &) = delete;

    // `arguments` as in argv, the program first. Options may stand before or after the command.
    Invocation parse(const QStringList &arguments);
    // The --help text (needs the application object, for the program's name).
    QString helpText() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help, m_helpAll, m_version, m_verbose, m_sandbox, m_port, m_autoApprove, m_from,
        m_environment, m_timeout, m_json;
};

// Every message the program prints for a person goes through these, and so through
// ce::redaction::scrub(), the same function the Qt message handler uses.
// printError: "ce-provisioner: <message>" on stderr, on one line.
void printError(const QString &message);
// printMessage: `text` (scrubbed) and a new line on standard output or standard error.
enum class Stream { Out, Err };
void printMessage(Stream stream, const QString &text);

}  // namespace ce::cli
