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
