#pragma once

#include <QDialog>

#include <memory>

namespace Ui { class CurlDialog; }

namespace ce {

class ProvisioningFlow;

// The cURL commands equivalent to the steps so far, as Cloud Elements' documentation
// writes them. Secrets are placeholders unless the user reveals them; Copy copies
// what is shown.
class CurlDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CurlDialog(ProvisioningFlow *flow, QWidget *parent = nullptr);
    ~CurlDialog() override;

private:
    QString text() const;
    void refresh();

    ProvisioningFlow *m_flow;
    std::unique_ptr<Ui::CurlDialog> m_ui;
};

}  // namespace ce
