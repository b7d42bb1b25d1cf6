// InstancesController, the Instances window's logic, against the in-process sandbox: the
// list into the model and through the filter, one instance's details with its secrets
// masked, rename and retag (PATCH with only what changed), disable and enable, delete, and
// each failure as one sentence naming the instance, the model left as it was.
#include "core/apiclient.h"
#include "core/displaytext.h"
#include "core/instancescontroller.h"
#include "core/instancesfiltermodel.h"
#include "core/instancesmodel.h"
#include "core/instanceverification.h"
#include "core/redaction.h"
#include "sandbox/sandboxserver.h"

#include "sandboxinstances.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;
using Endpoint = SandboxCall::Endpoint;

class TstInstancesController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shownConfigurationMasksSecrets();
    void listsIntoTheModel();
    void filtersByTextAndTag();
    void detailsOfOne();
    void patchSendsOnlyWhatChanged();
    void nothingToPatch();
    void disableAndEnable();
    void deleteRemovesTheRow();
    void detailsOfADeletedOne();
    void failureNamesTheCallAndKeepsTheModel();
    void anotherEnvironmentClearsTheList();
    void verificationValid();
    void verificationDisabled();
    void verificationFailedSaysWhy();

private:
    void seed();
    void refreshAndWait();
    qint64 idOf(const QString &name) const;

    SandboxServer m_sandbox;
    ApiClient *m_client = nullptr;
    InstancesController *m_controller = nullptr;
    QList<Instance> m_seeded;
};

void TstInstancesController::initTestCase()
{
    redaction::installMessageHandler();
    QVERIFY2(m_sandbox.listen(), qPrintable(m_sandbox.errorString()));
}

void TstInstancesController::init()
{
    m_sandbox.clearFaults();
    m_client = new ApiClient(this);
    m_controller = new InstancesController(m_client, this);
    m_controller->setConnection(Environment::sandbox(m_sandbox.baseUrl()),
                                {QString::fromLatin1(SandboxServer::UserSecret),
                                 QString::fromLatin1(SandboxServer::OrganizationSecret)});
    CHECK(seed());
    m_sandbox.clearCalls();
}

void TstInstancesController::cleanup()
{
    delete m_controller;
    m_controller = nullptr;
    delete m_client;
    m_client = nullptr;
    // What this test made and left, gone: the next one starts from its own three.
    ApiClient client;
    client.setEnvironment(Environment::sandbox(m_sandbox.baseUrl()));
    client.setCredentials({QString::fromLatin1(SandboxServer::UserSecret),
                           QString::fromLatin1(SandboxServer::OrganizationSecret)});
    for (const QJsonObject &instance : m_sandbox.instances()) {
        ApiReply *reply = client.deleteInstance(instance.value("id"_L1).toInteger());
        QSignalSpy done(reply, &ApiReply::finished);
        QVERIFY(done.wait(10000));
    }
    m_seeded.clear();
}

void TstInstancesController::seed()
{
    const QList<std::pair<QString, QStringList>> wanted = {
        {u"Acme books"_s, {u"customer-acme"_s, u"finance"_s}},
        {u"Globex ledger"_s, {u"customer-globex"_s, u"finance"_s}},
        {u"Initech test"_s, {u"test"_s}},
    };
    for (const auto &[name, tags] : wanted) {
        const auto instance = ce::test::createInSandbox(&m_sandbox, m_client, name, tags);
        QVERIFY2(instance, qPrintable(name));
        m_seeded.append(*instance);
    }
}

void TstInstancesController::refreshAndWait()
{
    QSignalSpy listed(m_controller, &InstancesController::listed);
    QSignalSpy failed(m_controller, &InstancesController::failed);
    m_controller->refresh();
    QVERIFY(m_controller->isBusy());
    QVERIFY2(listed.wait(10000), failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
    QVERIFY(!m_controller->isBusy());
}

qint64 TstInstancesController::idOf(const QString &name) const
{
    for (const Instance &i : m_seeded) {
        if (i.name == name)
            return i.id;
    }
    return 0;
}

void TstInstancesController::shownConfigurationMasksSecrets()
{
    redaction::registerSecret(u"known-secret-value"_s);
    const QJsonObject configuration{
        {u"oauth.api.key"_s, u"mycompany"_s},
        {u"oauth.api.secret"_s, u"plain-secret-the-platform-did-not-mask"_s},  // the descriptor's secret
        {u"oauth.user.token"_s, u"a-user-token"_s},                            // secret by its name
        {u"note"_s, u"has known-secret-value inside"_s},                       // a registered secret
        {u"url"_s, u"https://x.example/cb?apiSecret=abc123def"_s},             // a secret-named part
        {u"nested"_s, QJsonObject{{u"token"_s, u"nested-token-value"_s}, {u"n"_s, 1}}},
        {u"enabled"_s, true},
        {u"count"_s, 3},
        {u"none"_s, QJsonValue::Null},
    };
    const auto shown = shownConfiguration(configuration, u"freshbooks"_s);
    QMap<QString, QString> byKey;
    for (const auto &[key, text] : shown)
        byKey.insert(key, text);
    QCOMPARE(byKey.size(), configuration.size());
    QCOMPARE(byKey.value(u"oauth.api.key"_s), u"mycompany"_s);
    QCOMPARE(byKey.value(u"oauth.api.secret"_s), QString(SecretMask));
    QCOMPARE(byKey.value(u"oauth.user.token"_s), QString(SecretMask));
    QVERIFY(!byKey.value(u"note"_s).contains(u"known-secret-value"_s));
    QVERIFY(!byKey.value(u"url"_s).contains(u"abc123def"_s));
    QVERIFY(byKey.value(u"url"_s).startsWith(u"https://x.example/cb?apiSecret="_s));
    QVERIFY(!byKey.value(u"nested"_s).contains(u"nested-token-value"_s));
    QVERIFY(byKey.value(u"nested"_s).contains(u"\"n\":1"_s));
    QCOMPARE(byKey.value(u"enabled"_s), u"true"_s);
    QCOMPARE(byKey.value(u"count"_s), u"3"_s);
    QCOMPARE(byKey.value(u"none"_s), u"null"_s);
    // In key order.
    QStringList keys;
    for (const auto &[key, text] : shown)
        keys.append(key);
    QCOMPARE(keys, configuration.keys());
}

void TstInstancesController::listsIntoTheModel()
{
    QSignalSpy busy(m_controller, &InstancesController::busyChanged);
    CHECK(refreshAndWait());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(m_sandbox.calls(Endpoint::ListInstances).size(), 1);
    InstancesModel *model = m_controller->model();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(m_controller->hasListed());
    for (const Instance &seeded : std::as_const(m_seeded)) {
        const auto listed = model->instance(seeded.id);
        QVERIFY(listed);
        QCOMPARE(listed->name, seeded.name);
        QCOMPARE(listed->tags, seeded.tags);
    }
    QCOMPARE(model->allTags(), (QStringList{u"customer-acme"_s, u"customer-globex"_s, u"finance"_s, u"test"_s}));
}

void TstInstancesController::filtersByTextAndTag()
{
    CHECK(refreshAndWait());
    InstancesFilterModel *filter = m_controller->filterModel();
    QCOMPARE(filter->rowCount(), 3);
    filter->setTagFilter(u"finance"_s);
    QCOMPARE(filter->rowCount(), 2);
    filter->setFilterText(u"GLOBEX"_s);
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, InstancesModel::NameColumn).data().toString(), displayText(u"Globex ledger"_s));
    filter->setTagFilter({});
    filter->setFilterText(QString::number(idOf(u"Initech test"_s)));
    QCOMPARE(filter->rowCount(), 1);
}

void TstInstancesController::detailsOfOne()
{
    CHECK(refreshAndWait());
    const qint64 id = idOf(u"Acme books"_s);
    QSignalSpy details(m_controller, &InstancesController::detailsReady);
    m_controller->fetchDetails(id);
    QVERIFY(details.wait(10000));
    const auto instance = details.first().first().value<Instance>();
    QCOMPARE(instance.id, id);
    QVERIFY(!instance.configuration.isEmpty());
    const QList<SandboxCall> gets = m_sandbox.calls(Endpoint::GetInstance);
    QCOMPARE(gets.size(), 1);
    QCOMPARE(gets.first().path, u"/elements/api-v2/instances/%1"_s.arg(id));
    // What a window shows of it: no secret, whatever the platform sent.
    for (const auto &[key, text] : shownConfiguration(instance.configuration, instance.elementKey)) {
        QVERIFY2(!text.contains(ce::test::typed::consumerSecret), qPrintable(key));
        if (key == "oauth.api.secret"_L1 || key == "oauth.user.token"_L1)
            QCOMPARE(text, QString(SecretMask));
    }
}

void TstInstancesController::patchSendsOnlyWhatChanged()
{
    CHECK(refreshAndWait());
    const qint64 id = idOf(u"Acme books"_s);
    QSignalSpy changed(m_controller, &InstancesController::changed);
    QString problem;
    QVERIFY(m_controller->update(id, u"  Acme books 2024 "_s, {u"customer-acme"_s, u"finance"_s}, &problem));
    QVERIFY(m_controller->isChanging(id));
    QVERIFY(changed.wait(10000));
    QVERIFY(!m_controller->isChanging(id));
    QCOMPARE(changed.first().at(0).toLongLong(), id);
    QVERIFY(changed.first().at(1).toString().contains(u"Acme books 2024"_s));
    QList<SandboxCall> patches = m_sandbox.calls(Endpoint::PatchInstance);
    QCOMPARE(patches.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(patches.first().body).object(), (QJsonObject{{u"name"_s, u"Acme books 2024"_s}}));
    QCOMPARE(m_controller->model()->instance(id)->name, u"Acme books 2024"_s);

    // Tags only, in place: the row keeps its place.
    const int row = m_controller->model()->rowOf(id);
    QVERIFY(m_controller->update(id, u"Acme books 2024"_s, QStringList{u"finance"_s, QString(), u"vip"_s, u"vip"_s}, &problem));
    QVERIFY(changed.wait(10000));
    patches = m_sandbox.calls(Endpoint::PatchInstance);
    QCOMPARE(patches.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(patches.last().body).object(),
             (QJsonObject{{u"tags"_s, QJsonArray{u"finance"_s, u"vip"_s}}}));
    QCOMPARE(m_controller->model()->rowOf(id), row);
    QCOMPARE(m_controller->model()->instance(id)->tags, (QStringList{u"finance"_s, u"vip"_s}));
}

void TstInstancesController::nothingToPatch()
{
    CHECK(refreshAndWait());
    const qint64 id = idOf(u"Initech test"_s);
    QString problem;
    QVERIFY(!m_controller->update(id, u"Initech test "_s, {u"test"_s}, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(!m_controller->update(id, u"  "_s, {u"other"_s}, &problem));
    QVERIFY2(problem.contains(u"name"_s), qPrintable(problem));
    QVERIFY(!m_controller->isBusy());
    QCOMPARE(m_sandbox.calls(Endpoint::PatchInstance).size(), 0);
}

void TstInstancesController::disableAndEnable()
{
    CHECK(refreshAndWait());
    const qint64 id = idOf(u"Globex ledger"_s);
    QSignalSpy changed(m_controller, &InstancesController::changed);
    m_controller->setEnabled(id, false);
    QVERIFY(changed.wait(10000));
    QVERIFY(m_controller->model()->instance(id)->disabled);
    QCOMPARE(m_sandbox.calls(Endpoint::DisableInstance).size(), 1);
    const QModelIndex status = m_controller->model()->index(m_controller->model()->rowOf(id), InstancesModel::StatusColumn);
    QCOMPARE(status.data().toString(), InstancesModel::statusText(InstancesModel::Status::Disabled));

    m_controller->setEnabled(id, true);
    QVERIFY(changed.wait(10000));
    QVERIFY(!m_controller->model()->instance(id)->disabled);
    QCOMPARE(m_sandbox.calls(Endpoint::EnableInstance).size(), 1);
    // The platform agrees.
    CHECK(refreshAndWait());
    QVERIFY(!m_controller->model()->instance(id)->disabled);
}

void TstInstancesController::deleteRemovesTheRow()
{
    CHECK(refreshAndWait());
    const qint64 id = idOf(u"Initech test"_s);
    QSignalSpy changed(m_controller, &InstancesController::changed);
    m_controller->remove(id);
    QVERIFY(changed.wait(10000));
    QVERIFY2(changed.first().at(1).toString().contains(u"Initech test"_s), qPrintable(changed.first().at(1).toString()));
    QCOMPARE(m_controller->model()->rowOf(id), -1);
    QCOMPARE(m_controller->model()->rowCount(), 2);
    CHECK(refreshAndWait());
    QCOMPARE(m_controller->model()->rowCount(), 2);
    QCOMPARE(m_controller->model()->rowOf(id), -1);
}

void TstInstancesController::detailsOfADeletedOne()
{
    CHECK(refreshAndWait());
    const qint64 id = idOf(u"Initech test"_s);
    // Deleted elsewhere (another copy of the app, the console) after the list came.
    ApiReply *gone = m_client->deleteInstance(id);
    QSignalSpy deleted(gone, &ApiReply::finished);
    QVERIFY(deleted.wait(10000));
    QVERIFY(gone->succeeded());
    QSignalSpy failed(m_controller, &InstancesController::failed);
    m_controller->fetchDetails(id);
    QVERIFY(failed.wait(10000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"Initech test"_s), qPrintable(message));
    QCOMPARE(m_controller->model()->rowOf(id), -1);
}

void TstInstancesController::failureNamesTheCallAndKeepsTheModel()
{
    CHECK(refreshAndWait());
    const qint64 id = idOf(u"Acme books"_s);
    QSignalSpy failed(m_controller, &InstancesController::failed);

    m_sandbox.addFault(Endpoint::DeleteInstance, SandboxFault{SandboxFault::Kind::HttpError, 500, 0, 0, {}, u"Boom on delete"_s});
    m_controller->remove(id);
    QVERIFY(failed.wait(10000));
    QString message = failed.takeFirst().first().toString();
    QVERIFY2(message.contains(u"delete"_s) && message.contains(u"Acme books"_s) && message.contains(u"Boom on delete"_s),
             qPrintable(message));
    QVERIFY(m_controller->model()->rowOf(id) >= 0);

    m_sandbox.addFault(Endpoint::PatchInstance, SandboxFault{SandboxFault::Kind::HttpError, 409, 0, 0, {}, u"Name taken"_s});
    QVERIFY(m_controller->update(id, u"Other"_s, {}));
    QVERIFY(failed.wait(10000));
    message = failed.takeFirst().first().toString();
    QVERIFY2(message.contains(u"Name taken"_s), qPrintable(message));
    QCOMPARE(m_controller->model()->instance(id)->name, u"Acme books"_s);

    m_sandbox.addFault(Endpoint::ListInstances, SandboxFault{SandboxFault::Kind::HttpError, 503, 0, 0, {}, {}});
    m_controller->refresh();
    QVERIFY(failed.wait(10000));
    message = failed.takeFirst().first().toString();
    QVERIFY2(message.startsWith(u"Could not list the instances"_s), qPrintable(message));
    QCOMPARE(m_controller->model()->rowCount(), 3);
}

void TstInstancesController::anotherEnvironmentClearsTheList()
{
    CHECK(refreshAndWait());
    QCOMPARE(m_controller->model()->rowCount(), 3);
    m_controller->setConnection(Environment::sandbox(m_sandbox.baseUrl()), {u"other-user"_s, u"other-org"_s});
    QCOMPARE(m_controller->model()->rowCount(), 3);  // the same platform: the same instances
    m_controller->setConnection(Environment::preset(Environment::Kind::UsStaging), {u"u"_s, u"o"_s});
    QCOMPARE(m_controller->model()->rowCount(), 0);
    QVERIFY(!m_controller->hasListed());
}

void TstInstancesController::verificationValid()
{
    const qint64 id = idOf(u"Acme books"_s);
    InstanceVerification verification;
    QCOMPARE(verification.result(), InstanceVerification::Result::None);
    QSignalSpy finished(&verification, &InstanceVerification::finished);
    verification.start(m_client, m_controller->environment(),
                       {QString::fromLatin1(SandboxServer::UserSecret), QString::fromLatin1(SandboxServer::OrganizationSecret)},
                       id);
    QVERIFY(verification.isChecking());
    QVERIFY(!verification.text().isEmpty());
    QVERIFY(finished.wait(10000));
    QCOMPARE(verification.result(), InstanceVerification::Result::Valid);
    QCOMPARE(verification.instance().id, id);
    QVERIFY2(verification.text().contains(u"valid"_s), qPrintable(verification.text()));
    QCOMPARE(m_sandbox.calls(Endpoint::GetInstance).size(), 1);
}

void TstInstancesController::verificationDisabled()
{
    CHECK(refreshAndWait());
    const qint64 id = idOf(u"Globex ledger"_s);
    QSignalSpy changed(m_controller, &InstancesController::changed);
    m_controller->setEnabled(id, false);
    QVERIFY(changed.wait(10000));
    InstanceVerification verification;
    QSignalSpy finished(&verification, &InstanceVerification::finished);
    verification.start(m_client, m_controller->environment(),
                       {QString::fromLatin1(SandboxServer::UserSecret), QString::fromLatin1(SandboxServer::OrganizationSecret)},
                       id);
    QVERIFY(finished.wait(10000));
    QCOMPARE(verification.result(), InstanceVerification::Result::Disabled);
    QVERIFY2(verification.text().contains(u"disabled"_s), qPrintable(verification.text()));
}

void TstInstancesController::verificationFailedSaysWhy()
{
    m_sandbox.addFault(Endpoint::GetInstance,
                       SandboxFault{SandboxFault::Kind::HttpError, 502, 0, 0, {}, u"Gateway says no"_s});
    InstanceVerification verification;
    QSignalSpy finished(&verification, &InstanceVerification::finished);
    verification.start(m_client, m_controller->environment(),
                       {QString::fromLatin1(SandboxServer::UserSecret), QString::fromLatin1(SandboxServer::OrganizationSecret)},
                       idOf(u"Acme books"_s));
    QVERIFY(finished.wait(10000));
    QCOMPARE(verification.result(), InstanceVerification::Result::Failed);
    QCOMPARE(verification.error().httpStatus, 502);
    QVERIFY2(verification.text().contains(u"Gateway says no"_s), qPrintable(verification.text()));
    // Asked again (another start drops nothing it should not): now it answers.
    verification.start(m_client, m_controller->environment(),
                       {QString::fromLatin1(SandboxServer::UserSecret), QString::fromLatin1(SandboxServer::OrganizationSecret)},
                       idOf(u"Acme books"_s));
    QVERIFY(finished.wait(10000));
    QCOMPARE(verification.result(), InstanceVerification::Result::Valid);
}

QTEST_GUILESS_MAIN(TstInstancesController)
#include "tst_instancescontroller.moc"
