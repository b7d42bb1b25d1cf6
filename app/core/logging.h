#pragma once

#include <QLoggingCategory>

// Log categories of CE Provisioner. Every message passes through the redacting
// message handler (redaction.h), and call sites redact what they know is secret.
Q_DECLARE_LOGGING_CATEGORY(lcApi)       // ce.api: HTTP calls to Cloud Elements
Q_DECLARE_LOGGING_CATEGORY(lcFlow)      // ce.flow: the provisioning flow
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)   // ce.sandbox: the built-in emulator
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)  // ce.profiles: profile and secret store
Q_DECLARE_LOGGING_CATEGORY(lcUi)        // ce.ui: the wizard
Q_DECLARE_LOGGING_CATEGORY(lcElements)  // ce.elements: element descriptors and the catalog

namespace ce::logging {

// Who prints: the command line prints its own results and errors (its categories' info and
// warnings would repeat them), the wizard is a desktop program (warnings and errors only:
// no ce.api lines, no Qt WebEngine start-up dump).
enum class Mode { CommandLine, Gui };

// What reaches standard error, set once after the arguments are parsed: quiet by default,
// everything of ours (debug included) with --verbose. Rules a user sets in QT_LOGGING_RULES
// still win (Qt applies them after these).
void configure(Mode mode, bool verbose);

}  // namespace ce::logging
