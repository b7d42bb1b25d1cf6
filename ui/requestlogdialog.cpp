#include "requestlogdialog.h"

#include "core/requestlog.h"
#include "messages.h"
#include "ui_requestlogdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ce {

RequestLogDialog::RequestLogDialog(RequestLog *log, QWidget *parent)
    : QDialog(parent), m_log(log), m_ui(std::make_unique<Ui::RequestLogDialog>())
{
    m_ui->setupUi(this);
    m_ui->table->setAccessibleName(tr("Calls to Cloud Elements"));
    m_ui->details->setAccessibleName(tr("The selected call"));
    usePlainTextLabels(this);
    resize(820, 560);
    m_ui->table->setModel(log);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setStretchLastSection(false);
    m_ui->table->horizontalHeader()->setSectionResizeMode(RequestLog::UrlColumn, QHeaderView::Stretch);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Save…"));
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    setMessage(m_ui->messageLabel, {});

    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestLogDialog::showDetails);
    connect(log, &QAbstractItemModel::rowsInserted, this, [this] {
        // Follow the newest call unless the user is reading an older one.
        if (!m_ui->table->currentIndex().isValid() || m_ui->table->currentIndex().row() == m_log->rowCount() - 2)
            m_ui->table->selectRow(m_log->rowCount() - 1);
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the request log"),
                                                          QDir::home().filePath(u"ce-provisioner-requests.txt"_s),
                                                          tr("Text files (*.txt)"));
        if (!path.isEmpty())
            saveTo(path);
    });
    if (log->rowCount() > 0)
        m_ui->table->selectRow(log->rowCount() - 1);
}

RequestLogDialog::~RequestLogDialog() = default;

void RequestLogDialog::showDetails()
{
    const int row = m_ui->table->currentIndex().row();
    m_ui->details->setPlainText(row >= 0 && row < m_log->exchanges().size()
                                    ? RequestLog::describe(m_log->exchanges().at(row))
                                    : QString());
}

bool RequestLogDialog::saveTo(const QString &path)
{
    QString error;
    if (!m_log->saveTo(path, &error)) {
        setMessage(m_ui->messageLabel, error);
        return false;
    }
    setMessage(m_ui->messageLabel, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), MessageKind::Ok);
    return true;
}

}  // namespace ce
