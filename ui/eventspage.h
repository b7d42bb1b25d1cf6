#pragma once

#include "wizardcontext.h"

#include <QSet>
#include <QWizardPage>

#include <memory>

namespace Ui { class EventsPage; }

namespace ce {

// Optional step after the app's inputs: event notifications for the new instance (or the
// one re-authorized): on or off, how the platform learns of events (the provider's webhook,
// or polling every so many minutes, as the element's descriptor allows), the callback URL
// they are posted to (required and checked when on), and an optional signature key (a
// secret: masked, in the keychain with the profile, never in a log). The settings are the
// flow's (EventSettings); the checks are the core's.
class EventsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit EventsPage(const WizardContext &context, QWidget *parent = nullptr);
    ~EventsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;  // the element's kind decides (ProvisioningWizard::afterInputs())

private:
    void loadFromFlow();
    void applyToFlow();
    void updateVisibility();
    void showMessages(bool all);

    WizardContext m_context;
    std::unique_ptr<Ui::EventsPage> m_ui;
    QSet<QWidget *> m_touched;
    bool m_loading = false;
    // Off means "false" once the settings were given (a profile, an instance.json, a
    // re-authorized instance), and "the platform's default" (nothing sent) otherwise.
    bool m_wasSpecified = false;
};

}  // namespace ce
