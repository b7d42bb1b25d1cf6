#include "instancefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ce::instancefile {

std::optional<InstanceRequest> load(const QString &path, QList<ValidationIssue> *issues)
{
    auto fail = [issues](const QString &message) {
        if (issues)
            issues->append({{}, message});
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(InstanceRequest::tr("The file does not exist."));
    if (info.isDir())
        return fail(InstanceRequest::tr("This is a folder, not a file."));
    if (info.size() > MaxBytes)
        return fail(InstanceRequest::tr("The file is larger than 1 MiB; an instance.json is a few hundred bytes."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(InstanceRequest::tr("The file cannot be read: %1.").arg(file.errorString()));
    // The size can lie (a file that grows, a pipe such as `create --from <(jq ...)`, /proc):
    // what is read is capped too.
    const QByteArray data = file.read(MaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(InstanceRequest::tr("The file cannot be read: %1.").arg(file.errorString()));
    if (data.size() > MaxBytes)
        return fail(InstanceRequest::tr("The file is larger than 1 MiB; an instance.json is a few hundred bytes."));
    if (data.contains('\0'))
        return fail(InstanceRequest::tr("This is not a text file."));
    return InstanceRequest::fromInstanceJson(data, issues);
}

QString describe(const QString &path, const QList<ValidationIssue> &issues)
{
    // The first few problems, then how many more: a hostile file can hold 100,000.
    constexpr qsizetype Shown = 3;
    qsizetype described = 0;
    qsizetype omitted = 0;
    for (const ValidationIssue &issue : issues) {
        if (issue.omitted > 0)
            omitted += issue.omitted;
        else
            ++described;
    }
    // "And 1 more problem" would say less than the problem itself.
    const qsizetype show = described + omitted <= Shown + 1 ? described : Shown;
    QStringList texts;
    for (const ValidationIssue &issue : issues) {
        if (issue.omitted == 0 && texts.size() < show)
            texts.append(issue.message);
    }
    if (described + omitted > show)
        texts.append(InstanceRequest::moreProblems(described + omitted - show));
    return QFileInfo(path).fileName() + u": "_s + texts.join(u' ');
}

bool save(const QString &path, const InstanceRequest &request, const ElementDescription &element,
          InstanceRequest::Secrets secrets, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = InstanceRequest::tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    // Real secrets: readable by the owner only.
    if (secrets == InstanceRequest::Secrets::Include)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(request.toInstanceJson(element, secrets));
    if (!file.commit()) {
        if (error)
            *error = InstanceRequest::tr("Cannot write %1: %2. Nothing was changed.").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString suggestedFileName(const QString &instanceName)
{
    constexpr qsizetype MaxLength = 60;
    QString name;
    for (const QChar c : instanceName) {
        if (c.isLetterOrNumber())
            name += c.toLower();
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name += u'-';
        if (name.size() >= MaxLength)
            break;
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.isEmpty() ? u"instance.json"_s : name + u".instance.json"_s;
}

QString unusedPath(const QString &folder, const QString &fileName)
{
    const QDir dir(folder);
    if (!QFileInfo::exists(dir.filePath(fileName)))
        return dir.filePath(fileName);
    // "name.instance.json" -> "name (2).instance.json": the number goes before every suffix.
    const qsizetype dot = fileName.indexOf(u'.', 1);
    const QString stem = dot < 0 ? fileName : fileName.left(dot);
    const QString suffix = dot < 0 ? QString() : fileName.mid(dot);
    for (int n = 2; n < 10000; ++n) {
        const QString candidate = dir.filePath(u"%1 (%2)%3"_s.arg(stem).arg(n).arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
    return dir.filePath(fileName);  // the export asks before it replaces anything
}

}  // namespace ce::instancefile
