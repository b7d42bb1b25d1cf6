// After creation, in the real wizard (offscreen, in-process sandbox): the Instances window
// opened from the first page (list, filter by text and tag, sort, details with the secrets
// masked, disable, rename and retag, delete after a confirmation that names the instance);
// every label with a buddy, every interactive widget named for a screen reader, no
// mnemonic twice.
#include "core/displaytext.h"
#include "core/instancescontroller.h"
#include "core/instancesmodel.h"
#include "instanceswindow.h"
#include "sandbox/sandboxserver.h"

#include "guisupport.h"
#include "sandboxinstances.h"
#include "testsupport.h"
#include "watchdog.h"
#include "wizarddriver.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ce;
using test::WizardDriver;
using Endpoint = SandboxCall::Endpoint;

class TstInstancesGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void instancesWindow();
    void errorsShowInTheWindow();
    void donePageVerifiesTheInstance();
    void donePageShowsWhyItCouldNotVerify();
    void reauthorizeFromTheInstancesWindow();
    void reauthorizeFromAProfile();
    void loopbackCallbackOnTheAuthorizePage();
    void eventsStep();

private:
    // Walks the wizard from the first page to Done (the provider approves at once).
    void walkToDone(const QString &name);
    // From the App page on, with the element's inputs typed (the name and tags as they are),
    // to Done through the commit button; checks the PUT the sandbox saw.
    // `withEvents`: the Events page comes on the way (the instance's settings came along).
    void reauthorizeFromAppPage(qint64 id, const QString &name, const QStringList &tags, bool withEvents);
    void seed();
    InstancesWindow *openListed();
    // The row of the instance named `name` in the table as it shows (filtered, sorted); -1.
    static int rowOf(InstancesWindow *window, const QString &name);
    static void checkLabelsAndNames(QWidget *window);

    std::unique_ptr<test::WizardHarness> m_app;
    QHash<QString, qint64> m_ids;
};

void TstInstancesGui::init()
{
    m_app = std::make_unique<test::WizardHarness>();
    QVERIFY(m_app->start());
    CHECK(seed());
    m_app->sandbox->clearCalls();
    QVERIFY(m_app->show());
}

void TstInstancesGui::cleanup()
{
    m_app.reset();
    m_ids.clear();
}

void TstInstancesGui::seed()
{
    const QList<std::pair<QString, QStringList>> wanted = {
        {u"Acme books"_s, {u"customer-acme"_s, u"finance"_s}},
        {u"Globex ledger"_s, {u"customer-globex"_s, u"finance"_s}},
        {u"Initech test"_s, {u"test"_s}},
    };
    for (const auto &[name, tags] : wanted) {
        const auto instance = test::createInSandbox(m_app->sandbox.get(), m_app->client.get(), name, tags);
        QVERIFY2(instance, qPrintable(name));
        m_ids.insert(name, instance->id);
    }
}

InstancesWindow *TstInstancesGui::openListed()
{
    const WizardDriver d = m_app->driver();
    InstancesWindow *window = d.openInstances();
    if (!window)
        return nullptr;
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    QTableView *table = WizardDriver::instancesTable(window);
    if (!QTest::qWaitFor([&] { return table->model()->rowCount() == int(m_ids.size()); }, 10000))
        return nullptr;
    return window;
}

int TstInstancesGui::rowOf(InstancesWindow *window, const QString &name)
{
    const QAbstractItemModel *model = WizardDriver::instancesTable(window)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, InstancesModel::NameColumn).data().toString().contains(name))
            return row;
    }
    return -1;
}

void TstInstancesGui::checkLabelsAndNames(QWidget *window)
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->text().isEmpty() || !label->text().endsWith(u':'))
            continue;  // values and messages, not captions
        QVERIFY2(label->buddy(), qPrintable(label->objectName() + u" has no buddy"_s));
        QVERIFY2(label->text().contains(u'&'), qPrintable(label->objectName() + u" has no mnemonic"_s));
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w)
            && !qobject_cast<QAbstractItemView *>(w))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        QVERIFY(a);
        QVERIFY2(!a->text(QAccessible::Name).isEmpty(), qPrintable(w->objectName() + u" has no accessible name"_s));
    }
    const QString clash = test::mnemonicClash(window);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
}

void TstInstancesGui::instancesWindow()
{
    const WizardDriver d = m_app->driver();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::ConnectionPageId));
    QVERIFY(d.instancesButton()->isVisible());
    QVERIFY(d.instancesButton()->text().contains(u'&'));
    const QString clash = test::mnemonicClash(m_app->wizard.get());
    QVERIFY2(clash.isEmpty(), qPrintable(clash));

    InstancesWindow *window = openListed();
    QVERIFY(window);
    QCOMPARE(m_app->sandbox->calls(Endpoint::ListInstances).size(), 1);
    QVERIFY(WizardDriver::instancesMessage(window)->accessibleDescription().startsWith(u"Instances listed: 3."_s));
    CHECK(checkLabelsAndNames(window));
    QTableView *table = WizardDriver::instancesTable(window);
    QAbstractItemModel *shown = table->model();

    // Sorting by name, then by id (a number).
    table->sortByColumn(InstancesModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(shown->index(0, InstancesModel::NameColumn).data().toString().contains(u"Acme books"_s));
    QVERIFY(shown->index(2, InstancesModel::NameColumn).data().toString().contains(u"Initech test"_s));
    table->sortByColumn(InstancesModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(shown->index(0, InstancesModel::IdColumn).data(InstancesModel::IdRole).toLongLong(),
             m_ids.value(u"Initech test"_s));

    // Filter by text, then by tag (the tag list comes from the instances).
    QLineEdit *filter = WizardDriver::instancesFilter(window);
    filter->setFocus();
    QTest::keyClicks(filter, u"globex"_s);
    QCOMPARE(shown->rowCount(), 1);
    filter->clear();
    QCOMPARE(shown->rowCount(), 3);
    QComboBox *tags = WizardDriver::instancesTagCombo(window);
    QCOMPARE(tags->count(), 5);  // all, and the four tags
    tags->setCurrentIndex(tags->findData(u"finance"_s));
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(rowOf(window, u"Initech test"_s), -1);
    tags->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 3);

    // Details of one: GET /instances/{id}; the secrets masked.
    const qint64 acme = m_ids.value(u"Acme books"_s);
    table->setFocus();
    table->selectRow(rowOf(window, u"Acme books"_s));
    QTableWidget *configuration = WizardDriver::instanceConfiguration(window);
    QTRY_VERIFY_WITH_TIMEOUT(configuration->rowCount() > 0, 10000);
    const QList<SandboxCall> gets = m_app->sandbox->calls(Endpoint::GetInstance);
    QVERIFY(!gets.isEmpty());
    QCOMPARE(gets.last().path, u"/elements/api-v2/instances/%1"_s.arg(acme));
    QVERIFY(WizardDriver::instanceSummary(window)->text().contains(QString::number(acme)));
    QCOMPARE(WizardDriver::instanceNameEdit(window)->text(), u"Acme books"_s);
    QCOMPARE(WizardDriver::instanceTagsEdit(window)->text(), u"customer-acme, finance"_s);
    bool sawSecret = false;
    for (int row = 0; row < configuration->rowCount(); ++row) {
        const QString key = configuration->item(row, 0)->text();
        const QString value = configuration->item(row, 1)->text();
        QVERIFY2(!value.contains(test::typed::consumerSecret), qPrintable(key));
        if (key.contains(u"oauth.api.secret"_s) || key.contains(u"oauth.user.token"_s)) {
            QCOMPARE(value, QString(SecretMask));
            sawSecret = true;
        }
    }
    QVERIFY(sawSecret);
    QVERIFY(test::screenshot(window, u"10-instances"_s));

    // Disable, then enable again.
    QAbstractButton *enable = WizardDriver::instanceEnableButton(window);
    QCOMPARE(enable->text(), u"&Disable"_s);
    enable->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->calls(Endpoint::DisableInstance).size(), 1, 10000);
    const int statusRow = rowOf(window, u"Acme books"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown->index(statusRow, InstancesModel::StatusColumn).data().toString(),
                              InstancesModel::statusText(InstancesModel::Status::Disabled), 10000);
    QTRY_COMPARE(enable->text(), u"&Enable"_s);
    QVERIFY(WizardDriver::instanceSummary(window)->text().contains(u"disabled"_s));
    enable->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->calls(Endpoint::EnableInstance).size(), 1, 10000);
    QTRY_COMPARE(enable->text(), u"&Disable"_s);

    // Rename and retag: PATCH with both, the row in place.
    QLineEdit *name = WizardDriver::instanceNameEdit(window);
    name->selectAll();
    QTest::keyClicks(name, u"Acme books 2024"_s);
    QLineEdit *tagsEdit = WizardDriver::instanceTagsEdit(window);
    tagsEdit->selectAll();
    QTest::keyClicks(tagsEdit, u"finance, vip"_s);
    WizardDriver::instanceSaveButton(window)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->calls(Endpoint::PatchInstance).size(), 1, 10000);
    QCOMPARE(QJsonDocument::fromJson(m_app->sandbox->calls(Endpoint::PatchInstance).first().body).object(),
             QJsonObject::fromVariantMap({{u"name"_s, u"Acme books 2024"_s}, {u"tags"_s, QStringList{u"finance"_s, u"vip"_s}}}));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(window, u"Acme books 2024"_s) >= 0, 10000);
    QTRY_VERIFY(WizardDriver::instancesMessage(window)->accessibleDescription().contains(u"Saved"_s));
    QVERIFY(tags->findData(u"vip"_s) >= 0);

    // Delete: the confirmation names it; "Keep it" keeps it, "Delete" deletes it.
    table->selectRow(rowOf(window, u"Initech test"_s));
    const qint64 initech = m_ids.value(u"Initech test"_s);
    QString asked;
    WizardDriver::deleteInstance(window, [&](QMessageBox *box) {
        asked = box->text();
        WizardDriver::keepInstanceButton(box)->click();
    });
    QVERIFY2(asked.contains(u"Initech test"_s) && asked.contains(QString::number(initech)), qPrintable(asked));
    QCOMPARE(m_app->sandbox->calls(Endpoint::DeleteInstance).size(), 0);
    WizardDriver::deleteInstance(window, [](QMessageBox *box) { WizardDriver::confirmDeleteButton(box)->click(); });
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->calls(Endpoint::DeleteInstance).size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(), 2, 10000);
    QCOMPARE(rowOf(window, u"Initech test"_s), -1);
    QVERIFY(WizardDriver::instancesMessage(window)->accessibleDescription().contains(u"Deleted"_s));
    // Gone for the platform too: a new list does not have it.
    WizardDriver::instancesRefreshButton(window)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->calls(Endpoint::ListInstances).size(), 2, 10000);
    QTRY_VERIFY(!window->controller()->isBusy());
    QCOMPARE(shown->rowCount(), 2);
    for (const QJsonObject &instance : m_app->sandbox->instances())
        QVERIFY(instance.value("id"_L1).toInteger() != initech);
}

void TstInstancesGui::errorsShowInTheWindow()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::HttpError;
    fault.status = 500;
    fault.message = u"The platform is having a bad day"_s;
    m_app->sandbox->addFault(Endpoint::ListInstances, fault);
    const WizardDriver d = m_app->driver();
    InstancesWindow *window = d.openInstances();
    QVERIFY(window);
    QLabel *message = WizardDriver::instancesMessage(window);
    QTRY_VERIFY_WITH_TIMEOUT(message->accessibleDescription().contains(u"bad day"_s), 10000);
    QVERIFY(message->isVisible());
    QVERIFY(message->accessibleDescription().startsWith(u"Could not list the instances"_s));
    QCOMPARE(WizardDriver::instancesTable(window)->model()->rowCount(), 0);
    // Refresh tries again.
    WizardDriver::instancesRefreshButton(window)->click();
    QTRY_COMPARE_WITH_TIMEOUT(WizardDriver::instancesTable(window)->model()->rowCount(), 3, 10000);

    // A failing change is shown and changes nothing.
    fault.status = 409;
    fault.message = u"Renaming is locked"_s;
    m_app->sandbox->addFault(Endpoint::PatchInstance, fault);
    QTableView *table = WizardDriver::instancesTable(window);
    table->selectRow(rowOf(window, u"Globex ledger"_s));
    QLineEdit *name = WizardDriver::instanceNameEdit(window);
    QTRY_COMPARE(name->text(), u"Globex ledger"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Globex 2"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(message->accessibleDescription().contains(u"Renaming is locked"_s), 10000);
    QVERIFY(message->accessibleDescription().contains(u"Globex ledger"_s));
    QVERIFY(rowOf(window, u"Globex ledger"_s) >= 0);
}

void TstInstancesGui::walkToDone(const QString &name)
{
    const WizardDriver d = m_app->driver();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::ConnectionPageId));
    QVERIFY(d.waitUntilNextEnabled());
    d.next();
    d.passElementPage();
    using namespace test::typed;
    d.fillApp({{{keyProperty, consumerKey}, {secretProperty, consumerSecret}, {siteProperty, siteAsTyped}},
               name,
               {u"customer-acme"_s}});
    QVERIFY(d.waitUntilNextEnabled());
    d.next();
    m_app->sandbox->setAutoApprove(true);
    QVERIFY(d.waitUntilNextEnabled());
    d.next();
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    m_app->sandbox->setAutoApprove(false);
    d.commit();
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::DonePageId), 10000);
}

void TstInstancesGui::donePageVerifiesTheInstance()
{
    CHECK(walkToDone(u"Verified books"_s));
    const WizardDriver d = m_app->driver();
    const qint64 id = m_app->flow->instance().id;
    QLabel *verification = d.doneVerification();
    QTRY_VERIFY_WITH_TIMEOUT(verification->accessibleDescription().contains(u"valid"_s), 10000);
    QVERIFY(verification->isVisible());
    QCOMPARE(verification->accessibleDescription(), u"Checked: the platform reports instance %1 as valid."_s.arg(id));
    // The GET came after the POST, for the new id.
    const QList<SandboxCall> calls = m_app->sandbox->calls();
    qsizetype create = -1, get = -1;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (calls.at(i).endpoint == Endpoint::CreateInstance)
            create = i;
        if (calls.at(i).endpoint == Endpoint::GetInstance && calls.at(i).path.endsWith(u"/instances/%1"_s.arg(id)))
            get = i;
    }
    QVERIFY(create >= 0);
    QVERIFY2(get > create, "no GET /instances/{id} after the creation");
    QVERIFY(test::screenshot(m_app->wizard.get(), u"6-done-verified"_s));

    // The Done page opens the Instances window too, with the new one listed.
    QVERIFY(d.instancesButton()->isVisible());
    InstancesWindow *window = d.openInstances();
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(WizardDriver::instancesTable(window)->model()->rowCount(), 4, 10000);
    QVERIFY(rowOf(window, u"Verified books"_s) >= 0);
}

void TstInstancesGui::donePageShowsWhyItCouldNotVerify()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::HttpError;
    fault.status = 503;
    fault.message = u"Instance service unavailable"_s;
    m_app->sandbox->addFault(Endpoint::GetInstance, fault);
    CHECK(walkToDone(u"Unverified books"_s));
    QLabel *verification = m_app->driver().doneVerification();
    QTRY_VERIFY_WITH_TIMEOUT(verification->accessibleDescription().contains(u"Instance service unavailable"_s), 10000);
    QVERIFY(verification->accessibleDescription().startsWith(u"Could not check instance"_s));
    // The instance itself is there and shown.
    QCOMPARE(m_app->driver().doneId()->text(), QString::number(m_app->flow->instance().id));
}

void TstInstancesGui::reauthorizeFromAppPage(qint64 id, const QString &name, const QStringList &tags, bool withEvents)
{
    const WizardDriver d = m_app->driver();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    QCOMPARE(d.nameEdit()->text(), name);
    QCOMPARE(d.tags(), tags);
    using namespace test::typed;
    if (d.configurationEdit(keyProperty)->text().isEmpty())
        d.fillConfiguration(keyProperty, consumerKey);
    if (d.configurationEdit(secretProperty)->text().isEmpty())
        d.fillConfiguration(secretProperty, consumerSecret);
    if (d.configurationEdit(siteProperty)->text().isEmpty())
        d.fillConfiguration(siteProperty, siteAsTyped);
    QVERIFY(d.waitUntilNextEnabled());
    d.next();
    if (withEvents) {
        // The instance's events settings (off, as the platform has them) came with it: the
        // Events page is part of re-authorizing it.
        QCOMPARE(d.currentId(), int(ProvisioningWizard::EventsPageId));
        QVERIFY(!d.eventsEnabledCheck()->isChecked());
        QVERIFY(d.waitUntilNextEnabled());
        d.next();
    }
    m_app->sandbox->setAutoApprove(true);
    QVERIFY(d.waitUntilNextEnabled());
    d.next();
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    m_app->sandbox->setAutoApprove(false);
    QCOMPARE(d.button(QWizard::CommitButton)->text(), u"&Re-authorize instance"_s);
    QVERIFY(m_app->wizard->windowTitle().contains(QString::number(id)));
    const qsizetype instancesBefore = m_app->sandbox->instances().size();
    const qsizetype createsBefore = m_app->sandbox->calls(Endpoint::CreateInstance).size();
    d.commit();
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::DonePageId), 10000);
    // PUT /instances/{id} with the new authorization, the name, tags and configuration kept;
    // nothing created.
    const QList<SandboxCall> puts = m_app->sandbox->calls(Endpoint::UpdateInstance);
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.first().method, QByteArray("PUT"));
    QCOMPARE(puts.first().path, u"/elements/api-v2/instances/%1"_s.arg(id));
    QCOMPARE(puts.first().status, 200);
    const QJsonObject body = QJsonDocument::fromJson(puts.first().body).object();
    QCOMPARE(body.value("name"_L1).toString(), name);
    QCOMPARE(body.value("tags"_L1).toVariant().toStringList(), tags);
    QVERIFY(body.value("providerData"_L1).toObject().contains("oauth_verifier"_L1));
    QCOMPARE(body.value("configuration"_L1).toObject().value(keyProperty).toString(), consumerKey);
    QCOMPARE(m_app->sandbox->calls(Endpoint::CreateInstance).size(), createsBefore);
    QCOMPARE(m_app->sandbox->instances().size(), instancesBefore);
    QCOMPARE(d.doneId()->text(), QString::number(id));
    QTRY_VERIFY_WITH_TIMEOUT(d.doneVerification()->accessibleDescription().contains(u"as valid"_s), 10000);
}

void TstInstancesGui::reauthorizeFromTheInstancesWindow()
{
    InstancesWindow *window = openListed();
    QVERIFY(window);
    QAbstractButton *reauthorize = WizardDriver::instanceReauthorizeButton(window);
    QVERIFY(reauthorize->isVisible());
    CHECK(checkLabelsAndNames(window));
    QTableView *table = WizardDriver::instancesTable(window);
    table->selectRow(rowOf(window, u"Globex ledger"_s));
    QTRY_VERIFY(reauthorize->isEnabled());
    reauthorize->click();
    QTRY_VERIFY(!window->isVisible());
    const qint64 id = m_ids.value(u"Globex ledger"_s);
    QCOMPARE(m_app->flow->reauthorizationTarget(), id);
    CHECK(reauthorizeFromAppPage(id, u"Globex ledger"_s, {u"customer-globex"_s, u"finance"_s}, true));
    QVERIFY(test::screenshot(m_app->wizard.get(), u"6-done-reauthorized"_s));
    // From the Done page the window lists, but re-authorizing starts on the first page.
    window = m_app->driver().openInstances();
    QVERIFY(window);
    QVERIFY(!reauthorize->isVisible());
}

void TstInstancesGui::reauthorizeFromAProfile()
{
    // A profile that created an instance remembers it.
    CHECK(walkToDone(u"Profiled books"_s));
    const qint64 id = m_app->flow->instance().id;
    const WizardDriver d = m_app->driver();
    d.profileNameEdit()->setText(u"Acme"_s);
    d.saveProfileButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->session->isSaving(), 10000);
    QCOMPARE(m_app->profiles->entries().size(), 1);
    // Quit and start again.
    m_app->restartApp();
    QVERIFY(m_app->show());
    m_app->sandbox->clearCalls();
    const WizardDriver d2 = m_app->driver();
    QCOMPARE(d2.currentId(), int(ProvisioningWizard::ConnectionPageId));
    QVERIFY(!d2.reauthorizeCheck()->isVisible());
    QComboBox *profiles = d2.profileCombo();
    profiles->setCurrentIndex(1);
    Q_EMIT profiles->activated(1);
    QTRY_VERIFY(d2.reauthorizeCheck()->isVisible());
    QVERIFY(d2.reauthorizeCheck()->text().contains(QString::number(id)));
    QVERIFY(d2.reauthorizeCheck()->text().contains(u'&'));
    const QString clash = test::mnemonicClash(m_app->wizard.get());
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
    // One click.
    d2.reauthorizeCheck()->click();
    QCOMPARE(m_app->flow->reauthorizationTarget(), id);
    QVERIFY(test::screenshot(m_app->wizard.get(), u"1-connection-reauthorize"_s));
    QVERIFY(d2.waitUntilNextEnabled());
    d2.next();
    CHECK(reauthorizeFromAppPage(id, u"Profiled books"_s, {u"customer-acme"_s}, false));
    // Another start: ticked, then a fresh setup chosen instead: a new instance again.
    m_app->restartApp();
    QVERIFY(m_app->show());
    const WizardDriver d3 = m_app->driver();
    profiles = d3.profileCombo();
    profiles->setCurrentIndex(1);
    Q_EMIT profiles->activated(1);
    QTRY_VERIFY(d3.reauthorizeCheck()->isVisible());
    d3.reauthorizeCheck()->click();
    QCOMPARE(m_app->flow->reauthorizationTarget(), id);
    d3.reauthorizeCheck()->click();
    QCOMPARE(m_app->flow->reauthorizationTarget(), 0);
    d3.reauthorizeCheck()->click();
    profiles->setCurrentIndex(0);
    Q_EMIT profiles->activated(0);
    QCOMPARE(m_app->flow->reauthorizationTarget(), 0);
    QVERIFY(!d3.reauthorizeCheck()->isVisible());
}

void TstInstancesGui::loopbackCallbackOnTheAuthorizePage()
{
    // A callback URL on this computer, on a port nothing listens on.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const QString callback = u"http://127.0.0.1:%1/callback"_s.arg(port);
    const WizardDriver d = m_app->driver();
    QVERIFY(d.waitUntilNextEnabled());
    d.next();
    d.passElementPage();
    using namespace test::typed;
    d.configurationEdit(callbackProperty)->clear();
    d.fillApp({{{keyProperty, consumerKey}, {secretProperty, consumerSecret}, {siteProperty, siteAsTyped},
                {callbackProperty, callback}},
               u"Loopback books"_s,
               {}});
    QVERIFY(d.waitUntilNextEnabled());
    d.next();
    QVERIFY(d.waitUntilNextEnabled());
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AuthorizePageId));

    test::UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"http"_s, &catcher, "open");
    d.openExternallyButton()->click();
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QCOMPARE(catcher.urls, QList<QUrl>{m_app->flow->authorizationUrl()});
    QLabel *message = d.message(ProvisioningWizard::AuthorizePageId);
    QVERIFY2(message->accessibleDescription().startsWith(u"Waiting for your browser"_s),
             qPrintable(message->accessibleDescription()));
    QVERIFY(!d.pasteRow()->isVisible());
    QVERIFY(test::screenshot(m_app->wizard.get(), u"4-authorize-loopback"_s));

    QNetworkAccessManager nam;
    auto get = [&nam](const QUrl &url, int *status, QByteArray *body = nullptr, QUrl *location = nullptr) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(10000));
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (body)
            *body = reply->readAll();
        if (location)
            *location = url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    };
    // Another path on that port: 404, and the page still waits.
    int status = 0;
    CHECK(get(QUrl(u"http://127.0.0.1:%1/elsewhere"_s.arg(port)), &status));
    QCOMPARE(status, 404);
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AuthorizePageId));

    // The user's browser: the provider approves and sends it to the callback, a real HTTP
    // request to the listener, which answers with the closing page.
    m_app->sandbox->setAutoApprove(true);
    QUrl location;
    CHECK(get(m_app->flow->authorizationUrl(), &status, nullptr, &location));
    m_app->sandbox->setAutoApprove(false);
    QCOMPARE(status, 302);
    QVERIFY2(location.toString().startsWith(callback), qPrintable(location.toString()));
    QByteArray page;
    CHECK(get(location, &status, &page));
    QCOMPARE(status, 200);
    QVERIFY2(page.contains("close"), page.constData());
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::CreatePageId), 10000);
    QCOMPARE(m_app->flow->stage(), ProvisioningFlow::Stage::Authorized);
    // The listener took its one callback and is gone.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(2000));
    d.commit();
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::DonePageId), 10000);
}

void TstInstancesGui::eventsStep()
{
    const WizardDriver d = m_app->driver();
    QVERIFY(d.waitUntilNextEnabled());
    d.next();
    d.passElementPage();
    using namespace test::typed;
    d.fillApp({{{keyProperty, consumerKey}, {secretProperty, consumerSecret}, {siteProperty, siteAsTyped}},
               u"Evented books"_s,
               {}});
    // Not asked for: straight on to the request token (the path without events is as before).
    QVERIFY(!d.appEventsCheck()->isChecked());
    d.appEventsCheck()->click();
    QVERIFY(d.waitUntilNextEnabled());  // the Events page says what is missing, not this one
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::EventsPageId));
    QVERIFY(d.eventsEnabledCheck()->isChecked());
    QCOMPARE(d.eventsVendorCombo()->count(), 1);  // FreshBooks: webhook only
    // The callback URL is required, and must be a URL.
    QVERIFY(!d.button(QWizard::NextButton)->isEnabled());
    QLineEdit *callback = d.eventsCallbackEdit();
    callback->setFocus();
    QTest::keyClicks(callback, u"not a url"_s);
    QTest::keyClick(callback, Qt::Key_Tab);
    QVERIFY(d.eventsCallbackMessage()->isVisible());
    QVERIFY(!d.eventsCallbackMessage()->accessibleDescription().isEmpty());
    QCOMPARE(callback->accessibleDescription(), d.eventsCallbackMessage()->accessibleDescription());
    QVERIFY(!d.button(QWizard::NextButton)->isEnabled());
    callback->selectAll();
    QTest::keyClicks(callback, u"https://hooks.example.com/ce-events"_s);
    QTRY_VERIFY(d.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!d.eventsCallbackMessage()->isVisible());
    // The signature key: a secret, masked.
    const QString key = u"sig-key-4f8a1c2e9b"_s;
    QLineEdit *signature = d.eventsSignatureEdit();
    QCOMPARE(signature->echoMode(), QLineEdit::Password);
    signature->setFocus();
    QTest::keyClicks(signature, key);
    const QString clash = test::mnemonicClash(m_app->wizard.get());
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
    CHECK(checkLabelsAndNames(m_app->wizard->currentPage()));
    QVERIFY(test::screenshot(m_app->wizard.get(), u"2b-events"_s));
    d.next();
    m_app->sandbox->setAutoApprove(true);
    QVERIFY(d.waitUntilNextEnabled());
    d.next();
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    m_app->sandbox->setAutoApprove(false);
    // The summary says so; the preview masks the key.
    const QString summary = m_app->flow->events().summary();
    bool summarized = false;
    for (QLabel *label : m_app->wizard->currentPage()->findChildren<QLabel *>())
        summarized = summarized || label->text() == summary;
    QVERIFY2(summarized, qPrintable(summary));
    QVERIFY(!summary.contains(key));
    QVERIFY(!d.createPreview()->toPlainText().contains(key));
    QVERIFY(d.createPreview()->toPlainText().contains(u"hooks.example.com"_s));
    d.commit();
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::DonePageId), 10000);
    // Sent as Cloud Elements' common configuration keys.
    const QList<SandboxCall> creates = m_app->sandbox->calls(Endpoint::CreateInstance);
    QCOMPARE(creates.size(), 1);
    const QJsonObject configuration =
        QJsonDocument::fromJson(creates.first().body).object().value("configuration"_L1).toObject();
    QCOMPARE(configuration.value("event.notification.enabled"_L1).toString(), u"true"_s);
    QCOMPARE(configuration.value("event.vendor.type"_L1).toString(), u"webhook"_s);
    QCOMPARE(configuration.value("event.notification.callback.url"_L1).toString(), u"https://hooks.example.com/ce-events"_s);
    QCOMPARE(configuration.value("event.notification.signature.key"_L1).toString(), key);
    QVERIFY(m_app->flow->instance().eventsEnabled);
    // Shown as the platform has it, the key masked.
    const QTableWidget *table = d.doneConfiguration();
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY2(!table->item(row, 1)->text().contains(key), qPrintable(table->item(row, 0)->text()));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
    ce::test::Watched<QApplication> app(argc, argv);
    TstInstancesGui test;
    const ce::test::EventLoopWatchdog watchdog;
    const int failures = QTest::qExec(&test, argc, argv);
    std::printf("%s\n", qPrintable(watchdog.report()));
    return failures;
}

#include "tst_instances_gui.moc"
