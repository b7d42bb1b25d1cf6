#include "exportdialog.h"

#include "core/instancefile.h"
#include "core/provisioningflow.h"
#include "messages.h"
#include "ui_exportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ce {

namespace {
// A secret entry's placeholder, as the file will hold it ("<INSERT_FRESHBOOKS_API_SECRET>").
QString secretPlaceholder(const ElementDescription &element)
{
    for (const ConfigurationEntry &e : element.configuration) {
        if (e.isSecret() && !e.placeholder.isEmpty())
            return e.placeholder;
    }
    return u"<SECRET>"_s;
}
}  // namespace

ExportDialog::ExportDialog(ProvisioningFlow *flow, QWidget *parent)
    : QDialog(parent), m_flow(flow), m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    usePlainTextLabels(this);
    resize(620, 260);
    m_ui->introLabel->setText(tr("The body of POST /instances, as Cloud Elements documents it. Send it again with "
                                 "\"ce-provisioner create --from FILE\" or cURL, or import it to start a new setup."));
    // Named after the instance, and never an earlier export's name ("acme-books (2).instance.json").
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_ui->pathEdit->setText(instancefile::unusedPath(folder.isEmpty() ? QDir::homePath() : folder,
                                                     instancefile::suggestedFileName(flow->name())));
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Export"));
    setMessage(m_ui->messageLabel, {});
    auto updateWarning = [this] {
        setMessage(m_ui->warningLabel,
                   m_ui->secretsCheck->isChecked()
                       ? tr("The file will hold the %1 secrets and the OAuth values: anyone who reads it can "
                            "create an instance for this account. Keep it private (it is written readable by you only).")
                             .arg(m_flow->element().displayName())
                       : tr("Secrets are written as placeholders such as %1.").arg(secretPlaceholder(m_flow->element())),
                   m_ui->secretsCheck->isChecked() ? MessageKind::Warning : MessageKind::Ok);
    };
    connect(m_ui->secretsCheck, &QCheckBox::toggled, this, updateWarning);
    updateWarning();
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export instance.json"), m_ui->pathEdit->text(),
                                                          tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
        m_ui->pathEdit->setText(path);
        m_confirmedPath = path;  // the file dialog asked before choosing an existing file
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportDialog::~ExportDialog() = default;

bool ExportDialog::exportNow()
{
    const QString path = m_ui->pathEdit->text().trimmed();
    if (path.isEmpty()) {
        setMessage(m_ui->messageLabel, tr("Choose a file."));
        m_ui->pathEdit->setFocus();
        return false;
    }
    if (QFileInfo::exists(path) && path != m_confirmedPath && !confirmReplace(path)) {
        setMessage(m_ui->messageLabel, tr("Not exported: %1 was kept as it is. Choose another name.")
                                           .arg(QDir::toNativeSeparators(path)));
        m_ui->pathEdit->setFocus();
        m_ui->pathEdit->selectAll();
        return false;
    }
    const auto secrets = m_ui->secretsCheck->isChecked() ? InstanceRequest::Secrets::Include
                                                         : InstanceRequest::Secrets::Placeholders;
    QString error;
    if (!instancefile::save(path, m_flow->request(), m_flow->element(), secrets, &error)) {
        setMessage(m_ui->messageLabel, error);
        return false;
    }
    accept();
    return true;
}

bool ExportDialog::confirmReplace(const QString &path)
{
    // The file may be an earlier export, one with the real secrets: keeping it is the
    // answer a stray Enter gives.
    QMessageBox box(QMessageBox::Warning, tr("Replace the file?"),
                    tr("%1 already exists. Replace it? What it holds now will be lost.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.button(QMessageBox::Yes)->setText(tr("&Replace"));
    box.button(QMessageBox::No)->setText(tr("&Keep it"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

}  // namespace ce
