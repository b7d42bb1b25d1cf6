// The floor of the wizard's first page (bench_processes): a bare QWizard with one page of
// two line edits, built like the wizard (app/gui), stopping where it does (CEP_WHEN_IDLE,
// app/gui/whenidle.h: shown and idle). It opens at the wizard's size (ProvisioningWizard:
// 860 x 700), so that the window's backing store (width x height x 4 bytes: 2.3 MiB there,
// 0.7 MiB at a bare QWizard's own size) counts on both sides and the ratio is the program's.
#include "whenidle.h"

#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Connection"));
    auto *form = new QFormLayout(page);
    form->addRow(QStringLiteral("User secret:"), new QLineEdit);
    form->addRow(QStringLiteral("Organization secret:"), new QLineEdit);
    wizard.addPage(page);
    wizard.resize(860, 700);
    wizard.show();
    ce::actWhenIdleIfAsked(&wizard);
    return QApplication::exec();
}
