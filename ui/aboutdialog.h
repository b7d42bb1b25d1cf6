#pragma once

#include "wizardcontext.h"

#include <QDialog>

#include <memory>

namespace Ui { class AboutDialog; }

namespace ce {

// About CE Provisioner: what a user tells someone who helps them. The version (and Qt's),
// the licence, the system and the environment the wizard talks to, whether secrets go to
// a keychain (the profile store's secret store says), and where profiles live. Copy puts
// it all on the clipboard as text.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const WizardContext &context, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // Everything shown, one "Label: value" line each.
    QString text() const;
    // Reads the details again (the environment changes), and asks the keychain whether it
    // works (until a secret was stored or read, the store cannot know): the answer updates
    // the dialog when it comes.
    void refresh();

private:
    void showDetails();

    WizardContext m_context;
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

}  // namespace ce
