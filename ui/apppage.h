#pragma once

#include "wizardcontext.h"

#include "core/elementdescription.h"

#include <QSet>
#include <QWizardPage>

#include <memory>

class QLabel;

namespace Ui { class AppPage; }

namespace ce {

// Page 3: the form of the chosen element, generated from its descriptor's visible
// configuration entries in their order (text, secret, boolean, choice; a mark on the
// required ones, the check's message under each field), then the new instance's name and
// tags. Labels and help come from the descriptor; checks come from the core. The pages
// after it follow the element's kind (ProvisioningWizard::afterInputs()).
class AppPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AppPage(const WizardContext &context, QWidget *parent = nullptr);
    ~AppPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // OAuth 1.0a: the request token; OAuth 2.0: the authorization (no token step);
    // credentials: straight to creation.
    int nextId() const override;

private:
    struct Field
    {
        QString id;   // its ce::field id: field::configuration(key) or field::Name
        QString key;  // the configuration key; empty for the name
        QWidget *widget;  // QLineEdit, QCheckBox or QComboBox, named "config:<key>"
        QLabel *message;
    };
    // Builds the rows of the flow's element (again, when it changed since).
    void buildForm();
    // Shows the flow's current inputs in the fields (after a profile was loaded).
    void loadFromFlow();
    void applyToFlow();
    void showMessages(bool all);
    void updatePreview();
    QString valueOf(const Field &field) const;

    WizardContext m_context;
    std::unique_ptr<Ui::AppPage> m_ui;
    ElementDescription m_builtFor;  // the element the rows are of
    bool m_built = false;
    QList<Field> m_fields;
    QList<QWidget *> m_rows;        // the generated rows' fields, removed on rebuild
    QLabel *m_sitePreview = nullptr;
    const ConfigurationEntry *m_siteEntry = nullptr;  // in m_builtFor
    QSet<QString> m_touched;
};

}  // namespace ce
