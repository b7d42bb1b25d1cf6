#pragma once

#include "apiclient.h"

#include <QAbstractTableModel>
#include <QList>

namespace ce {

// Every HTTP exchange of the API client since the app started (already redacted by the
// client), as a table for the request log panel, and as text that can be saved.
class RequestLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, OperationColumn, MethodColumn, UrlColumn, StatusColumn, DurationColumn, ColumnCount };
    static constexpr int MaxEntries = 1000;

    explicit RequestLog(QObject *parent = nullptr);

    // Records every exchange `client` makes from now on.
    void follow(ApiClient *client);
    void record(const HttpExchange &exchange);
    void clear();

    const QList<HttpExchange> &exchanges() const { return m_exchanges; }
    // One exchange in full: request line, status, duration, error, both bodies.
    static QString describe(const HttpExchange &exchange);
    // The whole log as text (what Save writes).
    QString toText() const;
    // Writes toText() atomically; false and a sentence in *error on failure.
    bool saveTo(const QString &path, QString *error) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HttpExchange> m_exchanges;
};

}  // namespace ce
