#include "profilestore.h"

#include "core/logging.h"

#include "core/elementdescription.h"

#include <QCollator>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ce {

namespace {

// A profile is a few hundred bytes; anything this large is not one, and is not read.
constexpr qint64 MaxProfileFileSize = 4 * 1024 * 1024;

ProfileEntry readEntry(const QString &path, const QString &id)
{
    ProfileEntry e;
    e.id = id;
    e.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        e.problem = ProfileEntry::Problem::Unreadable;
        e.reason = info.isSymLink() ? ProfileStore::tr("The file is a link to a file that does not exist.")
                                    : ProfileStore::tr("The file does not exist.");
        return e;
    }
    if (!info.isFile()) {
        e.problem = ProfileEntry::Problem::Unreadable;
        e.reason = ProfileStore::tr("It is not a file (a folder or a device).");
        return e;
    }
    if (info.size() > MaxProfileFileSize) {
        e.problem = ProfileEntry::Problem::Corrupt;
        e.reason = ProfileStore::tr("The file is too large to be a profile (%1 bytes).").arg(info.size());
        return e;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        e.problem = ProfileEntry::Problem::Unreadable;
        e.reason = ProfileStore::tr("The file cannot be read: %1.").arg(file.errorString());
        return e;
    }
    const QByteArray bytes = file.read(MaxProfileFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        e.problem = ProfileEntry::Problem::Unreadable;
        e.reason = ProfileStore::tr("The file cannot be read: %1.").arg(file.errorString());
        return e;
    }
    QString why;
    Profile::ParseFailure failure = Profile::ParseFailure::None;
    std::optional<Profile> profile = Profile::fromJson(bytes, &why, &failure);
    if (!profile) {
        e.problem = failure == Profile::ParseFailure::NewerVersion ? ProfileEntry::Problem::NewerVersion
                                                                   : ProfileEntry::Problem::Corrupt;
        e.reason = why;
        return e;
    }
    if (profile->id != id) {
        // The file name is the id (a copied or renamed file keeps working).
        qCDebug(lcProfiles) << "Profile file" << path << "holds the id" << profile->id << "; using" << id;
        profile->id = id;
    }
    e.profile = std::move(profile);
    return e;
}

bool entryLessThan(const QCollator &collator, const ProfileEntry &a, const ProfileEntry &b)
{
    if (a.isValid() != b.isValid())
        return a.isValid();
    if (!a.isValid())
        return a.id < b.id;
    const Profile &pa = *a.profile;
    const Profile &pb = *b.profile;
    if (pa.lastUsed.isValid() != pb.lastUsed.isValid())
        return pa.lastUsed.isValid();
    if (pa.lastUsed != pb.lastUsed)
        return pa.lastUsed > pb.lastUsed;
    const int byName = collator.compare(pa.name, pb.name);
    if (byName != 0)
        return byName < 0;
    return a.id < b.id;
}

// What this version does not know survives a save over `current` (the file as it is on
// disk, read under the lock): its unknown members, the configuration entries the element
// does not describe, and the unknown members of the same last instance. Returns whether
// anything was taken over.
bool keepWhatIsNotKnown(Profile *p, const Profile &current)
{
    const Profile before = *p;
    p->unknown = current.unknown;
    const ElementDescription *element = p->descriptor();
    for (auto it = current.configuration.cbegin(); it != current.configuration.cend(); ++it) {
        if (!p->configuration.contains(it.key()) && !(element && element->entry(it.key())))
            p->configuration.insert(it.key(), it.value());
    }
    if (p->lastInstance && current.lastInstance && p->lastInstance->id == current.lastInstance->id
        && p->lastInstance->elementKey == current.lastInstance->elementKey)
        p->lastInstance->unknown = current.lastInstance->unknown;
    return *p != before;
}

}  // namespace

// Holds the folder's lock file while it lives; nested ones (a change that calls write())
// lock once. A folder that does not exist holds no profile to protect, unless the change
// creates it (save()).
class ProfileStore::FolderLock
{
public:
    explicit FolderLock(ProfileStore *store) : m_store(store) {}
    ~FolderLock()
    {
        if (m_held && --m_store->m_lockDepth == 0)
            m_store->m_lock.reset();  // unlocks: the lock file goes
    }
    Q_DISABLE_COPY_MOVE(FolderLock)

    bool acquire(bool createFolder, QString *error)
    {
        if (m_store->m_lockDepth > 0) {
            ++m_store->m_lockDepth;
            m_held = true;
            return true;
        }
        if (createFolder) {
            QString why;
            if (!m_store->ensureDirectory(&why)) {
                if (error)
                    *error = why;
                return false;
            }
        } else if (!QFileInfo(m_store->m_directory).isDir()) {
            return true;
        }
        auto lock = std::make_unique<QLockFile>(m_store->lockFilePath());
        lock->setStaleLockTime(StaleLockMs);
        const QDeadlineTimer deadline(m_store->m_lockWaitMs);
        // tryLock(0) in a loop: QLockFile's own wait sleeps 100 ms at first, then longer,
        // where another store's change takes a few milliseconds.
        while (!lock->tryLock(0)) {
            if (lock->error() != QLockFile::LockFailedError) {
                // No lock file can be made here (a read-only folder, a full disk): no profile
                // can be written either, and the write will say why.
                qCDebug(lcProfiles) << "No lock file in" << m_store->m_directory << "error" << lock->error();
                return true;
            }
            if (deadline.hasExpired()) {
                if (error)
                    *error = ProfileStore::tr("The profiles are being changed by another CE Provisioner; "
                                              "nothing was changed. Try again in a moment.");
                return false;
            }
            QThread::msleep(5);
        }
        m_store->m_lock = std::move(lock);
        m_store->m_lockDepth = 1;
        m_held = true;
        return true;
    }

private:
    ProfileStore *const m_store;
    bool m_held = false;
};

ProfileStore::ProfileStore(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()))
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles"_s;
}

QString ProfileStore::pathFor(const QString &id) const
{
    return m_directory + u'/' + id + u".json"_s;
}

QString ProfileStore::lockFilePath() const
{
    return m_directory + u"/.profiles.lock"_s;  // hidden, not *.json: never listed
}

bool ProfileStore::isValidId(const QString &id)
{
    return !id.isEmpty() && !id.startsWith(u'.') && !id.contains(u'/') && !id.contains(u'\\')
        && !id.contains(QChar(0)) && id.size() <= 200;
}

QList<ProfileEntry> ProfileStore::entries(QString *error) const
{
    if (error)
        error->clear();
    QList<ProfileEntry> list;
    const QDir dir(m_directory);
    if (!QFileInfo(m_directory).exists())
        return list;
    if (!QFileInfo(m_directory).isDir()) {
        if (error)
            *error = tr("The profile folder %1 is not a folder.").arg(QDir::toNativeSeparators(m_directory));
        return list;
    }
    if (!dir.isReadable()) {
        if (error)
            *error = tr("The profile folder %1 cannot be read.").arg(QDir::toNativeSeparators(m_directory));
        return list;
    }
    const QStringList names = dir.entryList({u"*.json"_s},
                                            QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot,
                                            QDir::Name);
    for (const QString &name : names) {
        const QString id = name.chopped(5);  // ".json"
        if (!isValidId(id))
            continue;  // hidden files, which this store never writes
        list.append(readEntry(dir.filePath(name), id));
    }
    QCollator collator;  // the user's locale, case-insensitive, "2" before "10"
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(list.begin(), list.end(), [&collator](const ProfileEntry &a, const ProfileEntry &b) {
        return entryLessThan(collator, a, b);
    });
    return list;
}

ProfileEntry ProfileStore::entry(const QString &id) const
{
    if (!isValidId(id)) {
        ProfileEntry e;
        e.id = id;
        e.problem = ProfileEntry::Problem::Unreadable;
        e.reason = tr("\"%1\" is not a profile id.").arg(id);
        return e;
    }
    return readEntry(pathFor(id), id);
}

std::optional<Profile> ProfileStore::load(const QString &id, QString *error) const
{
    ProfileEntry e = entry(id);
    if (!e.isValid()) {
        if (error)
            *error = e.reason;
        return std::nullopt;
    }
    return e.profile;
}

bool ProfileStore::ensureDirectory(QString *error)
{
    const QFileInfo info(m_directory);
    if (info.exists() || info.isSymLink()) {
        if (!info.isDir()) {
            *error = tr("The profile folder %1 is not a folder.").arg(QDir::toNativeSeparators(m_directory));
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(m_directory)) {
        *error = tr("The profile folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // Profiles are nobody else's business.
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

bool ProfileStore::writeContents(QSaveFile &file, const QByteArray &bytes)
{
    // A short write is retried: the kernel says why (ENOSPC, EFBIG, EIO) only on the next
    // call, and Qt reports the first one as a success.
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

bool ProfileStore::write(Profile &profile, bool touchModified, QString *error)
{
    QString why;
    const auto fail = [&](const QString &text) {
        qCWarning(lcProfiles).noquote() << "Profile not saved:" << text;
        if (error)
            *error = text;
        return false;
    };

    Profile p = profile;
    p.name = p.name.trimmed();
    if (p.name.isEmpty())
        return fail(tr("A profile needs a name."));
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (!isValidId(p.id))
        return fail(tr("\"%1\" is not a profile id.").arg(p.id));
    if (touchModified)
        p.modified = QDateTime::currentDateTimeUtc();

    // Never write a file this version could not read back.
    QByteArray bytes;
    const auto encode = [&]() {
        bytes = p.toJson();
        if (bytes.size() > MaxProfileFileSize)
            return fail(tr("The profile is too large to be saved (%1 bytes).").arg(bytes.size()));
        if (!Profile::fromJson(bytes, &why))
            return fail(tr("The profile cannot be saved: %1").arg(why));
        return true;
    };
    if (!encode())
        return false;

    // From here to the commit, no other store changes the folder (nested: the callers
    // that read the profile first hold it already).
    FolderLock lock(this);
    if (!lock.acquire(true, &why))
        return fail(why);

    const QString path = pathFor(p.id);
    const QFileInfo existing(path);
    if (existing.exists() || existing.isSymLink()) {
        const ProfileEntry current = readEntry(path, p.id);
        switch (current.problem) {
        case ProfileEntry::Problem::None:
            if (keepWhatIsNotKnown(&p, *current.profile) && !encode())
                return false;
            break;
        case ProfileEntry::Problem::NewerVersion:
            return fail(tr("The file %1 was made by a newer CE Provisioner and is not overwritten.")
                            .arg(QDir::toNativeSeparators(path)));
        case ProfileEntry::Problem::Corrupt:
            return fail(tr("The file %1 is damaged, so it is not overwritten (delete it first to reuse its name). %2")
                            .arg(QDir::toNativeSeparators(path), current.reason));
        case ProfileEntry::Problem::Unreadable:
            return fail(tr("The file %1 cannot be read, so it is not overwritten. %2")
                            .arg(QDir::toNativeSeparators(path), current.reason));
        }
    }

    QSaveFile file(path);
    file.setDirectWriteFallback(false);  // all or nothing
    // Unbuffered: every write reaches the kernel at once, so that a failure (and its
    // reason) is seen here rather than in a final flush inside commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(tr("The profile could not be saved in %1: %2.")
                        .arg(QDir::toNativeSeparators(m_directory), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString writeError;
    if (!writeContents(file, bytes) || file.error() != QFileDevice::NoError)
        writeError = file.error() == QFileDevice::NoError ? tr("not everything could be written") : file.errorString();
#ifdef Q_OS_UNIX
    // Some file systems (NFS, quotas) report a full disk only when the data is synced.
    else if (::fsync(file.handle()) != 0 && errno != EINVAL && errno != EROFS)
        writeError = QString::fromLocal8Bit(strerror(errno));
#endif
    if (!writeError.isEmpty()) {
        file.cancelWriting();
        file.commit();  // removes the temporary file; the previous file stays as it was
        return fail(tr("The profile could not be written (%1); the previous version is unchanged.").arg(writeError));
    }
    if (!file.commit())
        return fail(tr("The profile could not be written (%1); the previous version is unchanged.")
                        .arg(file.errorString()));

    qCDebug(lcProfiles) << "Saved profile" << p.id;
    profile = p;
    Q_EMIT changed();
    return true;
}

bool ProfileStore::save(Profile &profile, QString *error)
{
    return write(profile, true, error);
}

bool ProfileStore::rename(const QString &id, const QString &newName, QString *error)
{
    FolderLock lock(this);
    if (!lock.acquire(false, error))
        return false;
    std::optional<Profile> p = load(id, error);
    if (!p)
        return false;
    p->name = newName;
    return write(*p, true, error);
}

QString ProfileStore::duplicate(const QString &id, QString *error)
{
    FolderLock lock(this);
    if (!lock.acquire(false, error))
        return {};
    std::optional<Profile> p = load(id, error);
    if (!p)
        return {};
    p->id.clear();
    p->name = tr("%1 (copy)").arg(p->name);
    p->lastUsed = QDateTime();
    p->lastInstance.reset();  // the original created it, not the copy
    if (!write(*p, true, error))
        return {};
    return p->id;
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    if (!isValidId(id)) {
        if (error)
            *error = tr("\"%1\" is not a profile id.").arg(id);
        return false;
    }
    // Under the lock: a change that read the profile just before must not write it back after.
    FolderLock lock(this);
    if (!lock.acquire(false, error))
        return false;
    QFile file(pathFor(id));
    if (!QFileInfo(file.fileName()).exists() && !QFileInfo(file.fileName()).isSymLink()) {
        if (error)
            *error = tr("The profile no longer exists.");
        return false;
    }
    if (!file.remove()) {
        if (error)
            *error = tr("The profile could not be deleted: %1.").arg(file.errorString());
        return false;
    }
    qCDebug(lcProfiles) << "Deleted profile" << id;
    Q_EMIT changed();
    return true;
}

bool ProfileStore::markUsed(const QString &id, QString *error)
{
    FolderLock lock(this);
    if (!lock.acquire(false, error))
        return false;
    std::optional<Profile> p = load(id, error);
    if (!p)
        return false;
    p->lastUsed = QDateTime::currentDateTimeUtc();
    return write(*p, false, error);
}

}  // namespace ce
