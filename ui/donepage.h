#pragma once

#include "wizardcontext.h"

#include <QWizardPage>

#include <memory>

namespace Ui { class DonePage; }

namespace ce {

class InstanceVerification;

// Page 6: what the platform created: id, name, element, status, tags, the token (masked,
// with Copy) and the configuration as returned. The actions row holds Save profile and
// Export instance.json. Right away it asks the platform about the instance
// (GET /instances/{id}) and shows what it says.
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DonePage(const WizardContext &context, QWidget *parent = nullptr);
    ~DonePage() override;

    void initializePage() override;

private:
    // Saves the flow as the profile named in the page (and its secrets in the keychain).
    void saveProfile();
    void showVerification();

    WizardContext m_context;
    std::unique_ptr<Ui::DonePage> m_ui;
    InstanceVerification *m_verification;
};

}  // namespace ce
