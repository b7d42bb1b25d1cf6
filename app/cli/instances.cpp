// `instances list|get|delete|enable|disable`: one call each through ApiClient, what the
// platform answered printed as JSON with its secrets masked (list as a table when standard
// output is a terminal).
#include "commands.h"

#include "core/apiclient.h"
#include "core/apitypes.h"
#include "core/commandline.h"
#include "core/displaytext.h"
#include "core/instancesmodel.h"
#include "platform.h"

#include <QCoreApplication>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ce::cli {

namespace {
// The translation context of the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(ce::cli)
};

// The list for a person: the Instances window's columns, one line each. Names and tags go
// through displayText() (control characters, bidirectional overrides).
void printTable(const QList<Instance> &instances)
{
    InstancesModel model;
    model.setInstances(instances);
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(model.headerData(c, Qt::Horizontal).toString());
    rows.append(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row.append(displayText(model.data(model.index(r, c)).toString(), 40));
        rows.append(row);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QTextStream out(stdout);
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        out << line.trimmed() << '\n';
    }
    if (instances.isEmpty())
        out << Cli::tr("(no instances)") << '\n';
    out.flush();
}

}  // namespace

int instances(Invocation::Command command, qint64 id, const QStringList &tags, const QString &environmentName,
              int timeoutSeconds)
{
    using Command = Invocation::Command;
    ApiClient client;
    if (!setUpClient(&client, environmentName, timeoutSeconds))
        return Usage;

    ApiReply *reply = nullptr;
    switch (command) {
    case Command::InstancesList: reply = client.listInstances(tags); break;
    case Command::InstancesGet: reply = client.getInstance(id); break;
    case Command::InstancesDelete: reply = client.deleteInstance(id); break;
    case Command::InstancesEnable: reply = client.enableInstance(id); break;
    case Command::InstancesDisable: reply = client.disableInstance(id); break;
    default: return Usage;
    }
    if (!waitFor(reply))
        return Failed;
    if (command == Command::InstancesDelete)
        return Ok;  // nothing to print: the exit code says it
    if (command == Command::InstancesList && isatty(STDOUT_FILENO)) {
        printTable(instancesFromJson(reply->json()).value_or(QList<Instance>()));
        return Ok;
    }
    printMasked(reply->json());
    return Ok;
}

}  // namespace ce::cli
