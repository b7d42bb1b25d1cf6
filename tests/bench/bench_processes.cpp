// Each real process beside its floor, measured in the same run (issue 11): whole-process
// wall time and peak resident memory (what `/usr/bin/time -v` reports: wait4()'s rusage),
// the median of several runs each, and the ratio to the floor. Printed as a table; never a
// pass/fail on a figure (it fails only when a program does not run).
//
//   ce-provisioner --version           vs  floor_corenetwork --version
//   ce-provisioner create --from ...   vs  floor_corenetwork --post (the same one request)
//   ce-provisioner (first page, idle)  vs  floor_qwizard                 (CEP_WHEN_IDLE=quit)
//   the browser page (Next on the token page to the consent page, bench_startup's figures)
//                                      vs  floor_webengineview (a bare QWebEngineView, the same page)
//
// bench_processes [-n RUNS] [-v]
// Two sandboxes run as `ce-provisioner serve-sandbox` children: one approving at once (each
// create needs a freshly authorized instance.json, made here with the core's flow), one
// showing its sign-in and consent pages (for the browsers).
#include "core/apiclient.h"
#include "core/callbackmatcher.h"
#include "core/elementdescription.h"
#include "core/environment.h"
#include "core/instancefile.h"
#include "core/provisioningflow.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ce;

namespace {

const QString binaryDir = QStringLiteral(CEP_BINARY_DIR);
const QString cli = binaryDir + u"/ce-provisioner"_s;
QString floorProgram(const char *name)
{
    return binaryDir + u"/tests/bench/"_s + QLatin1StringView(name);
}

bool verbose = false;

struct Run
{
    double ms = 0;
    qint64 peakKb = 0;
    bool ok = false;
    QByteArray output;  // standard output
};

double nowMs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// fork, exec, wait4: the wall time from fork to reaping, and the child's peak RSS
// (ru_maxrss, kB: the largest of the process's images, across exec, as time -v reports).
Run runProcess(const QStringList &argv, const QStringList &environment)
{
    QList<QByteArray> args, env;
    for (const QString &a : argv)
        args.append(a.toLocal8Bit());
    for (const QString &e : environment)
        env.append(e.toLocal8Bit());
    std::vector<char *> cargs, cenv;
    for (QByteArray &a : args)
        cargs.push_back(a.data());
    cargs.push_back(nullptr);
    for (QByteArray &e : env)
        cenv.push_back(e.data());
    cenv.push_back(nullptr);

    int out[2];
    if (pipe(out) != 0)
        return {};
    const double start = nowMs();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        if (!verbose) {
            const int null = open("/dev/null", O_WRONLY);
            dup2(null, STDERR_FILENO);
        }
        const int in = open("/dev/null", O_RDONLY);
        dup2(in, STDIN_FILENO);
        execve(cargs[0], cargs.data(), cenv.data());
        _exit(127);
    }
    close(out[1]);
    Run run;
    char buffer[4096];
    ssize_t n;
    while ((n = read(out[0], buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
        if (n > 0)
            run.output.append(buffer, n);
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.ms = nowMs() - start;
    run.peakKb = usage.ru_maxrss;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!run.ok)
        fprintf(stderr, "bench_processes: %s failed (status %d): %s\n", qPrintable(argv.join(u' ')), status,
                run.output.constData());
    return run;
}

// A figure a program printed as "FIGURE <name> <value>".
double figure(const QByteArray &output, const char *name)
{
    const QRegularExpression re(u"^FIGURE "_s + QRegularExpression::escape(QLatin1StringView(name)) + u" (\\S+)$"_s,
                                QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(output));
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// A sandbox as its own process: `ce-provisioner serve-sandbox`; its base URL.
struct SandboxProcess
{
    QProcess process;
    QUrl baseUrl;

    bool start(bool autoApprove)
    {
        QStringList arguments = {u"serve-sandbox"_s};
        if (autoApprove)
            arguments.append(u"--auto-approve"_s);
        process.start(cli, arguments);
        if (!process.waitForStarted(10000))
            return false;
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(10000))
                return false;
        }
        baseUrl = QUrl(QString::fromUtf8(process.readLine().trimmed()));
        return baseUrl.isValid();
    }
    ~SandboxProcess()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

// What the browsers of both sides load: a fresh authorization URL of the sandbox.
struct Authorizer
{
    ApiClient client;
    QNetworkAccessManager browser;  // stands in for the account owner's browser
    ProvisioningFlow flow{&client, ce::test::freshbooks()};

    explicit Authorizer(const QUrl &baseUrl)
    {
        flow.setEnvironment(Environment::sandbox(baseUrl));
        flow.setCredentials({u"sandbox-user-secret"_s, u"sandbox-organization-secret"_s});
        flow.setConfiguration(u"oauth.api.key"_s, u"mycompany"_s);
        flow.setConfiguration(u"oauth.api.secret"_s, u"consumer-secret-123"_s);
        flow.setConfiguration(u"freshbooks.site.address"_s, u"acme"_s);
        flow.setConfiguration(u"oauth.callback.url"_s, u"https://www.mycoolapp.com/auth"_s);
        flow.setName(u"Bench"_s);
    }

    QUrl authorizationUrl()
    {
        flow.startAuthorization();
        test::waitFor(&flow, &ProvisioningFlow::stageChanged, [this] { return !flow.isBusy(); });
        return flow.stage() == ProvisioningFlow::Stage::AwaitingAuthorization ? flow.authorizationUrl() : QUrl();
    }

    // An instance.json ready for create (the sandbox approving at once: its 302 to the
    // callback carries the verifier).
    bool authorizedInstanceFile(const QString &path)
    {
        const QUrl url = authorizationUrl();
        if (url.isEmpty())
            return false;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *page = browser.get(request);
        test::waitFor(page, &QNetworkReply::finished, [page] { return page->isFinished(); });
        const QUrl callback = page->url().resolved(page->header(QNetworkRequest::LocationHeader).toUrl());
        page->deleteLater();
        if (flow.handleNavigation(callback, NavigationOrigin::TopLevelPage).outcome != CallbackMatch::Outcome::Authorized)
            return false;
        QString error;
        return instancefile::save(path, flow.request(), flow.element(), InstanceRequest::Secrets::Include, &error);
    }
};

struct Row
{
    QString what;
    QString floorName;
    double ms = -1, floorMs = -1;
    double kb = -1, floorKb = -1;
    QString target;
};

QString ratio(double ours, double floor)
{
    return ours > 0 && floor > 0 ? QString::number(ours / floor, 'f', 2) + u'x' : u"-"_s;
}

void printTable(const QList<Row> &rows, int runs)
{
    QTextStream out(stdout);
    out << Qt::left;
    out << u"Medians, the real program and its floor alternating (wall: fork to exit; peak: ru_maxrss); RUNS = %1:\n"_s
               .arg(runs);
    out << qSetFieldWidth(40) << u"what"_s << qSetFieldWidth(11) << u"ms"_s << u"floor ms"_s << u"ratio"_s
        << u"peak MiB"_s << u"floor MiB"_s << u"ratio"_s << qSetFieldWidth(0) << u"target / floor program"_s << '\n';
    for (const Row &r : rows) {
        out << qSetFieldWidth(40) << r.what << qSetFieldWidth(11) << QString::number(r.ms, 'f', 1)
            << QString::number(r.floorMs, 'f', 1) << ratio(r.ms, r.floorMs) << QString::number(r.kb / 1024, 'f', 1)
            << QString::number(r.floorKb / 1024, 'f', 1) << ratio(r.kb, r.floorKb) << qSetFieldWidth(0)
            << r.target << u" / "_s << r.floorName << '\n';
    }
    out.flush();
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == "-n"_L1 && i + 1 < arguments.size())
            runs = qMax(1, arguments.at(++i).toInt());
        else if (arguments.at(i) == "-v"_L1)
            verbose = true;
    }

    QStringList environment = QProcess::systemEnvironment();
    environment.removeIf([](const QString &e) {
        return e.startsWith("CEP_WHEN_IDLE="_L1) || e.startsWith("CE_"_L1) || e.startsWith("DISPLAY="_L1)
            || e.startsWith("WAYLAND_DISPLAY="_L1);
    });
    const QStringList gui = environment + QStringList{u"QT_QPA_PLATFORM=offscreen"_s, u"CEP_WHEN_IDLE=quit"_s};
    const QStringList secrets = environment + QStringList{u"CE_USER_SECRET=sandbox-user-secret"_s,
                                                          u"CE_ORGANIZATION_SECRET=sandbox-organization-secret"_s,
                                                          u"FLOOR_AUTHORIZATION=User sandbox-user-secret, "
                                                          u"Organization sandbox-organization-secret"_s};

    SandboxProcess approving, pages;
    if (!approving.start(true) || !pages.start(false)) {
        fprintf(stderr, "bench_processes: the sandboxes did not start\n");
        return 1;
    }
    QTemporaryDir dir;
    Authorizer authorizer(approving.baseUrl);
    QStringList files;
    for (int i = 0; i < 2 * 3 * runs; ++i) {
        files.append(dir.filePath(u"instance-%1.json"_s.arg(i)));
        if (!authorizer.authorizedInstanceFile(files.constLast())) {
            fprintf(stderr, "bench_processes: no authorized instance.json from the sandbox\n");
            return 1;
        }
    }
    Authorizer pageAuthorizer(pages.baseUrl);

    struct Pair
    {
        Row row;
        std::function<Run(int)> ours, floor;
        bool inProcess = false;  // the figures the programs print, not their whole process
        int times = 3;           // runs per RUNS: the short programs run more, their medians are noisier
    };
    const QString instances = approving.baseUrl.toString() + u"/instances"_s;
    QList<Pair> pairs = {
        {{u"ce-provisioner --version"_s, u"floor_corenetwork --version"_s, -1, -1, -1, -1, u"<= 1.5x, <= 1.3x"_s},
         [&](int) { return runProcess({cli, u"--version"_s}, environment); },
         [&](int) { return runProcess({floorProgram("floor_corenetwork"), u"--version"_s}, environment); }, false, 3},
        {{u"ce-provisioner create (sandbox)"_s, u"floor_corenetwork --post"_s, -1, -1, -1, -1, u"<= 1.5x, <= 1.3x"_s},
         [&](int i) {
             return runProcess({cli, u"create"_s, u"--from"_s, files.at(2 * i), u"--environment"_s,
                                approving.baseUrl.toString()}, secrets);
         },
         [&](int i) {
             return runProcess({floorProgram("floor_corenetwork"), u"--post"_s, instances, files.at(2 * i + 1)}, secrets);
         }, false, 3},
        {{u"ce-provisioner: first page, idle"_s, u"floor_qwizard"_s, -1, -1, -1, -1, u"<= 1.5x, <= 1.3x"_s},
         [&](int) { return runProcess({cli}, gui); },
         [&](int) { return runProcess({floorProgram("floor_qwizard")}, gui); }, false, 2},
        {{u"ce-provisioner --sandbox: first page"_s, u"floor_qwizard"_s, -1, -1, -1, -1, u"(as above)"_s},
         [&](int) { return runProcess({cli, u"--sandbox"_s}, gui); },
         [&](int) { return runProcess({floorProgram("floor_qwizard")}, gui); }, false, 2},
        {{u"browser page: Next to consent loaded"_s, u"floor_webengineview"_s, -1, -1, -1, -1,
          u"<= 1.2x (in-process: time; RSS growth + helpers' PSS)"_s},
         [&](int) {
             return runProcess({binaryDir + u"/tests/bench/bench_startup"_s, u"-silent"_s},
                               environment + QStringList{u"QT_QPA_PLATFORM=offscreen"_s,
                                                         u"QTWEBENGINE_DISABLE_SANDBOX=1"_s,
                                                         u"CEP_BROWSER_PLUGIN="_s + binaryDir + u"/cep_browser.so"_s,
                                                         u"QT_LOGGING_RULES=ce.*=false"_s});
         },
         [&](int) {
             return runProcess({floorProgram("floor_webengineview"), pageAuthorizer.authorizationUrl().toString()},
                               environment + QStringList{u"QT_QPA_PLATFORM=offscreen"_s, u"QTWEBENGINE_DISABLE_SANDBOX=1"_s});
         },
         true, 1},
    };

    QList<Row> rows;
    for (Pair &pair : pairs) {
        QList<double> ms, floorMs, kb, floorKb;
        for (int i = 0; i < runs * pair.times; ++i) {
            // Alternating, so that a slower moment of the machine falls on both.
            const Run ours = pair.ours(i);
            const Run floor = pair.floor(i);
            if (!ours.ok || !floor.ok)
                return 1;
            if (pair.inProcess) {
                ms.append(figure(ours.output, "browser.ms"));
                kb.append(figure(ours.output, "browser.rss_kb") + figure(ours.output, "browser.helpers_kb"));
                floorMs.append(figure(floor.output, "browser.ms"));
                floorKb.append(figure(floor.output, "browser.rss_kb") + figure(floor.output, "browser.helpers_kb"));
            } else {
                ms.append(ours.ms);
                kb.append(double(ours.peakKb));
                floorMs.append(floor.ms);
                floorKb.append(double(floor.peakKb));
            }
        }
        Row row = pair.row;
        row.ms = median(ms);
        row.floorMs = median(floorMs);
        row.kb = median(kb);
        row.floorKb = median(floorKb);
        rows.append(row);
    }
    printTable(rows, runs);
    std::printf("(runs: RUNS x 3 for the commands, x 2 for the first page, x 1 for the browser page; the "
                "browser page is bench_startup's in-process figure, from Next on the token page to the consent "
                "page, beside floor_webengineview's from creating the view; memory there is this process's RSS "
                "growth plus the helpers' PSS)\n");
    return 0;
}
