#include "instancesmodel.h"

#include "displaytext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ce {

InstancesModel::InstancesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

InstancesModel::~InstancesModel() = default;

QDateTime InstancesModel::parseCreated(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 ms = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    // Without an offset the platform means UTC.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}

QString InstancesModel::statusText(Status status)
{
    switch (status) {
    case Status::Valid: return tr("Valid");
    case Status::Invalid: return tr("Not valid");
    case Status::Disabled: return tr("Disabled");
    }
    return {};
}

InstancesModel::Status InstancesModel::statusOf(const Instance &instance)
{
    if (instance.disabled)
        return Status::Disabled;
    return instance.valid ? Status::Valid : Status::Invalid;
}

InstancesModel::Row InstancesModel::rowFor(const Instance &instance)
{
    Row row{instance, parseCreated(instance.createdDate), {}};
    // Built once a row, so that filtering 10,000 rows is a substring search each.
    QStringList parts{instance.name, QString::number(instance.id), instance.elementKey, instance.elementName};
    parts.append(instance.tags);
    row.filterText = parts.join(u'\n').toLower();
    return row;
}

void InstancesModel::reindexFrom(int row)
{
    for (int r = row; r < m_rows.size(); ++r)
        m_rowOf.insert(m_rows.at(r).instance.id, r);
}

void InstancesModel::setInstances(const QList<Instance> &instances)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_rows.reserve(instances.size());
    m_rowOf.reserve(instances.size());
    for (const Instance &instance : instances) {
        // A platform that lists one id twice: the later entry wins, in the earlier's place.
        if (const auto it = m_rowOf.constFind(instance.id); it != m_rowOf.cend()) {
            m_rows[it.value()] = rowFor(instance);
            continue;
        }
        m_rowOf.insert(instance.id, int(m_rows.size()));
        m_rows.append(rowFor(instance));
    }
    endResetModel();
}

void InstancesModel::clear()
{
    setInstances({});
}

void InstancesModel::upsert(const Instance &instance)
{
    const int row = rowOf(instance.id);
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(rowFor(instance));
        m_rowOf.insert(instance.id, at);
        endInsertRows();
        return;
    }
    m_rows[row] = rowFor(instance);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool InstancesModel::setDisabled(qint64 id, bool disabled)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    Instance changed = m_rows.at(row).instance;
    changed.disabled = disabled;
    changed.raw.insert(u"disabled"_s, disabled);
    upsert(changed);
    return true;
}

bool InstancesModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOf.remove(id);
    reindexFrom(row);
    endRemoveRows();
    return true;
}

int InstancesModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

std::optional<Instance> InstancesModel::instance(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<Instance>(m_rows.at(row).instance);
}

const Instance &InstancesModel::instanceAt(int row) const
{
    return m_rows.at(row).instance;
}

QStringList InstancesModel::allTags() const
{
    QSet<QString> seen;
    for (const Row &row : m_rows) {
        for (const QString &tag : row.instance.tags)
            seen.insert(tag);
    }
    QStringList tags(seen.cbegin(), seen.cend());
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

int InstancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Instance &i = row.instance;
    switch (role) {
    case IdRole: return i.id;
    case TagsRole: return i.tags;
    case ValidRole: return i.valid;
    case DisabledRole: return i.disabled;
    case CreatedRole: return row.created;
    case FilterTextRole: return row.filterText;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return i.name;
        case IdColumn: return i.id;
        case ElementColumn: return i.elementKey;
        case TagsColumn: return i.tags.join(u", "_s);
        case StatusColumn: return int(statusOf(i));
        case CreatedColumn: return row.created;
        default: return {};
        }
    case Qt::DisplayRole:
        // Names and tags are anyone's text: shown as text, in one line (displayText).
        switch (index.column()) {
        case NameColumn: return displayText(i.name);
        case IdColumn: return QString::number(i.id);
        case ElementColumn: return displayText(i.elementKey);
        case TagsColumn: return displayText(i.tags.join(u", "_s));
        case StatusColumn: return statusText(statusOf(i));
        case CreatedColumn:
            return row.created.isValid() ? row.created.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                                         : displayText(i.createdDate, 40);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return displayText(i.name, 1000);
        case ElementColumn: return displayText(i.elementName.isEmpty() ? i.elementKey : i.elementName);
        case TagsColumn: return displayText(i.tags.join(u", "_s), 1000);
        case CreatedColumn:
            return row.created.isValid() ? row.created.toString(Qt::ISODateWithMs) : QVariant();
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case IdColumn: return tr("Id");
    case ElementColumn: return tr("Element");
    case TagsColumn: return tr("Tags");
    case StatusColumn: return tr("Status");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

QHash<int, QByteArray> InstancesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(IdRole, "instanceId");
    names.insert(TagsRole, "tags");
    names.insert(ValidRole, "valid");
    names.insert(DisabledRole, "disabled");
    names.insert(CreatedRole, "created");
    names.insert(FilterTextRole, "filterText");
    return names;
}

}  // namespace ce
