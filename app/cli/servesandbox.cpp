#include "commands.h"

#include "core/commandline.h"
#include "core/elementcatalog.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ce::cli {

namespace {
// The translation context of the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(ce::cli)
};
}  // namespace

int serveSandbox(quint16 port, bool autoApprove)
{
    SandboxServer server;
    server.setAutoApprove(autoApprove);
    // The user's own descriptors too: an element of one's own can be tried on it.
    for (const ElementDescription *e : ElementCatalog::shared().descriptors()) {
        if (e->origin == ElementDescription::Origin::User)
            server.addElement(*e);
    }
    if (!server.listen(port)) {
        printError(Cli::tr("The sandbox cannot listen on 127.0.0.1:%1: %2")
                       .arg(port)
                       .arg(server.errorString()));
        return Failed;
    }
    printMessage(Stream::Out, server.baseUrl().toString());
    // Its secrets are public (the sandbox exists to be tried); worded so that the
    // redaction, which masks anything shaped like an Authorization header, leaves them.
    printMessage(Stream::Err, Cli::tr("Sandbox ready. It accepts the user secret %1 and the organization secret %2. "
                                      "Stop it with Ctrl+C.")
                                  .arg(QString::fromLatin1(SandboxServer::UserSecret),
                                       QString::fromLatin1(SandboxServer::OrganizationSecret)));
    return QCoreApplication::exec();
}

}  // namespace ce::cli
