#include "apppage.h"

#include "core/events.h"
#include "core/oauthparameters.h"
#include "core/provisioningflow.h"
#include "messages.h"
#include "tageditor.h"
#include "ui_apppage.h"

#include <QCheckBox>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ce {

AppPage::AppPage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::AppPage>())
{
    m_ui->setupUi(this);
    usePlainTextLabels(this);
    const ElementDescription &element = context.flow->element();
    setTitle(tr("%1 app").arg(element.displayName()));
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

    // Which widget edits which configuration entry, by the OAuth parameter it feeds.
    const QList<QPair<QString, QLineEdit *>> byParameter = {
        {oauth::ApiKey, m_ui->consumerKeyEdit},
        {oauth::ApiSecret, m_ui->consumerSecretEdit},
        {oauth::SiteAddress, m_ui->siteAddressEdit},
        {oauth::CallbackUrl, m_ui->callbackUrlEdit},
    };
    const QHash<QLineEdit *, QLabel *> messages = {
        {m_ui->consumerKeyEdit, m_ui->consumerKeyMessage},
        {m_ui->consumerSecretEdit, m_ui->consumerSecretMessage},
        {m_ui->siteAddressEdit, m_ui->siteAddressMessage},
        {m_ui->callbackUrlEdit, m_ui->callbackUrlMessage},
    };
    for (const auto &[parameter, edit] : byParameter) {
        const ConfigurationEntry *p = element.entryForOAuthParameter(parameter);
        if (!p)
            continue;
        edit->setToolTip(p->displayDescription());
        edit->setAccessibleDescription(p->displayDescription());
        edit->setWhatsThis(p->displayDescription());
        edit->setObjectName(u"config:"_s + p->key);  // the field of that entry, by name
        m_fields.append({field::configuration(p->key), p->key, edit, messages.value(edit)});
    }
    m_fields.append({field::Name, {}, m_ui->nameEdit, m_ui->nameMessage});
    m_ui->consumerKeyEdit->setPlaceholderText(tr("mycompany"));
    m_ui->siteAddressEdit->setPlaceholderText(tr("targetcompany"));
    m_ui->nameEdit->setPlaceholderText(tr("Acme Corp. FreshBooks"));
    m_ui->nameEdit->setToolTip(tr("How the instance is called in Cloud Elements."));
    m_ui->sitePreviewLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->sitePreviewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->form->setRowVisible(m_ui->tagsMessage, false);

    for (const Field &f : std::as_const(m_fields)) {
        connect(f.edit, &QLineEdit::textEdited, this, [this, id = f.id] {
            m_touched.insert(id);
            applyToFlow();
        });
        connect(f.edit, &QLineEdit::editingFinished, this, [this, id = f.id] {
            m_touched.insert(id);
            showMessages(false);
        });
    }
    connect(m_ui->tagEditor, &TagEditor::tagsChanged, this, [this] { applyToFlow(); });

    // An empty field starts with the descriptor's default (the callback URL's).
    for (const Field &f : std::as_const(m_fields)) {
        const ConfigurationEntry *p = element.entry(f.key);
        if (p && p->hasDefault() && context.flow->configuration(p->key).isEmpty())
            context.flow->setConfiguration(p->key, p->defaultValue);
    }
    loadFromFlow();
}

AppPage::~AppPage() = default;

void AppPage::loadFromFlow()
{
    ProvisioningFlow *flow = m_context.flow;
    for (const Field &f : std::as_const(m_fields)) {
        const QString value = f.key.isEmpty() ? flow->name() : flow->configuration(f.key);
        if (f.edit->text() != value)
            f.edit->setText(value);
    }
    m_ui->tagEditor->setTags(flow->tags());
    m_ui->eventsCheck->setChecked(flow->events().isEnabled());
    updatePreview();
    showMessages(false);
}

void AppPage::initializePage()
{
    loadFromFlow();
    m_ui->consumerKeyEdit->setFocus();
}

void AppPage::applyToFlow()
{
    ProvisioningFlow *flow = m_context.flow;
    for (const Field &f : std::as_const(m_fields)) {
        if (f.key.isEmpty())
            flow->setName(f.edit->text());
        else
            flow->setConfiguration(f.key, f.edit->text());
    }
    flow->setTags(m_ui->tagEditor->tags());
    updatePreview();
    showMessages(false);
    Q_EMIT completeChanged();
}

void AppPage::updatePreview()
{
    const ConfigurationEntry *p = m_context.flow->element().entryForOAuthParameter(oauth::SiteAddress);
    if (!p)
        return;
    const QString site = normaliseSubdomain(m_ui->siteAddressEdit->text(), p->domain);
    const bool valid = !site.isEmpty() && checkSubdomain(site, p->domain).isEmpty();
    m_ui->sitePreviewLabel->setText(valid ? tr("Connects https://%1.%2").arg(site, p->domain)
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

}  // namespace ce
