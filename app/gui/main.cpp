// cep_wizard.so: the wizard. ce-provisioner loads this module when no command is given and
// calls cep_wizard_main() with its arguments before it has an application object of its
// own; this parses them with the same parser, sets up the GUI process (a display,
// WebEngine's needs, a QApplication) and shows the wizard. The module has its own copy of
// the core, message handler included, and exports nothing else (app/gui/CMakeLists.txt).
// The embedded browser is a plugin the Authorize page loads when it first opens
// (ui/embeddedbrowser.h).
#include "core/apiclient.h"
#include "core/commandline.h"
#include "core/elementcatalog.h"
#include "core/logging.h"
#include "core/provisioningflow.h"
#include "core/redaction.h"
#include "core/requestlog.h"
#include "profiles/profilesession.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "provisioningwizard.h"
#include "recentelements.h"
#include "whenidle.h"
#include "sandbox/sandboxserver.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The wizard needs a display (Qt would abort without one).
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// Chromium refuses to start as root with its sandbox on. Root is what CI and containers
// run as; a normal user keeps Chromium's sandbox. True when it was turned off here.
bool disableChromiumSandboxForRoot()
{
    if (geteuid() != 0 || !qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        return false;
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    return true;
}

// The wizard and what its pages need: the flow over an API client, and the sandbox,
// started here on first use (pages never start it themselves).
int runWizard(bool sandbox)
{
    std::unique_ptr<ce::SandboxServer> server;
    const ce::SandboxProvider provideSandbox = [&server](QString *error) -> std::optional<ce::SandboxAccess> {
        if (!server) {
            auto candidate = std::make_unique<ce::SandboxServer>();
            if (!candidate->listen()) {
                if (error)
                    *error = candidate->errorString();
                return std::nullopt;
            }
            server = std::move(candidate);
        }
        return ce::SandboxAccess{server->baseUrl(),
                                 {QString::fromLatin1(ce::SandboxServer::UserSecret),
                                  QString::fromLatin1(ce::SandboxServer::OrganizationSecret)}};
    };
    ce::ApiClient client;
    ce::RequestLog requestLog;
    requestLog.follow(&client);
    ce::ProfileStore profiles(ce::ProfileStore::defaultDirectory());
    // The element page starts on the element used last (FreshBooks the first time).
    const ce::ElementCatalog &catalog = ce::ElementCatalog::shared();
    const ce::ElementDescription *element = nullptr;
    for (const QString &id : ce::recentElements::ids(&profiles)) {
        if ((element = catalog.byId(id)))
            break;
    }
    if (!element)
        element = catalog.byId(QStringLiteral("freshbooks"));
    if (!element)
        qFatal("The FreshBooks element descriptor is missing.");
    ce::ProvisioningFlow flow(&client, *element);
    ce::KeychainSecretStore secrets;
    ce::ProfileSession session(&profiles, &secrets, &flow);
    ce::ProvisioningWizard wizard({&flow, provideSandbox, &requestLog, &session});
    if (sandbox)
        wizard.preselectSandbox();
    wizard.show();
    ce::actWhenIdleIfAsked(&wizard);
    return QCoreApplication::exec();
}

}  // namespace

// What a main() would do, for the wizard only (the commands are ce-provisioner's).
extern "C" Q_DECL_EXPORT int cep_wizard_main(int argc, char *argv[])
{
    ce::redaction::installMessageHandler();
    using Command = ce::cli::Invocation::Command;

    // Parsed before the application object exists: the command decides which one.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QStringList languages = ce::availableLanguages();
    const ce::cli::Invocation first = ce::cli::CommandLine(languages).parse(arguments);

    // Without a display there will be no QApplication: a core one says so, in the user's language.
    const bool wizard = first.command == Command::Wizard && first.error.isEmpty();
    const bool noDisplay = wizard && !hasDisplay();
    bool noChromiumSandbox = false;
    std::unique_ptr<QCoreApplication> app;
    if (wizard && !noDisplay) {
        noChromiumSandbox = disableChromiumSandboxForRoot();
        // Qt WebEngine, loaded later from the browser plugin, shares its OpenGL contexts
        // with the widgets: that must be asked for before the application object exists.
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"ce-provisioner"_s);
    // No organization: the data lives in ~/.local/share/ce-provisioner (profiles) and the
    // settings in ~/.config/ce-provisioner/ce-provisioner.conf.
    QCoreApplication::setOrganizationName({});
    QCoreApplication::setApplicationVersion(QStringLiteral(CEP_VERSION));
    ce::installTranslations(app.get(), first.language);  // --language, else the system's

    if (noDisplay) {
        ce::cli::printError(QCoreApplication::translate("main", "no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                                                                "run it under a virtual display: xvfb-run -a %1")
                                .arg(arguments.join(u' ')));
        return ce::cli::Usage;
    }
    if (noChromiumSandbox)
        ce::cli::printError(QCoreApplication::translate("main", "running as root, so the embedded browser runs without "
                                                                "Chromium's sandbox; run as a normal user to keep it."));

    // Again, now that the translators are in: errors in the user's language.
    ce::cli::CommandLine commandLine(languages);
    const ce::cli::Invocation invocation = commandLine.parse(arguments);
    if (const auto exitCode = ce::cli::answerWithoutRunning(commandLine, invocation))
        return *exitCode;
    ce::logging::configure(ce::logging::Mode::Gui, invocation.verbose);
    switch (invocation.command) {
    case Command::Wizard:
        return runWizard(invocation.sandbox);
    default:
        // ce-provisioner runs its commands itself; this module is only its wizard.
        ce::cli::printError(QCoreApplication::translate("main", "this is the wizard; run the commands with "
                                                                "ce-provisioner (see ce-provisioner --help)."));
        return ce::cli::Usage;
    }
}
