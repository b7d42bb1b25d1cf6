#pragma once

#include "wizardcontext.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui { class AppPage; }

namespace ce {

// Page 2: the FreshBooks app (consumer key and secret, callback URL), the account's site
// address, and the new instance's name and tags. Labels and help come from the element
// description; checks come from the core.
class AppPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AppPage(const WizardContext &context, QWidget *parent = nullptr);
    ~AppPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    struct Field
    {
        QString id;   // its ce::field id: field::configuration(key) or field::Name
        QString key;  // the configuration key; empty for the name
        QLineEdit *edit;
        QLabel *message;
    };
    // Shows the flow's current inputs in the fields (after a profile was loaded).
    void loadFromFlow();
    void applyToFlow();
    void showMessages(bool all);
    void updatePreview();

    WizardContext m_context;
    std::unique_ptr<Ui::AppPage> m_ui;
    QList<Field> m_fields;
    QSet<QString> m_touched;
};

}  // namespace ce
