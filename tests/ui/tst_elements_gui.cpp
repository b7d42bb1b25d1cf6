// The wizard with elements other than FreshBooks, headless (offscreen), against the
// in-process sandbox: the element page (search, recently used first, the user's files and
// their problems, an element described by the platform, export), an OAuth 2.0 element
// with a site address (Zendesk) and a credentials element (Freshdesk) end to end, the
// generated forms' labels and mnemonics, and profiles that bring their element back.
#include "core/elementcatalog.h"
#include "curldialog.h"
#include "core/provisioningflow.h"
#include "profiles/profile.h"
#include "profiles/profilesession.h"
#include "profiles/profilestore.h"
#include "provisioningwizard.h"
#include "recentelements.h"
#include "sandbox/sandboxserver.h"
#include "elidinglabel.h"
#include "secretlineedit.h"

#include "guisupport.h"
#include "testsupport.h"
#include "watchdog.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWebEnginePage>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ce;
using Endpoint = SandboxCall::Endpoint;
using test::WizardDriver;

class TstElementsGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchByNameAndKeyRecentFirst();
    void oauth2ElementWithSiteAddressEndToEnd();
    void oauth2BackAndStartAgainMakeNewAttempts();
    void credentialsElementEndToEnd();
    void eventsPageFollowsTheElement();
    void generatedFormsHaveBuddiesAndUniqueMnemonics();
    void elementFromThePlatform();
    void userDescriptorsAndBadFilesAreListed();
    void exportDescriptor();
    void profileBringsItsElementBack();
    void profileBringsThePlatformsElementBack();
    void importChoosesTheFilesElement();

private:
    // The sandbox preselected on the Connection page; Next: on the element page.
    void toElementPage();
    // Signs in and allows on the sandbox's provider page of the Authorize page.
    void signInAndAllow();

    std::unique_ptr<test::WizardHarness> m_app;
};

namespace {

void clearRecent()
{
    QSettings(QCoreApplication::applicationName(), QCoreApplication::applicationName())
        .remove(u"elements/recent"_s);
}

// A credentials element no descriptor here knows: the sandbox describes it (GET /elements/{key}).
const char PlatformOnly[] = R"({
  "schemaVersion": 2,
  "key": "pipedrive",
  "name": "Pipedrive",
  "description": "A test element only the platform describes.",
  "authentication": "credentials",
  "sources": ["tst_elements_gui"],
  "configuration": [
    {"key": "pipedrive.company", "label": "Company domain", "description": "The account's company domain.",
     "required": true, "order": 1},
    {"key": "api.token", "label": "API token", "description": "The account's API token.", "type": "secret",
     "required": true, "order": 2}
  ]
})";

}  // namespace

void TstElementsGui::init()
{
    clearRecent();
    m_app = std::make_unique<test::WizardHarness>();
}

void TstElementsGui::cleanup()
{
    m_app.reset();
    clearRecent();
}

void TstElementsGui::toElementPage()
{
    if (!m_app->wizard) {
        QVERIFY(m_app->start());
        QVERIFY(m_app->show());
    }
    const WizardDriver d = m_app->driver();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::ConnectionPageId));
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::ElementPageId));
}

void TstElementsGui::signInAndAllow()
{
    const WizardDriver d = m_app->driver();
    QTRY_VERIFY_WITH_TIMEOUT(d.browserPage(), 10000);
    QWebEnginePage *page = d.browserPage();
    QVERIFY(test::signInToConsent(page));
    QVERIFY(test::runJs(page, u"document.getElementById('allow').click();"_s));
}

// Recently used first (the settings' list), then by name; the platform's row last. The
// search matches names and keys, whatever the case; the first match is the one chosen.
void TstElementsGui::searchByNameAndKeyRecentFirst()
{
    recentElements::use(u"stripe"_s);
    recentElements::use(u"zendesk"_s);
    CHECK(toElementPage());
    const WizardDriver d = m_app->driver();
    const QStringList ids = d.elementIds();
    QCOMPARE(ids.size(), ElementCatalog::shared().size() + 1);
    QCOMPARE(ids.mid(0, 2), QStringList({u"zendesk"_s, u"stripe"_s}));
    QCOMPARE(ids.last(), QString());  // another element, from the platform
    // The others by title.
    QStringList rest = ids.mid(2, ids.size() - 3);
    QStringList titles;
    for (const QString &id : std::as_const(rest))
        titles.append(ElementCatalog::shared().byId(id)->title());
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(titles, sorted);
    QCOMPARE(d.currentElementId(), u"freshbooks"_s);  // the flow's

    // The kind is shown.
    const QAbstractItemModel *model = d.elementList()->model();
    QCOMPARE(model->index(0, 2).data().toString(), u"OAuth 2.0"_s);
    QCOMPARE(model->index(1, 2).data().toString(), u"Credentials"_s);

    QTest::keyClicks(d.elementSearch(), u"SFDC"_s);  // a key, in capitals
    QCOMPARE(d.elementIds(), QStringList({u"sfdc"_s, QString()}));
    QCOMPARE(d.currentElementId(), u"sfdc"_s);
    d.elementSearch()->clear();
    QTest::keyClicks(d.elementSearch(), u"hubspot mar"_s);  // a name
    QCOMPARE(d.elementIds().size(), 3);  // both modes, and the platform's row
    QVERIFY(d.elementIds().contains(u"hubspot-apikey"_s));
    QCOMPARE(d.currentElementId(), d.elementIds().first());
    d.elementSearch()->clear();
    QTest::keyClicks(d.elementSearch(), u"(api"_s);  // text, not a pattern
    QCOMPARE(d.elementIds(), QStringList({u"hubspot-apikey"_s, QString()}));
    d.elementSearch()->clear();
    QTest::keyClicks(d.elementSearch(), u"zend"_s);
    QCOMPARE(d.currentElementId(), u"zendesk"_s);
    QVERIFY(d.button(QWizard::NextButton)->isEnabled());
    QVERIFY(test::screenshot(m_app->wizard.get(), u"2-element-search"_s));
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    QCOMPARE(m_app->flow->element().id, u"zendesk"_s);
    QVERIFY2(m_app->wizard->windowTitle().contains(u"Zendesk"_s), qPrintable(m_app->wizard->windowTitle()));
}

// OAuth 2.0 with a site address: no token page, the provider's page in the embedded
// browser, a code and state on the callback, then POST /instances; the element goes to
// the front of the recent list.
void TstElementsGui::oauth2ElementWithSiteAddressEndToEnd()
{
    CHECK(toElementPage());
    const WizardDriver d = m_app->driver();
    QTest::keyClicks(d.elementSearch(), u"zendesk"_s);
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    QVERIFY(m_app->wizard->currentPage()->title().contains(u"Zendesk"_s));
    QVERIFY(qobject_cast<SecretLineEdit *>(d.configurationWidget(u"oauth.api.secret"_s)));
    QCOMPARE(d.configurationEdit(u"oauth.callback.url"_s)->text(), test::defaultCallbackUrl());
    QVERIFY(!d.button(QWizard::NextButton)->isEnabled());
    d.fillApp({{{u"oauth.api.key"_s, u"zendesk-client"_s},
                {u"oauth.api.secret"_s, u"zendesk-client-secret"_s},
                {u"zendesk.subdomain"_s, u"https://acme.zendesk.com/"_s}},
               u"Acme help desk"_s,
               {u"support"_s}});
    QVERIFY2(d.sitePreview()->text().contains(u"https://acme.zendesk.com"_s), qPrintable(d.sitePreview()->text()));
    QVERIFY(d.button(QWizard::NextButton)->isEnabled());
    QVERIFY(test::screenshot(m_app->wizard.get(), u"2-app-zendesk"_s));
    {
        // The cURL view follows the kind: no request token; the state and secrets masked.
        CurlDialog *curl = d.openCurl();
        const QString text = WizardDriver::curlText(curl);
        QVERIFY2(text.contains(u"/elements/zendesk/oauth/url?"_s) && text.contains(u"state=<INSERT_STATE>"_s),
                 qPrintable(text));
        QVERIFY(!text.contains(u"oauth/token"_s));
        QVERIFY(!text.contains(u"zendesk-client-secret"_s));
        curl->close();
    }
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AuthorizePageId));  // no request token
    CHECK(signInAndAllow());
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    QVERIFY(m_app->sandbox->calls(Endpoint::Token).isEmpty());
    QCOMPARE(m_app->sandbox->calls(Endpoint::Url).size(), 1);
    QVERIFY(m_app->sandbox->calls(Endpoint::Url).first().query.hasQueryItem(u"state"_s));
    const QString preview = d.createPreview()->toPlainText();
    QVERIFY2(preview.contains(u"\"zendesk\""_s) && preview.contains(u"\"code\""_s), qPrintable(preview));
    QVERIFY(!preview.contains(u"zendesk-client-secret"_s));
    d.commit();
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::DonePageId), 10000);
    QCOMPARE(m_app->sandbox->instances().size(), 1);
    const QJsonObject instance = m_app->sandbox->instances().first();
    QCOMPARE(instance.value("element"_L1).toObject().value("key"_L1).toString(), u"zendesk"_s);
    QCOMPARE(d.doneName()->text(), u"Acme help desk"_s);
    QCOMPARE(recentElements::ids().value(0), u"zendesk"_s);
}

// OAuth 2.0 has no token page: Back from the provider's page returns to the form and ends
// the attempt; Next and Start again each make a new one (a new state, a new URL).
void TstElementsGui::oauth2BackAndStartAgainMakeNewAttempts()
{
    CHECK(toElementPage());
    const WizardDriver d = m_app->driver();
    // By keyboard: the search, then Down to the next row.
    QTest::keyClicks(d.elementSearch(), u"desk"_s);
    QCOMPARE(d.currentElementId(), u"freshdeskv2"_s);
    QTest::keyClick(d.elementSearch(), Qt::Key_Down);
    QCOMPARE(d.currentElementId(), u"zendesk"_s);
    d.next();
    d.fillApp({{{u"oauth.api.key"_s, u"zendesk-client"_s},
                {u"oauth.api.secret"_s, u"zendesk-client-secret"_s},
                {u"zendesk.subdomain"_s, u"acme"_s}},
               u"Acme help desk"_s,
               {}});
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AuthorizePageId));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->flow->stage(), ProvisioningFlow::Stage::AwaitingAuthorization, 10000);
    const QString firstState = m_app->flow->state();
    QVERIFY(!firstState.isEmpty());
    d.back();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    QCOMPARE(m_app->flow->stage(), ProvisioningFlow::Stage::Editing);
    QVERIFY(m_app->flow->state().isEmpty());
    d.next();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->flow->stage(), ProvisioningFlow::Stage::AwaitingAuthorization, 10000);
    const QString secondState = m_app->flow->state();
    QVERIFY(secondState != firstState);
    QCOMPARE(m_app->sandbox->calls(Endpoint::Url).size(), 2);
    // A refusal offers Start again, which stays on the page with a new attempt.
    QVERIFY(test::waitForElement(d.browserPage(), u"login"_s));
    QUrl refused = m_app->flow->callbackUrl();
    refused.setQuery(u"error=access_denied&state="_s + secondState);
    d.browserPage()->load(refused);
    QTRY_VERIFY_WITH_TIMEOUT(d.startAgainButton()->isVisible(), 10000);
    QVERIFY(d.message(ProvisioningWizard::AuthorizePageId)->isVisible());
    d.startAgainButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->calls(Endpoint::Url).size(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->flow->stage(), ProvisioningFlow::Stage::AwaitingAuthorization, 10000);
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AuthorizePageId));
    QVERIFY(m_app->flow->state() != secondState);
    CHECK(signInAndAllow());
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::CreatePageId), 15000);
}

// Credentials: the form's entries straight into POST /instances, no browser at all.
void TstElementsGui::credentialsElementEndToEnd()
{
    CHECK(toElementPage());
    const WizardDriver d = m_app->driver();
    QVERIFY(d.chooseElement(u"freshdeskv2"_s));
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    QVERIFY(m_app->wizard->currentPage()->title().contains(u"Freshdesk"_s));
    auto *password = qobject_cast<SecretLineEdit *>(d.configurationWidget(u"username"_s));
    QVERIFY(password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    // A bad value gets its message under its field.
    d.fillConfiguration(u"subdomain"_s, u"not a subdomain!"_s);
    Q_EMIT d.configurationEdit(u"subdomain"_s)->editingFinished();
    QVERIFY(!d.button(QWizard::NextButton)->isEnabled());
    const QList<QLabel *> labels = m_app->wizard->currentPage()->findChildren<QLabel *>();
    const bool shown = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->isVisible() && l->buddy() == nullptr && l->textFormat() == Qt::RichText && !l->text().isEmpty();
    });
    QVERIFY(shown);
    d.configurationEdit(u"subdomain"_s)->clear();
    d.fillApp({{{u"subdomain"_s, u"acme"_s}, {u"username"_s, u"freshdesk-api-key"_s}}, u"Acme tickets"_s, {}});
    QVERIFY(d.button(QWizard::NextButton)->isEnabled());
    QVERIFY(test::screenshot(m_app->wizard.get(), u"2-app-freshdesk"_s));
    {
        CurlDialog *curl = d.openCurl();
        const QString text = WizardDriver::curlText(curl);
        QVERIFY2(!text.contains(u"/oauth/"_s) && text.contains(u"/instances"_s), qPrintable(text));
        QVERIFY(!text.contains(u"freshdesk-api-key"_s));
        curl->close();
    }
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::CreatePageId));  // no token, no browser
    QVERIFY(d.button(QWizard::CommitButton)->isEnabled());
    d.commit();
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::DonePageId), 10000);
    QVERIFY(m_app->sandbox->calls(Endpoint::Token).isEmpty());
    QVERIFY(m_app->sandbox->calls(Endpoint::Url).isEmpty());
    QCOMPARE(m_app->sandbox->instances().size(), 1);
    const QJsonObject instance = m_app->sandbox->instances().first();
    QCOMPARE(instance.value("element"_L1).toObject().value("key"_L1).toString(), u"freshdeskv2"_s);
    QVERIFY(!d.browser());  // never made
    // Back on the Done page is not offered; the Create page's Back from a fresh run goes to the form.
}

// The Events page offers the ways the element chosen delivers events, named after it, also
// when the user goes back and chooses another element after seeing it.
void TstElementsGui::eventsPageFollowsTheElement()
{
    CHECK(toElementPage());
    const WizardDriver d = m_app->driver();
    const auto toEvents = [&](const QString &id, const WizardDriver::AppInputs &inputs) {
        QVERIFY(d.chooseElement(id));
        d.next();
        QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
        d.fillApp(inputs);
        if (!d.appEventsCheck()->isChecked())
            d.appEventsCheck()->click();
        d.next();
        QCOMPARE(d.currentId(), int(ProvisioningWizard::EventsPageId));
    };
    const auto offered = [&] {
        QStringList items;
        for (int i = 0; i < d.eventsVendorCombo()->count(); ++i)
            items.append(d.eventsVendorCombo()->itemText(i));
        return items;
    };
    // Freshdesk's descriptor names no event methods: both.
    CHECK(toEvents(u"freshdeskv2"_s, {{{u"subdomain"_s, u"acme"_s}, {u"username"_s, u"freshdesk-api-key"_s}},
                                      u"Acme tickets"_s, {}}));
    QCOMPARE(offered().size(), 2);
    QVERIFY2(offered().join(u'|').contains(u"Freshdesk"_s), qPrintable(offered().join(u'|')));
    // Back to the element page, Zendesk instead: the page offers what Zendesk does.
    d.back();
    d.back();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::ElementPageId));
    CHECK(toEvents(u"zendesk"_s, {{{u"oauth.api.key"_s, u"zendesk-client"_s},
                                   {u"oauth.api.secret"_s, u"zendesk-secret"_s},
                                   {u"zendesk.subdomain"_s, u"https://acme.zendesk.com/"_s}},
                                  u"Acme support"_s, {}}));
    const QString all = offered().join(u'|');
    QVERIFY2(all.contains(u"Zendesk"_s) && !all.contains(u"Freshdesk"_s), qPrintable(all));
}

// Every shipped element's form: each field has a label whose buddy it is (or is a check box
// with its own text), and Alt+letter is unambiguous on the page (issue 14 presses them all).
void TstElementsGui::generatedFormsHaveBuddiesAndUniqueMnemonics()
{
    CHECK(toElementPage());
    const WizardDriver d = m_app->driver();
    for (const QString &id : ElementCatalog::shared().ids()) {
        QVERIFY2(d.chooseElement(id), qPrintable(id));
        d.next();
        QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
        QCOMPARE(m_app->flow->element().id, id);
        for (const ConfigurationEntry *entry : m_app->flow->element().visibleEntries()) {
            QWidget *field = d.configurationWidget(entry->key);
            QVERIFY2(field->isVisible(), qPrintable(entry->key));
            if (qobject_cast<QCheckBox *>(field)) {
                QVERIFY2(static_cast<QCheckBox *>(field)->text().contains(u'&'), qPrintable(entry->key));
                continue;
            }
            QLabel *label = d.configurationLabel(entry->key);
            QVERIFY2(label, qPrintable(id + u' ' + entry->key));
            QVERIFY2(label->text().contains(u'&'), qPrintable(label->text()));
            QCOMPARE(label->text().endsWith(u" *:"_s), entry->required);
        }
        for (const ConfigurationEntry &hidden : m_app->flow->element().configuration) {
            if (hidden.hidden)
                QVERIFY(!m_app->wizard->currentPage()->findChild<QWidget *>(u"config:"_s + hidden.key));
        }
        const QString clash = test::mnemonicClash(m_app->wizard.get());
        QVERIFY2(clash.isEmpty(), qPrintable(id + u": "_s + clash));
        d.back();
        QCOMPARE(d.currentId(), int(ProvisioningWizard::ElementPageId));
    }
}

// An element with no descriptor: the platform's GET /elements/{key} makes the form; the
// user says only which entry is the site address (none here). Provisioned end to end.
void TstElementsGui::elementFromThePlatform()
{
    QString why;
    const auto element = ElementDescription::fromJson(PlatformOnly, &why);
    QVERIFY2(element, qPrintable(why));
    m_app->sandbox->addElement(*element);
    CHECK(toElementPage());
    const WizardDriver d = m_app->driver();
    QVERIFY(!ElementCatalog::shared().byId(u"pipedrive"_s));
    QTest::keyClicks(d.elementSearch(), u"pipedrive"_s);
    QCOMPARE(d.elementIds(), QStringList{QString()});
    QCOMPARE(d.currentElementId(), QString());
    QCOMPARE(d.platformKeyEdit()->text(), u"pipedrive"_s);  // the search, as the key
    QVERIFY(d.platformKeyEdit()->isVisible());
    QVERIFY(!d.button(QWizard::NextButton)->isEnabled());  // not looked up yet

    // An unknown key: the platform's answer, where the user looks.
    d.platformKeyEdit()->setText(u"nosuchelement"_s);
    d.lookUpButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->sandbox->calls(Endpoint::Element).size() == 1, 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(d.lookUpMessage()->text().contains(u"nosuchelement"_s), qPrintable(d.lookUpMessage()->text()), 10000);
    QVERIFY(!d.button(QWizard::NextButton)->isEnabled());

    d.platformKeyEdit()->setText(u"pipedrive"_s);
    d.lookUpButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(d.button(QWizard::NextButton)->isEnabled(), 10000);
    QVERIFY2(d.lookUpMessage()->text().contains(u"Pipedrive"_s), qPrintable(d.lookUpMessage()->text()));
    QCOMPARE(m_app->sandbox->calls(Endpoint::Element).size(), 2);
    QComboBox *site = d.siteEntryCombo();
    QCOMPARE(site->count(), 3);  // none, and the two entries
    QCOMPARE(site->currentData().toString(), QString());
    QVERIFY(site->findData(u"pipedrive.company"_s) > 0);
    QVERIFY(test::screenshot(m_app->wizard.get(), u"2-element-platform"_s));
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    QCOMPARE(m_app->flow->element().key, u"pipedrive"_s);
    QVERIFY(qobject_cast<SecretLineEdit *>(d.configurationWidget(u"api.token"_s)));  // PASSWORD: a secret
    d.fillApp({{{u"pipedrive.company"_s, u"acme"_s}, {u"api.token"_s, u"pipedrive-token"_s}}, u"Acme deals"_s, {}});
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::CreatePageId));
    d.commit();
    QTRY_COMPARE_WITH_TIMEOUT(d.currentId(), int(ProvisioningWizard::DonePageId), 10000);
    const QJsonObject instance = m_app->sandbox->instances().value(0);
    QCOMPARE(instance.value("element"_L1).toObject().value("key"_L1).toString(), u"pipedrive"_s);
}

// The user's own descriptors appear beside the built-in ones; a bad file is listed with
// its line and reason and stops nothing.
void TstElementsGui::userDescriptorsAndBadFilesAreListed()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    {
        QFile good(folder.filePath(u"acme-crm.json"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        QByteArray json = PlatformOnly;
        json.replace("\"pipedrive\"", "\"acmecrm\"").replace("Pipedrive", "Acme CRM");
        good.write(json);
        QFile bad(folder.filePath(u"broken.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\n  \"schemaVersion\": 2,\n  \"key\": ,\n}\n");
    }
    const ElementCatalog before = ElementCatalog::shared();
    ElementCatalog::setShared(ElementCatalog::load(folder.path()));
    auto restore = qScopeGuard([&before] { ElementCatalog::setShared(before); });
    QVERIFY(ElementCatalog::shared().byId(u"acmecrm"_s));

    CHECK(toElementPage());
    const WizardDriver d = m_app->driver();
    const QString problems = d.elementProblems()->text();
    QVERIFY2(problems.contains(u"broken.json"_s) && problems.contains(u"line 3"_s, Qt::CaseInsensitive),
             qPrintable(problems));
    QVERIFY(d.elementProblems()->isVisible());
    QVERIFY(d.elementIds().contains(u"acmecrm"_s));
    QVERIFY(d.chooseElement(u"acmecrm"_s));
    const int row = int(d.elementIds().indexOf(u"acmecrm"_s));
    QCOMPARE(d.elementList()->model()->index(row, 3).data().toString(), u"Your file"_s);
    QVERIFY(test::screenshot(m_app->wizard.get(), u"2-element-user"_s));
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    QVERIFY(d.configurationWidget(u"api.token"_s));
    m_app.reset();  // before the catalog its flow's element came from
}

// Export writes the chosen descriptor whole (QSaveFile) and says where; a place that cannot
// be written gets a message and no file.
void TstElementsGui::exportDescriptor()
{
    CHECK(toElementPage());
    const WizardDriver d = m_app->driver();
    QVERIFY(d.chooseElement(u"zendesk"_s));
    QTemporaryDir folder;
    const QString path = folder.filePath(u"zendesk.json"_s);
    QVERIFY(d.exportDescriptor(path));
    QVERIFY2(d.exportDescriptorMessage()->text().contains(u"zendesk.json"_s), qPrintable(d.exportDescriptorMessage()->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString why;
    const auto read = ElementDescription::fromJson(file.readAll(), &why);
    QVERIFY2(read, qPrintable(why));
    QVERIFY(*read == *ElementCatalog::shared().byId(u"zendesk"_s));

    const QString nowhere = folder.filePath(u"missing/folder/zendesk.json"_s);
    QVERIFY(!d.exportDescriptor(nowhere));
    QVERIFY(!QFile::exists(nowhere));
    QVERIFY2(d.exportDescriptorMessage()->text().contains(u"Could not write"_s), qPrintable(d.exportDescriptorMessage()->text()));
    QCOMPARE(d.currentId(), int(ProvisioningWizard::ElementPageId));
}

// A profile saved for Zendesk brings Zendesk back: the element page shows it chosen, the
// form its inputs; the window speaks of it.
void TstElementsGui::profileBringsItsElementBack()
{
    ProvisioningFlow *flow = m_app->flow.get();
    QVERIFY(flow->setElement(*ElementCatalog::shared().byId(u"zendesk"_s)));
    flow->setEnvironment(Environment::sandbox({}));
    flow->setConfiguration(u"oauth.api.key"_s, u"zendesk-client"_s);
    flow->setConfiguration(u"zendesk.subdomain"_s, u"acme"_s);
    flow->setName(u"Acme help desk"_s);
    Profile profile = profileFromFlow(*flow, u"Zendesk profile"_s);
    QCOMPARE(profile.descriptorId, u"zendesk"_s);
    QVERIFY(m_app->profiles->save(profile));
    QVERIFY(flow->setElement(test::freshbooks()));  // the wizard starts on FreshBooks

    QVERIFY(m_app->start());
    QVERIFY(m_app->show());
    const WizardDriver d = m_app->driver();
    QVERIFY(m_app->wizard->windowTitle().contains(u"FreshBooks"_s));
    QComboBox *profiles = d.profileCombo();
    profiles->setFocus();
    QTest::keyClick(profiles, Qt::Key_Down);
    QCOMPARE(m_app->session->currentId(), profile.id);
    QCOMPARE(flow->element().id, u"zendesk"_s);
    QVERIFY2(m_app->wizard->windowTitle().contains(u"Zendesk"_s), qPrintable(m_app->wizard->windowTitle()));
    QVERIFY(d.waitUntilNextEnabled());  // the sandbox's secrets
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::ElementPageId));
    QCOMPARE(d.currentElementId(), u"zendesk"_s);
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    QCOMPARE(d.configurationEdit(u"zendesk.subdomain"_s)->text(), u"acme"_s);
    QCOMPARE(d.configurationEdit(u"oauth.api.key"_s)->text(), u"zendesk-client"_s);
    QCOMPARE(d.nameEdit()->text(), u"Acme help desk"_s);
}

// A profile of an element the platform described (not in the catalog, nor kept by it between
// runs) brings that element back from its own copy: no look-up needed to go on.
void TstElementsGui::profileBringsThePlatformsElementBack()
{
    QString why;
    auto element = ElementDescription::fromJson(PlatformOnly, &why);
    QVERIFY2(element, qPrintable(why));
    element->setOrigin(ElementDescription::Origin::Platform);
    QVERIFY(!ElementCatalog::shared().byId(element->id));
    ProvisioningFlow *flow = m_app->flow.get();
    QVERIFY(flow->setElement(*element));
    flow->setEnvironment(Environment::sandbox({}));
    flow->setConfiguration(u"pipedrive.company"_s, u"acme"_s);
    flow->setName(u"Acme deals"_s);
    Profile profile = profileFromFlow(*flow, u"Pipedrive profile"_s);
    QVERIFY(profile.elementDescription);
    QVERIFY(m_app->profiles->save(profile));
    QVERIFY(flow->setElement(test::freshbooks()));  // the wizard starts on FreshBooks

    QVERIFY(m_app->start());
    QVERIFY(m_app->show());
    const WizardDriver d = m_app->driver();
    QComboBox *profiles = d.profileCombo();
    profiles->setFocus();
    QTest::keyClick(profiles, Qt::Key_Down);
    QCOMPARE(m_app->session->currentId(), profile.id);
    QCOMPARE(flow->element().key, u"pipedrive"_s);
    QVERIFY(d.waitUntilNextEnabled());
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::ElementPageId));
    QCOMPARE(d.currentElementId(), QString());  // "another element, described by the platform"
    QCOMPARE(d.platformKeyEdit()->text(), u"pipedrive"_s);
    QVERIFY(d.button(QWizard::NextButton)->isEnabled());  // no look-up needed
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    QCOMPARE(d.configurationEdit(u"pipedrive.company"_s)->text(), u"acme"_s);
    QCOMPARE(d.nameEdit()->text(), u"Acme deals"_s);
    QVERIFY(m_app->sandbox->calls(Endpoint::Element).isEmpty());
}

// An instance.json of another element: importing it chooses that element, and its inputs
// fill that element's form; a key no descriptor knows is refused where the user looks.
void TstElementsGui::importChoosesTheFilesElement()
{
    QVERIFY(m_app->start());
    QVERIFY(m_app->show());
    const WizardDriver d = m_app->driver();
    QTemporaryDir folder;
    const QString path = folder.filePath(u"desk.instance.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({
  "element": {"key": "zendesk"},
  "configuration": {
    "oauth.api.key": "zendesk-client",
    "oauth.api.secret": "<INSERT_ZENDESK_CLIENT_SECRET>",
    "oauth.callback.url": "https://www.mycoolapp.com/auth",
    "zendesk.subdomain": "acme"
  },
  "providerData": {"code": "<CODE_RETURNED_IN_OAUTH_EXCHANGE>"},
  "name": "Imported desk"
}
)");
    }
    QVERIFY(m_app->flow->element().id == u"freshbooks"_s);
    QVERIFY(d.importInstanceFile(path));
    QCOMPARE(m_app->flow->element().id, u"zendesk"_s);
    QVERIFY(m_app->wizard->windowTitle().contains(u"Zendesk"_s));
    d.next();
    QCOMPARE(d.currentElementId(), u"zendesk"_s);
    d.next();
    QCOMPARE(d.configurationEdit(u"zendesk.subdomain"_s)->text(), u"acme"_s);
    QCOMPARE(d.configurationEdit(u"oauth.api.key"_s)->text(), u"zendesk-client"_s);
    QVERIFY(d.configurationEdit(u"oauth.api.secret"_s)->text().isEmpty());  // a placeholder is no value
    QCOMPARE(d.nameEdit()->text(), u"Imported desk"_s);

    d.back();
    d.back();
    const QString unknown = folder.filePath(u"unknown.instance.json"_s);
    {
        QFile file(unknown);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"element": {"key": "nosuchelement"}, "configuration": {}, "name": "x"})");
    }
    QVERIFY(!d.importInstanceFile(unknown));
    const QString message = d.message(ProvisioningWizard::ConnectionPageId)->text();
    QVERIFY2(message.contains(u"nosuchelement"_s), qPrintable(message));
    QCOMPARE(m_app->flow->element().id, u"zendesk"_s);  // unchanged
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
    ce::test::Watched<QApplication> app(argc, argv);
    TstElementsGui test;
    const ce::test::EventLoopWatchdog watchdog;
    const int failures = QTest::qExec(&test, argc, argv);
    std::printf("%s\n", qPrintable(watchdog.report()));
    return failures;
}

#include "tst_elements_gui.moc"
