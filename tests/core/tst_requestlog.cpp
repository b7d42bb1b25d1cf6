// The request log: rows for every exchange, full descriptions, saving, the size cap, and
// no secret in what it shows or writes.
#include "core/redaction.h"
#include "core/requestlog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;

namespace {
HttpExchange exchange(const QString &op, int status, const QString &error = {})
{
    HttpExchange e;
    e.operation = op;
    e.method = "GET";
    e.url = u"https://api.cloud-elements.com/elements/api-v2/instances"_s;
    e.status = status;
    e.durationMs = 42;
    e.error = error;
    e.started = QDateTime::currentDateTimeUtc();
    e.responseBody = R"({"id":1,"name":"x"})";
    return e;
}
}  // namespace

class TstRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndColumns();
    void capKeepsTheNewest();
    void describeAndSave();
    void secretsLearntLaterAreScrubbed();

private:
};

void TstRequestLog::rowsAndColumns()
{
    RequestLog log;
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    log.record(exchange(u"listInstances"_s, 200));
    log.record(exchange(u"getInstance"_s, 404, u"Reading the instance failed: HTTP 404."_s));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.columnCount(), int(RequestLog::ColumnCount));
    QCOMPARE(log.data(log.index(0, RequestLog::OperationColumn)).toString(), u"listInstances"_s);
    QCOMPARE(log.data(log.index(1, RequestLog::StatusColumn)).toString(), u"404"_s);
    QCOMPARE(log.data(log.index(1, RequestLog::DurationColumn)).toString(), u"42 ms"_s);
    QCOMPARE(log.data(log.index(1, RequestLog::UrlColumn), Qt::ToolTipRole).toString(),
             u"Reading the instance failed: HTTP 404."_s);
    QVERIFY(!log.headerData(RequestLog::UrlColumn, Qt::Horizontal).toString().isEmpty());
    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

void TstRequestLog::capKeepsTheNewest()
{
    RequestLog log;
    for (int i = 0; i < RequestLog::MaxEntries + 5; ++i)
        log.record(exchange(u"op%1"_s.arg(i), 200));
    QCOMPARE(log.rowCount(), RequestLog::MaxEntries);
    QCOMPARE(log.exchanges().first().operation, u"op5"_s);
    QCOMPARE(log.exchanges().last().operation, u"op%1"_s.arg(RequestLog::MaxEntries + 4));
}

void TstRequestLog::describeAndSave()
{
    RequestLog log;
    HttpExchange e = exchange(u"createInstance"_s, 200);
    e.method = "POST";
    e.requestBody = R"({"name":"Acme"})";
    log.record(e);
    const QString text = RequestLog::describe(e);
    QVERIFY(text.contains(u"POST https://api.cloud-elements.com/elements/api-v2/instances"_s));
    QVERIFY(text.contains(u"\"name\": \"Acme\""_s));
    QVERIFY(text.contains(u"200"_s));

    QTemporaryDir dir;
    QString error;
    QVERIFY(log.saveTo(dir.filePath(u"log.txt"_s), &error));
    QFile file(dir.filePath(u"log.txt"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), log.toText());

    // A folder that does not exist: a sentence, and no file.
    QVERIFY(!log.saveTo(dir.filePath(u"missing/log.txt"_s), &error));
    QVERIFY(error.contains(u"missing/log.txt"_s));
}

void TstRequestLog::secretsLearntLaterAreScrubbed()
{
    // An exchange recorded before a secret was known is still shown without it.
    RequestLog log;
    HttpExchange e = exchange(u"requestToken"_s, 200);
    e.responseBody = R"({"note":"later-known-secret-value"})";
    log.record(e);
    redaction::registerSecret(u"later-known-secret-value"_s);
    QVERIFY(!log.toText().contains(u"later-known-secret-value"_s));
    QVERIFY(!RequestLog::describe(log.exchanges().first()).contains(u"later-known-secret-value"_s));
    redaction::forgetSecrets();
}

QTEST_GUILESS_MAIN(TstRequestLog)
#include "tst_requestlog.moc"
