#include "apppage.h"

#include "browserwidget.h"
#include "core/events.h"
#include "core/oauthparameters.h"
#include "core/provisioningflow.h"
#include "messages.h"
#include "provisioningwizard.h"
#include "secretlineedit.h"
#include "tageditor.h"
#include "ui_apppage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

// The letter after a single '&' in `text`, lower case, or none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

// `text` with a mnemonic on a letter no other control of the page uses (a word's first
// letter preferred), which is then taken; without one when every letter is taken.
QString withMnemonic(const QString &text, QSet<QChar> *taken)
{
    QString escaped = text;
    escaped.replace(u'&', "&&"_L1);
    auto usable = [&](qsizetype i) {
        const QChar c = escaped.at(i).toLower();
        return c >= u'a' && c <= u'z' && !taken->contains(c) && (i == 0 || escaped.at(i - 1) != u'&');
    };
    qsizetype at = -1;
    for (qsizetype i = 0; i < escaped.size() && at < 0; ++i) {
        if ((i == 0 || escaped.at(i - 1) == u' ') && usable(i))
            at = i;
    }
    for (qsizetype i = 0; i < escaped.size() && at < 0; ++i) {
        if (usable(i))
            at = i;
    }
    if (at < 0)
        return escaped;
    taken->insert(escaped.at(at).toLower());
    return escaped.insert(at, u'&');
}

}  // namespace

AppPage::AppPage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::AppPage>())
{
    m_ui->setupUi(this);
    usePlainTextLabels(this);
    // Events are optional: the Events page comes next only when asked for here (or when
    // the settings came with a profile, an instance.json or a re-authorized instance).
    m_ui->eventsCheck->setToolTip(tr("Cloud Elements posts the instance's events to an address of yours."));
    connect(m_ui->eventsCheck, &QCheckBox::toggled, this, [this](bool on) {
        EventSettings events = m_context.flow->events();
        if (on == events.isEnabled())
            return;
        events.state = on ? EventSettings::State::Enabled : EventSettings::State::Unspecified;
        m_context.flow->setEvents(events);
    });

    m_ui->nameEdit->setToolTip(tr("How the instance is called in Cloud Elements."));
    m_ui->form->setRowVisible(m_ui->tagsMessage, false);

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_touched.insert(field::Name);
        applyToFlow();
    });
    connect(m_ui->nameEdit, &QLineEdit::editingFinished, this, [this] {
        m_touched.insert(field::Name);
        showMessages(false);
    });
    connect(m_ui->tagEditor, &TagEditor::tagsChanged, this, [this] { applyToFlow(); });
    // The form is built when the page is first shown (initializePage()): the first page
    // stays light.
}

AppPage::~AppPage() = default;

void AppPage::buildForm()
{
    const ElementDescription &element = m_context.flow->element();
    if (m_built && element == m_builtFor && element.origin == m_builtFor.origin)
        return;
    m_built = true;
    m_builtFor = element;
    for (QWidget *row : std::as_const(m_rows))
        m_ui->form->removeRow(row);  // deletes the row's label, field and message
    m_rows.clear();
    m_fields.clear();
    m_touched.clear();
    m_sitePreview = nullptr;
    m_siteEntry = nullptr;

    setTitle(element.isOAuth() ? tr("%1 app").arg(element.displayName())
                               : tr("%1 account").arg(element.displayName()));
    setSubTitle(element.isOAuth()
                    ? tr("Your %1 app's OAuth client, the account to connect, and how to name the new instance. "
                         "Entries marked * are required.")
                          .arg(element.displayName())
                    : tr("How Cloud Elements signs in to the %1 account, and how to name the new instance. "
                         "Entries marked * are required.")
                          .arg(element.displayName()));
    m_ui->nameEdit->setPlaceholderText(tr("Acme Corp. %1").arg(element.displayName()));

    // Alt+letter stays unambiguous: the letters of the page's own labels and the wizard's
    // buttons are taken first.
    QSet<QChar> taken;
    for (const QLabel *label : findChildren<QLabel *>())
        taken.insert(mnemonicOf(label->text()));
    for (const QAbstractButton *button : findChildren<QAbstractButton *>())
        taken.insert(mnemonicOf(button->text()));
    if (QWizard *w = wizard()) {
        for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton, QWizard::CustomButton1,
                           QWizard::CustomButton2})
            taken.insert(mnemonicOf(w->buttonText(which)));
    } else {
        for (QChar c : {u'b', u'n', u'g', u'v'})  // < &Back, &Next >, Request lo&g, &View as cURL
            taken.insert(c);
    }

    int row = 0;
    QWidget *previous = nullptr;
    for (const ConfigurationEntry *entry : element.visibleEntries()) {
        QWidget *widget = nullptr;
        QLabel *label = nullptr;
        switch (entry->type) {
        case ConfigurationEntry::Type::Boolean: {
            auto *check = new QCheckBox(withMnemonic(entry->displayLabel(), &taken), this);
            connect(check, &QCheckBox::toggled, this, [this, id = field::configuration(entry->key)] {
                m_touched.insert(id);
                applyToFlow();
            });
            widget = check;
            break;
        }
        case ConfigurationEntry::Type::Choice: {
            auto *combo = new QComboBox(this);
            if (!entry->required && !entry->hasDefault())
                combo->addItem(tr("(not set)"), QString());
            for (const ChoiceOption &option : entry->options)
                combo->addItem(option.displayLabel(), option.value);
            connect(combo, &QComboBox::activated, this, [this, id = field::configuration(entry->key)] {
                m_touched.insert(id);
                applyToFlow();
            });
            widget = combo;
            break;
        }
        case ConfigurationEntry::Type::Text:
        case ConfigurationEntry::Type::Secret: {
            QLineEdit *edit = entry->isSecret() ? new SecretLineEdit(this) : new QLineEdit(this);
            const QString id = field::configuration(entry->key);
            connect(edit, &QLineEdit::textEdited, this, [this, id] {
                m_touched.insert(id);
                applyToFlow();
            });
            connect(edit, &QLineEdit::editingFinished, this, [this, id] {
                m_touched.insert(id);
                showMessages(false);
            });
            if (entry->format == ConfigurationEntry::Format::Subdomain)
                edit->setPlaceholderText(tr("targetcompany"));
            else if (entry->format == ConfigurationEntry::Format::Url)
                edit->setPlaceholderText(u"https://"_s);
            widget = edit;
            break;
        }
        }
        widget->setObjectName(u"config:"_s + entry->key);  // the field of that entry, by name
        widget->setToolTip(entry->displayDescription());
        widget->setWhatsThis(entry->displayDescription());
        widget->setAccessibleName(entry->displayLabel());
        widget->setAccessibleDescription(entry->required ? tr("Required.") + u' ' + entry->displayDescription()
                                                         : entry->displayDescription());
        if (entry->type == ConfigurationEntry::Type::Boolean) {
            m_ui->form->insertRow(row++, QString(), widget);
        } else {
            label = new QLabel(withMnemonic(entry->displayLabel(), &taken) + (entry->required ? u" *:"_s : u":"_s),
                               this);
            label->setTextFormat(Qt::PlainText);
            label->setBuddy(widget);
            label->setToolTip(entry->required ? tr("Required") : QString());
            m_ui->form->insertRow(row++, label, widget);
        }
        m_rows.append(widget);
        if (entry->format == ConfigurationEntry::Format::Subdomain && !m_siteEntry) {
            m_siteEntry = entry;
            m_sitePreview = new QLabel(this);
            m_sitePreview->setObjectName(u"sitePreviewLabel"_s);
            m_sitePreview->setTextFormat(Qt::PlainText);
            m_sitePreview->setForegroundRole(QPalette::PlaceholderText);
            m_sitePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_ui->form->insertRow(row++, QString(), m_sitePreview);
            m_rows.append(m_sitePreview);
        }
        auto *message = new QLabel(this);
        m_ui->form->insertRow(row++, QString(), message);
        m_rows.append(message);
        setFieldMessage(m_ui->form, message, {});
        m_fields.append({field::configuration(entry->key), entry->key, widget, message});
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }
    // Tab goes through the fields in the form's order, then the name, the tags and the
    // events check box: the rows made now come after the .ui's widgets in the focus chain,
    // so those move behind them (which also makes the first field the one the wizard gives
    // the focus to; the tag editor takes the focus for its input, so it moves too).
    if (previous) {
        QWidget *after = previous;
        QList<QWidget *> tail{m_ui->nameEdit, m_ui->tagEditor};
        for (QWidget *w : m_ui->tagEditor->findChildren<QWidget *>()) {
            if (w->focusPolicy() & Qt::TabFocus)
                tail.append(w);
        }
        tail.append(m_ui->eventsCheck);
        for (QWidget *w : std::as_const(tail)) {
            setTabOrder(after, w);
            after = w;
        }
    }
    m_fields.append({field::Name, {}, m_ui->nameEdit, m_ui->nameMessage});

    // An empty field starts with the descriptor's default (the callback URL's).
    for (const ConfigurationEntry *entry : element.visibleEntries()) {
        if (entry->hasDefault() && m_context.flow->configuration(entry->key).isEmpty())
            m_context.flow->setConfiguration(entry->key, entry->defaultValue);
    }
    loadFromFlow();
}

QString AppPage::valueOf(const Field &f) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(f.widget))
        return edit->text();
    if (auto *check = qobject_cast<QCheckBox *>(f.widget))
        return check->isChecked() ? u"true"_s : u"false"_s;
    if (auto *combo = qobject_cast<QComboBox *>(f.widget))
        return combo->currentData().toString();
    return {};
}

void AppPage::loadFromFlow()
{
    ProvisioningFlow *flow = m_context.flow;
    for (const Field &f : std::as_const(m_fields)) {
        const QString value = f.key.isEmpty() ? flow->name() : flow->configuration(f.key);
        const QSignalBlocker block(f.widget);
        if (auto *edit = qobject_cast<QLineEdit *>(f.widget)) {
            if (edit->text() != value)
                edit->setText(value);
        } else if (auto *check = qobject_cast<QCheckBox *>(f.widget)) {
            check->setChecked(value == "true"_L1);
        } else if (auto *combo = qobject_cast<QComboBox *>(f.widget)) {
            const int index = combo->findData(value);
            combo->setCurrentIndex(index >= 0 ? index : 0);
        }
    }
    m_ui->tagEditor->setTags(flow->tags());
    m_ui->eventsCheck->setChecked(flow->events().isEnabled());
    updatePreview();
    showMessages(false);
}

void AppPage::initializePage()
{
    buildForm();
    loadFromFlow();
    // What a choice or a check box shows at first is what is sent.
    applyToFlow();
    if (!m_fields.isEmpty())
        m_fields.first().widget->setFocus();
    // OAuth 2.0 goes from here to the Authorize page: its browser's plugin loads meanwhile,
    // off this thread (OAuth 1.0a's Token page does it; credentials need no browser).
    if (m_context.flow->element().authentication == Authentication::OAuth2)
        BrowserWidget::preload();
}

void AppPage::applyToFlow()
{
    ProvisioningFlow *flow = m_context.flow;
    for (const Field &f : std::as_const(m_fields)) {
        if (f.key.isEmpty())
            flow->setName(m_ui->nameEdit->text());
        else
            flow->setConfiguration(f.key, valueOf(f));
    }
    flow->setTags(m_ui->tagEditor->tags());
    updatePreview();
    showMessages(false);
    Q_EMIT completeChanged();
}

void AppPage::updatePreview()
{
    if (!m_siteEntry || !m_sitePreview)
        return;
    const ConfigurationEntry *p = m_siteEntry;
    const QString site = normaliseSubdomain(m_context.flow->configuration(p->key), p->domain);
    const bool valid = !site.isEmpty() && checkSubdomain(site, p->domain).isEmpty();
    m_sitePreview->setText(valid ? tr("Connects https://%1.%2").arg(site, p->domain)
                                 : tr("For https://targetcompany.%1, enter targetcompany").arg(p->domain));
}

void AppPage::showMessages(bool all)
{
    const QList<ValidationIssue> issues = m_context.flow->inputIssues();
    for (const Field &f : std::as_const(m_fields))
        setFieldMessage(m_ui->form, f.message, all || m_touched.contains(f.id) ? messageFor(issues, f.id) : QString());
}

bool AppPage::isComplete() const
{
    // The events settings have their own page, which says what is wrong with them.
    const QList<ValidationIssue> issues = m_context.flow->inputIssues();
    const QString prefix = field::configuration(QString());
    return std::all_of(issues.cbegin(), issues.cend(), [&prefix](const ValidationIssue &issue) {
        return issue.field.startsWith(prefix) && events::isEventsKey(QStringView(issue.field).sliced(prefix.size()));
    });
}

bool AppPage::validatePage()
{
    // Typed but not yet added: a tag left in the input is surely meant.
    if (!m_ui->tagEditor->input()->text().trimmed().isEmpty()) {
        QStringList tags = m_ui->tagEditor->tags();
        tags.append(m_ui->tagEditor->input()->text().trimmed());
        m_ui->tagEditor->input()->clear();
        m_ui->tagEditor->setTags(tags);
    }
    showMessages(true);
    return isComplete();
}

int AppPage::nextId() const
{
    // The Events page; the wizard skips it when events were not asked for.
    return ProvisioningWizard::EventsPageId;
}

}  // namespace ce
