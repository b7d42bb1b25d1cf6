// InstancesModel and InstancesFilterModel, checked by Qt's QAbstractItemModelTester all
// along: the rows of GET /instances, the roles views sort by (the id as a number, the
// creation as a date), the filter by text and by tag, and the changes of one instance made
// in place (no reset) and seen through the filter.
#include "core/apitypes.h"
#include "core/instancesfiltermodel.h"
#include "core/instancesmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ce;
using Column = InstancesModel::Column;

namespace {

Instance make(qint64 id, const QString &name, const QStringList &tags = {}, const QString &created = {},
              bool valid = true, bool disabled = false)
{
    Instance i;
    i.id = id;
    i.name = name;
    i.elementKey = u"freshbooks"_s;
    i.elementName = u"FreshBooks"_s;
    i.tags = tags;
    i.createdDate = created;
    i.valid = valid;
    i.disabled = disabled;
    return i;
}

}  // namespace

class TstInstancesModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsAndColumns();
    void roles();
    void createdDates_data();
    void createdDates();
    void hostileTextIsShownAsText();
    void changesInPlace();
    void setDisabledInPlace();
    void removeKeepsTheIndexRight();
    void repeatedIdInAList();
    void allTags();
    void filterByText_data();
    void filterByText();
    void filterByTag();
    void filterSeesChangesInPlace();
    void sortsIdAsNumberAndCreatedAsDate();
    void tenThousandRows();

private:
    // Ids in the proxy's order.
    QList<qint64> shownIds() const;
    void fillSample();

    std::unique_ptr<InstancesModel> m_model;
    std::unique_ptr<InstancesFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TstInstancesModel::init()
{
    m_model = std::make_unique<InstancesModel>();
    m_proxy = std::make_unique<InstancesFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    // Qt's own checks of the model contract, on every change from here on.
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TstInstancesModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

QList<qint64> TstInstancesModel::shownIds() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids.append(m_proxy->index(r, 0).data(InstancesModel::IdRole).toLongLong());
    return ids;
}

void TstInstancesModel::fillSample()
{
    m_model->setInstances({
        make(9, u"Acme books"_s, {u"customer-acme"_s, u"finance"_s}, u"2024-03-01T10:00:00Z"_s),
        make(10, u"Beta ledger"_s, {u"finance"_s}, u"2024-01-15T08:30:00.250Z"_s, false),
        make(100, u"Gamma"_s, {u"sandbox"_s}, u"1700000000000"_s, true, true),
    });
}

void TstInstancesModel::rowsAndColumns()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(InstancesModel::ColumnCount));
    fillSample();
    QCOMPARE(m_model->rowCount(), 3);
    const auto text = [this](int row, Column column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(text(0, InstancesModel::NameColumn), u"Acme books"_s);
    QCOMPARE(text(0, InstancesModel::IdColumn), u"9"_s);
    QCOMPARE(text(0, InstancesModel::ElementColumn), u"freshbooks"_s);
    QCOMPARE(text(0, InstancesModel::TagsColumn), u"customer-acme, finance"_s);
    QCOMPARE(text(0, InstancesModel::StatusColumn), u"Valid"_s);
    QCOMPARE(text(1, InstancesModel::StatusColumn), u"Not valid"_s);
    QCOMPARE(text(2, InstancesModel::StatusColumn), u"Disabled"_s);
    const QDateTime created(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    QCOMPARE(text(0, InstancesModel::CreatedColumn), created.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    QCOMPARE(m_model->index(0, InstancesModel::ElementColumn).data(Qt::ToolTipRole).toString(), u"FreshBooks"_s);
    QCOMPARE(m_model->headerData(InstancesModel::CreatedColumn, Qt::Horizontal).toString(), u"Created"_s);
    QCOMPARE(m_model->rowOf(100), 2);
    QCOMPARE(m_model->rowOf(5), -1);
    QCOMPARE(m_model->instance(10)->name, u"Beta ledger"_s);
    QVERIFY(!m_model->instance(5));
    QCOMPARE(m_model->instanceAt(1).id, 10);
    QCOMPARE(m_proxy->rowCount(), 3);
}

void TstInstancesModel::roles()
{
    fillSample();
    const QModelIndex acme = m_model->index(0, InstancesModel::TagsColumn);
    QCOMPARE(acme.data(InstancesModel::IdRole).value<qint64>(), 9);
    QCOMPARE(acme.data(InstancesModel::TagsRole).toStringList(), QStringList({u"customer-acme"_s, u"finance"_s}));
    QCOMPARE(m_model->index(1, 0).data(InstancesModel::ValidRole).toBool(), false);
    QCOMPARE(m_model->index(2, 0).data(InstancesModel::DisabledRole).toBool(), true);
    // Sorting roles have the types that sort right.
    QCOMPARE(m_model->index(0, InstancesModel::IdColumn).data(InstancesModel::SortRole).typeId(),
             QMetaType::LongLong);
    QCOMPARE(m_model->index(0, InstancesModel::CreatedColumn).data(InstancesModel::SortRole).typeId(),
             QMetaType::QDateTime);
    QCOMPARE(m_model->index(2, InstancesModel::StatusColumn).data(InstancesModel::SortRole).toInt(),
             int(InstancesModel::Status::Disabled));
    const QString filter = acme.data(InstancesModel::FilterTextRole).toString();
    for (const QString &part : {u"acme books"_s, u"9"_s, u"freshbooks"_s, u"customer-acme"_s, u"finance"_s})
        QVERIFY2(filter.contains(part), qPrintable(filter));
    QVERIFY(m_model->roleNames().contains(InstancesModel::CreatedRole));
}

void TstInstancesModel::createdDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("ISO, Z") << u"2024-03-01T10:00:00Z"_s << QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    QTest::newRow("ISO, milliseconds") << u"2024-03-01T10:00:00.123Z"_s
                                       << QDateTime(QDate(2024, 3, 1), QTime(10, 0, 0, 123), Qt::UTC);
    QTest::newRow("ISO, offset") << u"2024-03-01T12:00:00+02:00"_s
                                 << QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    QTest::newRow("ISO, no zone: UTC") << u"2024-03-01T10:00:00"_s
                                       << QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    QTest::newRow("epoch ms") << u"1700000000000"_s << QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("words") << u"yesterday"_s << QDateTime();
    QTest::newRow("negative") << u"-5"_s << QDateTime();
}

void TstInstancesModel::createdDates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = InstancesModel::parseCreated(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
    m_model->setInstances({make(1, u"x"_s, {}, text)});
    QCOMPARE(m_model->index(0, InstancesModel::CreatedColumn).data(InstancesModel::CreatedRole).toDateTime(), parsed);
    if (!expected.isValid())  // what the platform sent, as it sent it
        QCOMPARE(m_model->index(0, InstancesModel::CreatedColumn).data().toString(), text);
}

// Names and tags are anyone's: control characters visible, right-to-left runs isolated.
void TstInstancesModel::hostileTextIsShownAsText()
{
    m_model->setInstances({make(1, u"evil\u202Egnp.exe\nline"_s, {u"<b>tag</b>"_s})});
    const QString name = m_model->index(0, InstancesModel::NameColumn).data().toString();
    QVERIFY(!name.contains(u'\n'));
    QVERIFY(!name.contains(QChar(0x202E)));
    QVERIFY(name.contains(QChar(0x240A)));  // ␊
    QCOMPARE(m_model->index(0, InstancesModel::TagsColumn).data().toString(), u"<b>tag</b>"_s);
    // The filter and the instance keep the text as it is.
    QCOMPARE(m_model->instanceAt(0).name, u"evil\u202Egnp.exe\nline"_s);
}

// The answer of one call changes one row: dataChanged for it, no reset, no rows moved.
void TstInstancesModel::changesInPlace()
{
    fillSample();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    Instance renamed = m_model->instanceAt(1);
    renamed.name = u"Beta renamed"_s;
    renamed.tags = {u"retagged"_s};
    m_model->upsert(renamed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(1, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(1, InstancesModel::ColumnCount - 1));
    QCOMPARE(m_model->index(1, InstancesModel::NameColumn).data().toString(), u"Beta renamed"_s);
    QCOMPARE(m_model->index(1, InstancesModel::TagsColumn).data().toString(), u"retagged"_s);
    QCOMPARE(m_model->rowCount(), 3);

    // One not listed yet (created meanwhile) is added at the end.
    m_model->upsert(make(500, u"New"_s));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowOf(500), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
}

void TstInstancesModel::setDisabledInPlace()
{
    fillSample();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setDisabled(9, true));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(0, InstancesModel::StatusColumn).data().toString(), u"Disabled"_s);
    QVERIFY(m_model->instance(9)->disabled);
    QCOMPARE(m_model->instance(9)->raw.value("disabled"_L1), QJsonValue(true));
    QVERIFY(m_model->setDisabled(9, false));
    QCOMPARE(m_model->index(0, InstancesModel::StatusColumn).data().toString(), u"Valid"_s);
    QVERIFY(!m_model->setDisabled(12345, true));
    QCOMPARE(changed.count(), 2);
}

void TstInstancesModel::removeKeepsTheIndexRight()
{
    fillSample();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->remove(9));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(9), -1);
    QCOMPARE(m_model->rowOf(10), 0);
    QCOMPARE(m_model->rowOf(100), 1);
    QVERIFY(!m_model->remove(9));
    // Later changes find the right rows.
    QVERIFY(m_model->setDisabled(100, false));
    QCOMPARE(m_model->index(1, InstancesModel::StatusColumn).data().toString(), u"Valid"_s);
}

void TstInstancesModel::repeatedIdInAList()
{
    m_model->setInstances({make(1, u"first"_s), make(2, u"two"_s), make(1, u"again"_s)});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->instanceAt(0).name, u"again"_s);
    QCOMPARE(m_model->rowOf(2), 1);
}

void TstInstancesModel::allTags()
{
    fillSample();
    QCOMPARE(m_model->allTags(), QStringList({u"customer-acme"_s, u"finance"_s, u"sandbox"_s}));
}

void TstInstancesModel::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("nothing") << QString() << QList<qint64>{9, 10, 100};
    QTest::newRow("blanks") << u"   "_s << QList<qint64>{9, 10, 100};
    QTest::newRow("name, any case") << u"ACME"_s << QList<qint64>{9};
    QTest::newRow("part of a name") << u"ledg"_s << QList<qint64>{10};
    QTest::newRow("id") << u"100"_s << QList<qint64>{100};
    QTest::newRow("id and name digits") << u"10"_s << QList<qint64>{10, 100};
    QTest::newRow("element key") << u"freshbooks"_s << QList<qint64>{9, 10, 100};
    QTest::newRow("element name") << u"FreshBooks"_s << QList<qint64>{9, 10, 100};
    QTest::newRow("tag") << u"finance"_s << QList<qint64>{9, 10};
    QTest::newRow("every word") << u"finance beta"_s << QList<qint64>{10};
    QTest::newRow("words in any order") << u"books customer"_s << QList<qint64>{9};
    QTest::newRow("no row") << u"finance gamma"_s << QList<qint64>();
    // A word does not run from one field into the next.
    QTest::newRow("across fields") << u"books9"_s << QList<qint64>();
}

void TstInstancesModel::filterByText()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, ids);
    fillSample();
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->filterText(), text);
    QCOMPARE(shownIds(), ids);
    m_proxy->setFilterText({});
    QCOMPARE(m_proxy->rowCount(), 3);
}

void TstInstancesModel::filterByTag()
{
    fillSample();
    m_proxy->setTagFilter(u"finance"_s);
    QCOMPARE(shownIds(), QList<qint64>({9, 10}));
    m_proxy->setTagFilter(u"fin"_s);  // a tag matches whole
    QCOMPARE(shownIds(), QList<qint64>());
    m_proxy->setTagFilter(u"finance"_s);
    m_proxy->setFilterText(u"beta"_s);
    QCOMPARE(shownIds(), QList<qint64>{10});
    m_proxy->setTagFilter({});
    m_proxy->setFilterText({});
    QCOMPARE(shownIds(), QList<qint64>({9, 10, 100}));
}

// Through the filter, a row changed in place comes and goes by itself.
void TstInstancesModel::filterSeesChangesInPlace()
{
    fillSample();
    m_proxy->setTagFilter(u"finance"_s);
    QCOMPARE(shownIds(), QList<qint64>({9, 10}));
    QSignalSpy proxyReset(m_proxy.get(), &QAbstractItemModel::modelReset);

    Instance gamma = *m_model->instance(100);
    gamma.tags = {u"finance"_s};
    m_model->upsert(gamma);
    QCOMPARE(shownIds(), QList<qint64>({9, 10, 100}));

    Instance acme = *m_model->instance(9);
    acme.tags.clear();
    m_model->upsert(acme);
    QCOMPARE(shownIds(), QList<qint64>({10, 100}));

    QVERIFY(m_model->remove(10));
    QCOMPARE(shownIds(), QList<qint64>{100});
    QCOMPARE(proxyReset.count(), 0);
}

// Ids sort as numbers (9 < 10 < 100, where text would give 10 < 100 < 9), creation dates
// as dates (the offset counts; epoch milliseconds and ISO text mix), unknown dates first.
void TstInstancesModel::sortsIdAsNumberAndCreatedAsDate()
{
    m_model->setInstances({
        make(100, u"c"_s, {}, u"2024-01-02T00:30:00+02:00"_s),  // 2024-01-01 22:30 UTC
        make(9, u"a"_s, {}, u"2024-01-01T23:00:00Z"_s),
        make(10, u"B"_s, {}, u"1704060000000"_s),  // 2023-12-31 22:00 UTC
        make(55, u"d"_s, {}, u"unknown"_s),
    });
    m_proxy->sort(InstancesModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(), QList<qint64>({9, 10, 55, 100}));
    m_proxy->sort(InstancesModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(), QList<qint64>({100, 55, 10, 9}));
    m_proxy->sort(InstancesModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(), QList<qint64>({55, 10, 100, 9}));
    m_proxy->sort(InstancesModel::NameColumn, Qt::AscendingOrder);  // case-insensitive
    QCOMPARE(shownIds(), QList<qint64>({9, 10, 100, 55}));

    // A row changed in place moves to its place.
    Instance renamed = *m_model->instance(55);
    renamed.name = u"0 first"_s;
    m_model->upsert(renamed);
    QCOMPARE(shownIds(), QList<qint64>({55, 9, 10, 100}));
}

// 10,000 rows: filled, sorted and filtered, the model contract checked throughout (the
// figures are bench_core's).
void TstInstancesModel::tenThousandRows()
{
    m_modelTester.reset();  // its checks on every row would be the slow part
    m_proxyTester.reset();
    QList<Instance> many;
    for (int i = 1; i <= 10000; ++i)
        many.append(make(i, u"Instance %1"_s.arg(i), {i % 2 ? u"odd"_s : u"even"_s},
                         QString::number(1700000000000 + i)));
    m_proxy->sort(InstancesModel::CreatedColumn, Qt::DescendingOrder);
    m_model->setInstances(many);
    QCOMPARE(m_proxy->rowCount(), 10000);
    QCOMPARE(m_proxy->index(0, 0).data(InstancesModel::IdRole).toLongLong(), 10000);
    m_proxy->setFilterText(u"instance 99"_s);
    QCOMPARE(m_proxy->rowCount(), 280);  // the numbers up to 10,000 with "99" in them
    m_proxy->setTagFilter(u"odd"_s);
    QCOMPARE(m_proxy->rowCount(), 185);
    QCOMPARE(m_proxy->index(0, 0).data(InstancesModel::IdRole).toLongLong(), 9999);
    QVERIFY(m_model->remove(9999));
    QCOMPARE(m_proxy->rowCount(), 184);
    QCOMPARE(m_proxy->index(0, 0).data(InstancesModel::IdRole).toLongLong(), 9997);
}

QTEST_GUILESS_MAIN(TstInstancesModel)
#include "tst_instancesmodel.moc"
