#pragma once

#include <QDialog>

#include <memory>

namespace Ui { class ExportDialog; }

namespace ce {

class ProvisioningFlow;

// Writes the POST /instances body as instance.json. Secrets are replaced by Cloud
// Elements' placeholders unless the user asks for them, with a warning. The file offered
// is named after the instance and never an existing one; an existing file is replaced only
// after the user says so (the Browse dialog asks itself). Written atomically; a failure is
// shown in the dialog and changes nothing on disk.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(ProvisioningFlow *flow, QWidget *parent = nullptr);
    ~ExportDialog() override;

private:
    // Exports to the path in the dialog; on success accepts the dialog.
    bool exportNow();
    bool confirmReplace(const QString &path);

    ProvisioningFlow *m_flow;
    std::unique_ptr<Ui::ExportDialog> m_ui;
    QString m_confirmedPath;  // chosen in the file dialog, which asked about replacing it
};

}  // namespace ce
