#pragma once

// Helpers shared by the suites that drive the core (no widgets).
#include "core/provisioningflow.h"

#include <QByteArrayView>
#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ce::test {

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
