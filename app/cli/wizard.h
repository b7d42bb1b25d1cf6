#pragma once

#include <QString>

#include <optional>

namespace ce::cli {

// Why the wizard could not be started: where its module was looked for last, and why it
// did not load (empty: it is not there).
struct WizardLaunchFailure
{
    QString path;
    QString error;
};

// No command: the wizard, a module (cep_wizard.so) so that this executable never links Qt
// Gui, Widgets or WebEngine. Loads it and runs its cep_wizard_main() in this process with
// the same arguments (argv[0] included, so its messages name the command the user typed);
// it makes its own application object, so none may exist yet. Looked for beside this
// executable (the build tree), then where the packages install it
// (lib/ce-provisioner/wizard/, found from this executable's own path). Returns the wizard's exit code, or nothing with
// `failure` set when it could not be started.
std::optional<int> runWizard(int argc, char *argv[], WizardLaunchFailure *failure);

// The failure for the user, in one sentence (translated: call it once translators are in).
QString describe(const WizardLaunchFailure &failure);

}  // namespace ce::cli
