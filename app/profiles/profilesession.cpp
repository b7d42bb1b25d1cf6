#include "profilesession.h"

#include "core/events.h"

#include "core/logging.h"
#include "core/elementdescription.h"
#include "core/provisioningflow.h"

using namespace Qt::StringLiterals;

namespace ce {

ProfileSession::ProfileSession(ProfileStore *store, SecretStore *secrets, ProvisioningFlow *flow, QObject *parent)
    : QObject(parent), m_store(store), m_secrets(secrets), m_flow(flow)
{
}

ProfileSession::~ProfileSession() = default;

std::optional<Profile> ProfileSession::current() const
{
    if (m_currentId.isEmpty() || !m_store)
        return std::nullopt;
    return m_store->load(m_currentId);
}

bool ProfileSession::startFrom(const QString &id, QString *error)
{
    const auto profile = m_store->load(id, error);
    if (!profile)
        return false;
    // The profile's element first: its inputs are that element's entries.
    const ElementDescription *element = profile->descriptor();
    if (!element) {
        if (error) {
            *error = profile->descriptorId.isEmpty()
                ? tr("The profile is for the element \"%1\", which no element descriptor here describes.")
                      .arg(profile->elementKey)
                : tr("The profile is for the element descriptor \"%1\", which is not here (was it your own "
                     "file, or looked up on the platform?).")
                      .arg(profile->descriptorId);
        }
        return false;
    }
    if (!m_flow->setElement(*element)) {
        if (error)
            *error = tr("The element cannot change while the authorization runs.");
        return false;
    }
    // A custom URL that is no longer accepted leaves the environment to the user: *error says why.
    if (!applyProfile(*profile, m_flow, error))
        return false;
    m_currentId = id;
    m_store->markUsed(id);
    m_flow->markInputsAsBaseline();

    // The secrets, a moment later: the keychain may take its time (or not answer at all).
    const int generation = ++m_readGeneration;
    m_read.clear();
    m_missing.clear();
    QStringList keys = Profile::secretKeys(m_flow->element());
    keys.removeAll(QString(Profile::InstanceTokenKey));  // not needed to provision again
    if (!m_flow->events().isEnabled())
        keys.removeAll(QString(events::SignatureKeyKey));  // nothing to sign
    m_pendingReads = int(keys.size());
    for (const QString &key : keys) {
        SecretJob *job = m_secrets->read(id, key);
        connect(job, &SecretJob::finished, this, [this, job, key, generation] {
            if (generation != m_readGeneration)
                return;  // another profile was chosen meanwhile
            if (job->error() == SecretJob::Error::None)
                m_read.insert(key, job->value());
            else if (key != events::SignatureKeyKey)  // optional: events may go unsigned
                m_missing.append(key);
            if (--m_pendingReads == 0) {
                applySecrets(m_read, m_flow);
                m_read.clear();
                Q_EMIT secretsLoaded(m_missing);
            }
        });
    }
    return true;
}

void ProfileSession::startFresh()
{
    ++m_readGeneration;
    m_pendingReads = 0;
    m_currentId.clear();
    for (const ConfigurationEntry &p : m_flow->element().configuration)
        m_flow->setConfiguration(p.key, {});
    m_flow->setName({});
    m_flow->setTags({});
    m_flow->markInputsAsBaseline();
}

void ProfileSession::save(const QString &name)
{
    Profile profile = profileFromFlow(*m_flow, name);
    if (const auto existing = current()) {
        profile.id = existing->id;
        profile.lastUsed = QDateTime::currentDateTimeUtc();
    }
    QString error;
    if (!m_store->save(profile, &error)) {
        Q_EMIT saveFinished(false, false, error);
        return;
    }
    m_currentId = profile.id;
    m_savedName = profile.name;
    m_flow->markResultKept();

    const QMap<QString, QString> secrets = secretsFromFlow(*m_flow);
    m_failedWrites.clear();
    m_pendingWrites = int(secrets.size());
    if (m_pendingWrites == 0) {
        finishSave();
        return;
    }
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        SecretJob *job = m_secrets->write(profile.id, it.key(), it.value());
        connect(job, &SecretJob::finished, this, [this, job] {
            if (job->error() != SecretJob::Error::None)
                m_failedWrites.append(job->key());
            if (--m_pendingWrites == 0)
                finishSave();
        });
    }
}

void ProfileSession::finishSave()
{
    if (m_failedWrites.isEmpty()) {
        Q_EMIT saveFinished(true, true, tr("Profile \"%1\" saved; its secrets are in the keychain.").arg(m_savedName));
        return;
    }
    qCWarning(lcProfiles).noquote() << "profile saved without the secrets" << m_failedWrites.join(u", "_s);
    QString message = tr("Profile \"%1\" saved, without its secrets.").arg(m_savedName);
    const QString notice = takeKeychainNotice();
    if (!notice.isEmpty())
        message += u' ' + notice;
    else if (m_secrets->isAvailable())
        message += u' ' + tr("The keychain refused them.");
    Q_EMIT saveFinished(true, false, message);
}

QStringList ProfileSession::secretKeysOf(const QString &id) const
{
    // The profile's own element's keys: it need not be the element the wizard shows now.
    const auto profile = m_store->load(id);
    const ElementDescription *element = profile ? profile->descriptor() : nullptr;
    QStringList keys = Profile::secretKeys(element ? *element : m_flow->element());
    if (element && element->id != m_flow->element().id) {
        for (const QString &key : Profile::secretKeys(m_flow->element())) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

bool ProfileSession::remove(const QString &id, QString *error)
{
    const QStringList keys = secretKeysOf(id);
    if (!m_store->remove(id, error))
        return false;
    m_secrets->removeAll(id, keys);
    if (id == m_currentId)
        m_currentId.clear();
    return true;
}

QString ProfileSession::duplicate(const QString &id, QString *error)
{
    const QString copy = m_store->duplicate(id, error);
    if (!copy.isEmpty()) {
        QStringList keys = secretKeysOf(id);
        keys.removeAll(QString(Profile::InstanceTokenKey));  // the copy created nothing yet
        m_secrets->copyAll(id, copy, keys);
    }
    return copy;
}

QString ProfileSession::takeKeychainNotice()
{
    if (m_noticeGiven || !m_secrets || m_secrets->isAvailable())
        return {};
    m_noticeGiven = true;
    return m_secrets->unavailableReason();
}

}  // namespace ce
