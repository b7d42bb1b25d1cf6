#pragma once

#include "core/apiclient.h"
#include "core/environment.h"

#include <QJsonValue>
#include <QString>

#include <optional>

// What the commands that call the platform share (create, authorize, reauthorize,
// instances): the environment and credentials from their usual places, a client set up
// with them, waiting for one answer, and printing what the platform answered.
namespace ce::cli {

// The environment named on the command line; nullopt after printing why not (exit Usage).
std::optional<Environment> environmentNamed(const QString &name);

// CE_USER_SECRET and CE_ORGANIZATION_SECRET (or the no-echo prompt); nullopt after
// printing what is missing (exit Usage).
std::optional<Credentials> credentialsFromEnvironment();

// Sets `client` up for the environment named on the command line, with the platform's
// credentials (credentialsFromEnvironment()) and `timeoutSeconds` per call; false after
// printing what is wrong (exit Usage).
bool setUpClient(ApiClient *client, const QString &environmentName, int timeoutSeconds);

// Runs the event loop until `reply` finishes; true when it succeeded, else prints its
// error (one line, after `context` when there is one) and returns false.
bool waitFor(ApiReply *reply, const QString &context = {});

// What the platform answered (an instance, a list of them) on standard output, indented,
// with the values of secret-named keys masked (the instance's token, its configuration's
// secrets): what list, get, enable and disable print.
void printMasked(const QJsonValue &json);
// The same, unmasked: the result of create and authorize (its token is what every later
// call needs, and what the user asked for). Not scrubbed.
void printResult(const QJsonValue &json);

}  // namespace ce::cli
