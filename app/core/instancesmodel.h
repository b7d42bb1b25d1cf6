#pragma once

#include "apitypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace ce {

// The rows of GET /instances, for the Instances window (with InstancesFilterModel in
// front of it) and anything else that lists instances. Qt Core only: a view shows it.
//
// A fresh list replaces every row (one reset); the answer of a call on one instance
// (PATCH, PUT, enable, disable, delete) changes that row in place, so the view keeps its
// selection and scroll position. Holds 10,000 rows without effort (bench_core).
class InstancesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, ElementColumn, TagsColumn, StatusColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // What the column sorts by: the name and tags as text, the id as a number, the
        // status as Status, the creation as a QDateTime (invalid when unknown).
        SortRole = Qt::UserRole + 1,
        IdRole,          // qint64, in every column
        TagsRole,        // QStringList
        ValidRole,       // bool
        DisabledRole,    // bool
        CreatedRole,     // QDateTime in UTC, invalid when the platform sent none or one that does not read
        FilterTextRole,  // the name, id, element key and name and tags, in lower case, for the filter
    };
    Q_ENUM(Role)

    // StatusColumn's sort order, and what it shows.
    enum class Status { Valid, Invalid, Disabled };
    Q_ENUM(Status)

    explicit InstancesModel(QObject *parent = nullptr);
    ~InstancesModel() override;

    // Replaces every row with `instances`, in their order: one model reset.
    void setInstances(const QList<Instance> &instances);
    void clear();
    // The answer of a call on one instance: changes its row in place (one dataChanged
    // for that row), or adds it at the end when it is not listed.
    void upsert(const Instance &instance);
    // For an answer that does not carry the instance (an empty 200 to /enabled): false
    // when `id` is not listed.
    bool setDisabled(qint64 id, bool disabled);
    // Removes the row of `id` (a DELETE that succeeded); false when it is not listed.
    bool remove(qint64 id);

    int rowOf(qint64 id) const;  // -1 when not listed
    std::optional<Instance> instance(qint64 id) const;
    const Instance &instanceAt(int row) const;  // 0 <= row < rowCount()
    // Every tag of every row, sorted and without repeats: the tag filter's choices.
    QStringList allTags() const;

    // "2024-05-01T10:00:00.123Z", "2024-05-01T12:00:00+02:00" or epoch milliseconds as
    // text ("1714557600123"), as the platform sends createdDate; invalid otherwise.
    static QDateTime parseCreated(const QString &text);
    static QString statusText(Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Instance instance;
        QDateTime created;
        QString filterText;
    };
    static Row rowFor(const Instance &instance);
    static Status statusOf(const Instance &instance);
    void reindexFrom(int row);

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;  // instance id -> row
};

}  // namespace ce
