#include "eventspage.h"

#include "core/events.h"
#include "core/provisioningflow.h"
#include "messages.h"
#include "provisioningwizard.h"
#include "ui_eventspage.h"

using namespace Qt::StringLiterals;

namespace ce {

EventsPage::EventsPage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::EventsPage>())
{
    m_ui->setupUi(this);
    usePlainTextLabels(this);
    m_ui->noteLabel->setText(tr("Events are posted to the callback URL as JSON. With a signature key, each "
                                "post carries a signature made with it, so that your server can tell it "
                                "comes from Cloud Elements. The key is kept in the keychain with the profile."));
    m_ui->callbackEdit->setToolTip(tr("Where Cloud Elements posts the events: an address of your server, "
                                      "http or https."));
    m_ui->intervalEdit->setToolTip(tr("How often Cloud Elements asks for new events, in whole minutes."));
    for (QLabel *message : {m_ui->intervalMessage, m_ui->callbackMessage, m_ui->signatureMessage})
        setFieldMessage(m_ui->form, message, {});

    connect(m_ui->enabledCheck, &QCheckBox::toggled, this, [this] {
        applyToFlow();
        updateVisibility();
        if (m_ui->enabledCheck->isChecked() && isVisible())
            m_ui->callbackEdit->setFocus();
    });
    connect(m_ui->vendorCombo, &QComboBox::currentIndexChanged, this, [this] {
        applyToFlow();
        updateVisibility();
    });
    for (QLineEdit *edit : {m_ui->intervalEdit, m_ui->callbackEdit, static_cast<QLineEdit *>(m_ui->signatureEdit)}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            applyToFlow();
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            m_touched.insert(edit);
            showMessages(false);
        });
    }
    connect(context.flow, &ProvisioningFlow::inputsChanged, this, [this] {
        if (!isVisible())
            return;
        showMessages(false);
        Q_EMIT completeChanged();
    });
    updateVisibility();
}

EventsPage::~EventsPage() = default;

void EventsPage::initializePage()
{
    loadFromFlow();
    m_ui->enabledCheck->setFocus();
}

void EventsPage::loadFromFlow()
{
    const EventSettings events = m_context.flow->events();
    m_loading = true;
    m_wasSpecified = events.state != EventSettings::State::Unspecified;
    // The ways the flow's element delivers events, named after it: the element may have
    // changed since this page was last shown (Back to the element page).
    const ElementDescription &element = m_context.flow->element();
    m_ui->vendorCombo->clear();
    for (const EventSettings::VendorType type : EventSettings::vendorTypes(element)) {
        m_ui->vendorCombo->addItem(type == EventSettings::VendorType::Webhook
                                       ? tr("%1 calls Cloud Elements (webhook)").arg(element.name)
                                       : tr("Cloud Elements asks %1 (polling)").arg(element.name),
                                   int(type));
    }
    m_ui->enabledCheck->setChecked(events.isEnabled());
    const int vendor = m_ui->vendorCombo->findData(int(events.vendorType));
    if (vendor >= 0)
        m_ui->vendorCombo->setCurrentIndex(vendor);
    m_ui->callbackEdit->setText(events.callbackUrl);
    m_ui->intervalEdit->setText(events.refreshInterval);
    m_ui->signatureEdit->setText(events.signatureKey);
    m_loading = false;
    m_touched.clear();
    updateVisibility();
    showMessages(false);
}

void EventsPage::applyToFlow()
{
    if (m_loading)
        return;
    EventSettings events;
    events.state = m_ui->enabledCheck->isChecked() ? EventSettings::State::Enabled
                   : m_wasSpecified                ? EventSettings::State::Disabled
                                                   : EventSettings::State::Unspecified;
    if (m_ui->vendorCombo->currentIndex() >= 0)
        events.vendorType = EventSettings::VendorType(m_ui->vendorCombo->currentData().toInt());
    events.callbackUrl = m_ui->callbackEdit->text();
    events.refreshInterval = events.vendorType == EventSettings::VendorType::Polling ? m_ui->intervalEdit->text()
                                                                                      : QString();
    events.signatureKey = m_ui->signatureEdit->text();
    m_context.flow->setEvents(events);
    showMessages(false);
    Q_EMIT completeChanged();
}

void EventsPage::updateVisibility()
{
    const bool on = m_ui->enabledCheck->isChecked();
    const bool polling = m_ui->vendorCombo->currentData().toInt() == int(EventSettings::VendorType::Polling);
    m_ui->form->setRowVisible(m_ui->vendorCombo, on);
    m_ui->form->setRowVisible(m_ui->intervalEdit, on && polling);
    m_ui->form->setRowVisible(m_ui->callbackEdit, on);
    m_ui->form->setRowVisible(m_ui->signatureEdit, on);
    m_ui->noteLabel->setVisible(on);
}

void EventsPage::showMessages(bool all)
{
    const QList<ValidationIssue> issues = m_context.flow->events().issues(m_context.flow->element());
    auto shown = [&](QWidget *w, QLatin1StringView key) {
        return all || m_touched.contains(w) ? messageFor(issues, field::configuration(key)) : QString();
    };
    const bool on = m_ui->enabledCheck->isChecked();
    const QString callback = on ? shown(m_ui->callbackEdit, events::CallbackUrlKey) : QString();
    const QString interval = on ? shown(m_ui->intervalEdit, events::RefreshIntervalKey) : QString();
    const QString signature = on ? shown(m_ui->signatureEdit, events::SignatureKeyKey) : QString();
    setFieldMessage(m_ui->form, m_ui->callbackMessage, callback);
    setFieldMessage(m_ui->form, m_ui->intervalMessage, interval);
    setFieldMessage(m_ui->form, m_ui->signatureMessage, signature);
    // Not by colour alone: a screen reader hears the problem with the field.
    m_ui->callbackEdit->setAccessibleDescription(callback);
    m_ui->intervalEdit->setAccessibleDescription(interval);
    m_ui->signatureEdit->setAccessibleDescription(signature);
}

bool EventsPage::isComplete() const
{
    return m_context.flow->events().issues(m_context.flow->element()).isEmpty();
}

bool EventsPage::validatePage()
{
    showMessages(true);
    return isComplete();
}

int EventsPage::nextId() const
{
    return ProvisioningWizard::afterInputs(m_context.flow);
}

}  // namespace ce
