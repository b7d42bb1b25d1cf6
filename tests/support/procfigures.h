#pragma once

// What /proc says about a process, for the benchmarks and the process tests (Qt Core only,
// header-only: the floor programs use it too).
#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <sys/types.h>
#include <unistd.h>

namespace ce::bench {

// Kilobytes of a field of /proc/<pid>/status ("VmRSS", "VmHWM"), -1 when unknown.
inline qint64 statusKb(QStringView pid, QByteArrayView field)
{
    QFile f(QStringLiteral("/proc/") + pid.toString() + QStringLiteral("/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Proportional set size of a process in kB (shared pages divided among the processes
// that share them), from /proc/<pid>/smaps_rollup; its VmRSS where that is missing.
inline qint64 pssKb(QStringView pid)
{
    QFile f(QStringLiteral("/proc/") + pid.toString() + QStringLiteral("/smaps_rollup"));
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Pss:"))
                return line.mid(4).trimmed().split(' ').first().toLongLong();
        }
    }
    return statusKb(pid, "VmRSS");
}

// Every descendant of process `root` (Chromium's zygote forks the renderers, so they are
// grandchildren): their number and summed PSS in kB.
struct Helpers
{
    int count = 0;
    qint64 pssKb = 0;
};
inline Helpers helperProcesses(qint64 root = qint64(getpid()))
{
    QHash<qint64, QList<qint64>> children;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        const qint64 id = pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile f(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        const QList<QByteArray> rest = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 1)
            children[rest.at(1).toLongLong()].append(id);
    }
    Helpers h;
    QList<qint64> todo = children.value(root);
    while (!todo.isEmpty()) {
        const qint64 id = todo.takeLast();
        ++h.count;
        h.pssKb += qMax<qint64>(0, pssKb(QString::number(id)));
        todo += children.value(id);
    }
    return h;
}

// The file names of the shared objects process `pid` has mapped ("libQt6Gui.so.6.4.2").
inline QSet<QString> mappedLibraries(QStringView pid)
{
    QSet<QString> names;
    QFile f(QStringLiteral("/proc/") + pid.toString() + QStringLiteral("/maps"));
    if (!f.open(QIODevice::ReadOnly))
        return names;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype slash = line.indexOf('/');
        if (slash < 0)
            continue;
        const QString name = QFileInfo(QString::fromLocal8Bit(line.mid(slash))).fileName();
        if (name.contains(QStringLiteral(".so")))
            names.insert(name);
    }
    return names;
}

// Those of `names` that belong to the GUI: Qt Gui, Widgets, WebEngine, OpenGL, X11, D-Bus.
inline QStringList guiLibraries(const QSet<QString> &names)
{
    static const QStringList prefixes = {QStringLiteral("libQt6Gui"),       QStringLiteral("libQt6Widgets"), QStringLiteral("libQt6WebEngine"),
                                         QStringLiteral("libQt6OpenGL"),    QStringLiteral("libQt6Quick"),   QStringLiteral("libQt6DBus"),
                                         QStringLiteral("libX11"),          QStringLiteral("libxcb"),        QStringLiteral("libGL"),
                                         QStringLiteral("libEGL"),          QStringLiteral("cep_browser")};
    QStringList found;
    for (const QString &name : names) {
        for (const QString &prefix : prefixes) {
            if (name.startsWith(prefix))
                found.append(name);
        }
    }
    found.sort();
    return found;
}

}  // namespace ce::bench
