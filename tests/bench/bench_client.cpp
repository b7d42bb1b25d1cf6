// Benchmarks of the client side without widgets, against the in-process sandbox on a
// random loopback port (client and sandbox share this process and its one thread, so the
// figures include the sandbox's own work):
//   - the whole provisioning flow (ProvisioningFlow: request token, authorization URL,
//     the provider's approval answered with the 302 to the callback, POST /instances):
//     the first one (connections opened), then 100 more with flows and HTTP requests per
//     second, then 96 in one session to show the cost of the growing redaction registry;
//   - the ApiClient refusing a 50 MiB answer (SandboxFault::HugeBody): time to the error
//     and the peak RSS growth (VmHWM, reset through /proc/self/clear_refs), next to a
//     plain QNetworkReply reading the same answer without a cap.
//   - the sandbox's own memory under large requests: 20 POSTs of 20 MB (with a length,
//     and chunked) and 2,000 POSTs of 100 KB, sent from another thread that streams the
//     body and stops when the answer comes, as curl does; RSS growth and peak.
// Figures are printed, never asserted; only what each run must achieve is checked.
#include "core/apiclient.h"
#include "core/apitypes.h"
#include "core/callbackmatcher.h"
#include "core/elementdescription.h"
#include "core/provisioningflow.h"
#include "core/redaction.h"
#include "sandbox/sandboxserver.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ce;
using Stage = ProvisioningFlow::Stage;
using Endpoint = SandboxCall::Endpoint;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr int RequestsPerFlow = 4;  // token, url, the provider's approval (302), create

using ce::test::procStatusKb;
using ce::test::resetPeakRss;

using ce::test::waitFor;

// The app's message handler scrubs every line; here the lines are scrubbed and then
// dropped (and counted), so that hundreds of flows don't flood the output.
int droppedLines = 0;
void scrubAndDrop(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QString scrubbed = redaction::scrub(message);
    Q_UNUSED(scrubbed);
    ++droppedLines;
}

// A POST of `size` bytes to the sandbox on `port`, written by hand with blocking calls
// (run it in a thread of its own): the body goes in 64 KiB pieces, with a Content-Length or
// chunked, and the sending stops as soon as an answer arrives. Returns the status (0: none).
int streamPost(quint16 port, qint64 size, bool chunked)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return 0;
    socket.write("POST /elements/api-v2/instances HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                 + "\r\nAuthorization: " + Credentials{QString::fromLatin1(SandboxServer::UserSecret),
                                                       QString::fromLatin1(SandboxServer::OrganizationSecret)}
                                                .authorizationHeader()
                 + "\r\nContent-Type: application/json\r\n"
                 + (chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                            : "Content-Length: " + QByteArray::number(size) + "\r\n")
                 + "Connection: close\r\n\r\n");
    static const QByteArray piece(64 * 1024, ' ');
    qint64 sent = 0;
    while (sent < size && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(0))
            break;  // answered before the end of the body
        const qint64 n = qMin<qint64>(piece.size(), size - sent);
        if (chunked)
            socket.write(QByteArray::number(n, 16) + "\r\n" + piece.left(n) + "\r\n");
        else
            socket.write(piece.constData(), n);
        if (!socket.waitForBytesWritten(10000))
            break;
        sent += n;
    }
    if (chunked && sent == size)
        socket.write("0\r\n\r\n");
    QByteArray answer = socket.readAll();
    while (!answer.contains("\r\n") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

}  // namespace

class BenchClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstFlow();
    void wholeFlow();
    void sessionOfManyFlows();
    void sandboxUnderLargeRequests();
    void hugeAnswerRefused();

private:
    void fillInputs();
    bool waitUntilIdle() { return waitFor(m_flow.get(), &ProvisioningFlow::stageChanged, [this] { return !m_flow->isBusy(); }); }

    // One whole provisioning; false (with the reason in *why) when any step fails.
    bool provisionOnce(QString *why);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;      // the client's
    std::unique_ptr<QNetworkAccessManager> m_browser;  // stands in for the embedded browser
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProvisioningFlow> m_flow;
};

void BenchClient::fillInputs()
{
    m_flow->setEnvironment(Environment::sandbox(m_sandbox->baseUrl()));
    m_flow->setCredentials({QString::fromLatin1(SandboxServer::UserSecret),
                            QString::fromLatin1(SandboxServer::OrganizationSecret)});
    m_flow->setConfiguration(u"oauth.api.key"_s, u"mycompany"_s);
    m_flow->setConfiguration(u"oauth.api.secret"_s, u"consumer-secret-123"_s);
    m_flow->setConfiguration(u"freshbooks.site.address"_s, u"https://acme.freshbooks.com/"_s);
    m_flow->setConfiguration(u"oauth.callback.url"_s, u"https://www.mycoolapp.com/auth"_s);
    m_flow->setName(u"Acme books"_s);
    m_flow->setTags({u"customer-acme"_s, u"finance"_s});
}

bool BenchClient::provisionOnce(QString *why)
{
    m_flow->startAuthorization();
    if (!waitUntilIdle() || m_flow->stage() != Stage::AwaitingAuthorization) {
        *why = u"token/url: "_s + m_flow->lastError().text;
        return false;
    }
    // The account owner approved before: the provider's page answers with the 302 to
    // the callback, which the browser hands to the flow instead of loading it.
    QNetworkRequest request(m_flow->authorizationUrl());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *page = m_browser->get(request);
    const bool loaded = waitFor(page, &QNetworkReply::finished, [page] { return page->isFinished(); });
    const QUrl callback = page->url().resolved(page->header(QNetworkRequest::LocationHeader).toUrl());
    page->deleteLater();
    if (!loaded || m_flow->handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome != CallbackMatch::Outcome::Authorized) {
        *why = u"callback: "_s + callback.toString();
        return false;
    }
    m_flow->createInstance();
    if (!waitUntilIdle() || m_flow->stage() != Stage::Created || m_flow->instance().id <= 0) {
        *why = u"create: "_s + m_flow->lastError().text;
        return false;
    }
    m_flow->markResultKept();
    return true;
}

void BenchClient::initTestCase()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen());
    m_sandbox->setAutoApprove(true);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_browser = std::make_unique<QNetworkAccessManager>();
    m_browser->setProxy(QNetworkProxy::NoProxy);
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_flow = std::make_unique<ProvisioningFlow>(m_client.get(), ce::test::freshbooks());
    fillInputs();
}

void BenchClient::cleanupTestCase()
{
    m_flow.reset();
    m_client.reset();
    m_browser.reset();
    m_nam.reset();
    m_sandbox.reset();
}

// The first flow opens the connections (client to sandbox, "browser" to sandbox).
void BenchClient::firstFlow()
{
    QLoggingCategory::setFilterRules(u"ce.*.debug=false"_s);
    droppedLines = 0;
    const QtMessageHandler previous = qInstallMessageHandler(scrubAndDrop);
    QString why;
    QElapsedTimer clock;
    clock.start();
    const bool ok = provisionOnce(&why);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    qInstallMessageHandler(previous);
    QVERIFY2(ok, qPrintable(why));
    qInfo("first flow (new connections): %.2f ms, %d log lines", ms, droppedLines);
}

// Then whole flows on open connections, each from the secrets of a fresh session
// (see sessionOfManyFlows for why). A fixed number of flows rather than QBENCHMARK
// (which runs a test function again for its warm-up and its adaptive iteration
// count): each flow is timed, and the spread is printed once.
void BenchClient::wholeFlow()
{
    // As in the app: ce.* logs at info level (not debug) through a scrubbing handler.
    QLoggingCategory::setFilterRules(u"ce.*.debug=false"_s);
    droppedLines = 0;
    const QtMessageHandler previous = qInstallMessageHandler(scrubAndDrop);
    auto restore = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
    });

    constexpr int Flows = 100;
    QList<double> ms;
    QString why;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < Flows; ++i) {
        QElapsedTimer clock;
        clock.start();
        redaction::forgetSecrets();
        QVERIFY2(provisionOnce(&why), qPrintable(why));
        m_sandbox->clearCalls();
        ms.append(double(clock.nsecsElapsed()) / 1e6);
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    restore.dismiss();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});

    std::sort(ms.begin(), ms.end());
    qInfo("%d flows in %.2f s: %.0f flows/s, %.0f HTTP requests/s (%d per flow: token, url, "
          "approval, create), %d log lines per flow",
          Flows, seconds, Flows / seconds, Flows * RequestsPerFlow / seconds, RequestsPerFlow,
          droppedLines / Flows);
    qInfo("ms per flow: min %.2f, median %.2f, 90%% %.2f, max %.2f", ms.first(), ms.at(Flows / 2),
          ms.at(Flows * 9 / 10), ms.last());
}

// Many flows in one session, secrets never forgotten: every flow registers its
// request token, token secret, verifier and instance token with the redaction, and
// every log line is scrubbed with each registered secret's pattern, so the time per
// flow grows with the number of flows before it.
void BenchClient::sessionOfManyFlows()
{
    QLoggingCategory::setFilterRules(u"ce.*.debug=false"_s);
    const QtMessageHandler previous = qInstallMessageHandler(scrubAndDrop);
    auto restore = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
        redaction::forgetSecrets();
    });
    redaction::forgetSecrets();
    constexpr int Flows = 96;
    constexpr int Window = 24;
    QStringList means;
    QString why;
    QElapsedTimer clock;
    clock.start();
    for (int flow = 1; flow <= Flows; ++flow) {
        QVERIFY2(provisionOnce(&why), qPrintable(why));
        m_sandbox->clearCalls();
        if (flow % Window == 0) {
            means.append(u"%1-%2: %3"_s.arg(flow - Window + 1).arg(flow)
                             .arg(double(clock.nsecsElapsed()) / 1e6 / Window, 0, 'f', 2));
            clock.restart();
        }
    }
    restore.dismiss();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});
    redaction::forgetSecrets();
    qInfo("one session, secrets kept, mean ms per flow of flows %s", qPrintable(means.join(u", "_s)));
}

// The sandbox's memory under large requests. It refuses bodies over 1 MiB (413), from
// the announced length or once the limit is passed, and keeps the newest 1,000 calls
// with the first 8 KiB of each body: its RSS stays flat.
void BenchClient::sandboxUnderLargeRequests()
{
    const bool measurable = resetPeakRss() && procStatusKb("VmHWM") > 0;
    QLoggingCategory::setFilterRules(u"ce.*=false"_s);
    auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
    struct Case { const char *what; int posts; qint64 size; bool chunked; };
    const Case cases[] = {
        {"20 POSTs of 20 MB, Content-Length", 20, 20'000'000, false},
        {"20 POSTs of 20 MB, chunked", 20, 20'000'000, true},
        {"2,000 POSTs of 100 KB", 2000, 100'000, false},
    };
    qInfo("sandbox memory under large requests (client in another thread of this process):");
    qInfo("  %-36s %10s %16s %16s %8s  %s", "requests", "time", "RSS growth", "peak growth", "calls", "answers");
    for (const Case &c : cases) {
        m_sandbox->clearCalls();
        const qint64 rssBefore = procStatusKb("VmRSS");
        resetPeakRss();
        QMap<int, int> statuses;
        QElapsedTimer clock;
        clock.start();
        const quint16 port = m_sandbox->port();
        QThread *client = QThread::create([&statuses, c, port] {
            for (int i = 0; i < c.posts; ++i)
                ++statuses[streamPost(port, c.size, c.chunked)];
        });
        client->start();
        QVERIFY(waitFor(client, &QThread::finished, [client] { return client->isFinished(); }, 110000));
        delete client;
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        QStringList answers;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            answers.append(u"%1 x %2"_s.arg(it.value()).arg(it.key()));
        const auto mib = [](qint64 kb) { return u"%1 MiB"_s.arg(double(kb) / 1024, 0, 'f', 1); };
        qInfo("  %-36s %7.0f ms %16s %16s %8lld  %s", c.what, ms, qPrintable(mib(procStatusKb("VmRSS") - rssBefore)),
              qPrintable(measurable ? mib(procStatusKb("VmHWM") - rssBefore) : u"n/a"_s),
              qlonglong(m_sandbox->calls().size()), qPrintable(answers.join(u", "_s)));
        QCOMPARE(statuses.value(0), 0);  // every request was answered
    }
    m_sandbox->clearCalls();
}

// The 1 MiB cap: the client gives up on a 50 MiB answer at once and keeps memory down.
void BenchClient::hugeAnswerRefused()
{
    const bool measurable = resetPeakRss() && procStatusKb("VmHWM") > 0;
    if (!measurable)
        qInfo("peak RSS is not measurable here (/proc/self/clear_refs not writable)");

    struct Row { QString what; double ms = 0; qint64 peakGrowthKb = -1; QString outcome; };
    QList<Row> rows;
    const QtMessageHandler previous = qInstallMessageHandler(scrubAndDrop);
    auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });

    for (int run = 1; run <= 3; ++run) {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::HugeBody;
        fault.size = 50 * MiB;
        m_sandbox->addFault(Endpoint::Token, fault);
        const qint64 rssBefore = procStatusKb("VmRSS");
        resetPeakRss();
        QElapsedTimer clock;
        clock.start();
        m_flow->startAuthorization();
        QVERIFY(waitUntilIdle());
        Row row{u"ApiClient, run %1"_s.arg(run), double(clock.nsecsElapsed()) / 1e6, -1, {}};
        if (measurable)
            row.peakGrowthKb = procStatusKb("VmHWM") - rssBefore;
        // What must hold: the call failed as a malformed answer naming the cap.
        QCOMPARE(m_flow->stage(), Stage::Editing);
        QCOMPARE(m_flow->lastError().kind, ApiError::Kind::MalformedResponse);
        QVERIFY2(m_flow->lastError().text.contains(u"larger than 1 MiB"_s), qPrintable(m_flow->lastError().text));
        row.outcome = ApiError::kindName(m_flow->lastError().kind);
        rows.append(row);
    }

    // For comparison: a plain QNetworkReply with no cap reads the whole answer.
    {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::HugeBody;
        fault.size = 50 * MiB;
        m_sandbox->addFault(Endpoint::Token, fault);
        QUrl url = m_sandbox->baseUrl();
        url.setPath(url.path() + u"/elements/freshbooks/oauth/token"_s);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", Credentials{QString::fromLatin1(SandboxServer::UserSecret),
                                                          QString::fromLatin1(SandboxServer::OrganizationSecret)}
                                                  .authorizationHeader());
        const qint64 rssBefore = procStatusKb("VmRSS");
        resetPeakRss();
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = m_browser->get(request);
        QVERIFY(waitFor(reply, &QNetworkReply::finished, [reply] { return reply->isFinished(); }, 30000));
        const QByteArray body = reply->readAll();
        Row row{u"plain QNetworkReply, no cap"_s, double(clock.nsecsElapsed()) / 1e6, -1, {}};
        if (measurable)
            row.peakGrowthKb = procStatusKb("VmHWM") - rssBefore;
        row.outcome = u"read %1 MiB"_s.arg(double(body.size()) / MiB, 0, 'f', 1);
        reply->deleteLater();
        rows.append(row);
    }

    restore.dismiss();
    qInstallMessageHandler(previous);
    qInfo("50 MiB answer (Content-Length announced), cap %lld MiB:", ApiClient::MaxResponseBytes / MiB);
    qInfo("  %-30s %12s %20s  %s", "reader", "time to end", "peak RSS growth", "outcome");
    for (const Row &r : rows) {
        const QString growth = r.peakGrowthKb < 0 ? u"n/a"_s : u"%1 MiB"_s.arg(double(r.peakGrowthKb) / 1024, 0, 'f', 1);
        qInfo("  %-30s %9.1f ms %20s  %s", qPrintable(r.what), r.ms, qPrintable(growth), qPrintable(r.outcome));
    }
}

QTEST_GUILESS_MAIN(BenchClient)
#include "bench_client.moc"
