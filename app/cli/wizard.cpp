#include "wizard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace ce::cli {

std::optional<int> runWizard(int argc, char *argv[], WizardLaunchFailure *failure)
{
    // This executable's folder, from the kernel (not argv[0], which is what the caller said).
    const QString here = QFileInfo(QFile::symLinkTarget(u"/proc/self/exe"_s)).absolutePath();
    // CEP_WIZARD_FROM_CLI: the installed module relative to the installed command line
    // ("../lib/ce-provisioner/wizard/cep_wizard.so"), computed by CMake.
    const QString candidates[] = {here + u"/cep_wizard.so"_s,
                                  QDir::cleanPath(here + u'/' + QStringLiteral(CEP_WIZARD_FROM_CLI))};
    for (const QString &candidate : candidates) {
        *failure = {candidate, {}};
        // Only "not there" moves on to the next place; anything else is a broken install.
        if (!QFileInfo(candidate).isFile())
            continue;
        // Never unloaded: what the wizard left behind (its statics and their destructors,
        // Qt's plugins) stays valid until the process ends.
        QLibrary module(candidate);
        module.setLoadHints(QLibrary::PreventUnloadHint);
        using Entry = int (*)(int, char *[]);
        if (const auto entry = reinterpret_cast<Entry>(module.resolve("cep_wizard_main")))
            return entry(argc, argv);
        failure->error = module.errorString();
        break;
    }
    return std::nullopt;
}

QString describe(const WizardLaunchFailure &failure)
{
    if (failure.error.isEmpty()) {
        return QCoreApplication::translate("ce::cli", "the wizard is not installed (no %1); install the package "
                                                      "ce-provisioner-gui, or use a command (see --help).")
            .arg(failure.path);
    }
    return QCoreApplication::translate("ce::cli", "the wizard (%1) cannot be started: %2.")
        .arg(failure.path, failure.error);
}

}  // namespace ce::cli
