#pragma once

// Certificates made at run time with the openssl CLI, in a temporary directory that lives
// as long as the object: a test certificate authority and, signed by it, a certificate for
// 127.0.0.1, one for 127.0.0.1 that was valid only in January 2020, and one for another
// host (127.0.0.2, wrong-host.invalid); and a self-signed one for 127.0.0.1. EC P-256 keys.
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ce::test {

class TestCertificates
{
public:
    enum class Kind { Good, SelfSigned, Expired, WrongHost };

    // A certificate and its private key, as a TLS server needs them.
    struct Pair
    {
        QSslCertificate certificate;
        QSslKey key;
    };

    // Makes them all; false, with `error`, when openssl is missing or refuses.
    bool make();
    const Pair &pair(Kind kind) const;

    QString error;
    QSslCertificate ca;
    Pair good, selfSigned, expired, otherHost;

private:
    bool fail(const QString &why);
    bool openssl(const QStringList &arguments);
    bool load(const QString &name, Pair *pair);

    QTemporaryDir m_dir;
};

}  // namespace ce::test
