#pragma once

#include "provisioningwizard.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWizard>

#include <functional>
#include <utility>

class QAbstractButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QTreeView;
class QTableView;
class QTableWidget;
class QWebEnginePage;
class QWebEngineView;
class QWizardPage;

namespace ce {
class AboutDialog;
class BrowserWidget;
class ConnectionPage;
class ElementPage;
class CurlDialog;
class ElidingLabel;
class ExportDialog;
class InstancesWindow;
class ProfilesDialog;
class RequestLogDialog;
}  // namespace ce

namespace ce::test {

// The wizard as a test sees it: the one place that knows the pages' and dialogs' widgets,
// which it finds by object name (the names in the .ui files, and "config:<key>" for the
// field of each configuration entry of the element). A name that is missing stops the
// test at once with a message that says which name, on which page: the form changed and
// this file must follow it.
//
// It does what a user does (types into fields, adds tags, presses Next, Back or a
// mnemonic by mouse or keyboard, opens the cURL, request log and export dialogs) and hands
// out the widgets that tests look at. The pages themselves expose no form.
class WizardDriver
{
public:
    using PageId = ProvisioningWizard::PageId;

    explicit WizardDriver(ProvisioningWizard *wizard);
    // One page on its own, outside a wizard (a Done page shown alone): the page's widgets
    // are found in it whatever page they belong to; navigation is not available.
    explicit WizardDriver(QWizardPage *page);

    ProvisioningWizard *wizard() const { return m_wizard; }
    int currentId() const;
    QAbstractButton *button(QWizard::WizardButton which) const;

    // --- Navigation, by mouse ------------------------------------------------------
    void next() const;
    void back() const;
    void commit() const;  // "Create instance"
    void finish() const;
    void cancel() const;
    // Waits until Next is enabled (the page is complete), or `ms` passed.
    bool waitUntilNextEnabled(int ms = 10000) const;

    // --- By keyboard: keys go to the wizard's window, the focus and shortcuts decide ---
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;
    // Each character as a key press (Latin-1 only).
    void type(const QString &text) const;
    // Alt+N, the mnemonic of "&Next >" (English).
    void nextByKeyboard() const;

    // --- Connection page -----------------------------------------------------------
    QComboBox *environmentCombo() const;
    QLineEdit *userSecretEdit() const;
    QLineEdit *organizationSecretEdit() const;
    QComboBox *profileCombo() const;
    QAbstractButton *profilesButton() const;
    // "Re-authorize its instance N", shown for a profile that created one.
    QAbstractButton *reauthorizeCheck() const;
    // Reads an instance.json as Import does, without the file dialog.
    bool importInstanceFile(const QString &path) const;

    // --- Element page --------------------------------------------------------------
    QLineEdit *elementSearch() const;
    QTreeView *elementList() const;
    // The descriptor ids the list shows, top to bottom ("" for "another element, from the
    // platform").
    QStringList elementIds() const;
    // The id of the row the page would take on Next.
    QString currentElementId() const;
    // Makes the row of descriptor `id` ("" for the platform's) the current one, as a click
    // would; false when the list does not show it.
    bool chooseElement(const QString &id) const;
    // On the element page with the flow's element chosen already: Next.
    void passElementPage() const;
    QLineEdit *platformKeyEdit() const;
    QAbstractButton *lookUpButton() const;
    QLabel *lookUpMessage() const;
    QComboBox *siteEntryCombo() const;
    QLabel *elementProblems() const;
    QAbstractButton *exportDescriptorButton() const;
    // Exports the chosen descriptor as Export does, without the file dialog.
    bool exportDescriptor(const QString &path) const;
    QLabel *exportDescriptorMessage() const;

    // --- App page ------------------------------------------------------------------
    // The field of any type (QLineEdit, QCheckBox, QComboBox) of the entry `key`.
    QWidget *configurationWidget(const QString &key) const;
    // The label of that field (its buddy), or null (a check box carries its own text).
    QLabel *configurationLabel(const QString &key) const;
    // The field of the element's configuration entry `key` ("oauth.api.key").
    QLineEdit *configurationEdit(const QString &key) const;
    // Types `text` into that field, after what it holds.
    void fillConfiguration(const QString &key, const QString &text) const;
    QLineEdit *nameEdit() const;
    // The tag editor's input line.
    QLineEdit *tagInput() const;
    // Types each tag into the tag editor and presses Enter after it.
    void addTags(const QStringList &tags) const;
    QStringList tags() const;
    void setTags(const QStringList &tags) const;
    QLabel *sitePreview() const;

    // What a user types on the App page, field by field in this order: configuration
    // values by key, the instance's name, then the tags (each followed by Enter).
    struct AppInputs
    {
        QList<std::pair<QString, QString>> configuration;
        QString name;
        QStringList tags;
    };
    void fillApp(const AppInputs &inputs) const;

    // "Send event notifications" on the App page (the Events page comes next when ticked).
    QAbstractButton *appEventsCheck() const;

    // --- Events page ---------------------------------------------------------------
    QAbstractButton *eventsEnabledCheck() const;
    QComboBox *eventsVendorCombo() const;
    QLineEdit *eventsCallbackEdit() const;
    QLabel *eventsCallbackMessage() const;
    QLineEdit *eventsSignatureEdit() const;

    // --- Token page ----------------------------------------------------------------
    QLabel *tokenStatus() const;
    QLabel *tokenShown() const;
    QAbstractButton *retryButton() const;

    // --- Authorize page ------------------------------------------------------------
    // The embedded browser's place: null until the page was first shown (it is made then).
    BrowserWidget *browser() const;
    // The browser of this attempt (the plugin's, Qt WebEngine): its view and page, null
    // when there is none (the page was left, or the plugin is absent). Waits for it while
    // it is starting (BrowserWidget::isStarting(): its plugin still loading).
    QWebEngineView *browserView() const;
    QWebEnginePage *browserPage() const;
    QAbstractButton *openExternallyButton() const;
    // The page's own "Open in system browser", shown when there is no embedded browser.
    QAbstractButton *systemBrowserButton() const;
    // The browser's popups (small windows of the wizard), open now.
    QList<QWidget *> browserPopups() const;
    QAbstractButton *reloadButton() const;
    QAbstractButton *startAgainButton() const;
    QWidget *pasteRow() const;
    QLineEdit *pasteEdit() const;
    QAbstractButton *useButton() const;

    // --- Create page ---------------------------------------------------------------
    QPlainTextEdit *createPreview() const;

    // --- Done page -----------------------------------------------------------------
    QLabel *doneId() const;
    // What the platform said when the Done page asked about the new instance.
    QLabel *doneVerification() const;
    QLabel *doneStatus() const;
    ElidingLabel *doneName() const;
    ElidingLabel *doneTags() const;
    QLabel *doneToken() const;
    QTableWidget *doneConfiguration() const;
    QAbstractButton *copyTokenButton() const;
    QLineEdit *profileNameEdit() const;
    QAbstractButton *saveProfileButton() const;
    QAbstractButton *exportButton() const;

    // The message a page shows where the user looks: the profile line of the Connection
    // page, the error of the Token page, the message of the Authorize, Create and Done
    // pages.
    QLabel *message(PageId page) const;

    // --- Dialogs -------------------------------------------------------------------
    // Opened with the wizard's own buttons (Request log, View as cURL).
    RequestLogDialog *openRequestLog() const;
    CurlDialog *openCurl() const;
    // Help (About CE Provisioner), and what it shows as text ("Label: value" lines).
    AboutDialog *openAbout() const;
    static QString aboutText(AboutDialog *dialog);
    // Presses "Instances…" (the first page's and the Done page's): the window, or null when
    // the button is not there or not enabled.
    InstancesWindow *openInstances() const;
    QAbstractButton *instancesButton() const;
    // Presses Export on the Done page and runs `whileOpen` on the modal dialog (which
    // closes it, by its buttons or reject()); returns when the dialog is gone.
    void exportInstance(const std::function<void(ExportDialog *)> &whileOpen) const;

    static QTableView *requestTable(RequestLogDialog *dialog);
    static QPlainTextEdit *requestDetails(RequestLogDialog *dialog);

    // The commands as the dialog shows them.
    static QString curlText(CurlDialog *dialog);
    static QAbstractButton *revealSecretsCheck(CurlDialog *dialog);
    static QAbstractButton *copyCurlButton(CurlDialog *dialog);

    static QLineEdit *exportPathEdit(ExportDialog *dialog);
    static QAbstractButton *exportSecretsCheck(ExportDialog *dialog);
    static QAbstractButton *exportSaveButton(ExportDialog *dialog);
    static QLabel *exportWarning(ExportDialog *dialog);
    static QLabel *exportMessage(ExportDialog *dialog);

    // The Instances window's widgets.
    static QLineEdit *instancesFilter(InstancesWindow *window);
    static QComboBox *instancesTagCombo(InstancesWindow *window);
    static QAbstractButton *instancesRefreshButton(InstancesWindow *window);
    static QTableView *instancesTable(InstancesWindow *window);
    static QLabel *instanceSummary(InstancesWindow *window);
    static QLineEdit *instanceNameEdit(InstancesWindow *window);
    static QLineEdit *instanceTagsEdit(InstancesWindow *window);
    static QAbstractButton *instanceSaveButton(InstancesWindow *window);
    static QTableWidget *instanceConfiguration(InstancesWindow *window);
    static QAbstractButton *instanceEnableButton(InstancesWindow *window);
    static QAbstractButton *instanceDeleteButton(InstancesWindow *window);
    static QAbstractButton *instanceReauthorizeButton(InstancesWindow *window);
    static QLabel *instancesMessage(InstancesWindow *window);
    // Presses Delete in the window and runs `whileOpen` on the confirmation (a modal
    // QMessageBox that names the instance); returns when it is gone.
    static void deleteInstance(InstancesWindow *window, const std::function<void(QMessageBox *)> &whileOpen);
    // The confirmation's button that deletes, and the one that keeps the instance.
    static QAbstractButton *confirmDeleteButton(QMessageBox *box);
    static QAbstractButton *keepInstanceButton(QMessageBox *box);

    static QTableWidget *profilesTable(ProfilesDialog *dialog);
    static QAbstractButton *renameProfileButton(ProfilesDialog *dialog);
    static QAbstractButton *duplicateProfileButton(ProfilesDialog *dialog);
    static QAbstractButton *deleteProfileButton(ProfilesDialog *dialog);

private:
    QWizardPage *page(PageId id) const;
    ConnectionPage *connectionPage() const;
    ElementPage *elementPage() const;

    ProvisioningWizard *m_wizard = nullptr;
    QWizardPage *m_page = nullptr;  // the one page, outside a wizard
};

}  // namespace ce::test
