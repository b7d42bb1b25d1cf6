#pragma once

#include <QString>

namespace ce::cli {

// Why the wizard could not be started: where it was looked for last, and errno.
struct WizardLaunchFailure
{
    QString path;
    int error = 0;
};

// No command: the wizard, which is another executable (ce-provisioner-gui) so that this
// one never loads Qt Gui, Widgets or WebEngine. Replaces this process with it, given the
// same arguments (argv[0] included, so its messages name the command the user typed).
// Looked for beside this executable (the build tree), then where the packages install it
// (libexec/ce-provisioner/, found from this executable's own path). Returns only when it
// could not. Needs no application object.
WizardLaunchFailure execWizard(char *argv[]);

// The failure for the user, in one sentence (translated: call it once translators are in).
QString describe(const WizardLaunchFailure &failure);

}  // namespace ce::cli
