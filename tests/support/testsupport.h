#pragma once

// Helpers shared by the suites that drive the core (no widgets).
#include "core/provisioningflow.h"

#include <QByteArrayView>
#include <QEventLoop>
#include <QFile>
#include <QTest>
#include <QTimer>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Runs `call` (a helper that uses QVERIFY/QCOMPARE) and stops the test if it failed.
#define CHECK(call)                          \
    do {                                     \
        call;                                \
        if (QTest::currentTestFailed())      \
            return;                          \
    } while (false)

namespace ce::test {

// The FreshBooks descriptor, shipped with the app: the element the suites walk.
inline const ElementDescription &freshbooks()
{
    const ElementDescription *d = ElementDescription::builtin(QStringLiteral("freshbooks"));
    if (!d)
        qFatal("The built-in FreshBooks descriptor is missing.");
    return *d;
}

// The callback URL the FreshBooks descriptor fills in until the user changes it.
inline QString defaultCallbackUrl()
{
    return freshbooks().entryForOAuthParameter(QStringLiteral("callbackUrl"))->defaultValue;
}

// Runs the event loop, as the app's exec() does, until `done` holds after one of
// `sender`'s `signal`s, or `ms` pass. (QTest::qWaitFor sleeps between its rounds, which
// shows in timings.)
template<typename Sender, typename Signal, typename Done>
bool waitFor(Sender *sender, Signal signal, Done done, int ms = 30000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    timer.start(ms);
    loop.exec();
    return done();
}

// What a user types into the two input pages, for the suites that walk the whole flow.
namespace typed {
inline const QString callbackUrl = QStringLiteral("https://www.mycoolapp.com/auth");
inline const QString consumerKey = QStringLiteral("mycompany");
// Characters that mean something in a query, a form and a JSON body: the secret must
// survive both OAuth calls unchanged (the sandbox refuses POST /instances when the
// configuration differs from what the token was issued for), and must not show up in a
// message in any of its spellings.
inline const QString consumerSecret = QStringLiteral("c0nsumer&secret+9f/8e=7d%20x");
inline const QString siteAsTyped = QStringLiteral(" https://Acme.freshbooks.com/ ");
inline const QString instanceName = QStringLiteral("Acme books");
inline const QStringList instanceTags = {QStringLiteral("customer-acme"), QStringLiteral("finance")};

inline const QString keyProperty = QStringLiteral("oauth.api.key");
inline const QString secretProperty = QStringLiteral("oauth.api.secret");
inline const QString siteProperty = QStringLiteral("freshbooks.site.address");
inline const QString callbackProperty = QStringLiteral("oauth.callback.url");

// The inputs as the wizard has them once the user filled in both pages.
inline void fill(ProvisioningFlow *flow, const Environment &environment, const Credentials &credentials)
{
    flow->setEnvironment(environment);
    flow->setCredentials(credentials);
    flow->setConfiguration(keyProperty, consumerKey);
    flow->setConfiguration(secretProperty, consumerSecret);
    flow->setConfiguration(siteProperty, siteAsTyped);
    flow->setConfiguration(callbackProperty, callbackUrl);
    flow->setName(instanceName);
    flow->setTags(instanceTags);
}
}  // namespace typed

// Everything the user entered, to check that a failure keeps it.
struct Inputs
{
    Environment environment;
    Credentials credentials;
    QMap<QString, QString> configuration;
    QString name;
    QStringList tags;

    static Inputs of(const ProvisioningFlow &flow)
    {
        Inputs in;
        in.environment = flow.environment();
        in.credentials = flow.credentials();
        for (const QString &key : flow.element().configurationKeys())
            in.configuration.insert(key, flow.configuration(key));
        in.name = flow.name();
        in.tags = flow.tags();
        return in;
    }

    friend bool operator==(const Inputs &a, const Inputs &b)
    {
        return a.environment == b.environment && a.credentials.userSecret == b.credentials.userSecret
            && a.credentials.organizationSecret == b.credentials.organizationSecret
            && a.configuration == b.configuration && a.name == b.name && a.tags == b.tags;
    }
};

// Hostile instance.json files under the 1 MiB cap: valid JSON, each entry of one kind
// wrong, so that every entry is a problem to report (tst_instancefile, tst_instancerequest,
// bench_core). Both put the bad entries late in the file, where a search from the start
// for each one's line costs the most.
namespace hostile {
// {"element": ..., "configuration": {18,000 good entries}, "tags": [0, 0, ...]}: `count`
// tags that are numbers, one a line, after a large configuration (tags come last in the
// documented instance.json).
inline QByteArray badTags(int count)
{
    QByteArray json = "{\n  \"element\": {\"key\": \"freshbooks\"},\n  \"configuration\": {\n";
    for (int i = 0; i < 18000; ++i)
        json += "    \"setting." + QByteArray::number(i).rightJustified(5, '0') + "\": \"value\",\n";
    json += "    \"last\": \"value\"\n  },\n  \"tags\": [\n";
    for (int i = 0; i < count; ++i)
        json += i + 1 < count ? "    0,\n" : "    0\n";
    return json + "  ],\n  \"name\": \"x\"\n}\n";
}
// {"element": ..., "configuration": {"s00000": [], ...}}: `count` values that are lists,
// one a line.
inline QByteArray badConfiguration(int count)
{
    QByteArray json = "{\n  \"element\": {\"key\": \"freshbooks\"},\n  \"configuration\": {\n";
    for (int i = 0; i < count; ++i)
        json += "    \"s" + QByteArray::number(i).rightJustified(5, '0') + "\": []" + (i + 1 < count ? ",\n" : "\n");
    return json + "  },\n  \"name\": \"x\"\n}\n";
}
}  // namespace hostile

// Kilobytes of a field of /proc/self/status ("VmRSS", "VmHWM"), -1 when unknown.
inline qint64 procStatusKb(QByteArrayView field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Resets the peak resident size (VmHWM) to the current one; false where not allowed.
inline bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

}  // namespace ce::test
