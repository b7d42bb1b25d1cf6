#pragma once

#include <QString>

class QCoreApplication;

// The command-line subcommands of ce-provisioner. Scripts and the acceptance checks
// rely on these names and on the output contract documented in README.md.
namespace ce::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// `serve-sandbox [--port N] [--auto-approve]`: prints the base URL on one line, serves until stopped.
int serveSandbox(quint16 port, bool autoApprove);

// `create --from FILE --environment NAME|URL`: POSTs the instance.json, prints the created
// instance as JSON on stdout; a one-line error on stderr and a non-zero exit on failure.
int create(const QString &fromFile, const QString &environment, int timeoutSeconds);

// Reads a secret from the environment variable `name`; when it is unset and standard
// input is a terminal, asks for it without echo. Empty when neither gives one.
QString secretFromEnvironment(const char *name, const QString &prompt);

// Prints "ce-provisioner: <message>" on stderr, on one line.
void printError(const QString &message);

}  // namespace ce::cli
