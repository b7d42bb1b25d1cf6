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

}  // namespace ce::instancefile
