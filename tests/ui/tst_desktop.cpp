// The wizard as a keyboard and screen-reader user meets it. The whole flow is walked
// against the in-process sandbox, in every language the program embeds, and every page
// reached and every dialog is checked, whatever widgets it has:
//   - each label's mnemonic (Alt+letter, a real key event through Qt's shortcut map) puts
//     the focus in its field, each button's reaches the button, and none is ambiguous;
//   - every interactive widget has an accessible name (QAccessible, as a screen reader
//     asks), and a field's validation message is also its accessible description;
//   - Tab goes through the widgets in reading order (top to bottom, left to right);
//   - nothing is cut: no label narrower than its text, no window smaller than its content,
//     no wrapped message squeezed into a narrow column of a form.
// CEP_TEST_LOOK=scale2 (with QT_SCALE_FACTOR=2) or dark (a dark palette) runs the same
// checks in English and writes a screenshot of every page and dialog to
// <build>/screenshots/<look>-*.png.
#include "aboutdialog.h"
#include "curldialog.h"
#include "elidinglabel.h"
#include "exportdialog.h"
#include "instanceswindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profilesdialog.h"
#include "requestlogdialog.h"
#include "translations.h"

#include "guisupport.h"
#include "testsupport.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcutEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTranslator>
#include <QWebEnginePage>
#include <QWizardPage>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ce;
using namespace test::typed;  // the configuration keys
using test::WizardDriver;

namespace {

// CEP_TEST_LOOK: "" (the default look, every language), "scale2" or "dark".
QString look()
{
    return qEnvironmentVariable("CEP_TEST_LOOK");
}

// Who a widget is, for a message: its class, object name and the names above it.
QString describe(const QWidget *w)
{
    QStringList path;
    for (const QObject *o = w; o; o = o->parent()) {
        if (!o->objectName().isEmpty())
            path.prepend(o->objectName());
    }
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (const auto *l = qobject_cast<const QLabel *>(w))
        text = l->text().left(40);
    return u"%1 %2%3"_s.arg(QString::fromLatin1(w->metaObject()->className()), path.join(u'/'),
                            text.isEmpty() ? QString() : u" \"%1\""_s.arg(text));
}

// What a keyboard or screen-reader user operates.
bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w))
        return false;  // part of its table
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTextEdit *>(w);
}

// The widgets of `window` a user sees now (on the page shown, in the dialog).
QList<QWidget *> shownWidgets(QWidget *window)
{
    QList<QWidget *> list;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() == window && w->isVisibleTo(window))
            list.append(w);
    }
    return list;
}

// Where the focus goes when `w` is given it.
QWidget *focusTarget(QWidget *w)
{
    while (w->focusProxy())
        w = w->focusProxy();
    return w;
}

QRect rectIn(const QWidget *w, const QWidget *window)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

// The field a form's row belongs to: a message or preview row under a field has no label;
// the field is that of the nearest labelled row above it.
QWidget *fieldAbove(QFormLayout *form, int row)
{
    for (int r = row; r >= 0; --r) {
        QLayoutItem *item = form->itemAt(r, QFormLayout::LabelRole);
        if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr)
            return label->buddy();
    }
    return nullptr;
}

// Eats the Shortcut event a button's mnemonic sends it (the button would act on it: open
// a dialog, go to the next page), and says whether it came and whether it was ambiguous.
class ShortcutCatcher : public QObject
{
public:
    bool reached = false;
    bool ambiguous = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::Shortcut)
            return false;
        reached = true;
        ambiguous = ambiguous || static_cast<QShortcutEvent *>(event)->isAmbiguous();
        return true;
    }
};

// The program's catalogues and Qt's for one language, while it lives.
class Language
{
public:
    explicit Language(const QString &code)
    {
        if (code != "en"_L1)
            ce::installTranslations(qApp, code);  // the default QLocale too
    }
    ~Language()
    {
        qDeleteAll(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

}  // namespace

class TstDesktop : public QObject
{
    Q_OBJECT

public slots:
    // Stands in for the desktop's browser ("Open in system browser").
    void ignoreUrl(const QUrl &) {}

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPageAndDialog_data();
    void everyPageAndDialog();
    void noKeychainNoticeUsesTheRowsWidth();
    void altLetterOfADisabledButtonTypesNothing();
    void about_data();
    void about();

private:
    // Every check below on `window` as it is shown now; `name` says where in messages and
    // names the screenshot.
    void checkWindow(QWidget *window, const QString &name);
    static QStringList unnamedWidgets(QWidget *window);
    static QStringList readingOrderProblems(QWidget *window);
    static QStringList clipped(QWidget *window);
    static QStringList mnemonicProblems(QWidget *window);
    static QStringList messagesWithoutDescription(QWidget *window);

    // Types a wrong value into every editable line edit shown (then Tab), so that the
    // page's validation messages show; then puts back what each held. The window is
    // checked again in between (checkWindow, "<name>-messages"). How many messages showed is added to m_messagesSeen.
    void provokeMessages(QWidget *window, QWidget *page, const QString &name);

    // Waits until the page shown is as the user works with it: the token arrived, the
    // provider's sign-in page loaded.
    void settle(test::WizardHarness &app);

    // Completes the page shown (the App page's inputs, the Authorize page's consent) and
    // goes on to the next; fails when the page did not change.
    void advance(test::WizardHarness &app);

    int m_messagesSeen = 0;
};

void TstDesktop::initTestCase()
{
    QDesktopServices::setUrlHandler(u"https"_s, this, "ignoreUrl");
    QDesktopServices::setUrlHandler(u"http"_s, this, "ignoreUrl");
}

void TstDesktop::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"http"_s);
}

void TstDesktop::everyPageAndDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    if (!look().isEmpty())
        return;
    const QStringList catalogues = QDir(u":/i18n"_s).entryList({u"ce-provisioner_*.qm"_s}, QDir::Files, QDir::Name);
    QVERIFY(!catalogues.isEmpty());
    for (const QString &file : catalogues) {
        const QString code = file.section(u'_', 1).section(u'.', 0, 0);
        QTest::newRow(qPrintable(code)) << code;
    }
}

void TstDesktop::everyPageAndDialog()
{
    QFETCH(QString, language);
    const Language translated(language);
    m_messagesSeen = 0;
    test::WizardHarness app;
    QVERIFY(app.start());
    QVERIFY(app.show());
    QVERIFY(QTest::qWaitForWindowActive(app.wizard.get()));
    const WizardDriver d = app.driver();

    // The pages, in the order the flow reaches them.
    QList<int> seen;
    while (!seen.contains(app.wizard->currentId())) {
        const int id = app.wizard->currentId();
        seen.append(id);
        QWizardPage *page = app.wizard->currentPage();
        const QString name = u"%1-%2-%3"_s.arg(language).arg(seen.size()).arg(page->objectName().toLower());
        CHECK(settle(app));
        CHECK(checkWindow(app.wizard.get(), name));
        CHECK(provokeMessages(app.wizard.get(), page, name));
        if (page->isFinalPage() || app.wizard->nextId() == -1)
            break;
        CHECK(advance(app));
    }
    // Every page, also one the wizard has not built (it builds a page when it goes there).
    for (int id : ProvisioningWizard::allPageIds()) {
        QVERIFY2(seen.contains(id), qPrintable(u"page %1 (%2) was not reached: teach advance() how to complete the "
                                                "page before it"_s.arg(id).arg(app.wizard->pageFor(id)->objectName())));
    }
    QVERIFY2(m_messagesSeen > 0, "no validation message showed anywhere: provokeMessages() does not work any more");

    // The dialogs, opened as the user opens them where the wizard has a button for it.
    const QList<std::pair<QString, std::function<QWidget *()>>> dialogs = {
        {u"about"_s, [&] { return static_cast<QWidget *>(d.openAbout()); }},
        {u"instances"_s, [&] { return static_cast<QWidget *>(d.openInstances()); }},
        {u"request-log"_s, [&] { return static_cast<QWidget *>(d.openRequestLog()); }},
        {u"curl"_s, [&] { return static_cast<QWidget *>(d.openCurl()); }},
        {u"profiles"_s, [&] {
             auto *dialog = new ProfilesDialog(app.session.get(), app.wizard.get());
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->show();
             return static_cast<QWidget *>(dialog);
         }},
        {u"export"_s, [&] {
             auto *dialog = new ExportDialog(app.flow.get(), app.wizard.get());
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->show();
             return static_cast<QWidget *>(dialog);
         }},
    };
    for (const auto &[name, open] : dialogs) {
        QWidget *dialog = open();
        QVERIFY2(dialog, qPrintable(name));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        CHECK(checkWindow(dialog, language + u"-dialog-"_s + name));
        dialog->close();
    }
}

void TstDesktop::checkWindow(QWidget *window, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!look().isEmpty())
        QVERIFY(test::screenshot(window, look() + u'-' + name));
    QStringList problems;
    for (const QString &p : unnamedWidgets(window))
        problems.append(u"no accessible name: "_s + p);
    problems += readingOrderProblems(window);
    problems += clipped(window);
    problems += messagesWithoutDescription(window);
    const QString clash = test::mnemonicClash(window);
    if (!clash.isEmpty())
        problems.append(clash);
    problems += mnemonicProblems(window);  // last: it moves the focus
    QVERIFY2(problems.isEmpty(), qPrintable(name + u":\n  "_s + problems.join(u"\n  "_s)));
}

QStringList TstDesktop::unnamedWidgets(QWidget *window)
{
    QStringList unnamed;
    for (QWidget *w : shownWidgets(window)) {
        if (!isInteractive(w))
            continue;
        if (auto *combo = qobject_cast<QComboBox *>(w->parentWidget()); combo && combo->lineEdit() == w)
            continue;  // an editable combo's line: the combo speaks for it
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(w));
    }
    return unnamed;
}

QStringList TstDesktop::readingOrderProblems(QWidget *window)
{
    // The Tab stops, in the order Tab visits them (one round of the focus chain).
    QList<QWidget *> stops;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w->window() == window && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy()
            && w->isVisibleTo(window) && w->isEnabled() && !stops.contains(w))
            stops.append(w);
    }
    if (stops.size() < 2)
        return {};
    // A round has no beginning: read it from the stop nearest the top left corner.
    auto topLeft = [window](QWidget *a, QWidget *b) {
        const QRect ra = rectIn(a, window), rb = rectIn(b, window);
        return std::pair(ra.top(), ra.left()) < std::pair(rb.top(), rb.left());
    };
    const qsizetype first = std::min_element(stops.cbegin(), stops.cend(), topLeft) - stops.cbegin();
    std::rotate(stops.begin(), stops.begin() + first, stops.end());
    QStringList problems;
    constexpr int Slack = 2;
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const QRect a = rectIn(stops[i - 1], window), b = rectIn(stops[i], window);
        const bool below = b.top() >= a.bottom() - Slack;
        const bool sameLineRight = b.top() <= a.bottom() && a.top() <= b.bottom() && b.left() >= a.right() - Slack;
        if (!below && !sameLineRight)
            problems.append(u"Tab goes from %1 to %2, which is before it in reading order"_s.arg(describe(stops[i - 1]),
                                                                                                describe(stops[i])));
    }
    return problems;
}

QStringList TstDesktop::clipped(QWidget *window)
{
    QStringList problems;
    const QSize need = window->minimumSizeHint();
    if (need.width() > window->width() || need.height() > window->height()) {
        problems.append(u"the window (%1x%2) is smaller than its content needs (%3x%4)"_s.arg(window->width())
                            .arg(window->height()).arg(need.width()).arg(need.height()));
    }
    if (auto *wizard = qobject_cast<QWizard *>(window)) {
        QWizardPage *page = wizard->currentPage();
        const QSize pageNeed = page->minimumSizeHint();
        if (pageNeed.width() > page->width() || pageNeed.height() > page->height())
            problems.append(u"the page %1 (%2x%3) is smaller than its content needs (%4x%5)"_s.arg(page->objectName())
                                .arg(page->width()).arg(page->height()).arg(pageNeed.width()).arg(pageNeed.height()));
    }
    for (QWidget *w : shownWidgets(window)) {
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            auto *tool = qobject_cast<QToolButton *>(button);
            const bool iconOnly = tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly;  // the text is its name
            if (!iconOnly && !button->text().isEmpty() && button->minimumSizeHint().width() > button->width())
                problems.append(u"text cut: "_s + describe(w));
            continue;
        }
        auto *label = qobject_cast<QLabel *>(w);
        if (!label || qobject_cast<ElidingLabel *>(label) || label->text().isEmpty())
            continue;  // an ElidingLabel cuts on purpose, and shows the rest in its tooltip
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height() + 1)
                problems.append(u"text cut at the bottom: "_s + describe(w));
            // A wrapped text in a form's field column takes the column's width, not a
            // narrow column of many lines.
            for (QFormLayout *form : window->findChildren<QFormLayout *>()) {
                int row = -1;
                QFormLayout::ItemRole role;
                form->getWidgetPosition(label, &row, &role);
                if (row < 0)
                    continue;
                if (role == QFormLayout::FieldRole && label->geometry().right() < form->geometry().right() - 2)
                    problems.append(u"a narrow column (to %1 px of the form's %2 px): "_s.arg(label->geometry().right())
                                        .arg(form->geometry().right()) + describe(w));
                break;
            }
        } else if (label->minimumSizeHint().width() > label->width() + 1) {
            problems.append(u"text cut (%1 px for %2 px): "_s.arg(label->width()).arg(label->minimumSizeHint().width())
                            + describe(w));
        }
    }
    return problems;
}

QStringList TstDesktop::messagesWithoutDescription(QWidget *window)
{
    QStringList problems;
    for (QFormLayout *form : window->findChildren<QFormLayout *>()) {
        if (!form->parentWidget() || !form->parentWidget()->isVisibleTo(window))
            continue;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
            auto *message = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            // setFieldMessage() gives a message its text as accessible description.
            if (!message || !message->isVisibleTo(window) || message->accessibleDescription().isEmpty())
                continue;
            QWidget *field = fieldAbove(form, row);
            if (!field)
                continue;
            const QString description = focusTarget(field)->accessibleDescription();
            if (!description.contains(message->accessibleDescription()))
                problems.append(u"the message \"%1\" is not the accessible description of %2 (\"%3\")"_s.arg(
                    message->accessibleDescription(), describe(focusTarget(field)), description));
        }
    }
    return problems;
}

QStringList TstDesktop::mnemonicProblems(QWidget *window)
{
    QStringList problems;
    auto press = [window](const QKeySequence &mnemonic) {
        const QKeyCombination key = mnemonic[0];
        QTest::keyClick(window->windowHandle(), key.key(), key.keyboardModifiers());
    };
    QWidget *before = QApplication::focusWidget();
    for (QWidget *w : shownWidgets(window)) {
        auto *label = qobject_cast<QLabel *>(w);
        if (!label || !label->buddy())
            continue;
        const QKeySequence mnemonic = QKeySequence::mnemonic(label->text());
        QWidget *buddy = label->buddy();
        if (mnemonic.isEmpty() || !buddy->isVisibleTo(window) || !buddy->isEnabled())
            continue;  // a disabled field cannot take the focus
        if (QWidget *focus = QApplication::focusWidget())
            focus->clearFocus();
        press(mnemonic);
        if (QApplication::focusWidget() != focusTarget(buddy)) {
            problems.append(u"%1 (%2) does not reach its field %3 (the focus is on %4)"_s.arg(
                mnemonic.toString(QKeySequence::NativeText), describe(label), describe(focusTarget(buddy)),
                QApplication::focusWidget() ? describe(QApplication::focusWidget()) : u"nothing"_s));
        }
    }
    for (QWidget *w : shownWidgets(window)) {
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (!button || !button->isEnabled())
            continue;
        const QKeySequence mnemonic = QKeySequence::mnemonic(button->text());
        if (mnemonic.isEmpty())
            continue;
        ShortcutCatcher catcher;
        button->installEventFilter(&catcher);
        press(mnemonic);
        button->removeEventFilter(&catcher);
        if (!catcher.reached || catcher.ambiguous) {
            problems.append(u"%1 does not press %2%3"_s.arg(mnemonic.toString(QKeySequence::NativeText), describe(button),
                                                           catcher.ambiguous ? u" (ambiguous)"_s : QString()));
        }
    }
    if (before)
        before->setFocus();
    return problems;
}

void TstDesktop::provokeMessages(QWidget *window, QWidget *page, const QString &name)
{
    QList<std::pair<QLineEdit *, QString>> edits;
    for (QWidget *w : shownWidgets(window)) {
        auto *edit = qobject_cast<QLineEdit *>(w);
        if (edit && page->isAncestorOf(edit) && !edit->isReadOnly() && edit->isEnabled()
            && (edit->focusPolicy() & Qt::TabFocus) && !qobject_cast<QComboBox *>(edit->parentWidget()))
            edits.append({edit, edit->text()});
    }
    if (edits.isEmpty())
        return;
    for (const auto &[edit, text] : edits) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, u"?? ??"_s);
        QTest::keyClick(edit, Qt::Key_Tab);
    }
    for (QFormLayout *form : page->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
            auto *message = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (message && message->isVisibleTo(window) && !message->accessibleDescription().isEmpty())
                ++m_messagesSeen;
        }
    }
    // Everything again with the messages shown (their descriptions, their width, the order).
    CHECK(checkWindow(window, name + u"-messages"_s));
    for (const auto &[edit, text] : edits) {
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }
}

void TstDesktop::settle(test::WizardHarness &app)
{
    const WizardDriver d = app.driver();
    switch (app.wizard->currentId()) {
    case ProvisioningWizard::TokenPageId:
        QVERIFY(d.waitUntilNextEnabled());
        break;
    case ProvisioningWizard::AuthorizePageId:
        QVERIFY(d.browserPage());
        QVERIFY(test::waitForElement(d.browserPage(), u"login"_s));
        QTRY_VERIFY(d.reloadButton()->isEnabled());  // loaded
        break;
    default:
        break;
    }
}

void TstDesktop::advance(test::WizardHarness &app)
{
    const WizardDriver d = app.driver();
    const int id = app.wizard->currentId();
    switch (id) {
    case ProvisioningWizard::ElementPageId:
        QVERIFY(d.chooseElement(u"freshbooks"_s));  // the walk fills FreshBooks' form
        break;
    case ProvisioningWizard::AppPageId:
        d.fillApp({{{keyProperty, u"mycompany"_s}, {secretProperty, u"consumer-secret-123"_s}, {siteProperty, u"acme"_s}},
                   u"Acme books"_s,
                   {u"finance"_s}});
        // The optional Events page comes on the way only when asked for: ask, so it is checked.
        if (!d.appEventsCheck()->isChecked())
            d.appEventsCheck()->click();
        break;
    case ProvisioningWizard::EventsPageId:
        d.eventsCallbackEdit()->clear();
        QTest::keyClicks(d.eventsCallbackEdit(), u"https://hooks.example.com/ce-events"_s);
        break;
    case ProvisioningWizard::AuthorizePageId: {
        // The provider's page: sign in, then Allow; the wizard moves on by itself.
        QWebEnginePage *page = d.browserPage();
        QVERIFY(page);
        QVERIFY(test::signInToConsent(page));
        QVERIFY(test::runJs(page, u"document.getElementById('allow').click();"_s));
        QTRY_VERIFY_WITH_TIMEOUT(app.wizard->currentId() != id, 15000);
        return;
    }
    default:
        break;
    }
    QAbstractButton *next = d.button(QWizard::NextButton);
    QAbstractButton *commit = d.button(QWizard::CommitButton);
    QTRY_VERIFY2_WITH_TIMEOUT((next->isVisible() && next->isEnabled()) || (commit->isVisible() && commit->isEnabled()),
                              qPrintable(u"page %1 cannot be completed: teach advance() its inputs"_s.arg(
                                  app.wizard->currentPage()->objectName())),
                              15000);
    (next->isVisible() && next->isEnabled() ? next : commit)->click();
    QTRY_VERIFY_WITH_TIMEOUT(app.wizard->currentId() != id, 15000);
}

// The defect of issue 14: with no keychain, the notice after choosing a saved profile
// wrapped into a narrow column of five lines under "Start from".
// Alt+N while Next is disabled (a required field still empty): Qt would type the "n" into
// the field that has the focus, unseen among what the user typed. Nothing happens instead;
// once the page is complete, the same keys go on.
void TstDesktop::altLetterOfADisabledButtonTypesNothing()
{
    test::WizardHarness app;
    QVERIFY(app.start());
    QVERIFY(app.show());
    const WizardDriver d = app.driver();
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::ElementPageId));
    d.next();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    QLineEdit *key = d.configurationEdit(keyProperty);
    key->setFocus();
    QTest::keyClicks(key, u"mycompany"_s);
    QVERIFY(!d.button(QWizard::NextButton)->isEnabled());
    QWindow *window = app.wizard->windowHandle();
    QTest::keyClick(window, Qt::Key_N, Qt::AltModifier);
    QTest::keyClick(window, Qt::Key_N, Qt::AltModifier | Qt::ShiftModifier);
    QTest::keyClick(window, Qt::Key_Q, Qt::AltModifier);  // no mnemonic at all
    QCOMPARE(key->text(), u"mycompany"_s);
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    // Typing itself is untouched.
    QTest::keyClick(window, Qt::Key_X);
    QCOMPARE(key->text(), u"mycompanyx"_s);
    // A mnemonic that something takes still works: Alt+S, the consumer secret's label.
    QTest::keyClick(window, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), d.configurationWidget(secretProperty));
}

void TstDesktop::noKeychainNoticeUsesTheRowsWidth()
{
    test::WizardHarness app;
    Profile profile;
    profile.name = u"Acme"_s;
    profile.descriptorId = test::freshbooks().id;
    profile.elementKey = test::freshbooks().key;
    profile.environment = Environment::Kind::Sandbox;
    profile.configuration = {{siteProperty, u"acme"_s}};
    QVERIFY(app.profiles->save(profile));
    app.secrets->simulateNoKeychain(KeychainSecretStore::noKeychainReason());
    QVERIFY(app.start());
    QVERIFY(app.show());
    const WizardDriver d = app.driver();
    QComboBox *profiles = d.profileCombo();
    QVERIFY(profiles->isEnabled());
    profiles->setFocus();
    QTest::keyClick(profiles, Qt::Key_Down);  // the saved profile
    QLabel *message = d.message(ProvisioningWizard::ConnectionPageId);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
    QVERIFY2(message->accessibleDescription().contains(KeychainSecretStore::noKeychainReason()),
             qPrintable(message->accessibleDescription()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QStringList problems = clipped(app.wizard.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // As wide as the row it stands in, from the field column to the form's edge.
    QVERIFY2(message->width() >= profiles->parentWidget()->width() / 2,
             qPrintable(u"%1 px of %2"_s.arg(message->width()).arg(profiles->parentWidget()->width())));
    QVERIFY(test::screenshot(app.wizard.get(), u"1-connection-no-keychain"_s));
}

void TstDesktop::about_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::newRow("keychain") << true;
    QTest::newRow("no keychain") << false;
}

// Help (and F1) opens About: version, licence, system, environment, where secrets go and
// where profiles live.
void TstDesktop::about()
{
    QFETCH(bool, keychain);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    test::WizardHarness app;
    QVERIFY(app.start());
    if (!keychain)  // as on a machine without a Secret Service: About finds out (it asks)
        app.secrets->simulateNoKeychain(KeychainSecretStore::noKeychainReason());
    QVERIFY(app.show());
    const WizardDriver d = app.driver();
    QAbstractButton *help = d.button(QWizard::HelpButton);
    QVERIFY(help && help->isVisible());
    AboutDialog *about = d.openAbout();
    QVERIFY(about && about->isVisible());
    if (!keychain)
        QTRY_VERIFY(!app.secrets->isAvailable());
    QCoreApplication::processEvents();
    const QString text = WizardDriver::aboutText(about);
    QVERIFY2(text.contains(u"9.8.7"_s), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(u"MIT"_s), qPrintable(text));
    QVERIFY2(text.contains(app.sandbox->baseUrl().toDisplayString()), qPrintable(text));  // the environment
    QVERIFY2(text.contains(app.profiles->directory()), qPrintable(text));
    if (keychain) {
        QVERIFY2(text.contains(u"system keychain"_s), qPrintable(text));
    } else {
        QVERIFY2(!text.contains(u"system keychain"_s), qPrintable(text));
        QVERIFY2(text.contains(KeychainSecretStore::noKeychainReason()), qPrintable(text));
    }
    // Nothing secret in it.
    QVERIFY(!text.contains(QString::fromLatin1(SandboxServer::UserSecret)));
    if (keychain)
        QVERIFY(test::screenshot(about, u"10-about"_s));
    about->close();

    // F1, from wherever the focus is.
    app.wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.wizard.get()));
    QTest::keyClick(app.wizard->windowHandle(), Qt::Key_F1);
    QTRY_VERIFY(about->isVisible());
    about->close();
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    if (look() == "dark"_L1) {
        // A dark desktop: Fusion with a dark palette, as a dark Plasma or GNOME theme gives Qt.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        dark.setColor(QPalette::AlternateBase, QColor(52, 52, 56));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        dark.setColor(QPalette::Button, QColor(58, 58, 62));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::ToolTipBase, QColor(30, 30, 32));
        dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(110, 170, 255));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
        QApplication::setPalette(dark);
    }
    TstDesktop test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktop.moc"
