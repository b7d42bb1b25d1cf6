#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <utility>

using namespace Qt::StringLiterals;

namespace ce::test {

bool TestCertificates::make()
{
    if (!m_dir.isValid())
        return fail(u"no temporary directory"_s);
    const QString dir = m_dir.path();
    QFile config(m_dir.filePath(u"pki.cnf"_s));
    if (!config.open(QIODevice::WriteOnly))
        return fail(config.errorString());
    // One file for req, x509 and a throwaway CA (`openssl ca`, which alone can set a
    // validity in the past in OpenSSL 3.0).
    config.write(QByteArray(
        "[ ca ]\n"
        "default_ca = test_ca\n"
        "[ test_ca ]\n"
        "dir = ") + QFile::encodeName(dir) + QByteArray("\n"
        "database = $dir/index.txt\n"
        "new_certs_dir = $dir/issued\n"
        "certificate = $dir/ca.pem\n"
        "private_key = $dir/ca.key\n"
        "serial = $dir/serial\n"
        "default_md = sha256\n"
        "policy = policy_any\n"
        "unique_subject = no\n"
        "email_in_dn = no\n"
        "copy_extensions = none\n"
        "[ policy_any ]\n"
        "commonName = supplied\n"
        "[ req ]\n"
        "distinguished_name = req_dn\n"
        "prompt = no\n"
        "[ req_dn ]\n"
        "CN = unused\n"
        "[ v3_ca ]\n"
        "basicConstraints = critical, CA:TRUE\n"
        "keyUsage = critical, keyCertSign, cRLSign\n"
        "subjectKeyIdentifier = hash\n"
        "[ server_loopback ]\n"
        "basicConstraints = critical, CA:FALSE\n"
        "keyUsage = critical, digitalSignature\n"
        "extendedKeyUsage = serverAuth\n"
        "subjectAltName = IP:127.0.0.1\n"
        "[ server_other_host ]\n"
        "basicConstraints = critical, CA:FALSE\n"
        "keyUsage = critical, digitalSignature\n"
        "extendedKeyUsage = serverAuth\n"
        "subjectAltName = IP:127.0.0.2, DNS:wrong-host.invalid\n"));
    config.close();
    QFile index(m_dir.filePath(u"index.txt"_s));
    QFile serial(m_dir.filePath(u"serial"_s));
    if (!index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly) || serial.write("1000\n") != 5)
        return fail(u"cannot write the CA's files"_s);
    index.close();
    serial.close();
    if (!QDir(dir).mkpath(u"issued"_s))
        return fail(u"cannot make issued/"_s);

    const QStringList newKey = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                                u"-nodes"_s};
    const QString cnf = m_dir.filePath(u"pki.cnf"_s);
    // The CA.
    if (!openssl(QStringList{u"req"_s, u"-x509"_s, u"-config"_s, cnf, u"-extensions"_s, u"v3_ca"_s} + newKey
                 + QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s,
                               u"-subj"_s, u"/CN=CE Provisioner fault-matrix test CA"_s}))
        return false;
    // Self-signed, for 127.0.0.1.
    if (!openssl(QStringList{u"req"_s, u"-x509"_s, u"-config"_s, cnf, u"-extensions"_s, u"server_loopback"_s}
                 + newKey
                 + QStringList{u"-keyout"_s, u"self.key"_s, u"-out"_s, u"self.pem"_s, u"-days"_s, u"2"_s,
                               u"-subj"_s, u"/CN=127.0.0.1"_s}))
        return false;
    // Requests for the three CA-signed ones.
    for (const auto &[name, cn] : {std::pair{u"good"_s, u"/CN=127.0.0.1"_s},
                                   std::pair{u"expired"_s, u"/CN=127.0.0.1"_s},
                                   std::pair{u"otherhost"_s, u"/CN=wrong-host.invalid"_s}}) {
        if (!openssl(QStringList{u"req"_s, u"-new"_s, u"-config"_s, cnf} + newKey
                     + QStringList{u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s, cn}))
            return false;
    }
    // Valid and for 127.0.0.1.
    if (!openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"good.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                  u"-set_serial"_s, u"2"_s, u"-days"_s, u"2"_s, u"-sha256"_s, u"-extfile"_s, cnf,
                  u"-extensions"_s, u"server_loopback"_s, u"-out"_s, u"good.pem"_s}))
        return false;
    // Valid, but for 127.0.0.2 and wrong-host.invalid.
    if (!openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"otherhost.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                  u"ca.key"_s, u"-set_serial"_s, u"3"_s, u"-days"_s, u"2"_s, u"-sha256"_s, u"-extfile"_s, cnf,
                  u"-extensions"_s, u"server_other_host"_s, u"-out"_s, u"otherhost.pem"_s}))
        return false;
    // For 127.0.0.1, but valid only in January 2020.
    if (!openssl({u"ca"_s, u"-config"_s, cnf, u"-batch"_s, u"-notext"_s, u"-extensions"_s, u"server_loopback"_s,
                  u"-startdate"_s, u"20200101000000Z"_s, u"-enddate"_s, u"20200131000000Z"_s, u"-in"_s,
                  u"expired.csr"_s, u"-out"_s, u"expired.pem"_s}))
        return false;

    const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_dir.filePath(u"ca.pem"_s));
    if (cas.size() != 1)
        return fail(u"ca.pem does not hold one certificate"_s);
    ca = cas.first();
    return load(u"good"_s, &good) && load(u"self"_s, &selfSigned) && load(u"expired"_s, &expired)
        && load(u"otherhost"_s, &otherHost);
}

const TestCertificates::Pair &TestCertificates::pair(Kind kind) const
{
    switch (kind) {
    case Kind::Good: return good;
    case Kind::SelfSigned: return selfSigned;
    case Kind::Expired: return expired;
    case Kind::WrongHost: return otherHost;
    }
    return good;
}

bool TestCertificates::fail(const QString &why)
{
    error = why;
    return false;
}

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"openssl"_s, arguments);
    if (!p.waitForStarted(10000))
        return fail(u"openssl did not start: "_s + p.errorString());
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(u"openssl "_s + arguments.join(u' ') + u": "_s + QString::fromLocal8Bit(p.readAll()));
    return true;
}

bool TestCertificates::load(const QString &name, Pair *pair)
{
    QFile cert(m_dir.filePath(name + u".pem"_s));
    QFile key(m_dir.filePath(name + u".key"_s));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return fail(u"cannot read "_s + name);
    pair->certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
    pair->key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    if (pair->certificate.isNull() || pair->key.isNull())
        return fail(u"Qt cannot load "_s + name);
    return true;
}

}  // namespace ce::test
