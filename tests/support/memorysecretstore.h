#pragma once

#include "profiles/secretstore.h"

#include <QList>
#include <QMap>
#include <QPointer>
#include <QString>

#include <chrono>

namespace ce::test {

// Secrets in memory: the same contract as the keychain (SecretStore), with an optional
// delay before each answer, a "hang" mode (no answer until releaseHeld()) and a
// simulated missing keychain. A test double: the product has only the keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    // While hanging, jobs get no answer (they time out); releaseHeld() answers them late.
    void setHanging(bool hanging) { m_hanging = hanging; }
    void releaseHeld();
    // The next job fails as a machine without a keychain would (the store then becomes
    // unavailable with that reason). An empty reason turns it off again.
    void simulateNoKeychain(const QString &reason);

    // What is stored: entryName() -> value.
    QMap<QString, QString> entries() const { return m_values; }

protected:
    void start(SecretJob *job) override;

private:
    struct Pending
    {
        QPointer<SecretJob> job;  // null once it timed out and was deleted
        SecretJob::Operation operation;
        QString entry;
        QString value;
    };
    void answer(const Pending &pending);

    QMap<QString, QString> m_values;
    std::chrono::milliseconds m_delay{0};
    bool m_hanging = false;
    QString m_noKeychainReason;
    QList<Pending> m_held;
};

}  // namespace ce::test
