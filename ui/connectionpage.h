#pragma once

#include "messages.h"
#include "wizardcontext.h"

#include <QSet>
#include <QWizardPage>

#include <memory>
#include <optional>

class QCheckBox;

namespace Ui { class ConnectionPage; }

namespace ce {

// Page 1: where to start from (a fresh setup, a saved profile, an imported instance.json),
// the environment and the platform secrets.
class ConnectionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectionPage(const WizardContext &context, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    void selectSandbox();
    // Reads an instance.json into the wizard; problems are shown on the page. (Import
    // asks for the file first.)
    bool importFrom(const QString &path);

    bool isComplete() const override;
    bool validatePage() override;

private:
    // Starts from the saved profile `id` (as choosing it in "Start from" does).
    bool startFromProfile(const QString &id);
    // Fills the "Start from" list again (after the profiles dialog changed something).
    void refreshProfiles();
    void onEnvironmentChanged();
    void onProfileChosen();
    void showFlowEnvironment();
    void applyToFlow();
    void showMessages(bool all);
    void showProfileMessage(const QString &message, MessageKind kind = MessageKind::Error);
    // "Re-authorize its instance N": offered when the chosen profile remembers the instance
    // it created (of this element); ticking it makes the flow end in PUT /instances/{id}.
    void updateReauthorizeOption();

    WizardContext m_context;
    std::unique_ptr<Ui::ConnectionPage> m_ui;
    std::optional<SandboxAccess> m_sandbox;
    QString m_sandboxError;
    QSet<QWidget *> m_touched;
    bool m_updating = false;
    QCheckBox *m_reauthorize = nullptr;
};

}  // namespace ce
