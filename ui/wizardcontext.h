#pragma once

#include "core/apiclient.h"

#include <QUrl>

#include <functional>
#include <optional>

namespace ce {

class ProfileSession;
class ProvisioningFlow;
class RequestLog;

// How to reach the built-in sandbox: its base URL and the secrets it accepts.
struct SandboxAccess
{
    QUrl baseUrl;
    Credentials credentials;
};

// Starts the sandbox on first use (the entry owns it); nullopt and a sentence in
// *error when it cannot run.
using SandboxProvider = std::function<std::optional<SandboxAccess>(QString *error)>;

// What the pages share: the flow they show, and what the entry hands them.
struct WizardContext
{
    ProvisioningFlow *flow = nullptr;
    SandboxProvider sandbox;            // empty: no sandbox offered
    RequestLog *requestLog = nullptr;   // the calls of the flow's client; null: no log offered
    ProfileSession *profiles = nullptr; // saved profiles and their secrets; null: none offered
};

}  // namespace ce
