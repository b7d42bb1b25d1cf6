// ProfileSession without widgets: starting from a profile brings its inputs at once and its
// secrets from the store; saving writes the file and the secrets; the missing keychain is
// said once; deleting and duplicating take the secrets along.
#include "core/apiclient.h"
#include "core/elementcatalog.h"
#include "core/events.h"
#include "core/provisioningflow.h"
#include "profiles/profilesession.h"

#include "memorysecretstore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;
using ce::test::MemorySecretStore;

class TstProfileSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveThenStartAgainFromIt();
    void startFreshForgetsTheProfile();
    void aProfileThatCannotBeRead();
    void secretsTheKeychainLacks();
    void noKeychainIsSaidOnce();
    void saveFailsCleanly();
    void deleteAndDuplicateTakeTheSecrets();
    void eventsSettingsAndTheSignatureKey();
    void elementDescribedByThePlatformComesBack();

private:
    void fill();

    // A new app run over the same folder and store.
    void restart();

    bool save(const QString &name, bool *secretsStored = nullptr, QString *message = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProvisioningFlow> m_flow;
    std::unique_ptr<ProfileSession> m_session;
};

void TstProfileSession::fill()
{
    m_flow->setEnvironment(Environment::preset(Environment::Kind::EuProduction));
    m_flow->setCredentials({u"user-secret-1"_s, u"org-secret-2"_s});
    m_flow->setConfiguration(u"oauth.api.key"_s, u"mycompany"_s);
    m_flow->setConfiguration(u"oauth.api.secret"_s, u"consumer-secret-3"_s);
    m_flow->setConfiguration(u"freshbooks.site.address"_s, u"acme"_s);
    m_flow->setConfiguration(u"oauth.callback.url"_s, u"https://www.mycoolapp.com/auth"_s);
    m_flow->setName(u"Acme"_s);
    m_flow->setTags({u"a"_s, u"b"_s});
}

void TstProfileSession::restart()
{
    m_session.reset();
    m_flow = std::make_unique<ProvisioningFlow>(m_client.get(), ce::test::freshbooks());
    m_session = std::make_unique<ProfileSession>(m_store.get(), m_secrets.get(), m_flow.get());
}

bool TstProfileSession::save(const QString &name, bool *secretsStored, QString *message)
{
    QSignalSpy done(m_session.get(), &ProfileSession::saveFinished);
    m_session->save(name);
    if (done.isEmpty() && !done.wait(5000))
        return false;
    if (secretsStored)
        *secretsStored = done.first().at(1).toBool();
    if (message)
        *message = done.first().at(2).toString();
    return done.first().at(0).toBool();
}

void TstProfileSession::init()
{
    m_store = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles"_s));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_client = std::make_unique<ApiClient>();
    restart();
}

void TstProfileSession::cleanup()
{
    m_session.reset();
    m_flow.reset();
    m_client.reset();
    m_secrets.reset();
    for (const ProfileEntry &e : m_store->entries())
        m_store->remove(e.id);
    m_store.reset();
}

void TstProfileSession::saveThenStartAgainFromIt()
{
    fill();
    bool stored = false;
    QString message;
    QVERIFY(save(u"Acme template"_s, &stored, &message));
    QVERIFY(stored);
    QVERIFY(message.contains(u"Acme template"_s));
    const QString id = m_session->currentId();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_secrets->entries().value(SecretStore::entryName(id, u"oauth.api.secret"_s)), u"consumer-secret-3"_s);
    QCOMPARE(m_secrets->entries().value(SecretStore::entryName(id, u"userSecret"_s)), u"user-secret-1"_s);

    restart();
    QSignalSpy loaded(m_session.get(), &ProfileSession::secretsLoaded);
    QVERIFY(m_session->startFrom(id));
    // Inputs at once...
    QCOMPARE(m_flow->configuration(u"oauth.api.key"_s), u"mycompany"_s);
    QCOMPARE(m_flow->name(), u"Acme"_s);
    QCOMPARE(m_flow->tags(), QStringList({u"a"_s, u"b"_s}));
    QCOMPARE(m_flow->environment(), Environment::preset(Environment::Kind::EuProduction));
    QVERIFY(m_flow->configuration(u"oauth.api.secret"_s).isEmpty());
    QVERIFY(m_session->isLoadingSecrets());
    QVERIFY(!m_flow->hasUnsavedWork());
    // ...secrets a moment later.
    QVERIFY(loaded.wait(5000));
    QVERIFY(loaded.first().at(0).toStringList().isEmpty());
    QCOMPARE(m_flow->configuration(u"oauth.api.secret"_s), u"consumer-secret-3"_s);
    QCOMPARE(m_flow->credentials().userSecret, u"user-secret-1"_s);
    QCOMPARE(m_flow->credentials().organizationSecret, u"org-secret-2"_s);

    // Saving again updates the same profile.
    m_flow->setName(u"Acme 2"_s);
    QVERIFY(save(u"Acme template"_s));
    QCOMPARE(m_session->currentId(), id);
    QCOMPARE(m_store->entries().size(), 1);
    QCOMPARE(m_store->load(id)->instanceName, u"Acme 2"_s);
}

void TstProfileSession::startFreshForgetsTheProfile()
{
    fill();
    QVERIFY(save(u"P"_s));
    m_session->startFresh();
    QVERIFY(m_session->currentId().isEmpty());
    QVERIFY(m_flow->configuration(u"oauth.api.key"_s).isEmpty());
    QVERIFY(m_flow->name().isEmpty());
    QVERIFY(!m_flow->hasUnsavedWork());
    m_flow->setName(u"New"_s);
    QVERIFY(save(u"Q"_s));
    QCOMPARE(m_store->entries().size(), 2);
}

void TstProfileSession::aProfileThatCannotBeRead()
{
    QString error;
    QVERIFY(!m_session->startFrom(u"missing"_s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(m_session->currentId().isEmpty());
}

void TstProfileSession::secretsTheKeychainLacks()
{
    fill();
    QVERIFY(save(u"P"_s));
    const QString id = m_session->currentId();
    SecretJob *removed = m_secrets->remove(id, u"oauth.api.secret"_s);
    QSignalSpy removedDone(removed, &SecretJob::finished);
    QVERIFY(removedDone.wait(5000));
    restart();
    QSignalSpy loaded(m_session.get(), &ProfileSession::secretsLoaded);
    QVERIFY(m_session->startFrom(id));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().at(0).toStringList(), QStringList{u"oauth.api.secret"_s});
    QVERIFY(m_flow->configuration(u"oauth.api.secret"_s).isEmpty());
    QCOMPARE(m_flow->credentials().userSecret, u"user-secret-1"_s);
}

void TstProfileSession::noKeychainIsSaidOnce()
{
    m_secrets->simulateNoKeychain(u"No keychain here."_s);
    fill();
    bool stored = true;
    QString first, second;
    QVERIFY(save(u"P"_s, &stored, &first));
    QVERIFY(!stored);
    QVERIFY2(first.contains(u"No keychain here."_s), qPrintable(first));
    QVERIFY(save(u"P"_s, &stored, &second));
    QVERIFY(!stored);
    QVERIFY2(!second.contains(u"No keychain here."_s), qPrintable(second));
    QVERIFY(m_secrets->entries().isEmpty());
    QVERIFY(m_session->takeKeychainNotice().isEmpty());
}

void TstProfileSession::saveFailsCleanly()
{
    // The profile folder cannot be created (a file is in the way): said, nothing changed.
    QFile blocker(m_dir.filePath(u"blocked"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProfileStore blocked(m_dir.filePath(u"blocked/profiles"_s));
    ProfileSession session(&blocked, m_secrets.get(), m_flow.get());
    fill();
    QSignalSpy done(&session, &ProfileSession::saveFinished);
    session.save(u"P"_s);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY(!done.first().at(2).toString().isEmpty());
    QVERIFY(m_secrets->entries().isEmpty());
    QVERIFY(m_flow->hasUnsavedWork());
}

void TstProfileSession::deleteAndDuplicateTakeTheSecrets()
{
    fill();
    QVERIFY(save(u"P"_s));
    const QString id = m_session->currentId();
    const QString copy = m_session->duplicate(id);
    QVERIFY(!copy.isEmpty());
    QTRY_COMPARE(m_secrets->entries().value(SecretStore::entryName(copy, u"oauth.api.secret"_s)),
                 u"consumer-secret-3"_s);
    QVERIFY(m_session->remove(id));
    QVERIFY(m_session->currentId().isEmpty());
    QTRY_VERIFY(!m_secrets->entries().contains(SecretStore::entryName(id, u"oauth.api.secret"_s)));
    QVERIFY(m_secrets->entries().contains(SecretStore::entryName(copy, u"oauth.api.secret"_s)));
    QCOMPARE(m_store->entries().size(), 1);
}

void TstProfileSession::eventsSettingsAndTheSignatureKey()
{
    fill();
    EventSettings events;
    events.state = EventSettings::State::Enabled;
    events.callbackUrl = u"https://hooks.example.com/ce"_s;
    events.signatureKey = u"sig-key-7d1e0c"_s;
    m_flow->setEvents(events);
    bool stored = false;
    QVERIFY(save(u"Evented"_s, &stored));
    QVERIFY(stored);
    const QString id = m_session->currentId();
    // The key in the keychain, never in the file; the rest in the file.
    QCOMPARE(m_secrets->entries().value(SecretStore::entryName(id, QString(events::SignatureKeyKey))),
             u"sig-key-7d1e0c"_s);
    QFile file(m_store->directory() + u"/%1.json"_s.arg(id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("sig-key-7d1e0c"));
    QVERIFY(!text.contains("signature"));
    QVERIFY(text.contains("https://hooks.example.com/ce"));

    restart();
    QSignalSpy loaded(m_session.get(), &ProfileSession::secretsLoaded);
    QVERIFY(m_session->startFrom(id));
    QVERIFY(m_flow->events().isEnabled());
    QCOMPARE(m_flow->events().callbackUrl, u"https://hooks.example.com/ce"_s);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_flow->events(), events);

    // A profile without events leaves them to the platform.
    restart();
    fill();
    QVERIFY(save(u"Plain"_s));
    const QString plain = m_session->currentId();
    restart();
    m_flow->setEvents(events);
    QVERIFY(m_session->startFrom(plain));
    QCOMPARE(m_flow->events().state, EventSettings::State::Unspecified);
}



// An element the catalog does not have (the platform described it: GET /elements/{key}) is
// not kept between runs; a profile saved for it carries its description and brings it back.
void TstProfileSession::elementDescribedByThePlatformComesBack()
{
    QFile file(QStringLiteral(CEP_SOURCE_DIR "/tests/data/platform-element-oauth2.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto described = ElementCatalog::fromPlatform(QJsonDocument::fromJson(file.readAll()).object(),
                                                  u"acmecrm.instance.url"_s);
    QVERIFY(described);
    described->setOrigin(ElementDescription::Origin::Platform);
    QVERIFY(!ElementCatalog::shared().byId(described->id));
    QVERIFY(m_flow->setElement(*described));
    m_flow->setEnvironment(Environment::preset(Environment::Kind::EuProduction));
    m_flow->setConfiguration(u"oauth.api.key"_s, u"acme-client"_s);
    m_flow->setConfiguration(u"acmecrm.instance.url"_s, u"https://acme.example.com"_s);
    m_flow->setName(u"Acme CRM"_s);
    QVERIFY(save(u"Acme CRM"_s));
    const QString id = m_session->currentId();
    const auto saved = m_store->load(id);
    QVERIFY(saved && saved->elementDescription);
    QCOMPARE(*saved->elementDescription, *described);

    restart();  // a new run: the flow on FreshBooks, the catalog without acmecrm
    QString error;
    QVERIFY2(m_session->startFrom(id, &error), qPrintable(error));
    QCOMPARE(m_flow->element(), *described);
    QCOMPARE(m_flow->element().origin, ElementDescription::Origin::Platform);
    QCOMPARE(m_flow->configuration(u"acmecrm.instance.url"_s), u"https://acme.example.com"_s);

    // A shipped element's profile carries none.
    restart();
    fill();
    QVERIFY(save(u"Acme books"_s));
    QVERIFY(!m_store->load(m_session->currentId())->elementDescription);

    // A file whose description is not its element's is refused, saying why.
    QFile written(m_dir.filePath(u"profiles/"_s + id + u".json"_s));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(written.readAll()).object();
    written.close();
    o.insert("descriptor"_L1, u"someone-else"_s);
    QString why;
    QVERIFY(!Profile::fromJson(QJsonDocument(o).toJson(), &why));
    QVERIFY2(why.contains(u"element description"_s), qPrintable(why));
}

QTEST_GUILESS_MAIN(TstProfileSession)
#include "tst_profilesession.moc"
