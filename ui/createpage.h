#pragma once

#include "wizardcontext.h"

#include "core/provisioningflow.h"

#include <QWizardPage>

#include <memory>

namespace Ui { class CreatePage; }

namespace ce {

// Page 5: a summary of what will be sent (secrets masked), the JSON body, and the
// commit button that creates the instance. The button is disabled while the request
// runs; an error keeps everything and the same button retries.
class CreatePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CreatePage(const WizardContext &context, QWidget *parent = nullptr);
    ~CreatePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void refresh();

    WizardContext m_context;
    std::unique_ptr<Ui::CreatePage> m_ui;
};

}  // namespace ce
