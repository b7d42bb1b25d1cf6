// Profiles, export and import in the real wizard (offscreen, real WebEngine, in-process
// sandbox): provision, save the profile, quit, start again from it and provision another
// instance typing only what changed; the profiles dialog; instance.json both ways; the
// notice when no keychain answers; and a scan of every file the app wrote for secrets.
//
// The secret store is chosen by CEP_TEST_SECRET_STORE: "memory" (default), or "keychain"
// (ctest runs that once inside a private Secret Service, once with no D-Bus at all).
// HOME and the XDG folders point into a temporary folder, so every file the app writes
// lands there and can be scanned.
#include "apppage.h"
#include "core/apiclient.h"
#include "core/provisioningflow.h"
#include "core/requestlog.h"
#include "exportdialog.h"
#include "profiles/profilesession.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profilesdialog.h"
#include "provisioningwizard.h"
#include "requestlogdialog.h"
#include "sandbox/sandboxserver.h"

#include "guisupport.h"
#include "watchdog.h"
#include "memorysecretstore.h"
#include "testsupport.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ce;
using test::MemorySecretStore;
using test::WizardDriver;

namespace {
QTemporaryDir *home = nullptr;  // set up in main(), before QApplication
const QString ConsumerSecret = u"consumer-secret-7f3a9c"_s;

bool useKeychain()
{
    return qEnvironmentVariable("CEP_TEST_SECRET_STORE") == "keychain"_L1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(64 * 1024 * 1024) : QByteArray();
}

// Answers the next modal dialog (a message box or one of ours) from the event loop.
template<typename Dialog, typename Action>
void whenModal(Action action)
{
    QTimer::singleShot(0, [action] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget()))
            action(dialog);
    });
}
}  // namespace

class TstProfilesGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void provisionSaveQuitAndStartAgainFromTheProfile();
    void noKeychainIsSaidOnceAndNothingIsStored();
    void profilesDialog();
    void exportAndImport();
    void exportAsksBeforeReplacing();
    void noSecretInAnyFileTheAppWrote();

private:
    // One run of the app: what main.cpp builds, over a shared sandbox, profile folder and
    // secret store (they outlive the run, as the files and the keychain do).
    struct Run
    {
        ApiClient client;
        RequestLog log;
        ProvisioningFlow flow{&client, ce::test::freshbooks()};
        ProfileSession session;
        ProvisioningWizard wizard;
        WizardDriver driver{&wizard};

        Run(SandboxServer *sandbox, ProfileStore *store, SecretStore *secrets)
            : session(store, secrets, &flow),
              wizard(WizardContext{&flow,
                                   [sandbox](QString *) -> std::optional<SandboxAccess> {
                                       return SandboxAccess{sandbox->baseUrl(),
                                                            {QString::fromLatin1(SandboxServer::UserSecret),
                                                             QString::fromLatin1(SandboxServer::OrganizationSecret)}};
                                   },
                                   &log, &session})
        {
            log.follow(&client);
        }
        QAbstractButton *button(QWizard::WizardButton which) { return wizard.button(which); }
    };

    std::unique_ptr<Run> start();

    // From the App page (filled) through token, authorization (the sandbox approves at
    // once) and creation to the Done page.
    static bool provisionFromAppPage(Run &run);

    static void typeApp(Run &run, const QString &name);

    // Runs a secret job to its end; its value, or empty.
    static QString finish(SecretJob *job);

    // Saves the profile from the Done page; returns the message shown.
    static QString saveProfile(Run &run, const QString &name);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
};

std::unique_ptr<TstProfilesGui::Run> TstProfilesGui::start()
{
    auto run = std::make_unique<Run>(m_sandbox.get(), m_store.get(), m_secrets.get());
    run->wizard.preselectSandbox();
    run->wizard.show();
    if (!QTest::qWaitForWindowExposed(&run->wizard))
        return nullptr;
    return run;
}

bool TstProfilesGui::provisionFromAppPage(Run &run)
{
    auto next = [&run] { run.button(QWizard::NextButton)->click(); };
    if (!run.button(QWizard::NextButton)->isEnabled())
        return false;
    next();
    if (!QTest::qWaitFor([&] { return run.button(QWizard::NextButton)->isEnabled(); }, 10000))
        return false;
    next();
    if (!QTest::qWaitFor([&] { return run.wizard.currentId() == ProvisioningWizard::CreatePageId; }, 15000))
        return false;
    run.button(QWizard::CommitButton)->click();
    return QTest::qWaitFor([&] { return run.wizard.currentId() == ProvisioningWizard::DonePageId; }, 10000);
}

void TstProfilesGui::typeApp(Run &run, const QString &name)
{
    using namespace test::typed;
    run.driver.fillApp({{{keyProperty, u"mycompany"_s}, {secretProperty, ConsumerSecret}, {siteProperty, u"acme"_s}},
                        name,
                        {u"customer-acme"_s}});
}

QString TstProfilesGui::finish(SecretJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy done(job, &SecretJob::finished);
    if (!job->isFinished())
        done.wait(10000);
    const QString value = job->value();
    job->deleteLater();
    return value;
}

QString TstProfilesGui::saveProfile(Run &run, const QString &name)
{
    run.driver.profileNameEdit()->setText(name);
    QSignalSpy saved(&run.session, &ProfileSession::saveFinished);
    run.driver.saveProfileButton()->click();
    if (!saved.wait(10000))
        return {};
    return run.driver.message(ProvisioningWizard::DonePageId)->accessibleDescription();
}

void TstProfilesGui::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setAutoApprove(true);
    QVERIFY(m_sandbox->listen());
    m_store = std::make_unique<ProfileStore>(ProfileStore::defaultDirectory());
    if (useKeychain()) {
        m_secrets = std::make_unique<KeychainSecretStore>(
            u"ce-provisioner-test-%1"_s.arg(QCoreApplication::applicationPid()));
    } else {
        m_secrets = std::make_unique<MemorySecretStore>();
    }
    m_secrets->setTimeout(std::chrono::seconds(5));
    QVERIFY(m_store->directory().startsWith(home->path()));
}

void TstProfilesGui::cleanup()
{
    for (const ProfileEntry &e : m_store->entries()) {
        m_secrets->removeAll(e.id, Profile::secretKeys(ce::test::freshbooks()));
        m_store->remove(e.id);
    }
    m_secrets.reset();
    m_store.reset();
    m_sandbox.reset();
}

void TstProfilesGui::provisionSaveQuitAndStartAgainFromTheProfile()
{
    // First run: everything typed.
    {
        auto run = start();
        QVERIFY(run);
        QVERIFY(!run->driver.profileCombo()->isEnabled());  // no profiles yet
        run->button(QWizard::NextButton)->click();
        run->driver.passElementPage();
        typeApp(*run, u"Acme books"_s);
        QVERIFY(provisionFromAppPage(*run));
        QCOMPARE(run->driver.profileNameEdit()->text(), u"Acme books"_s);
        const QString message = saveProfile(*run, u"Acme template"_s);
        QVERIFY2(message.contains(u"Acme template"_s), qPrintable(message));
        if (m_secrets->isAvailable())
            QVERIFY2(message.contains(u"secrets are in the keychain"_s), qPrintable(message));
        else
            QVERIFY2(message.contains(u"without its secrets"_s) && message.contains(u"keychain"_s), qPrintable(message));
        QVERIFY(test::screenshot(&run->wizard, u"6-done-saved"_s));
        run->button(QWizard::FinishButton)->click();  // quit
    }
    QCOMPARE(m_store->entries().size(), 1);
    const ProfileEntry entry = m_store->entries().first();
    QVERIFY(entry.isValid());
    QCOMPARE(entry.profile->name, u"Acme template"_s);
    QVERIFY(entry.profile->lastInstance);
    QVERIFY(!readAll(entry.path).contains(ConsumerSecret.toUtf8()));

    // Second run: choose the profile, change only the name.
    auto run = start();
    QVERIFY(run);
    QComboBox *profiles = run->driver.profileCombo();
    QVERIFY(profiles->isEnabled());
    QCOMPARE(profiles->count(), 2);
    QVERIFY(profiles->itemText(1).startsWith(u"Acme template (used today)"_s));
    QSignalSpy secretsLoaded(&run->session, &ProfileSession::secretsLoaded);
    profiles->setFocus();
    QTest::keyClick(profiles, Qt::Key_Down);  // the keyboard chooses it
    QCOMPARE(run->session.currentId(), entry.id);
    QVERIFY(secretsLoaded.wait(10000));
    QVERIFY(test::screenshot(&run->wizard, u"1-connection-profile"_s));
    QVERIFY(run->button(QWizard::NextButton)->isEnabled());
    run->button(QWizard::NextButton)->click();
    QCOMPARE(run->driver.currentElementId(), u"freshbooks"_s);  // the profile's
    run->driver.passElementPage();

    using namespace test::typed;
    const WizardDriver &app = run->driver;
    QCOMPARE(app.configurationEdit(keyProperty)->text(), u"mycompany"_s);
    QCOMPARE(app.configurationEdit(siteProperty)->text(), u"acme"_s);
    QCOMPARE(app.configurationEdit(callbackProperty)->text(), ce::test::defaultCallbackUrl());
    QCOMPARE(app.nameEdit()->text(), u"Acme books"_s);
    QCOMPARE(app.tags(), QStringList{u"customer-acme"_s});
    if (m_secrets->isAvailable()) {
        QCOMPARE(app.configurationEdit(secretProperty)->text(), ConsumerSecret);  // from the keychain
    } else {
        // No keychain: said once (on the first page), and the secret must be typed again.
        QVERIFY(app.configurationEdit(secretProperty)->text().isEmpty());
        app.fillConfiguration(secretProperty, ConsumerSecret);
    }
    // What changed: the name.
    app.nameEdit()->selectAll();
    QTest::keyClicks(app.nameEdit(), u"Acme books, second"_s);
    QVERIFY(provisionFromAppPage(*run));
    QCOMPARE(m_sandbox->instances().size(), 2);
    QCOMPARE(m_sandbox->instances().last().value("name"_L1).toString(), u"Acme books, second"_s);

    // Saving again updates the same profile.
    QCOMPARE(run->driver.profileNameEdit()->text(), u"Acme template"_s);
    QVERIFY(!saveProfile(*run, u"Acme template"_s).isEmpty());
    QCOMPARE(m_store->entries().size(), 1);
    QCOMPARE(m_store->entries().first().profile->instanceName, u"Acme books, second"_s);
    run->button(QWizard::FinishButton)->click();
}

void TstProfilesGui::noKeychainIsSaidOnceAndNothingIsStored()
{
    if (useKeychain())
        QSKIP("uses the memory store's simulated absence; the keychain variants cover the real one");
    auto *memory = static_cast<MemorySecretStore *>(m_secrets.get());
    memory->simulateNoKeychain(KeychainSecretStore::noKeychainReason());
    auto run = start();
    QVERIFY(run);
    run->button(QWizard::NextButton)->click();
    run->driver.passElementPage();
    typeApp(*run, u"No keychain"_s);
    QVERIFY(provisionFromAppPage(*run));
    const QString first = saveProfile(*run, u"Without keychain"_s);
    QVERIFY2(first.contains(KeychainSecretStore::noKeychainReason()), qPrintable(first));
    QVERIFY(first.contains(u"without its secrets"_s));
    QVERIFY(test::screenshot(&run->wizard, u"6-done-no-keychain"_s));
    const QString second = saveProfile(*run, u"Without keychain"_s);
    QVERIFY2(!second.contains(KeychainSecretStore::noKeychainReason()), qPrintable(second));  // once
    QVERIFY(second.contains(u"without its secrets"_s));
    QVERIFY(memory->entries().isEmpty());
    QVERIFY(!readAll(m_store->entries().first().path).contains(ConsumerSecret.toUtf8()));
    run->button(QWizard::FinishButton)->click();
}

void TstProfilesGui::profilesDialog()
{
    // Two good profiles, a corrupt file and one from a newer version.
    const ElementDescription &fb = ce::test::freshbooks();
    Profile a;
    a.name = u"Alpha"_s;
    a.descriptorId = fb.id;
    a.elementKey = fb.key;
    a.environment = Environment::Kind::UsProduction;
    a.configuration = {{u"freshbooks.site.address"_s, u"alpha"_s}};
    QVERIFY(m_store->save(a));
    Profile b = a;
    b.id.clear();
    b.name = u"Beta"_s;
    QVERIFY(m_store->save(b));
    finish(m_secrets->write(a.id, u"oauth.api.secret"_s, u"alpha-secret"_s));
    const QString corrupt = m_store->directory() + u"/broken.json"_s;
    const QString newer = m_store->directory() + u"/future.json"_s;
    for (const auto &[path, bytes] : {std::pair{corrupt, QByteArray("{\"schemaVersion\": 1, \"name\": ")},
                                      std::pair{newer, QByteArray("{\"schemaVersion\": 99}")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    Run run(m_sandbox.get(), m_store.get(), m_secrets.get());
    ProfilesDialog dialog(&run.session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = WizardDriver::profilesTable(&dialog);
    QCOMPARE(table->rowCount(), 4);
    QVERIFY(test::screenshot(&dialog, u"9-profiles"_s));

    // The unreadable files: listed with their reason; only Delete offered.
    dialog.selectId(u"broken"_s);
    QVERIFY(!WizardDriver::renameProfileButton(&dialog)->isEnabled());
    QVERIFY(!WizardDriver::duplicateProfileButton(&dialog)->isEnabled());
    QVERIFY(WizardDriver::deleteProfileButton(&dialog)->isEnabled());
    const int brokenRow = table->currentRow();
    QVERIFY(!table->item(brokenRow, 1)->text().isEmpty());
    dialog.selectId(u"future"_s);
    QVERIFY(table->item(table->currentRow(), 1)->text().contains(u"newer"_s));

    // Rename in place (what F2 does).
    dialog.selectId(a.id);
    table->item(table->currentRow(), 0)->setText(u"Alpha renamed"_s);
    QCOMPARE(m_store->load(a.id)->name, u"Alpha renamed"_s);

    // Duplicate: a new profile (selected), with the secrets copied.
    dialog.selectId(a.id);
    WizardDriver::duplicateProfileButton(&dialog)->click();
    QVERIFY(dialog.selectedId() != a.id);
    QCOMPARE(table->rowCount(), 5);
    const QString copy = dialog.selectedId();
    QCOMPARE(m_store->load(copy)->name, u"Alpha renamed (copy)"_s);
    if (m_secrets->isAvailable())  // the copy of the secrets follows a moment later
        QTRY_COMPARE_WITH_TIMEOUT(finish(m_secrets->read(copy, u"oauth.api.secret"_s)), u"alpha-secret"_s, 10000);

    // Delete the corrupt file: asked first; Cancel keeps it, Delete removes it.
    dialog.selectId(u"broken"_s);
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    WizardDriver::deleteProfileButton(&dialog)->click();
    QCOMPARE(dialog.selectedId(), u"broken"_s);  // still listed
    QVERIFY(QFile::exists(corrupt));
    whenModal<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
    });
    WizardDriver::deleteProfileButton(&dialog)->click();
    QVERIFY(dialog.selectedId() != u"broken"_s);
    QVERIFY(!QFile::exists(corrupt));
    QVERIFY(QFile::exists(newer));  // untouched
    QCOMPARE(table->rowCount(), 4);
    QFile::remove(newer);
}

void TstProfilesGui::exportAndImport()
{
    QString exported, withSecrets;
    {
        auto run = start();
        QVERIFY(run);
        run->button(QWizard::NextButton)->click();
        run->driver.passElementPage();
        typeApp(*run, u"Exported books"_s);
        QVERIFY(provisionFromAppPage(*run));

        // Default: placeholders.
        exported = home->filePath(u"exported.json"_s);
        run->driver.exportInstance([&](ExportDialog *dialog) {
            QVERIFY(!WizardDriver::exportSecretsCheck(dialog)->isChecked());
            WizardDriver::exportPathEdit(dialog)->setText(exported);
            WizardDriver::exportSaveButton(dialog)->click();
        });
        const QByteArray bytes = readAll(exported);
        QVERIFY(bytes.contains("\"oauth.api.secret\": \"<INSERT_FRESHBOOKS_API_SECRET>\""));
        QVERIFY(!bytes.contains(ConsumerSecret.toUtf8()));
        QVERIFY(!bytes.contains(run->flow.callback().oauthVerifier.toUtf8()));

        // With the real secrets: a warning first, then a file only its owner reads.
        withSecrets = home->filePath(u"with-secrets.json"_s);
        run->driver.exportInstance([&](ExportDialog *dialog) {
            WizardDriver::exportSecretsCheck(dialog)->click();
            QVERIFY(WizardDriver::exportWarning(dialog)->accessibleDescription().contains(u"Keep it private"_s));
            QVERIFY(test::screenshot(dialog, u"10-export"_s));
            WizardDriver::exportPathEdit(dialog)->setText(withSecrets);
            WizardDriver::exportSaveButton(dialog)->click();
        });
        QVERIFY(readAll(withSecrets).contains(ConsumerSecret.toUtf8()));
        QCOMPARE(QFile::permissions(withSecrets) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // A folder that does not exist: the dialog says so and stays open.
        run->driver.exportInstance([&](ExportDialog *dialog) {
            WizardDriver::exportPathEdit(dialog)->setText(home->filePath(u"no/such/folder/x.json"_s));
            WizardDriver::exportSaveButton(dialog)->click();
            QVERIFY(!QFile::exists(home->filePath(u"no/such/folder/x.json"_s)));
            QVERIFY(WizardDriver::exportMessage(dialog)->isVisible());
            QVERIFY(dialog->isVisible());
            dialog->reject();
        });
        run->button(QWizard::FinishButton)->click();
    }

    // Import: a broken file is refused with its line; a good one fills the wizard.
    auto run = start();
    QVERIFY(run);
    const WizardDriver &d = run->driver;
    const QString broken = home->filePath(u"broken.json"_s);
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"element\": {\"key\": \"freshbooks\"},\n  \"tags\": [1]\n}\n");
    }
    QVERIFY(!d.importInstanceFile(broken));
    const QString problem = d.message(ProvisioningWizard::ConnectionPageId)->accessibleDescription();
    QVERIFY2(problem.contains(u"broken.json"_s) && problem.contains(u"Line 3"_s), qPrintable(problem));
    QVERIFY(d.importInstanceFile(exported));
    run->button(QWizard::NextButton)->click();
    d.passElementPage();
    using namespace test::typed;
    QCOMPARE(d.configurationEdit(keyProperty)->text(), u"mycompany"_s);
    QCOMPARE(d.configurationEdit(siteProperty)->text(), u"acme"_s);
    QCOMPARE(d.nameEdit()->text(), u"Exported books"_s);
    QVERIFY(d.configurationEdit(secretProperty)->text().isEmpty());  // a placeholder is not a value
    run->button(QWizard::BackButton)->click();
    QVERIFY(d.importInstanceFile(withSecrets));
    run->button(QWizard::NextButton)->click();
    QCOMPARE(d.configurationEdit(secretProperty)->text(), ConsumerSecret);
    QVERIFY(provisionFromAppPage(*run));  // and it provisions
    d.exportButton()->setFocus();
    run->flow.markResultKept();
    QFile::remove(withSecrets);
    QFile::remove(broken);
    QFile::remove(exported);
}

// Export replaces no file without asking: the name it offers is the instance's and
// never an earlier export's, and an existing file typed in is replaced only after
// Replace; the default answer keeps it, byte for byte.
void TstProfilesGui::exportAsksBeforeReplacing()
{
    auto run = start();
    QVERIFY(run);
    run->button(QWizard::NextButton)->click();
    run->driver.passElementPage();
    typeApp(*run, u"Twice Exported"_s);
    QVERIFY(provisionFromAppPage(*run));
    const QDir documents(home->filePath(u"Documents"_s));
    QVERIFY(QDir().mkpath(documents.path()));

    QString offered;
    run->driver.exportInstance([&](ExportDialog *dialog) {
        offered = WizardDriver::exportPathEdit(dialog)->text();
        WizardDriver::exportSaveButton(dialog)->click();
    });
    QCOMPARE(offered, documents.filePath(u"twice-exported.instance.json"_s));
    QVERIFY(readAll(offered).contains("<INSERT_FRESHBOOKS_API_SECRET>"));

    QString offeredAgain;
    run->driver.exportInstance([&](ExportDialog *dialog) {
        offeredAgain = WizardDriver::exportPathEdit(dialog)->text();
        dialog->reject();
    });
    QCOMPARE(offeredAgain, documents.filePath(u"twice-exported (2).instance.json"_s));

    // A file that held the real secrets, typed in.
    const QString existing = documents.filePath(u"kept.json"_s);
    const QByteArray before = "{\"oauth.api.secret\": \"the real one\"}\n";
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(before);
    }
    QString question, message;
    bool keepIsTheDefault = false, stayedOpen = false;
    QByteArray afterKeep;
    run->driver.exportInstance([&](ExportDialog *dialog) {
        WizardDriver::exportPathEdit(dialog)->setText(existing);
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            keepIsTheDefault = box->defaultButton() == box->button(QMessageBox::No)
                               && box->escapeButton() == box->button(QMessageBox::No);
            box->button(QMessageBox::No)->click();
        });
        WizardDriver::exportSaveButton(dialog)->click();
        afterKeep = readAll(existing);
        stayedOpen = dialog->isVisible();
        message = WizardDriver::exportMessage(dialog)->accessibleDescription();
        // Asked again, the user replaces it.
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        WizardDriver::exportSaveButton(dialog)->click();
    });
    QVERIFY2(question.contains(QDir::toNativeSeparators(existing)), qPrintable(question));
    QVERIFY(keepIsTheDefault);
    QCOMPARE(afterKeep, before);
    QVERIFY(stayedOpen);
    QVERIFY2(message.contains(u"kept"_s), qPrintable(message));
    const QByteArray replaced = readAll(existing);
    QVERIFY(!replaced.contains("the real one"));
    QVERIFY(replaced.contains("<INSERT_FRESHBOOKS_API_SECRET>"));

    run->button(QWizard::FinishButton)->click();
    QFile::remove(offered);
    QFile::remove(existing);
}

// Last: scans everything the runs above and this one wrote.
void TstProfilesGui::noSecretInAnyFileTheAppWrote()
{
    QStringList secrets = {ConsumerSecret, QString::fromLatin1(SandboxServer::UserSecret),
                           QString::fromLatin1(SandboxServer::OrganizationSecret)};
    {
        auto run = start();
        QVERIFY(run);
        run->button(QWizard::NextButton)->click();
        run->driver.passElementPage();
        typeApp(*run, u"Scanned books"_s);
        QVERIFY(provisionFromAppPage(*run));
        secrets << run->flow.requestToken().token << run->flow.requestToken().secret
                << run->flow.callback().oauthVerifier << run->flow.instance().token;
        for (const QString &s : secrets)
            QVERIFY(!s.isEmpty());
        QVERIFY(!saveProfile(*run, u"Scanned"_s).isEmpty());
        // An export with the default options, and the request log saved.
        run->driver.exportInstance([](ExportDialog *dialog) {
            WizardDriver::exportPathEdit(dialog)->setText(home->filePath(u"Documents/instance.json"_s));
            QDir().mkpath(home->filePath(u"Documents"_s));
            WizardDriver::exportSaveButton(dialog)->click();
        });
        QVERIFY(run->driver.openRequestLog()->saveTo(home->filePath(u"requests.txt"_s)));
        run->button(QWizard::FinishButton)->click();  // writes QSettings
    }
    QVERIFY(QFile::exists(home->filePath(u"Documents/instance.json"_s)));
    QVERIFY(QFile::exists(home->filePath(u"requests.txt"_s)));

    int files = 0;
    QStringList kinds;
    for (QDirIterator it(home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        ++files;
        kinds.append(QFileInfo(path).suffix());
        const QByteArray bytes = readAll(path);
        for (const QString &secret : std::as_const(secrets)) {
            for (const QByteArray &form : {secret.toUtf8(), QUrl::toPercentEncoding(secret)})
                QVERIFY2(!bytes.contains(form), qPrintable(u"%1 holds a secret"_s.arg(path)));
        }
    }
    qInfo("scanned %d files (%s) under the test HOME", files, qPrintable(kinds.join(u' ')));
    QVERIFY(kinds.contains(u"json"_s));  // profiles and the export
    QVERIFY(kinds.contains(u"conf"_s));  // QSettings
    QVERIFY(kinds.contains(u"txt"_s));   // the request log
}

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    home = &dir;
    qputenv("HOME", dir.path().toUtf8());
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qunsetenv(variable);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    ce::test::Watched<QApplication> app(argc, argv);
    QCoreApplication::setApplicationName(u"ce-provisioner"_s);
    QCoreApplication::setOrganizationName({});  // as main.cpp
    TstProfilesGui test;
    // The whole run under the watchdog: the longest stretches the event loop did not come
    // round (issue 11: a window that never freezes for 50 ms).
    const ce::test::EventLoopWatchdog watchdog;
    const int failures = QTest::qExec(&test, argc, argv);
    std::printf("%s\n", qPrintable(watchdog.report()));
    return failures;
}

#include "tst_profiles_gui.moc"
