#pragma once

#include "profile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;
class QSaveFile;

namespace ce {

// One *.json file of the profile folder, whether it could be read or not.
struct ProfileEntry
{
    enum class Problem { None, Corrupt, NewerVersion, Unreadable };

    QString id;                      // the file name without ".json"
    QString path;                    // absolute path of the file
    std::optional<Profile> profile;  // set when problem is None
    Problem problem = Problem::None;
    QString reason;                  // one sentence, for people, when problem is not None

    bool isValid() const { return problem == Problem::None && profile.has_value(); }
};

// The profiles, one JSON file each (<id>.json) in one folder. Writes are atomic
// (QSaveFile): after any failure the previous file is intact and no temporary file is
// left. A file that cannot be read or parsed is listed with the reason and is never
// overwritten; only remove() deletes it, because the user asked.
//
// Every change holds the folder's lock file (QLockFile ".profiles.lock"), so that two
// running copies of the app (or two stores) never interleave a read-modify-write:
// markUsed(), rename() and duplicate() read the file and write it back under the lock, and
// save() over an existing file keeps, from the file as it is then, what this version does
// not know (Profile::unknown, configuration entries the element does not describe).
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(const QString &directory, QObject *parent = nullptr);
    ~ProfileStore() override;

    // QStandardPaths::AppDataLocation + "/profiles".
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString pathFor(const QString &id) const;
    // True for ids that name a file directly in the folder (no separators, no leading dot).
    static bool isValidId(const QString &id);

    // Every *.json file of the folder: usable ones sorted by lastUsed (newest first, never
    // used last), then name; then the problem files by file name. A missing folder is an
    // empty list; a folder that cannot be listed gives an empty list and *error.
    QList<ProfileEntry> entries(QString *error = nullptr) const;
    // One file, as entries() would list it.
    ProfileEntry entry(const QString &id) const;
    // The profile with that id, or nullopt and the reason.
    std::optional<Profile> load(const QString &id, QString *error = nullptr) const;

    // Writes the profile. A new profile (empty id) gets a fresh id, the name is trimmed and
    // must not be empty, `modified` is set to now; `profile` is updated only on success.
    // Creates the folder (0700) when needed; the file is 0600. Refuses to overwrite a file
    // that cannot be read or parsed (corrupt, newer version). On failure returns false and
    // one sentence in *error; the previous file, if any, is unchanged.
    bool save(Profile &profile, QString *error = nullptr);

    bool rename(const QString &id, const QString &newName, QString *error = nullptr);
    // A copy under a new id named "<name> (copy)", never used and without the original's
    // created instance. Returns the new id, or an empty string and *error.
    QString duplicate(const QString &id, QString *error = nullptr);
    // Deletes the file, whatever its state (the user asked).
    bool remove(const QString &id, QString *error = nullptr);
    // Sets lastUsed to now (does not change `modified`).
    bool markUsed(const QString &id, QString *error = nullptr);

    // How long a change waits for another store (or program) holding the lock before it
    // gives up with an error, and after how long a lock is taken for abandoned even though
    // its process still runs (a crashed one's lock is taken over at once).
    static constexpr int DefaultLockWaitMs = 5000;
    static constexpr int StaleLockMs = 10000;
    void setLockWaitMs(int ms) { m_lockWaitMs = ms; }
    QString lockFilePath() const;

Q_SIGNALS:
    // After any successful change of the folder through this store.
    void changed();

protected:
    // Writes the file's bytes into the open QSaveFile; false on failure. A hook for tests
    // that simulate a failing disk; the default writes everything.
    virtual bool writeContents(QSaveFile &file, const QByteArray &bytes);

private:
    class FolderLock;
    bool write(Profile &profile, bool touchModified, QString *error);
    bool ensureDirectory(QString *error);

    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;  // held while m_lockDepth > 0
    int m_lockDepth = 0;
    int m_lockWaitMs = DefaultLockWaitMs;
};

}  // namespace ce
