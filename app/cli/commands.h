#pragma once

#include <QString>

// The commands of ce-provisioner, one file each (or one per group of commands), each
// returning the process's exit code (ce::cli::ExitCode). app/main.cpp dispatches to them
// after core/commandline.h parsed the arguments.
//
// Commands still to come go here, each with its file: `authorize` and `reauthorize`,
// `instances list|get|delete|enable|disable` (instances.cpp), `elements` (elements.cpp).
namespace ce::cli {

// `serve-sandbox [--port N] [--auto-approve]`: prints the base URL on one line, serves until
// stopped (servesandbox.cpp).
int serveSandbox(quint16 port, bool autoApprove);

// `create --from FILE --environment NAME|URL`: POSTs the instance.json, prints the created
// instance as JSON on stdout; a one-line error on stderr and a non-zero exit on failure
// (create.cpp).
int create(const QString &fromFile, const QString &environment, int timeoutSeconds);

// `elements [--json]`: the elements this app can provision (the built-in descriptors and
// the user's), one a line: id, key, kind, origin, name; as a JSON array with --json, with
// the environment variable of each secret. A bad file of the user's is one line on stderr,
// never fatal (elements.cpp).
int elements(bool json);

}  // namespace ce::cli
