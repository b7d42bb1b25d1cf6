#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ce {

// In front of an InstancesModel: filters by text and by tag, and sorts each column by its
// InstancesModel::SortRole (the id as a number, the creation as a date). Rows that a
// call changes in place are filtered and sorted again by themselves (dynamic sorting).
class InstancesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InstancesFilterModel(QObject *parent = nullptr);

    // Keeps the rows whose name, id, element or tags contain every word of `text`
    // (case-insensitive, in any order); empty: every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // Keeps the rows that carry exactly this tag; empty: every row.
    void setTagFilter(const QString &tag);
    QString tagFilter() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;  // m_text in lower case, split at spaces
    QString m_tag;
};

}  // namespace ce
