// The floor of the wizard's first page (bench_processes): a bare QWizard with one page of
// two line edits, built like the wizard (app/gui), stopping where it does (CEP_WHEN_IDLE,
// app/gui/whenidle.h: shown and idle). The wizard is started as users start it, through
// ce-provisioner, which loads its module.
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
    wizard.show();
    ce::actWhenIdleIfAsked(&wizard);
    return QApplication::exec();
}
