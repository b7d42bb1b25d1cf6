#include "wizarddriver.h"

#include "aboutdialog.h"
#include "elementpage.h"

#include "browserwidget.h"
#include "connectionpage.h"
#include "curldialog.h"
#include "exportdialog.h"
#include "instanceswindow.h"
#include "profilesdialog.h"
#include "requestlogdialog.h"
#include "elidinglabel.h"
#include "tageditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QWindow>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace ce::test {

namespace {

// The widget of type T named `name` under `root`. A missing one means the form changed
// under the tests: they stop here, saying what to update, rather than on a null pointer.
template<typename T>
T *child(const QWidget *root, const QString &name)
{
    if (!root)
        qFatal("WizardDriver: no page or dialog to look for \"%s\" in", qPrintable(name));
    T *widget = root->findChild<T *>(name);
    if (!widget) {
        qFatal("WizardDriver: %s has no %s named \"%s\"; the form changed: update "
               "tests/support/wizarddriver.cpp",
               root->metaObject()->className(), T::staticMetaObject.className(), qPrintable(name));
    }
    return widget;
}

}  // namespace

WizardDriver::WizardDriver(ProvisioningWizard *wizard) : m_wizard(wizard) {}

WizardDriver::WizardDriver(QWizardPage *page) : m_page(page) {}

QWizardPage *WizardDriver::page(PageId id) const
{
    if (!m_wizard)
        return m_page;
    // Built now when the wizard has not gone there yet (it builds its pages on the way).
    QWizardPage *page = m_wizard->pageFor(id);
    if (!page)
        qFatal("WizardDriver: the wizard has no page %d", int(id));
    return page;
}

ConnectionPage *WizardDriver::connectionPage() const
{
    return qobject_cast<ConnectionPage *>(page(ProvisioningWizard::ConnectionPageId));
}

ElementPage *WizardDriver::elementPage() const
{
    return qobject_cast<ElementPage *>(page(ProvisioningWizard::ElementPageId));
}

int WizardDriver::currentId() const
{
    return m_wizard->currentId();
}

QAbstractButton *WizardDriver::button(QWizard::WizardButton which) const
{
    return m_wizard->button(which);
}

void WizardDriver::next() const
{
    button(QWizard::NextButton)->click();
}

void WizardDriver::back() const
{
    button(QWizard::BackButton)->click();
}

void WizardDriver::commit() const
{
    button(QWizard::CommitButton)->click();
}

void WizardDriver::finish() const
{
    button(QWizard::FinishButton)->click();
}

void WizardDriver::cancel() const
{
    button(QWizard::CancelButton)->click();
}

bool WizardDriver::waitUntilNextEnabled(int ms) const
{
    return QTest::qWaitFor([this] { return button(QWizard::NextButton)->isEnabled(); }, ms);
}

void WizardDriver::key(Qt::Key key, Qt::KeyboardModifiers modifiers) const
{
    QTest::keyClick(m_wizard->windowHandle(), key, modifiers);
}

void WizardDriver::type(const QString &text) const
{
    for (const QChar c : text)
        QTest::keyClick(m_wizard->windowHandle(), c.toLatin1());
}

void WizardDriver::nextByKeyboard() const
{
    key(Qt::Key_N, Qt::AltModifier);
}

// --- Connection page -------------------------------------------------------------------

QComboBox *WizardDriver::environmentCombo() const
{
    return child<QComboBox>(page(ProvisioningWizard::ConnectionPageId), u"environmentCombo"_s);
}

QLineEdit *WizardDriver::userSecretEdit() const
{
    return child<QLineEdit>(page(ProvisioningWizard::ConnectionPageId), u"userSecretEdit"_s);
}

QLineEdit *WizardDriver::organizationSecretEdit() const
{
    return child<QLineEdit>(page(ProvisioningWizard::ConnectionPageId), u"organizationSecretEdit"_s);
}

QComboBox *WizardDriver::profileCombo() const
{
    return child<QComboBox>(page(ProvisioningWizard::ConnectionPageId), u"profileCombo"_s);
}

QAbstractButton *WizardDriver::profilesButton() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::ConnectionPageId), u"profilesButton"_s);
}

QAbstractButton *WizardDriver::reauthorizeCheck() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::ConnectionPageId), u"reauthorizeCheck"_s);
}

bool WizardDriver::importInstanceFile(const QString &path) const
{
    return connectionPage()->importFrom(path);
}

// --- Element page ----------------------------------------------------------------------

QLineEdit *WizardDriver::elementSearch() const
{
    return child<QLineEdit>(page(ProvisioningWizard::ElementPageId), u"filterEdit"_s);
}

QTreeView *WizardDriver::elementList() const
{
    return child<QTreeView>(page(ProvisioningWizard::ElementPageId), u"elementList"_s);
}

QStringList WizardDriver::elementIds() const
{
    QStringList ids;
    const QAbstractItemModel *model = elementList()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ElementPage::IdRole).toString());
    return ids;
}

QString WizardDriver::currentElementId() const
{
    const QModelIndex index = elementList()->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(ElementPage::IdRole).toString() : u"(none)"_s;
}

bool WizardDriver::chooseElement(const QString &id) const
{
    const int row = int(elementIds().indexOf(id));
    if (row < 0)
        return false;
    elementList()->setCurrentIndex(elementList()->model()->index(row, 0));
    return currentElementId() == id;
}

void WizardDriver::passElementPage() const
{
    if (currentId() != ProvisioningWizard::ElementPageId)
        qFatal("WizardDriver: not on the element page but on page %d", currentId());
    next();
}

QLineEdit *WizardDriver::platformKeyEdit() const
{
    return child<QLineEdit>(page(ProvisioningWizard::ElementPageId), u"keyEdit"_s);
}

QAbstractButton *WizardDriver::lookUpButton() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::ElementPageId), u"lookUpButton"_s);
}

QLabel *WizardDriver::lookUpMessage() const
{
    return child<QLabel>(page(ProvisioningWizard::ElementPageId), u"lookUpMessage"_s);
}

QComboBox *WizardDriver::siteEntryCombo() const
{
    return child<QComboBox>(page(ProvisioningWizard::ElementPageId), u"siteCombo"_s);
}

QLabel *WizardDriver::elementProblems() const
{
    return child<QLabel>(page(ProvisioningWizard::ElementPageId), u"problemsLabel"_s);
}

QAbstractButton *WizardDriver::exportDescriptorButton() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::ElementPageId), u"exportButton"_s);
}

bool WizardDriver::exportDescriptor(const QString &path) const
{
    return elementPage()->exportDescriptor(path);
}

QLabel *WizardDriver::exportDescriptorMessage() const
{
    return child<QLabel>(page(ProvisioningWizard::ElementPageId), u"saveMessage"_s);
}

// --- App page --------------------------------------------------------------------------

QWidget *WizardDriver::configurationWidget(const QString &key) const
{
    return child<QWidget>(page(ProvisioningWizard::AppPageId), u"config:"_s + key);
}

QLabel *WizardDriver::configurationLabel(const QString &key) const
{
    QWidget *field = configurationWidget(key);
    for (QLabel *label : page(ProvisioningWizard::AppPageId)->findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label;
    }
    return nullptr;
}

QLineEdit *WizardDriver::configurationEdit(const QString &key) const
{
    return child<QLineEdit>(page(ProvisioningWizard::AppPageId), u"config:"_s + key);
}

void WizardDriver::fillConfiguration(const QString &key, const QString &text) const
{
    QTest::keyClicks(configurationEdit(key), text);
}

QLineEdit *WizardDriver::nameEdit() const
{
    return child<QLineEdit>(page(ProvisioningWizard::AppPageId), u"nameEdit"_s);
}

QLineEdit *WizardDriver::tagInput() const
{
    return child<TagEditor>(page(ProvisioningWizard::AppPageId), u"tagEditor"_s)->input();
}

void WizardDriver::addTags(const QStringList &tags) const
{
    for (const QString &tag : tags) {
        QTest::keyClicks(tagInput(), tag);
        QTest::keyClick(tagInput(), Qt::Key_Return);
    }
}

QStringList WizardDriver::tags() const
{
    return child<TagEditor>(page(ProvisioningWizard::AppPageId), u"tagEditor"_s)->tags();
}

void WizardDriver::setTags(const QStringList &tags) const
{
    child<TagEditor>(page(ProvisioningWizard::AppPageId), u"tagEditor"_s)->setTags(tags);
}

QLabel *WizardDriver::sitePreview() const
{
    return child<QLabel>(page(ProvisioningWizard::AppPageId), u"sitePreviewLabel"_s);
}

void WizardDriver::fillApp(const AppInputs &inputs) const
{
    for (const auto &[key, value] : inputs.configuration)
        fillConfiguration(key, value);
    QTest::keyClicks(nameEdit(), inputs.name);
    addTags(inputs.tags);
}

// --- Token page ------------------------------------------------------------------------

QLabel *WizardDriver::tokenStatus() const
{
    return child<QLabel>(page(ProvisioningWizard::TokenPageId), u"statusLabel"_s);
}

QLabel *WizardDriver::tokenShown() const
{
    return child<QLabel>(page(ProvisioningWizard::TokenPageId), u"tokenValue"_s);
}

QAbstractButton *WizardDriver::retryButton() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::TokenPageId), u"retryButton"_s);
}

// --- Authorize page --------------------------------------------------------------------

BrowserWidget *WizardDriver::browser() const
{
    return page(ProvisioningWizard::AuthorizePageId)->findChild<BrowserWidget *>(u"browser"_s);
}

QWebEngineView *WizardDriver::browserView() const
{
    // Not child<>(): no view is an answer here (the attempt ended, no plugin). While the
    // plugin still loads (in a worker thread), the browser comes in a moment: waits for it.
    BrowserWidget *place = browser();
    if (place && place->isStarting() && !QTest::qWaitFor([place] { return !place->isStarting(); }, 30000))
        return nullptr;
    return place && place->isStarted() ? place->findChild<QWebEngineView *>(u"browserView"_s) : nullptr;
}

QWebEnginePage *WizardDriver::browserPage() const
{
    QWebEngineView *view = browserView();
    return view ? view->page() : nullptr;
}

QAbstractButton *WizardDriver::systemBrowserButton() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::AuthorizePageId), u"systemBrowserButton"_s);
}

QAbstractButton *WizardDriver::openExternallyButton() const
{
    browserView();  // waits for the browser while it starts
    return child<QAbstractButton>(browser(), u"openExternallyButton"_s);
}

QList<QWidget *> WizardDriver::browserPopups() const
{
    return m_wizard->findChildren<QWidget *>(u"browserPopup"_s, Qt::FindDirectChildrenOnly);
}

QAbstractButton *WizardDriver::reloadButton() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::AuthorizePageId), u"reloadButton"_s);
}

QAbstractButton *WizardDriver::startAgainButton() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::AuthorizePageId), u"startAgainButton"_s);
}

QWidget *WizardDriver::pasteRow() const
{
    return child<QWidget>(page(ProvisioningWizard::AuthorizePageId), u"pasteRow"_s);
}

QLineEdit *WizardDriver::pasteEdit() const
{
    return child<QLineEdit>(page(ProvisioningWizard::AuthorizePageId), u"pasteEdit"_s);
}

QAbstractButton *WizardDriver::useButton() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::AuthorizePageId), u"useButton"_s);
}

// --- Create page -----------------------------------------------------------------------

QPlainTextEdit *WizardDriver::createPreview() const
{
    return child<QPlainTextEdit>(page(ProvisioningWizard::CreatePageId), u"previewEdit"_s);
}

// --- Done page -------------------------------------------------------------------------

QLabel *WizardDriver::doneId() const
{
    return child<QLabel>(page(ProvisioningWizard::DonePageId), u"idValue"_s);
}

QLabel *WizardDriver::doneVerification() const
{
    return child<QLabel>(page(ProvisioningWizard::DonePageId), u"verificationLabel"_s);
}

QLabel *WizardDriver::doneStatus() const
{
    return child<QLabel>(page(ProvisioningWizard::DonePageId), u"statusValue"_s);
}

ElidingLabel *WizardDriver::doneName() const
{
    return child<ElidingLabel>(page(ProvisioningWizard::DonePageId), u"nameValue"_s);
}

ElidingLabel *WizardDriver::doneTags() const
{
    return child<ElidingLabel>(page(ProvisioningWizard::DonePageId), u"tagsValue"_s);
}

QLabel *WizardDriver::doneToken() const
{
    return child<QLabel>(page(ProvisioningWizard::DonePageId), u"tokenValue"_s);
}

QTableWidget *WizardDriver::doneConfiguration() const
{
    return child<QTableWidget>(page(ProvisioningWizard::DonePageId), u"configurationTable"_s);
}

QAbstractButton *WizardDriver::copyTokenButton() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::DonePageId), u"copyTokenButton"_s);
}

QLineEdit *WizardDriver::profileNameEdit() const
{
    return child<QLineEdit>(page(ProvisioningWizard::DonePageId), u"profileNameEdit"_s);
}

QAbstractButton *WizardDriver::saveProfileButton() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::DonePageId), u"saveProfileButton"_s);
}

QAbstractButton *WizardDriver::exportButton() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::DonePageId), u"exportButton"_s);
}

QAbstractButton *WizardDriver::appEventsCheck() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::AppPageId), u"eventsCheck"_s);
}

QAbstractButton *WizardDriver::eventsEnabledCheck() const
{
    return child<QAbstractButton>(page(ProvisioningWizard::EventsPageId), u"enabledCheck"_s);
}

QComboBox *WizardDriver::eventsVendorCombo() const
{
    return child<QComboBox>(page(ProvisioningWizard::EventsPageId), u"vendorCombo"_s);
}

QLineEdit *WizardDriver::eventsCallbackEdit() const
{
    return child<QLineEdit>(page(ProvisioningWizard::EventsPageId), u"callbackEdit"_s);
}

QLabel *WizardDriver::eventsCallbackMessage() const
{
    return child<QLabel>(page(ProvisioningWizard::EventsPageId), u"callbackMessage"_s);
}

QLineEdit *WizardDriver::eventsSignatureEdit() const
{
    return child<QLineEdit>(page(ProvisioningWizard::EventsPageId), u"signatureEdit"_s);
}

QLabel *WizardDriver::message(PageId id) const
{
    switch (id) {
    case ProvisioningWizard::ConnectionPageId:
        return child<QLabel>(page(id), u"profileMessage"_s);
    case ProvisioningWizard::TokenPageId:
        return child<QLabel>(page(id), u"errorLabel"_s);
    case ProvisioningWizard::AuthorizePageId:
    case ProvisioningWizard::CreatePageId:
    case ProvisioningWizard::DonePageId:
        return child<QLabel>(page(id), u"messageLabel"_s);
    case ProvisioningWizard::ElementPageId:
        return child<QLabel>(page(id), u"lookUpMessage"_s);
    case ProvisioningWizard::EventsPageId:
    case ProvisioningWizard::AppPageId:
        break;
    }
    qFatal("WizardDriver: page %d has no page-wide message (the App page's are per field)", int(id));
}

// --- Dialogs ---------------------------------------------------------------------------

RequestLogDialog *WizardDriver::openRequestLog() const
{
    button(QWizard::CustomButton1)->click();
    return child<RequestLogDialog>(m_wizard, u"RequestLogDialog"_s);
}

CurlDialog *WizardDriver::openCurl() const
{
    button(QWizard::CustomButton2)->click();
    return child<CurlDialog>(m_wizard, u"CurlDialog"_s);
}

AboutDialog *WizardDriver::openAbout() const
{
    button(QWizard::HelpButton)->click();
    return child<AboutDialog>(m_wizard, u"AboutDialog"_s);
}

QString WizardDriver::aboutText(AboutDialog *dialog)
{
    return dialog->text();
}

void WizardDriver::exportInstance(const std::function<void(ExportDialog *)> &whileOpen) const
{
    // The dialog runs its own event loop (exec()): the action runs from inside it.
    QTimer::singleShot(0, [whileOpen] {
        if (auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget()))
            whileOpen(dialog);
    });
    exportButton()->click();
}

QAbstractButton *WizardDriver::instancesButton() const
{
    return button(QWizard::CustomButton3);
}

InstancesWindow *WizardDriver::openInstances() const
{
    QAbstractButton *b = instancesButton();
    if (!b || !b->isVisible() || !b->isEnabled())
        return nullptr;
    b->click();
    return m_wizard->findChild<InstancesWindow *>(u"InstancesWindow"_s);
}

QLineEdit *WizardDriver::instancesFilter(InstancesWindow *window)
{
    return child<QLineEdit>(window, u"filterEdit"_s);
}

QComboBox *WizardDriver::instancesTagCombo(InstancesWindow *window)
{
    return child<QComboBox>(window, u"tagCombo"_s);
}

QAbstractButton *WizardDriver::instancesRefreshButton(InstancesWindow *window)
{
    return child<QAbstractButton>(window, u"refreshButton"_s);
}

QTableView *WizardDriver::instancesTable(InstancesWindow *window)
{
    return child<QTableView>(window, u"table"_s);
}

QLabel *WizardDriver::instanceSummary(InstancesWindow *window)
{
    return child<QLabel>(window, u"summaryLabel"_s);
}

QLineEdit *WizardDriver::instanceNameEdit(InstancesWindow *window)
{
    return child<QLineEdit>(window, u"nameEdit"_s);
}

QLineEdit *WizardDriver::instanceTagsEdit(InstancesWindow *window)
{
    return child<QLineEdit>(window, u"tagsEdit"_s);
}

QAbstractButton *WizardDriver::instanceSaveButton(InstancesWindow *window)
{
    return child<QAbstractButton>(window, u"saveButton"_s);
}

QTableWidget *WizardDriver::instanceConfiguration(InstancesWindow *window)
{
    return child<QTableWidget>(window, u"configurationTable"_s);
}

QAbstractButton *WizardDriver::instanceEnableButton(InstancesWindow *window)
{
    return child<QAbstractButton>(window, u"enableButton"_s);
}

QAbstractButton *WizardDriver::instanceDeleteButton(InstancesWindow *window)
{
    return child<QAbstractButton>(window, u"deleteButton"_s);
}

QAbstractButton *WizardDriver::instanceReauthorizeButton(InstancesWindow *window)
{
    return child<QAbstractButton>(window, u"reauthorizeButton"_s);
}

QLabel *WizardDriver::instancesMessage(InstancesWindow *window)
{
    return child<QLabel>(window, u"messageLabel"_s);
}

void WizardDriver::deleteInstance(InstancesWindow *window, const std::function<void(QMessageBox *)> &whileOpen)
{
    QTimer::singleShot(0, [whileOpen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != "confirmDelete"_L1)
            qFatal("WizardDriver: Delete in the Instances window asked no confirmation");
        whileOpen(box);
    });
    instanceDeleteButton(window)->click();
}

QAbstractButton *WizardDriver::confirmDeleteButton(QMessageBox *box)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            return b;
    }
    qFatal("WizardDriver: the delete confirmation has no button that deletes");
}

QAbstractButton *WizardDriver::keepInstanceButton(QMessageBox *box)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::RejectRole)
            return b;
    }
    qFatal("WizardDriver: the delete confirmation has no button that keeps the instance");
}

QTableView *WizardDriver::requestTable(RequestLogDialog *dialog)
{
    return child<QTableView>(dialog, u"table"_s);
}

QPlainTextEdit *WizardDriver::requestDetails(RequestLogDialog *dialog)
{
    return child<QPlainTextEdit>(dialog, u"details"_s);
}

QString WizardDriver::curlText(CurlDialog *dialog)
{
    return child<QPlainTextEdit>(dialog, u"commands"_s)->toPlainText();
}

QAbstractButton *WizardDriver::revealSecretsCheck(CurlDialog *dialog)
{
    return child<QAbstractButton>(dialog, u"revealCheck"_s);
}

QAbstractButton *WizardDriver::copyCurlButton(CurlDialog *dialog)
{
    return child<QAbstractButton>(dialog, u"copyButton"_s);
}

QLineEdit *WizardDriver::exportPathEdit(ExportDialog *dialog)
{
    return child<QLineEdit>(dialog, u"pathEdit"_s);
}

QAbstractButton *WizardDriver::exportSecretsCheck(ExportDialog *dialog)
{
    return child<QAbstractButton>(dialog, u"secretsCheck"_s);
}

QAbstractButton *WizardDriver::exportSaveButton(ExportDialog *dialog)
{
    return child<QDialogButtonBox>(dialog, u"buttons"_s)->button(QDialogButtonBox::Save);
}

QLabel *WizardDriver::exportWarning(ExportDialog *dialog)
{
    return child<QLabel>(dialog, u"warningLabel"_s);
}

QLabel *WizardDriver::exportMessage(ExportDialog *dialog)
{
    return child<QLabel>(dialog, u"messageLabel"_s);
}

QTableWidget *WizardDriver::profilesTable(ProfilesDialog *dialog)
{
    return child<QTableWidget>(dialog, u"table"_s);
}

QAbstractButton *WizardDriver::renameProfileButton(ProfilesDialog *dialog)
{
    return child<QAbstractButton>(dialog, u"renameButton"_s);
}

QAbstractButton *WizardDriver::duplicateProfileButton(ProfilesDialog *dialog)
{
    return child<QAbstractButton>(dialog, u"duplicateButton"_s);
}

QAbstractButton *WizardDriver::deleteProfileButton(ProfilesDialog *dialog)
{
    return child<QAbstractButton>(dialog, u"deleteButton"_s);
}

}  // namespace ce::test
