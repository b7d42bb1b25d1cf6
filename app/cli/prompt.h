#pragma once

#include <QString>

namespace ce::cli {

// Reads a secret from the environment variable `name`; when it is unset and standard
// input is a terminal, asks for it without echo. Empty when neither gives one. The
// terminal gets its echo back on every way out, a SIGINT, SIGTERM, SIGHUP or SIGQUIT
// (Ctrl+C, kill, a closed terminal) included.
QString secretFromEnvironment(const char *name, const QString &prompt);

}  // namespace ce::cli
