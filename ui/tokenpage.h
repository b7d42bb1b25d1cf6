#pragma once

#include "wizardcontext.h"

#include <QWizardPage>

#include <memory>

namespace Ui { class TokenPage; }

namespace ce {

// Page 3: steps 1 and 2 (request token, authorization URL), with a busy indicator, a
// Cancel that cancels the call, and a Retry after an error. Every visit asks for a new token.
class TokenPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TokenPage(const WizardContext &context, QWidget *parent = nullptr);
    ~TokenPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void refresh();

    WizardContext m_context;
    std::unique_ptr<Ui::TokenPage> m_ui;
};

}  // namespace ce
