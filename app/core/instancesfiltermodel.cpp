#include "instancesfiltermodel.h"

#include "instancesmodel.h"

namespace ce {

InstancesFilterModel::InstancesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InstancesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void InstancesFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void InstancesFilterModel::setTagFilter(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

bool InstancesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() && m_tag.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty() && !index.data(InstancesModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(InstancesModel::FilterTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

}  // namespace ce
