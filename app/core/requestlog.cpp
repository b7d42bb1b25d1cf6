#include "requestlog.h"

#include "redaction.h"

#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ce {

RequestLog::RequestLog(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RequestLog::follow(ApiClient *client)
{
    connect(client, &ApiClient::exchangeFinished, this, &RequestLog::record);
}

void RequestLog::record(const HttpExchange &exchange)
{
    if (m_exchanges.size() >= MaxEntries) {
        beginRemoveRows({}, 0, 0);
        m_exchanges.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_exchanges.size());
    beginInsertRows({}, row, row);
    m_exchanges.append(exchange);
    endInsertRows();
}

void RequestLog::clear()
{
    beginResetModel();
    m_exchanges.clear();
    endResetModel();
}

int RequestLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchanges.size());
}

int RequestLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_exchanges.size())
        return {};
    const HttpExchange &e = m_exchanges.at(index.row());
    if (role == Qt::ToolTipRole)
        return e.error.isEmpty() ? QVariant() : QVariant(e.error);
    if (role == Qt::TextAlignmentRole && (index.column() == StatusColumn || index.column() == DurationColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return e.started.toLocalTime().toString(u"HH:mm:ss"_s);
    case OperationColumn:
        return e.operation;
    case MethodColumn:
        return QString::fromLatin1(e.method);
    case UrlColumn:
        return e.url;
    case StatusColumn:
        return e.status ? QString::number(e.status) : (e.error.isEmpty() ? QString() : tr("failed"));
    case DurationColumn:
        return tr("%1 ms").arg(e.durationMs);
    default:
        return {};
    }
}

QVariant RequestLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case OperationColumn: return tr("Call");
    case MethodColumn: return tr("Method");
    case UrlColumn: return tr("URL");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    default: return {};
    }
}

QString RequestLog::describe(const HttpExchange &e)
{
    auto pretty = [](const QByteArray &body) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isNull() ? QString::fromUtf8(body) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    };
    QStringList lines;
    lines.append(u"%1 %2 %3"_s.arg(e.started.toUTC().toString(Qt::ISODateWithMs), QString::fromLatin1(e.method), e.url));
    lines.append(tr("Call: %1").arg(e.operation));
    lines.append(tr("Status: %1, %2 ms").arg(e.status ? QString::number(e.status) : tr("no answer")).arg(e.durationMs));
    if (!e.error.isEmpty())
        lines.append(tr("Error: %1").arg(e.error));
    if (!e.requestBody.isEmpty())
        lines.append(tr("Request body:") + u'\n' + pretty(e.requestBody));
    if (!e.responseBody.isEmpty())
        lines.append(tr("Response body:") + u'\n' + pretty(e.responseBody));
    // The client redacted already; scrub once more for secrets learnt since.
    return redaction::scrub(lines.join(u'\n'));
}

QString RequestLog::toText() const
{
    QStringList parts;
    for (const HttpExchange &e : m_exchanges)
        parts.append(describe(e));
    return parts.join(u"\n\n"_s) + u'\n';
}

bool RequestLog::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    file.write(toText().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace ce
