// The translations: every catalogue in translations/ (German, French, Spanish) is complete
// and consistent with its sources (placeholders, mnemonics, final punctuation, plural
// forms, and no two mnemonics alike on one page or dialog); then the real wizard in German,
// with the .qm the build makes from the German catalogue and Qt's own German translation,
// walked from the first page to the last (the sandbox approves the authorization at once),
// checking on every page that it is translated and that Alt+letter is unambiguous; then the
// wizard and its dialogs in every language (English, German, French, Spanish) at their
// default size: no text is cut off.
// Writes a screenshot of every page and dialog to <build>/screenshots/<language>-*.png.
#include "core/apiclient.h"
#include "browserwidget.h"
#include "elidinglabel.h"
#include "translations.h"
#include "core/provisioningflow.h"
#include "core/requestlog.h"
#include "curldialog.h"
#include "exportdialog.h"
#include "profiles/profilesession.h"
#include "profilesdialog.h"
#include "provisioningwizard.h"
#include "requestlogdialog.h"
#include "sandbox/sandboxserver.h"

#include "guisupport.h"
#include "testsupport.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTextDocument>
#include <QToolButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtMath>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace ce;
using Endpoint = SandboxCall::Endpoint;
using test::WizardDriver;

namespace {

// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString translation;       // the text, or the first plural form
    QStringList numerusForms;  // numerus="yes" only
    QString type;              // "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    qint64 line = 0;
};

struct Catalogue
{
    QString path;
    QString language;  // <TS language="de">
    QList<Message> messages;
    QString error;     // not well-formed, or not a TS file
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue c;
    c.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = file.errorString();
        return c;
    }
    QXmlStreamReader xml(&file);
    QString context;
    if (!xml.readNextStartElement() || xml.name() != "TS"_L1) {
        c.error = u"not a Qt Linguist file (no <TS>)"_s;
        return c;
    }
    c.language = xml.attributes().value("language"_L1).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != "context"_L1) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
                continue;
            }
            if (xml.name() != "message"_L1) {
                xml.skipCurrentElement();
                continue;
            }
            Message m;
            m.context = context;
            m.line = xml.lineNumber();
            m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            while (xml.readNextStartElement()) {
                if (xml.name() == "source"_L1) {
                    m.source = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    m.type = xml.attributes().value("type"_L1).toString();
                    // Text, or <numerusform>s (each possibly with <lengthvariant>s).
                    QString text;
                    while (!xml.atEnd()) {
                        xml.readNext();
                        if (xml.isCharacters()) {
                            text += xml.text();
                        } else if (xml.isStartElement() && xml.name() == "numerusform"_L1) {
                            m.numerusForms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                        } else if (xml.isEndElement() && xml.name() == "translation"_L1) {
                            break;
                        }
                    }
                    m.translation = m.numerus && !m.numerusForms.isEmpty() ? m.numerusForms.first() : text;
                } else {
                    xml.skipCurrentElement();  // comment, extracomment, location, ...
                }
            }
            c.messages.append(m);
        }
    }
    if (xml.hasError())
        c.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return c;
}

// "%1".."%99" and "%n", with or without Qt's L flag ("%L1"), as "1".."99" and "n".
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.insert(m.captured(1));
    return found;
}

// Single ampersands ("&&" is a literal ampersand in a widget's text).
int ampersands(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&')
            ++i;
        else
            ++n;
    }
    return n;
}

// A source with one "&" before a letter or digit: a mnemonic (Alt+that).
bool hasMnemonic(const QString &source)
{
    return ampersands(source) == 1 && !QKeySequence::mnemonic(source).isEmpty();
}

// How a sentence ends: ".", ":", "?", "!", "…", or nothing of these.
QChar terminal(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QChar last = trimmed.back();
    return QStringView(u".:?!…").contains(last) ? last : QChar();
}

// How many plural forms Qt's .qm expects for the catalogue's language.
int pluralForms(const QString &language)
{
    const QString lang = language.section(u'_', 0, 0);
    static const QHash<QString, int> forms = {{u"de"_s, 2}, {u"en"_s, 2}, {u"fr"_s, 2}, {u"es"_s, 2},
                                              {u"it"_s, 2}, {u"nl"_s, 2}, {u"pl"_s, 3}, {u"ru"_s, 3},
                                              {u"cs"_s, 3}, {u"ja"_s, 1}, {u"zh"_s, 1}};
    return forms.value(lang, 0);  // 0: not checked
}

QString quoted(const QString &text)
{
    QString s = text;
    s.replace(u'\n', u"\\n"_s);
    return u'"' + s + u'"';
}

// Which window shows which strings, by translation context (the .ui contexts have no
// "ce::"; the class contexts have). Strings of a page's helper widgets are on that page.
struct Window
{
    QString name;
    QStringList contexts;
    bool wizardPage = false;
    QList<QPair<QString, QString>> also;  // (context, source) shown there too
};

// Strings with a mnemonic that are not in their context's window: the questions asked
// in message boxes.
const QList<QPair<QString, QString>> inMessageBoxes = {
    {u"ce::ProfilesDialog"_s, u"&Delete"_s},
    {u"ce::ProvisioningWizard"_s, u"&Close"_s},
    {u"ce::ProvisioningWizard"_s, u"&Keep working"_s},
};

// The wizard's own buttons, on every page.
const QList<QPair<QString, QString>> wizardButtons = {
    {u"ce::ProvisioningWizard"_s, u"Request lo&g"_s},
    {u"ce::ProvisioningWizard"_s, u"&View as cURL"_s},
};

QList<Window> windows()
{
    return {
        {u"Connection page"_s, {u"ConnectionPage"_s, u"ce::ConnectionPage"_s}, true, wizardButtons},
        {u"FreshBooks app page"_s, {u"AppPage"_s, u"ce::AppPage"_s, u"ce::TagEditor"_s}, true, wizardButtons},
        {u"Request token page"_s, {u"TokenPage"_s, u"ce::TokenPage"_s}, true, wizardButtons},
        {u"Authorize page"_s, {u"AuthorizePage"_s, u"ce::AuthorizePage"_s, u"ce::BrowserWidget"_s}, true, wizardButtons},
        {u"Create page"_s, {u"CreatePage"_s, u"ce::CreatePage"_s}, true,
         wizardButtons + QList<QPair<QString, QString>>{{u"ce::ProvisioningWizard"_s, u"&Create instance"_s}}},
        {u"Done page"_s, {u"DonePage"_s, u"ce::DonePage"_s}, true, wizardButtons},
        {u"cURL dialog"_s, {u"CurlDialog"_s, u"ce::CurlDialog"_s}, false, {}},
        {u"Export dialog"_s, {u"ExportDialog"_s, u"ce::ExportDialog"_s}, false, {}},
        {u"Profiles dialog"_s, {u"ProfilesDialog"_s, u"ce::ProfilesDialog"_s}, false, {}},
        {u"Request log dialog"_s, {u"RequestLogDialog"_s, u"ce::RequestLogDialog"_s}, false, {}},
        {u"Close question"_s, {}, false, {inMessageBoxes.at(1), inMessageBoxes.at(2)}},
        {u"Delete question"_s, {}, false, {inMessageBoxes.at(0)}},
    };
}

// Texts one widget shows at different times (one button, one mnemonic): not a clash.
QString widgetOf(const QString &context, const QString &source)
{
    if ((context == "DonePage"_L1 || context == "ce::DonePage"_L1)
        && (source == "&Save profile"_L1 || source == "&Save as profile"_L1))
        return u"DonePage.saveProfileButton"_s;
    return source;  // the same text in the .ui and in the code: the same widget
}


// What a label shows: its text without the mnemonic's "&" when it has a buddy (Qt draws
// it as an underline), and "&&" as "&".
QString shownText(const QString &text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        shown += text.at(i);
    }
    return shown;
}

// The widest line of plain `text` in `metrics`.
int textWidth(const QFontMetrics &metrics, const QString &text)
{
    int width = 0;
    for (const QString &line : text.split(u'\n'))
        width = qMax(width, metrics.horizontalAdvance(line));
    return width;
}

QString describe(const QWidget *widget, const QString &text)
{
    return u"%1 %2 %3"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), quoted(text));
}

// The texts of `window`'s visible labels and buttons that do not fit the widget as laid
// out: a line wider than the label's contents (or, for a word-wrapped label, more lines
// than its height holds), a button's text wider than the room its style leaves for it.
// An ElidingLabel elides on purpose (its tooltip has the whole text): left out.
QStringList clippedTexts(QWidget *window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList problems;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty() || qobject_cast<ElidingLabel *>(label))
                continue;
            const QRect contents = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(),
                                                                  -label->margin());
            int indent = label->indent();
            if (indent < 0)
                indent = label->frameWidth() > 0 ? label->fontMetrics().horizontalAdvance(u'x') / 2 : 0;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height())
                    problems.append(u"%1 (word-wrapped) needs %2 px of height at its width %3, has %4"_s
                                        .arg(describe(label, label->text()))
                                        .arg(needed)
                                        .arg(label->width())
                                        .arg(label->height()));
                continue;
            }
            const bool rich = label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            int needed = 0;
            if (rich) {
                QTextDocument document;
                document.setDefaultFont(label->font());
                document.setDocumentMargin(0);
                document.setHtml(label->text());
                needed = qCeil(document.idealWidth());
            } else {
                needed = textWidth(label->fontMetrics(), label->buddy() ? shownText(label->text()) : label->text());
            }
            const int available = contents.width() - indent;
            if (needed > available)
                problems.append(u"%1 needs %2 px, shows %3"_s.arg(describe(label, label->text())).arg(needed).arg(available));
            continue;
        }
        auto *button = qobject_cast<QAbstractButton *>(widget);
        if (!button || button->text().isEmpty())
            continue;
        if (auto *tool = qobject_cast<QToolButton *>(button); tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        QStyle::SubElement element = QStyle::SE_PushButtonContents;
        if (qobject_cast<QCheckBox *>(button))
            element = QStyle::SE_CheckBoxContents;
        else if (qobject_cast<QRadioButton *>(button))
            element = QStyle::SE_RadioButtonContents;
        const int available = button->style()->subElementRect(element, &option, button).width();
        int needed = textWidth(button->fontMetrics(), shownText(button->text()));
        if (!button->icon().isNull() && element == QStyle::SE_PushButtonContents)
            needed += button->iconSize().width() + 4;
        if (needed > available)
            problems.append(u"%1 needs %2 px, shows %3"_s.arg(describe(button, button->text())).arg(needed).arg(available));
    }
    return problems;
}

}  // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogue_data();
    void catalogue();
    void mnemonicsPerWindow_data();
    void mnemonicsPerWindow();
    void qtOwnStringsInGerman();
    void init();
    void cleanup();
    void wizardInGerman();
    void errorsInGerman();
    void noClippedText_data();
    void noClippedText();

private:
    // Replaces the translators with those of `language` ("en": none of ours), as main.cpp
    // installs them; before any widget of the test exists (widgets translate when made).
    static void useLanguage(const QString &language);
    // Adds what is clipped in `window` to m_clipped, as "<where>: <problem>", and saves a screenshot.
    void checkClipping(QWidget *window, const QString &where);
    QStringList m_clipped;

    static QStringList catalogues();

    // The language of a catalogue, from its file name: ce-provisioner_de.ts -> "de".
    static QString languageOf(const QString &path);

    QAbstractButton *button(QWizard::WizardButton which) const { return m_app->wizard->button(which); }
    static void screenshot(QWidget *widget, const QString &name);

    // The wizard as it opens, and as small as it can be made (its minimum size), where
    // longer German texts are the first to be cut.
    static void screenshots(QWidget *window, const QString &name);

    void pageScreenshots(const QString &name) { screenshots(m_app->wizard.get(), name); }

    // Alt+letter must be unambiguous in the window shown: two visible owners of the same
    // mnemonic cancel each other out and the keyboard user is stuck. Without Qt's own
    // German translation, Qt's wizard buttons are English and are left out.
    void checkMnemonics(QWidget *window);

    // The page shown is translated: neither its title nor its subtitle is the English one.
    void checkPage(ProvisioningWizard::PageId id, const char *englishTitle);

    void fillApp();

    bool m_qtGerman = false;  // Qt's own qtbase_de.qm is installed
    std::unique_ptr<test::WizardHarness> m_app;
};

QStringList TstTranslations::catalogues()
{
    const QDir dir(QStringLiteral(CEP_SOURCE_DIR "/translations"));
    QStringList paths;
    for (const QString &name : dir.entryList({u"*.ts"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QString TstTranslations::languageOf(const QString &path)
{
    return QFileInfo(path).completeBaseName().section(u'_', 1);
}

void TstTranslations::screenshot(QWidget *widget, const QString &name)
{
    QVERIFY(test::screenshot(widget, u"de-"_s + name));
}

void TstTranslations::screenshots(QWidget *window, const QString &name)
{
    screenshot(window, name);
    const QSize size = window->size();
    window->resize(window->minimumSize().expandedTo(window->minimumSizeHint()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    qInfo("%s: %dx%d, smallest %dx%d", qPrintable(name), size.width(), size.height(), window->width(),
          window->height());
    screenshot(window, name + u"-smallest"_s);
    window->resize(size);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void TstTranslations::checkMnemonics(QWidget *window)
{
    QSet<QAbstractButton *> qtButtons;
    if (!m_qtGerman && window == m_app->wizard.get()) {
        for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton})
            qtButtons.insert(m_app->wizard->button(which));
    }
    const QString clash = test::mnemonicClash(window, qtButtons);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
}

void TstTranslations::checkPage(ProvisioningWizard::PageId id, const char *englishTitle)
{
    QCOMPARE(m_app->wizard->currentId(), int(id));
    QWizardPage *page = m_app->wizard->currentPage();
    QVERIFY2(!page->title().isEmpty(), englishTitle);
    QVERIFY2(page->title() != QLatin1StringView(englishTitle),
             qPrintable(u"the page \"%1\" is not translated"_s.arg(page->title())));
    checkMnemonics(m_app->wizard.get());
}

void TstTranslations::fillApp()
{
    using namespace test::typed;
    const WizardDriver d = m_app->driver();
    QCOMPARE(d.currentId(), int(ProvisioningWizard::AppPageId));
    d.fillApp({{{keyProperty, u"mycompany"_s},
                {secretProperty, u"consumer-secret-123"_s},
                {siteProperty, u"https://acme.freshbooks.com/"_s}},
               u"Acme Corp. Buchhaltung"_s,
               {u"kunde-acme"_s, u"finanzen"_s}});
    QVERIFY(d.sitePreview()->text().contains(u"https://acme.freshbooks.com"_s));
    QVERIFY(button(QWizard::NextButton)->isEnabled());
}

void TstTranslations::useLanguage(const QString &language)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installTranslations(qApp, language);
}

void TstTranslations::initTestCase()
{
    QCOMPARE(availableLanguages(), (QStringList{u"de"_s, u"en"_s, u"es"_s, u"fr"_s}));
    // As main.cpp: Qt's own strings, then ours; before any widget exists.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    m_qtGerman = QFileInfo::exists(qtDir + u"/qtbase_de.qm"_s);
    if (!m_qtGerman)
        qWarning("%s/qtbase_de.qm is missing (Debian: qt6-translations-l10n): Qt's own buttons stay English",
                 qPrintable(qtDir));
    useLanguage(u"de"_s);
    QCOMPARE(QLocale().language(), QLocale::German);
    QVERIFY2(QCoreApplication::translate("ce::ProvisioningWizard", "&Create instance") == "Instanz &erstellen"_L1,
             "the build embeds the German .qm");
}

// (a) Every catalogue: complete, and each translation consistent with its source.
void TstTranslations::catalogue_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = catalogues();
    QStringList languages;
    for (const QString &path : paths)
        languages.append(languageOf(path));
    // The languages the README promises; each one built in (--language accepts it).
    QCOMPARE(languages, (QStringList{u"de"_s, u"es"_s, u"fr"_s}));
    QStringList spoken = languages + QStringList{u"en"_s};
    spoken.sort();
    QCOMPARE(availableLanguages(), spoken);
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TstTranslations::catalogue()
{
    QFETCH(QString, path);
    const Catalogue c = readCatalogue(path);
    QVERIFY2(c.error.isEmpty(), qPrintable(path + u": "_s + c.error));
    QVERIFY2(!c.messages.isEmpty(), qPrintable(path + u": no messages"_s));
    QCOMPARE(c.language.section(u'_', 0, 0), languageOf(path).section(u'_', 0, 0));

    QStringList problems;
    for (const Message &m : c.messages) {
        if (m.type == "obsolete"_L1 || m.type == "vanished"_L1)
            continue;  // no longer in the sources: never shown
        auto problem = [&](const QString &what) {
            problems.append(u"%1:%2: context %3, source %4: %5"_s.arg(QFileInfo(path).fileName())
                                .arg(m.line)
                                .arg(m.context, quoted(m.source), what));
        };
        if (m.type == "unfinished"_L1)
            problem(u"unfinished"_s);
        const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
        if (m.numerus && pluralForms(c.language) && forms.size() != pluralForms(c.language))
            problem(u"%1 plural forms, %2 needs %3"_s.arg(forms.size()).arg(c.language).arg(pluralForms(c.language)));
        const QSet<QString> wanted = placeholders(m.source) + (m.numerus ? QSet<QString>{u"n"_s} : QSet<QString>{});
        for (const QString &t : forms) {
            if (t.trimmed().isEmpty()) {
                problem(u"empty translation"_s);
                continue;
            }
            const QSet<QString> got = placeholders(t);
            for (const QString &p : wanted) {
                if (!got.contains(p))
                    problem(u"%%1 is missing in %2"_s.arg(p, quoted(t)));
            }
            for (const QString &p : got) {
                if (!wanted.contains(p))
                    problem(u"%%1 is not in the source, in %2"_s.arg(p, quoted(t)));
            }
            if (hasMnemonic(m.source) && ampersands(t) != 1)
                problem(u"%1 must have exactly one & (a mnemonic), it has %2"_s.arg(quoted(t)).arg(ampersands(t)));
            else if (ampersands(m.source) != ampersands(t))
                problem(u"%1 has %2 &, the source %3"_s.arg(quoted(t)).arg(ampersands(t)).arg(ampersands(m.source)));
            if (terminal(m.source) != terminal(t))
                problem(u"%1 must end like the source (%2)"_s.arg(quoted(t),
                                                                terminal(m.source).isNull() ? u"no final punctuation"_s
                                                                                            : QString(terminal(m.source))));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

// (a) On one page or dialog, no two mnemonics alike; and on the wizard's pages none of
// the letters of Qt's own wizard buttons (in German: < &Zurück, &Weiter >, and
// Ab&schließen in Qt 6.4, &Fertigstellen in other versions).
void TstTranslations::mnemonicsPerWindow_data()
{
    catalogue_data();
}

void TstTranslations::mnemonicsPerWindow()
{
    QFETCH(QString, path);
    const Catalogue c = readCatalogue(path);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QHash<QPair<QString, QString>, QString> translated;
    for (const Message &m : c.messages)
        translated.insert({m.context, m.source}, m.translation);

    // Qt's wizard buttons in this language, from Qt's own catalogue when installed.
    QStringList qtWizardButtons;
    const QString lang = c.language.section(u'_', 0, 0);
    QTranslator qt;
    if (qt.load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        for (const char *source : {"< &Back", "&Next >", "&Finish"})
            qtWizardButtons.append(qt.translate("QWizard", source));
    }
    if (lang == "de"_L1)
        qtWizardButtons += QStringList{u"< &Zurück"_s, u"&Weiter >"_s, u"&Fertigstellen"_s};

    QStringList problems;
    for (const Window &window : windows()) {
        QList<QPair<QString, QString>> keys = window.also;
        for (const Message &m : c.messages) {
            if (window.contexts.contains(m.context) && !inMessageBoxes.contains({m.context, m.source}))
                keys.append({m.context, m.source});
        }
        QHash<QKeySequence, QPair<QString, QString>> seen;  // mnemonic -> (widget, text)
        if (window.wizardPage) {
            for (const QString &text : std::as_const(qtWizardButtons))
                seen.insert(QKeySequence::mnemonic(text), {u"Qt:"_s + text, text});
        }
        for (const auto &key : std::as_const(keys)) {
            if (!hasMnemonic(key.second))
                continue;
            const QString text = translated.value(key);
            const QKeySequence mnemonic = QKeySequence::mnemonic(text);
            if (mnemonic.isEmpty()) {
                problems.append(u"%1: %2 (%3) has no mnemonic"_s.arg(window.name, quoted(text), key.first));
                continue;
            }
            const QString widget = widgetOf(key.first, key.second);
            const auto other = seen.constFind(mnemonic);
            if (other != seen.cend() && other->first != widget) {
                problems.append(u"%1: %2 is used by %3 and %4 (%5, source %6)"_s.arg(
                    window.name, mnemonic.toString(QKeySequence::PortableText), quoted(other->second), quoted(text),
                    key.first, quoted(key.second)));
                continue;
            }
            seen.insert(mnemonic, {widget, text});
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

// Qt's own strings (the wizard's buttons) come from Qt's German catalogue.
void TstTranslations::qtOwnStringsInGerman()
{
    if (!m_qtGerman)
        QSKIP("qtbase_de.qm is not installed (Debian: qt6-translations-l10n)");
    QWizard wizard;
    QCOMPARE(wizard.buttonText(QWizard::NextButton), QCoreApplication::translate("QWizard", "&Next >"));
    QVERIFY(wizard.buttonText(QWizard::NextButton) != "&Next >"_L1);
    QVERIFY(wizard.buttonText(QWizard::BackButton) != "< &Back"_L1);
}

// (b) The real wizard in German, from the first page to the last.
void TstTranslations::init()
{
    // Only the walks through the wizard need one.
    const QByteArray test = QTest::currentTestFunction();
    if (test != "wizardInGerman" && test != "errorsInGerman" && test != "noClippedText")
        return;
    if (test == "noClippedText")
        useLanguage(QString::fromLatin1(QTest::currentDataTag()));
    m_app = std::make_unique<test::WizardHarness>();
    // No consent page, the browser is not needed; but the clipping test stays on the
    // Authorize page until it was looked at.
    m_app->sandbox->setAutoApprove(test != "noClippedText");
    QVERIFY(m_app->start());
    QVERIFY(m_app->show());
}

void TstTranslations::cleanup()
{
    m_app.reset();
    if (QByteArray(QTest::currentTestFunction()) == "noClippedText")
        useLanguage(u"de"_s);
}

void TstTranslations::wizardInGerman()
{
    const WizardDriver d = m_app->driver();
    QVERIFY(!m_app->wizard->windowTitle().contains(u" new "_s));

    checkPage(ProvisioningWizard::ConnectionPageId, "Connection");
    QVERIFY(d.profilesButton()->isVisible());
    pageScreenshots(u"1-connection"_s);
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    button(QWizard::NextButton)->click();
    m_app->driver().passElementPage();

    fillApp();
    checkPage(ProvisioningWizard::AppPageId, "FreshBooks app");
    pageScreenshots(u"2-app"_s);
    button(QWizard::NextButton)->click();

    QCOMPARE(m_app->wizard->currentId(), int(ProvisioningWizard::TokenPageId));
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), 10000);
    checkPage(ProvisioningWizard::TokenPageId, "Request token");
    QVERIFY(!d.tokenStatus()->text().startsWith(u"Ready."_s));
    pageScreenshots(u"3-token"_s);
    button(QWizard::NextButton)->click();

    // The sandbox sends the browser straight to the callback: on to the Create page.
    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    checkPage(ProvisioningWizard::CreatePageId, "Create");
    QVERIFY(button(QWizard::CommitButton)->text() != "&Create instance"_L1);
    pageScreenshots(u"5-create"_s);
    button(QWizard::CommitButton)->click();

    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::DonePageId), 10000);
    QVERIFY(d.saveProfileButton()->isVisible());
    checkPage(ProvisioningWizard::DonePageId, "Done");
    d.copyTokenButton()->click();
    pageScreenshots(u"6-done"_s);
    QSignalSpy saved(m_app->session.get(), &ProfileSession::saveFinished);
    d.saveProfileButton()->click();
    QVERIFY(saved.wait(10000));
    const QLabel *message = d.message(ProvisioningWizard::DonePageId);
    QVERIFY2(!message->accessibleDescription().contains(u" saved"_s), qPrintable(message->accessibleDescription()));
    checkMnemonics(m_app->wizard.get());
    screenshot(m_app->wizard.get(), u"6-done-saved"_s);

    // The dialogs of the Done page and of every page.
    RequestLogDialog *log = d.openRequestLog();
    QVERIFY(log && log->isVisible());
    QVERIFY(log->windowTitle() != "Request log"_L1);
    checkMnemonics(log);
    screenshot(log, u"7-request-log"_s);
    log->close();

    CurlDialog *curl = d.openCurl();
    QVERIFY(curl->isVisible());
    QVERIFY(curl->windowTitle() != "Equivalent cURL commands"_L1);
    checkMnemonics(curl);
    screenshot(curl, u"8-curl"_s);
    curl->close();

    ProfilesDialog profiles(m_app->session.get(), m_app->wizard.get());
    profiles.show();
    QVERIFY(QTest::qWaitForWindowExposed(&profiles));
    QVERIFY(profiles.windowTitle() != "Profiles"_L1);
    checkMnemonics(&profiles);
    screenshot(&profiles, u"9-profiles"_s);
    profiles.close();

    ExportDialog exportDialog(m_app->flow.get(), m_app->wizard.get());
    exportDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
    QVERIFY(exportDialog.windowTitle() != "Export instance.json"_L1);
    checkMnemonics(&exportDialog);
    screenshot(&exportDialog, u"10-export"_s);
    exportDialog.close();
}

// The errors of the core, translated, where they show: token and create pages.
void TstTranslations::errorsInGerman()
{
    SandboxFault error;
    error.kind = SandboxFault::Kind::HttpError;
    error.status = 500;
    m_app->sandbox->addFault(Endpoint::Token, error);
    m_app->sandbox->addFault(Endpoint::CreateInstance, error);

    button(QWizard::NextButton)->click();
    m_app->driver().passElementPage();
    fillApp();
    button(QWizard::NextButton)->click();

    const WizardDriver d = m_app->driver();
    const QLabel *tokenError = d.message(ProvisioningWizard::TokenPageId);
    QTRY_VERIFY_WITH_TIMEOUT(d.retryButton()->isVisible(), 10000);
    QVERIFY(tokenError->text().contains(u"500"_s));
    QVERIFY2(!tokenError->text().contains(u" failed: "_s), qPrintable(tokenError->text()));
    checkPage(ProvisioningWizard::TokenPageId, "Request token");
    pageScreenshots(u"3-token-error"_s);
    d.retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::NextButton)->isEnabled(), 10000);
    button(QWizard::NextButton)->click();

    QTRY_COMPARE_WITH_TIMEOUT(m_app->wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    const QLabel *createMessage = d.message(ProvisioningWizard::CreatePageId);
    button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(createMessage->text().contains(u"500"_s), 10000);
    QVERIFY2(!createMessage->text().contains(u"Nothing you entered"_s), qPrintable(createMessage->text()));
    checkPage(ProvisioningWizard::CreatePageId, "Create");
    pageScreenshots(u"5-create-error"_s);
}

void TstTranslations::checkClipping(QWidget *window, const QString &where)
{
    for (const QString &problem : clippedTexts(window))
        m_clipped.append(where + u": "_s + problem);
    QVERIFY(test::screenshot(window, QString::fromLatin1(QTest::currentDataTag()) + u"-clip-"_s + where));
}

// (c) Every page and dialog in every language, at the size it opens with: no label or
// button shows less than its text (a translation longer than the English one is the
// usual cause; the fix is the layout or a shorter translation, never a smaller test).
void TstTranslations::noClippedText_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : availableLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TstTranslations::noClippedText()
{
    QFETCH(QString, language);
    QCOMPARE(QLocale().name().left(2), language);
    m_clipped.clear();
    const WizardDriver d = m_app->driver();
    ProvisioningWizard *wizard = m_app->wizard.get();
    if (language != "en"_L1)
        QVERIFY2(wizard->currentPage()->title() != "Connection"_L1, "the wizard is not translated");

    // The first token and the first creation fail: the pages' errors are looked at too.
    SandboxFault error;
    error.kind = SandboxFault::Kind::HttpError;
    error.status = 500;
    m_app->sandbox->addFault(Endpoint::Token, error);
    m_app->sandbox->addFault(Endpoint::CreateInstance, error);

    checkClipping(wizard, u"1-connection"_s);
    d.next();
    checkClipping(wizard, u"2-element"_s);
    d.passElementPage();
    fillApp();
    checkClipping(wizard, u"2-app"_s);
    d.next();
    QTRY_VERIFY_WITH_TIMEOUT(d.retryButton()->isVisible(), 10000);
    checkClipping(wizard, u"3-token-error"_s);
    d.retryButton()->click();
    QVERIFY(d.waitUntilNextEnabled());
    checkClipping(wizard, u"3-token"_s);
    d.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ProvisioningWizard::AuthorizePageId), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(d.browser() || d.systemBrowserButton()->isVisible(), 15000);
    checkClipping(wizard, u"4-authorize"_s);
    // On: from now on the sandbox approves at once, and the page loads it again.
    m_app->sandbox->setAutoApprove(true);
    if (d.browser())
        d.browser()->reload();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ProvisioningWizard::CreatePageId), 15000);
    checkClipping(wizard, u"5-create"_s);
    d.commit();
    QTRY_VERIFY_WITH_TIMEOUT(d.message(ProvisioningWizard::CreatePageId)->text().contains(u"500"_s), 10000);
    checkClipping(wizard, u"5-create-error"_s);
    d.commit();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ProvisioningWizard::DonePageId), 10000);
    checkClipping(wizard, u"6-done"_s);
    QSignalSpy saved(m_app->session.get(), &ProfileSession::saveFinished);
    d.saveProfileButton()->click();
    QVERIFY(saved.wait(10000));
    checkClipping(wizard, u"6-done-saved"_s);

    RequestLogDialog *log = d.openRequestLog();
    QVERIFY(log && log->isVisible());
    checkClipping(log, u"7-request-log"_s);
    log->close();
    CurlDialog *curl = d.openCurl();
    QVERIFY(curl && curl->isVisible());
    checkClipping(curl, u"8-curl"_s);
    curl->close();
    ProfilesDialog profiles(m_app->session.get(), wizard);
    profiles.show();
    QVERIFY(QTest::qWaitForWindowExposed(&profiles));
    checkClipping(&profiles, u"9-profiles"_s);
    profiles.close();
    ExportDialog exportDialog(m_app->flow.get(), wizard);
    exportDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
    checkClipping(&exportDialog, u"10-export"_s);
    exportDialog.close();

    QVERIFY2(m_clipped.isEmpty(), qPrintable(u"\n"_s + m_clipped.join(u'\n')));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    TstTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
