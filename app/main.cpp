// ce-provisioner: the command line. Parses the arguments, runs the command, and with no
// command loads the wizard's module (cep_wizard.so) and runs it in this process. Links Qt
// Core and Network (HttpServer for the sandbox) only: a command never loads Qt Gui, Widgets
// or WebEngine (tests/cli/tst_cli checks what the process maps).
#include "commands.h"
#include "core/commandline.h"
#include "core/logging.h"
#include "core/redaction.h"
#include "translations.h"
#include "wizard.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    using Command = ce::cli::Invocation::Command;

    // The wizard is a module with its own copy of the core: hand over before anything is
    // set up here (no application object, no message handler: it installs its own), with
    // the same arguments (it parses them again, and says what is wrong in its own words).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QStringList languages = ce::availableLanguages();
    const ce::cli::Invocation first = ce::cli::CommandLine(languages).parse(arguments);
    const bool wizard = first.command == Command::Wizard && first.error.isEmpty();
    ce::cli::WizardLaunchFailure wizardFailure;
    if (wizard) {
        if (const auto exitCode = ce::cli::runWizard(argc, argv, &wizardFailure))
            return *exitCode;
    }

    ce::redaction::installMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ce-provisioner"_s);
    // No organization: the data lives in ~/.local/share/ce-provisioner (profiles) and the
    // settings in ~/.config/ce-provisioner/ce-provisioner.conf.
    QCoreApplication::setOrganizationName({});
    QCoreApplication::setApplicationVersion(QStringLiteral(CEP_VERSION));
    ce::installTranslations(&app, first.language);  // --language, else the system's

    if (wizard) {
        ce::cli::printError(ce::cli::describe(wizardFailure));
        return ce::cli::Usage;
    }

    // Again, now that the translators are in: help and errors in the user's language.
    // The same arguments give the same command.
    ce::cli::CommandLine commandLine(languages);
    const ce::cli::Invocation invocation = commandLine.parse(arguments);
    if (const auto exitCode = ce::cli::answerWithoutRunning(commandLine, invocation))
        return *exitCode;
    ce::logging::configure(ce::logging::Mode::CommandLine, invocation.verbose);

    switch (invocation.command) {
    case Command::ServeSandbox:
        return ce::cli::serveSandbox(invocation.port, invocation.autoApprove);
    case Command::Create:
        return ce::cli::create(invocation.from, invocation.environment, invocation.timeoutSeconds);
    case Command::Authorize:
    case Command::Reauthorize:
        return ce::cli::authorize(invocation);
    case Command::InstancesList:
    case Command::InstancesGet:
    case Command::InstancesDelete:
    case Command::InstancesEnable:
    case Command::InstancesDisable:
        return ce::cli::instances(invocation.command, invocation.instanceId, invocation.tags, invocation.environment,
                                  invocation.timeoutSeconds);
    case Command::Elements:
        return ce::cli::elements(invocation.json);
    case Command::Help:
    case Command::Version:  // answered above
    case Command::Wizard:   // run or refused above
        break;
    }
    return ce::cli::Ok;
}
