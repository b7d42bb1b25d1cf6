// ce-provisioner: the command line. Parses the arguments, runs the command, and with no
// command hands over to the wizard's executable (ce-provisioner-gui). Links Qt Core and
// Network (HttpServer for the sandbox) only: a command never loads Qt Gui, Widgets or
// WebEngine (tests/cli/tst_cli checks what the process maps).
#include "commands.h"
#include "core/commandline.h"
#include "core/redaction.h"
#include "translations.h"
#include "wizard.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    ce::redaction::installMessageHandler();
    using Command = ce::cli::Invocation::Command;

    // The wizard is another process: hand over before anything is set up here, with the
    // same arguments (it parses them again, and says what is wrong in its own words).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const ce::cli::Invocation first = ce::cli::CommandLine().parse(arguments);
    const bool wizard = first.command == Command::Wizard && first.error.isEmpty();
    const ce::cli::WizardLaunchFailure wizardFailure = wizard ? ce::cli::execWizard(argv)  // returns only on failure
                                                              : ce::cli::WizardLaunchFailure{};

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ce-provisioner"_s);
    // No organization: the data lives in ~/.local/share/ce-provisioner (profiles) and the
    // settings in ~/.config/ce-provisioner/ce-provisioner.conf.
    QCoreApplication::setOrganizationName({});
    QCoreApplication::setApplicationVersion(QStringLiteral(CEP_VERSION));
    ce::installTranslations(&app);

    if (wizard) {
        ce::cli::printError(ce::cli::describe(wizardFailure));
        return ce::cli::Usage;
    }

    // Again, now that the translators are in: help and errors in the user's language.
    // The same arguments give the same command.
    ce::cli::CommandLine commandLine;
    const ce::cli::Invocation invocation = commandLine.parse(arguments);
    if (!invocation.error.isEmpty()) {
        ce::cli::printError(invocation.error);
        return ce::cli::Usage;
    }
    if (!invocation.verbose)
        QLoggingCategory::setFilterRules(u"ce.*.info=false\nce.*.warning=false"_s);

    switch (invocation.command) {
    case Command::Help:
        ce::cli::printMessage(ce::cli::Stream::Out, commandLine.helpText().trimmed());
        return ce::cli::Ok;
    case Command::Version:
        ce::cli::printMessage(ce::cli::Stream::Out,
                              QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
        return ce::cli::Ok;
    case Command::ServeSandbox:
        return ce::cli::serveSandbox(invocation.port, invocation.autoApprove);
    case Command::Create:
        return ce::cli::create(invocation.from, invocation.environment, invocation.timeoutSeconds);
    case Command::Elements:
        return ce::cli::elements(invocation.json);
    // Commands still to come (authorize, instances): a case each, see cli/commands.h.
    case Command::Wizard:
        break;  // handed over above
    }
    return ce::cli::Ok;
}
