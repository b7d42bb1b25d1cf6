#include "prompt.h"

#include "core/redaction.h"

#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <iterator>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ce::cli {

namespace {

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

}  // namespace ce::cli
