// The floor of the browser page (bench_processes): a bare QWebEngineView loading a page of
// the sandbox, signing in as bench_startup does on the wizard's Authorize page, until the
// consent page is loaded. Prints, from creating the view to the consent page loaded:
//   FIGURE browser.ms <ms>
//   FIGURE browser.rss_kb <growth of this process's RSS>
//   FIGURE browser.helpers_kb <PSS of Chromium's helper processes>
// floor_webengineview URL
#include "procfigures.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

int main(int argc, char *argv[])
{
    // As the wizard's executable: WebEngine from a plugin needs shared contexts.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    if (QCoreApplication::arguments().size() != 2)
        return 2;
    const QUrl url(QCoreApplication::arguments().at(1));
    const qint64 before = ce::bench::statusKb(u"self", "VmRSS");
    QElapsedTimer clock;
    clock.start();
    auto *view = new QWebEngineView;
    view->resize(800, 600);
    view->show();
    int loads = 0;
    QObject::connect(view, &QWebEngineView::loadFinished, &app, [&](bool ok) {
        if (!ok) {
            QCoreApplication::exit(1);
            return;
        }
        if (++loads == 1) {  // the sign-in page: sign in, as the account owner would
            view->page()->runJavaScript(QStringLiteral("document.getElementById('email').value = 'owner@acme.test';"
                                                       "document.getElementById('password').value = 'correct horse';"
                                                       "document.getElementById('login').click();"));
            return;
        }
        QTextStream out(stdout);
        out << "FIGURE browser.ms " << double(clock.nsecsElapsed()) / 1e6 << Qt::endl;
        out << "FIGURE browser.rss_kb " << ce::bench::statusKb(u"self", "VmRSS") - before << Qt::endl;
        out << "FIGURE browser.helpers_kb " << ce::bench::helperProcesses().pssKb << Qt::endl;
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    view->load(url);
    const int code = QApplication::exec();
    delete view;
    return code;
}
