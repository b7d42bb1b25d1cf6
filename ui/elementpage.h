#pragma once

#include "wizardcontext.h"

#include "core/elementdescription.h"

#include <QJsonObject>
#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui { class ElementPage; }

namespace ce {

class ApiReply;

// Page 2: which element to create an instance of. Every descriptor of the catalog (built
// in, the user's own files, whose problems are listed here), searchable by name and key,
// the recently used first, with how each signs in; and "another element", described at
// run time by the platform (GET /elements/{key}), where the user says only which entry is
// the site address. The chosen descriptor becomes the flow's element on Next, and can be
// exported as a file to share.
class ElementPage : public QWizardPage
{
    Q_OBJECT
public:
    // The data roles of the list's first column.
    enum Role { IdRole = Qt::UserRole + 1, RankRole };

    explicit ElementPage(const WizardContext &context, QWidget *parent = nullptr);
    ~ElementPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Writes the chosen descriptor to `path` (QSaveFile: all or nothing); the outcome is
    // shown on the page. Export asks for the file first.
    bool exportDescriptor(const QString &path);

protected:
    // Up, Down, Page Up and Page Down in the search move through the list.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The descriptor the list's current row stands for: from the catalog, or built from
    // the platform's answer; nullopt (with *why) when there is none yet.
    std::optional<ElementDescription> chosen(QString *why = nullptr) const;
    bool platformRowChosen() const;
    void fillList();
    void select(const QString &id);
    void onCurrentChanged();
    void onFilterChanged(const QString &text);
    void lookUp();
    void onLookedUp();
    void askWhereToExport();

    WizardContext m_context;
    std::unique_ptr<Ui::ElementPage> m_ui;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPointer<ApiReply> m_lookUp;
    QJsonObject m_platformElement;  // the last answer of GET /elements/{key}
    bool m_keyTyped = false;        // the key was typed, not taken from the search
};

}  // namespace ce
