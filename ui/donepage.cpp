#include "donepage.h"

#include "core/provisioningflow.h"
#include "ui_donepage.h"
#include "widgets.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace ce {

DonePage::DonePage(const WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::DonePage>())
{
    m_ui->setupUi(this);
    m_ui->copyTokenButton->setIcon(QIcon(u":/icons/copy.svg"_s));
    m_ui->configurationTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->configurationTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setMessage(m_ui->messageLabel, {});
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_context.flow->instance().token);
        setMessage(m_ui->messageLabel, tr("The token is on the clipboard."), u"ok"_s);
    });
}

DonePage::~DonePage() = default;

QHBoxLayout *DonePage::actionsLayout() const
{
    return m_ui->actionsLayout;
}

void DonePage::initializePage()
{
    const Instance instance = m_context.flow->instance();
    m_ui->idValue->setText(QString::number(instance.id));
    m_ui->nameValue->setText(instance.name);
    m_ui->elementValue->setText(instance.elementName.isEmpty()
                                    ? instance.elementKey
                                    : u"%1 (%2)"_s.arg(instance.elementName, instance.elementKey));
    QStringList status;
    status.append(instance.valid ? tr("valid") : tr("not valid"));
    status.append(instance.disabled ? tr("disabled") : tr("enabled"));
    m_ui->statusValue->setText(status.join(", "_L1));
    m_ui->tagsValue->setText(instance.tags.isEmpty() ? tr("(none)") : instance.tags.join(", "_L1));
    m_ui->tokenValue->setText(maskSecret(instance.token));
    m_ui->copyTokenButton->setEnabled(!instance.token.isEmpty());

    QTableWidget *table = m_ui->configurationTable;
    table->setRowCount(0);
    const QStringList keys = instance.configuration.keys();
    table->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QJsonValue v = instance.configuration.value(keys.at(row));
        const QString text = v.isNull() ? u"null"_s
                           : v.isString() ? v.toString()
                           : v.isBool()   ? (v.toBool() ? u"true"_s : u"false"_s)
                           : v.isDouble() ? QString::number(v.toDouble())
                                          : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        table->setItem(row, 0, new QTableWidgetItem(keys.at(row)));
        table->setItem(row, 1, new QTableWidgetItem(text));
    }
    setMessage(m_ui->messageLabel, {});
}

}  // namespace ce
