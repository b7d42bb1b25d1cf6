#include "secretstore.h"

#include "core/logging.h"
#include "core/redaction.h"

#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ce {

// --- SecretJob ----------------------------------------------------------------------

SecretJob::SecretJob(Operation operation, const QString &profileId, const QString &key, SecretStore *store)
    : QObject(store), m_operation(operation), m_profileId(profileId), m_key(key)
{
}

SecretJob::~SecretJob() = default;

bool SecretJob::finish(Error error, const QString &errorString, const QString &value)
{
    if (m_finished)
        return false;
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    m_value = value;
    m_input.clear();
    if (m_timer)
        m_timer->stop();
    // Never from inside the call that created the job, nor from inside the backend's callback.
    QMetaObject::invokeMethod(this, &SecretJob::emitFinished, Qt::QueuedConnection);
    return true;
}

void SecretJob::emitFinished()
{
    const QPointer<SecretJob> self(this);
    Q_EMIT finished();
    if (self && m_autoDelete)
        deleteLater();
}

// --- SecretStore --------------------------------------------------------------------

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::entryName(const QString &profileId, const QString &key)
{
    return profileId + u'/' + key;
}

SecretJob *SecretStore::createJob(SecretJob::Operation operation, const QString &profileId, const QString &key)
{
    return new SecretJob(operation, profileId, key, this);
}

namespace {

bool isValidProfileId(const QString &id)
{
    return !id.isEmpty() && !id.contains(u'/') && !id.startsWith(u'.');
}

}  // namespace

SecretJob *SecretStore::startJob(SecretJob *job)
{
    if (job->operation() != SecretJob::Operation::Probe) {
        if (!isValidProfileId(job->profileId()) || job->key().isEmpty()) {
            job->finish(SecretJob::Error::Other, tr("A secret needs a profile id and a key."));
            return job;
        }
        if (!m_available) {
            job->finish(SecretJob::Error::Unavailable, m_unavailableReason);
            return job;
        }
    }
    job->m_timer = new QTimer(job);
    job->m_timer->setSingleShot(true);
    connect(job->m_timer, &QTimer::timeout, this, [this, job] { jobTimedOut(job); });
    job->m_timer->start(m_timeout);
    start(job);
    return job;
}

SecretJob *SecretStore::read(const QString &profileId, const QString &key)
{
    return startJob(createJob(SecretJob::Operation::Read, profileId, key));
}

SecretJob *SecretStore::write(const QString &profileId, const QString &key, const QString &value)
{
    redaction::registerSecret(value);
    SecretJob *job = createJob(SecretJob::Operation::Write, profileId, key);
    job->m_input = value;
    return startJob(job);
}

SecretJob *SecretStore::remove(const QString &profileId, const QString &key)
{
    return startJob(createJob(SecretJob::Operation::Remove, profileId, key));
}

SecretJob *SecretStore::probe()
{
    return startJob(createJob(SecretJob::Operation::Probe, {}, {}));
}

SecretJob *SecretStore::removeAll(const QString &profileId, const QStringList &keys)
{
    SecretJob *job = createJob(SecretJob::Operation::RemoveAll, profileId, {});
    if (!isValidProfileId(profileId))
        job->finish(SecretJob::Error::Other, tr("A secret needs a profile id and a key."));
    else if (!m_available)
        job->finish(SecretJob::Error::Unavailable, m_unavailableReason);
    else if (keys.isEmpty())
        job->finish(SecretJob::Error::None, {});
    else
        runSequence(job, keys, {});
    return job;
}

SecretJob *SecretStore::copyAll(const QString &fromProfileId, const QString &toProfileId, const QStringList &keys)
{
    SecretJob *job = createJob(SecretJob::Operation::CopyAll, fromProfileId, {});
    if (!isValidProfileId(fromProfileId) || !isValidProfileId(toProfileId))
        job->finish(SecretJob::Error::Other, tr("A secret needs a profile id and a key."));
    else if (!m_available)
        job->finish(SecretJob::Error::Unavailable, m_unavailableReason);
    else if (keys.isEmpty())
        job->finish(SecretJob::Error::None, {});
    else
        runSequence(job, keys, toProfileId);
    return job;
}

// One key after the other (keychains serialise their calls anyway). Each step is a job
// of its own, with its own timeout, so the whole sequence always ends.
void SecretStore::runSequence(SecretJob *parent, QStringList keys, const QString &toProfileId)
{
    const QString key = keys.takeFirst();
    const auto next = [this, parent, keys, toProfileId](SecretJob::Error error, const QString &errorString) {
        // RemoveAll keeps going (as much is removed as possible) and reports the first
        // failure; CopyAll stops at the first failure.
        if (error != SecretJob::Error::None && parent->m_error == SecretJob::Error::None
            && parent->m_errorString.isEmpty()) {
            parent->m_error = error;
            parent->m_errorString = errorString;
        }
        const bool stop = parent->operation() == SecretJob::Operation::CopyAll
            && parent->m_error != SecretJob::Error::None;
        if (keys.isEmpty() || stop)
            parent->finish(parent->m_error, parent->m_errorString);
        else
            runSequence(parent, keys, toProfileId);
    };

    if (parent->operation() == SecretJob::Operation::RemoveAll) {
        SecretJob *step = remove(parent->profileId(), key);
        connect(step, &SecretJob::finished, parent, [step, next] { next(step->error(), step->errorString()); });
        return;
    }
    SecretJob *step = read(parent->profileId(), key);
    connect(step, &SecretJob::finished, parent, [this, parent, step, key, toProfileId, next] {
        if (step->error() == SecretJob::Error::NotFound) {
            next(SecretJob::Error::None, {});
            return;
        }
        if (step->error() != SecretJob::Error::None) {
            next(step->error(), step->errorString());
            return;
        }
        SecretJob *writeStep = write(toProfileId, key, step->value());
        connect(writeStep, &SecretJob::finished, parent,
                [writeStep, next] { next(writeStep->error(), writeStep->errorString()); });
    });
}

void SecretStore::jobTimedOut(SecretJob *job)
{
    const qint64 ms = m_timeout.count();
    const int seconds = int(std::max<qint64>(1, (ms + 999) / 1000));
    const QString within = seconds == 1 ? tr("within 1 second") : tr("within %1 seconds").arg(seconds);
    if (!job->finish(SecretJob::Error::Timeout, tr("The keychain did not answer %1.").arg(within)))
        return;
    qCWarning(lcProfiles) << "Keychain call" << job->operation() << "timed out after" << ms << "ms";
    if (!m_available)
        return;  // keep the reason it already has
    // Keychains answer one call after the other: the next calls would wait behind this one.
    setUnavailable(tr("The keychain did not answer %1, so secrets are not saved: "
                      "you will enter them again next time.")
                       .arg(within));
    m_unavailableBecauseOfTimeout = true;
}

void SecretStore::complete(SecretJob *job, SecretJob::Error error, const QString &errorString, const QString &value)
{
    if (!value.isEmpty())
        redaction::registerSecret(value);
    bool answeredNormally = error == SecretJob::Error::None || error == SecretJob::Error::NotFound;
    if (job && job->operation() == SecretJob::Operation::Probe && error == SecretJob::Error::NotFound)
        error = SecretJob::Error::None;  // the probe entry is never stored: the keychain works

    if (job && !job->isFinished()) {
        job->finish(error, errorString,
                    job->operation() == SecretJob::Operation::Read ? value : QString());
        if (job->operation() == SecretJob::Operation::Probe && error == SecretJob::Error::None)
            setAvailable();
    } else {
        qCDebug(lcProfiles) << "Ignoring a late keychain answer";
    }
    if (answeredNormally && !m_available && m_unavailableBecauseOfTimeout)
        setAvailable();  // it was only slow (an unlock prompt, a busy daemon)
}

void SecretStore::setUnavailable(const QString &reason)
{
    m_unavailableBecauseOfTimeout = false;
    if (!m_available) {
        m_unavailableReason = reason;
        return;
    }
    m_available = false;
    m_unavailableReason = reason;
    qCWarning(lcProfiles).noquote() << reason;
    Q_EMIT availabilityChanged(false);
}

void SecretStore::setAvailable()
{
    m_unavailableBecauseOfTimeout = false;
    if (m_available)
        return;
    m_available = true;
    m_unavailableReason.clear();
    qCInfo(lcProfiles) << "The keychain answers again";
    Q_EMIT availabilityChanged(true);
}

}  // namespace ce
