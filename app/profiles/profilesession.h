#pragma once

#include "profile.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QObject>
#include <QPointer>

namespace ce {

class ProvisioningFlow;

// The profiles side of one wizard session, without widgets: starting from a saved profile
// (its inputs at once, its secrets from the keychain a moment later), saving the flow as a
// profile with its secrets, duplicating and deleting profiles with their secrets, and the
// notice, said once, that no keychain is available.
class ProfileSession : public QObject
{
    Q_OBJECT
public:
    ProfileSession(ProfileStore *store, SecretStore *secrets, ProvisioningFlow *flow, QObject *parent = nullptr);
    ~ProfileSession() override;

    ProfileStore *store() const { return m_store; }
    SecretStore *secrets() const { return m_secrets; }

    // The profile this session started from or saved to; empty for a fresh setup.
    QString currentId() const { return m_currentId; }
    std::optional<Profile> current() const;

    // Makes the profile's element descriptor the flow's element, puts the profile's inputs
    // into the flow (see applyProfile) and starts reading its secrets (secretsLoaded()
    // follows). False, changing nothing, with *error when the profile cannot be read, its
    // descriptor is not in the catalog, or the flow is not Editing.
    bool startFrom(const QString &id, QString *error = nullptr);
    // Back to a fresh setup: forgets the current profile and clears the inputs it brought.
    void startFresh();
    bool isLoadingSecrets() const { return m_pendingReads > 0; }

    // Saves the flow as a profile named `name` (the current profile is updated; without
    // one a new profile is made), then its secrets in the keychain. saveFinished() follows
    // with a sentence for the user, also when the secrets could not be stored.
    void save(const QString &name);
    bool isSaving() const { return m_pendingWrites > 0; }

    // Deletes a profile's file and its secrets (the user asked).
    bool remove(const QString &id, QString *error = nullptr);
    // A copy of the profile and of its secrets; the new id, or empty and *error.
    QString duplicate(const QString &id, QString *error = nullptr);

    // The sentence saying that no keychain is available, the first time it matters;
    // empty afterwards and while the keychain works.
    QString takeKeychainNotice();

Q_SIGNALS:
    // The secrets of the profile started from are in the flow; `missing` lists those the
    // keychain did not have (or could not give).
    void secretsLoaded(const QStringList &missing);
    // ok: the profile file was written; secretsStored: its secrets are in the keychain too.
    void saveFinished(bool ok, bool secretsStored, const QString &message);

private:
    void finishSave();
    // The keys a profile may have in the secret store: its own element's, and the flow's
    // element's (a profile written for it before).
    QStringList secretKeysOf(const QString &id) const;

    QPointer<ProfileStore> m_store;
    QPointer<SecretStore> m_secrets;
    ProvisioningFlow *m_flow;
    QString m_currentId;
    int m_pendingReads = 0;
    int m_readGeneration = 0;
    QStringList m_missing;
    QMap<QString, QString> m_read;
    int m_pendingWrites = 0;
    QStringList m_failedWrites;
    QString m_savedName;
    bool m_noticeGiven = false;
};

}  // namespace ce
