#pragma once

#include "wizardcontext.h"

#include <QWizardPage>

#include <memory>

namespace Ui { class ConnectionPage; }

namespace ce {

// Page 1: the environment and the platform secrets.
class ConnectionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectionPage(const WizardContext &context, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    void selectSandbox();
    bool isComplete() const override;
    bool validatePage() override;

    Ui::ConnectionPage *ui() const { return m_ui.get(); }

private:
    void onEnvironmentChanged();
    void applyToFlow();
    void showMessages(bool all);

    WizardContext m_context;
    std::unique_ptr<Ui::ConnectionPage> m_ui;
    std::optional<SandboxAccess> m_sandbox;
    QString m_sandboxError;
    QSet<QWidget *> m_touched;
};

}  // namespace ce
