#include "memorysecretstore.h"

#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace ce::test {

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::simulateNoKeychain(const QString &reason)
{
    m_noKeychainReason = reason;
}

void MemorySecretStore::start(SecretJob *job)
{
    if (!m_noKeychainReason.isEmpty()) {
        setUnavailable(m_noKeychainReason);
        complete(job, SecretJob::Error::Unavailable, m_noKeychainReason);
        return;
    }
    Pending pending{job, job->operation(), entryName(job->profileId(), job->key()), secretToWrite(job)};
    if (m_hanging)
        m_held.append(pending);
    else if (m_delay.count() > 0)
        QTimer::singleShot(m_delay, this, [this, pending] { answer(pending); });
    else
        answer(pending);
}

void MemorySecretStore::releaseHeld()
{
    const QList<Pending> held = std::exchange(m_held, {});
    for (const Pending &pending : held)
        answer(pending);
}

void MemorySecretStore::answer(const Pending &pending)
{
    SecretJob *job = pending.job.data();
    switch (pending.operation) {
    case SecretJob::Operation::Read:
        if (m_values.contains(pending.entry))
            complete(job, SecretJob::Error::None, {}, m_values.value(pending.entry));
        else
            complete(job, SecretJob::Error::NotFound, u"No secret is stored under this name."_s);
        return;
    case SecretJob::Operation::Write:
        m_values.insert(pending.entry, pending.value);
        complete(job, SecretJob::Error::None, {});
        return;
    case SecretJob::Operation::Remove:
        m_values.remove(pending.entry);
        complete(job, SecretJob::Error::None, {});
        return;
    case SecretJob::Operation::Probe:
        complete(job, SecretJob::Error::NotFound, {});
        return;
    case SecretJob::Operation::RemoveAll:
    case SecretJob::Operation::CopyAll:
        break;
    }
    complete(job, SecretJob::Error::Other, u"Unsupported operation."_s);
}

}  // namespace ce::test
