#pragma once

#include "instancerequest.h"

#include <QString>

#include <optional>

// instance.json on disk: read with clear errors (missing, unreadable, too big, not
// JSON, wrong shape: each naming the file, and the line and field where it can), and
// written atomically (QSaveFile: the old file stays whole if anything fails).
namespace ce::instancefile {

inline constexpr qint64 MaxBytes = 1024 * 1024;

std::optional<InstanceRequest> load(const QString &path, QList<ValidationIssue> *issues);
// A short text for the issues load() gave: "instance.json: Line 4: ...", the first three
// problems and "And 59,997 more problems." when there are more.
QString describe(const QString &path, const QList<ValidationIssue> &issues);

bool save(const QString &path, const InstanceRequest &request, const ElementDescription &element,
          InstanceRequest::Secrets secrets, QString *error);

// The file name an export of the instance `instanceName` is offered under: "Acme Books"
// gives "acme-books.instance.json" (letters and digits kept, lower case, any other run one
// "-", at most 60 characters); "instance.json" when nothing usable is left.
QString suggestedFileName(const QString &instanceName);
// `folder`/`fileName` when no such file exists, else the first free "<name> (2)<suffix>",
// "(3)"... ("acme-books (2).instance.json"): an offer never points at an earlier export.
QString unusedPath(const QString &folder, const QString &fileName);

}  // namespace ce::instancefile
