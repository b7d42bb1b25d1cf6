// ce-provisioner: the entry point. Chooses the mode from the command line, sets up the
// process (logging, redaction, WebEngine's needs) and hands each mode what it needs.
#include "cli.h"
#include "core/apiclient.h"
#include "core/elementdescription.h"
#include "core/logging.h"
#include "core/provisioningflow.h"
#include "core/redaction.h"
#include "core/requestlog.h"
#include "profiles/profilesession.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "provisioningwizard.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <string>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

enum class Mode { Gui, ServeSandbox, Create, Info };

// The mode decides which kind of application object to create, so it is read from argv
// before Qt parses the command line.
Mode modeFromArguments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "-h") || !std::strcmp(arg, "--help") || !std::strcmp(arg, "--help-all")
            || !std::strcmp(arg, "-v") || !std::strcmp(arg, "--version"))
            return Mode::Info;
    }
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-')
            continue;
        if (!std::strcmp(argv[i], "serve-sandbox"))
            return Mode::ServeSandbox;
        if (!std::strcmp(argv[i], "create"))
            return Mode::Create;
        return Mode::Info;  // an unknown command: the parser reports it
    }
    return Mode::Gui;
}

// The user's language: Qt's own strings (the wizard's buttons) and ours.
void installTranslations(QCoreApplication *app)
{
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(QLocale(), u"ce-provisioner"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

// The wizard needs a display; say so in one line rather than let Qt abort.
std::unique_ptr<QCoreApplication> createGuiApplication(int &argc, char *argv[])
{
    const bool platformChosen = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!platformChosen && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::string command = argv[0];
        for (int i = 1; i < argc; ++i)
            command += std::string(" ") + argv[i];
        std::fprintf(stderr,
                     "ce-provisioner: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                     "run it under a virtual display: xvfb-run -a %s\n",
                     command.c_str());
        return nullptr;
    }
    // Chromium refuses to start as root with its sandbox on. Root is what CI and
    // containers run as; a normal user keeps Chromium's sandbox.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        std::fprintf(stderr, "ce-provisioner: running as root, so the embedded browser runs without "
                             "Chromium's sandbox; run as a normal user to keep it.\n");
    }
    return std::make_unique<QApplication>(argc, argv);
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
    ce::ProvisioningFlow flow(&client, ce::ElementDescription::freshbooks());
    ce::ProfileStore profiles(ce::ProfileStore::defaultDirectory());
    ce::KeychainSecretStore secrets;
    ce::ProfileSession session(&profiles, &secrets, &flow);
    ce::ProvisioningWizard wizard({&flow, provideSandbox, &requestLog, &session});
    if (sandbox)
        wizard.preselectSandbox();
    wizard.show();
    return QCoreApplication::exec();
}

}  // namespace

int main(int argc, char *argv[])
{
    ce::redaction::installMessageHandler();
    const Mode mode = modeFromArguments(argc, argv);

    std::unique_ptr<QCoreApplication> app;
    if (mode == Mode::Gui) {
        app = createGuiApplication(argc, argv);
        if (!app)
            return ce::cli::Usage;
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"ce-provisioner"_s);
    // No organization: the data lives in ~/.local/share/ce-provisioner (profiles) and the
    // settings in ~/.config/ce-provisioner/ce-provisioner.conf.
    QCoreApplication::setOrganizationName({});
    QCoreApplication::setApplicationVersion(QStringLiteral(CEP_VERSION));
    installTranslations(app.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Provision Cloud Elements instances (FreshBooks, OAuth 1.0a) with a wizard.\n\n"
        "Commands:\n"
        "  (none)          open the wizard\n"
        "  serve-sandbox   run the built-in Cloud Elements sandbox on 127.0.0.1\n"
        "  create          POST an instance.json and print the created instance\n\n"
        "Secrets are read from the environment, never from arguments: CE_USER_SECRET,\n"
        "CE_ORGANIZATION_SECRET and FRESHBOOKS_CONSUMER_SECRET. When one is missing and\n"
        "standard input is a terminal, it is asked for without echo."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("main", "serve-sandbox or create; none opens the wizard."),
                                 u"[command]"_s);
    const QCommandLineOption sandboxOption(u"sandbox"_s, QCoreApplication::translate("main", "Open the wizard on the built-in sandbox."));
    const QCommandLineOption portOption({u"p"_s, u"port"_s}, QCoreApplication::translate("main", "serve-sandbox: the port to listen on (0: any free port)."),
                                        u"N"_s, u"0"_s);
    const QCommandLineOption autoApproveOption(u"auto-approve"_s,
                                               QCoreApplication::translate("main", "serve-sandbox: approve every authorization at once, without the consent page."));
    const QCommandLineOption fromOption(u"from"_s, QCoreApplication::translate("main", "create: the instance.json to send."), u"FILE"_s);
    const QCommandLineOption environmentOption({u"e"_s, u"environment"_s},
                                               QCoreApplication::translate("main", "create: us, eu, staging, snapshot or a base URL."),
                                               u"NAME|URL"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, QCoreApplication::translate("main", "create: give up after this many seconds (default 30)."),
                                           u"SECONDS"_s, u"30"_s);
    const QCommandLineOption verboseOption(u"verbose"_s, QCoreApplication::translate("main", "Log every HTTP call on standard error (secrets redacted)."));
    parser.addOptions({sandboxOption, portOption, autoApproveOption, fromOption, environmentOption,
                       timeoutOption, verboseOption});
    parser.process(*app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (positional.size() > 1 || (!command.isEmpty() && command != "serve-sandbox"_L1 && command != "create"_L1)) {
        ce::cli::printError(QCoreApplication::translate("main", "Unknown command \"%1\"; see --help.")
                                .arg(positional.join(u' ')));
        return ce::cli::Usage;
    }
    if (!parser.isSet(verboseOption) && mode != Mode::Gui)
        QLoggingCategory::setFilterRules(u"ce.*.info=false\nce.*.warning=false"_s);

    switch (mode) {
    case Mode::ServeSandbox: {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port > 65535) {
            ce::cli::printError(QCoreApplication::translate("main", "--port must be a number from 0 to 65535."));
            return ce::cli::Usage;
        }
        return ce::cli::serveSandbox(quint16(port), parser.isSet(autoApproveOption));
    }
    case Mode::Create: {
        bool ok = false;
        const int timeout = parser.value(timeoutOption).toInt(&ok);
        if (!ok || timeout <= 0) {
            ce::cli::printError(QCoreApplication::translate("main", "--timeout must be a positive number of seconds."));
            return ce::cli::Usage;
        }
        return ce::cli::create(parser.value(fromOption), parser.value(environmentOption), timeout);
    }
    case Mode::Gui:
        return runWizard(parser.isSet(sandboxOption));
    case Mode::Info:
        break;
    }
    return ce::cli::Ok;
}
