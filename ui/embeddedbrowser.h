#pragma once

// The embedded browser is a Qt plugin (ui/browser/, cep_browser), loaded with
// QPluginLoader (its library by a worker thread, from the page before the Authorize page
// on; ui/browserwidget.cpp), so that the wizard starts, and runs to the Authorize page,
// without Qt WebEngine; it may be absent (the package
// ce-provisioner-browser), and then the page offers the system browser.
//
// This header is all the plugin and the wizard share. No Q_OBJECT here: the moc output of
// a class would be compiled into both, and the plugin links no cep_* library (a second copy
// of the core in one process would have its own redaction registry). So the browser
// decides nothing: it reports what it sees to its host (ce::BrowserWidget in cep_ui, which
// has the core), and the host decides (whether a navigation is claimed, where it came
// from, how an address is shown).
#include <QtPlugin>
#include <QString>
#include <QUrl>

class QWidget;

namespace ce {

// What the browser tells the wizard, and asks it. Called on the GUI thread, only between
// EmbeddedBrowser::start() and stop().
class EmbeddedBrowserHost
{
public:
    // Which document navigates: the authorizing page's main frame, a frame in it, a popup.
    enum class Frame { Page, SubFrame, Popup };
    // How the navigation came about (QWebEnginePage's navigation types, grouped).
    enum class Trigger {
        Browser,   // a load() of the app, reload, back or forward
        Document,  // a link, a form, a script
        Redirect,  // a server redirect or a client one
    };
    enum class Security { Secure, Local, Insecure, Unknown };
    // How the address bar shows an address: the text (secrets in it masked) and a verdict.
    struct Address
    {
        QString text;
        Security security = Security::Unknown;
    };

    // A navigation is about to be made: true claims it, and it is never loaded.
    virtual bool navigationRequested(const QUrl &url, Frame frame, Trigger trigger) = 0;
    // The page's guard script (injected into the page, not frames or popups): the page, or
    // a frame of its origin, started a navigation to `url`, with code of another window
    // running when `byOtherWindow`; a new document was created in the page.
    virtual void navigationStarted(const QUrl &url, bool byOtherWindow) = 0;
    virtual void documentCreated() = 0;
    // The page's main frame: loaded; stopped or failed (any load, a claimed one too).
    virtual void loadSucceeded(const QUrl &url) = 0;
    virtual void loadEnded(const QUrl &url) = 0;
    // A page failed to load, not counting a navigation the host claimed or a certificate
    // refused: Chromium's reason (may be empty) and error code.
    virtual void loadFailedWith(const QUrl &url, const QString &reason, int code) = 0;
    // A certificate was refused (always: a sign-in page with a bad certificate is not one
    // to trust); the page was not shown.
    virtual void certificateRefused(const QUrl &url, const QString &description) = 0;
    // The user chose to continue in the system browser, which now shows `url`.
    virtual void systemBrowserOpened(const QUrl &url) = 0;
    // A popup without a web address (about:blank, javascript:) was not opened.
    virtual void popupIgnored(const QUrl &url) = 0;
    virtual Address describe(const QUrl &url) = 0;

protected:
    ~EmbeddedBrowserHost() = default;
};

// One embedded browser: a widget (address bar, Reload, "Open in system browser", the
// view). Each start() loads in a fresh off-the-record profile, so one authorization never
// sees another's cookies; stop() drops the page, its popups and the profile.
class EmbeddedBrowser
{
public:
    virtual ~EmbeddedBrowser() = default;
    // The widget; deleting it deletes this browser.
    virtual QWidget *widget() = 0;
    // Drops the previous attempt and makes this one's profile, without a page. The first
    // profile of the process starts Qt WebEngine (Chromium, its helper processes): the
    // longest step of all, which the host gives a turn of the event loop of its own.
    virtual void prepare() = 0;
    // Loads `url` in a new page: in the profile prepare() made, or else (dropping the
    // previous attempt) in a new one.
    virtual void start(const QUrl &url) = 0;
    // Drops the page, its popups and the profile; the host hears nothing more until start().
    virtual void stop() = 0;
    virtual void reload() = 0;
    // Stops the current load (the callback arrived: nothing more to show).
    virtual void stopLoading() = 0;
};

// The plugin's root object.
class EmbeddedBrowserFactory
{
public:
    virtual ~EmbeddedBrowserFactory() = default;
    // A new browser, its widget a child of `parent`; `host` must outlive it.
    virtual EmbeddedBrowser *create(EmbeddedBrowserHost *host, QWidget *parent) = 0;
};

}  // namespace ce

// The version changes with the interfaces: a plugin of another version is refused.
#define CEP_EMBEDDED_BROWSER_IID "io.github.ce_provisioner.EmbeddedBrowserFactory/2"
Q_DECLARE_INTERFACE(ce::EmbeddedBrowserFactory, CEP_EMBEDDED_BROWSER_IID)
