#include "wizard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ce::cli {

WizardLaunchFailure execWizard(char *argv[])
{
    // This executable's folder, from the kernel (not argv[0], which is what the caller said).
    const QString here = QFileInfo(QFile::symLinkTarget(u"/proc/self/exe"_s)).absolutePath();
    // CEP_GUI_FROM_CLI: the installed wizard relative to the installed command line
    // ("../libexec/ce-provisioner/ce-provisioner-gui"), computed by CMake.
    const QString candidates[] = {here + u"/ce-provisioner-gui"_s,
                                  QDir::cleanPath(here + u'/' + QStringLiteral(CEP_GUI_FROM_CLI))};
    WizardLaunchFailure failure;
    for (const QString &candidate : candidates) {
        execv(QFile::encodeName(candidate).constData(), argv);
        failure = {candidate, errno};
        // Only "not there" moves on to the next place; anything else is a broken install.
        if (failure.error != ENOENT && failure.error != ENOTDIR)
            break;
    }
    return failure;
}

QString describe(const WizardLaunchFailure &failure)
{
    if (failure.error == ENOENT || failure.error == ENOTDIR) {
        return QCoreApplication::translate("ce::cli", "the wizard is not installed (no %1); install the package "
                                                      "ce-provisioner-gui, or use a command (see --help).")
            .arg(failure.path);
    }
    return QCoreApplication::translate("ce::cli", "the wizard (%1) cannot be started: %2.")
        .arg(failure.path, QString::fromLocal8Bit(std::strerror(failure.error)));
}

}  // namespace ce::cli
