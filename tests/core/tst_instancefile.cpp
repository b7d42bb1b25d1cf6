// instance.json files: reading refuses what is not one with a clear reason, and writing is
// atomic (a failed write leaves the old file whole) with placeholders unless asked.
#include "core/instancefile.h"

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QScopeGuard>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ce;

namespace {
InstanceRequest filled()
{
    InstanceRequest r;
    r.elementKey = u"freshbooks"_s;
    r.providerData = {{u"oauth_token"_s, u"token-value-1"_s}, {u"oauth_verifier"_s, u"verifier-value-2"_s},
                      {u"secret"_s, u"secret-value-3"_s}};
    r.configuration = {{u"oauth.api.key"_s, u"mycompany"_s}, {u"oauth.api.secret"_s, u"consumer-secret-4"_s},
                       {u"freshbooks.site.address"_s, u"acme"_s}};
    r.tags = {u"a"_s};
    r.name = u"Acme"_s;
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
}  // namespace

class TstInstanceFile : public QObject
{
    Q_OBJECT

private slots:
    void loadRefusesWhatIsNotAnInstanceJson_data();
    void loadRefusesWhatIsNotAnInstanceJson();
    void hostileFileRefusedQuicklyAndBriefly_data();
    void hostileFileRefusedQuicklyAndBriefly();
    void describeShowsTheFirstFew_data();
    void describeShowsTheFirstFew();
    void loadFromAPipe_data();
    void loadFromAPipe();
    void loadMissingAndFolder();
    void saveWithPlaceholdersByDefaultAndLoadBack();
    void saveWithSecretsIsOwnerOnlyAndRoundTrips();
    void failedSaveLeavesTheOldFile();
    void suggestedFileName_data();
    void suggestedFileName();
    void unusedPathNumbersAroundExistingFiles();

private:
    QTemporaryDir m_dir;
};

void TstInstanceFile::loadRefusesWhatIsNotAnInstanceJson_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\0\0\1", 7) << u"not a text file"_s;
    QTest::newRow("too big") << QByteArray(instancefile::MaxBytes + 1, ' ') << u"larger than 1 MiB"_s;
    QTest::newRow("not json") << QByteArray("{\n  \"name\": oops\n}") << u"Line 2"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
}

void TstInstanceFile::loadRefusesWhatIsNotAnInstanceJson()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(u"bad.json"_s);
    write(path, content);
    QList<ValidationIssue> issues;
    QVERIFY(!instancefile::load(path, &issues));
    const QString text = instancefile::describe(path, issues);
    QVERIFY2(text.startsWith(u"bad.json: "_s), qPrintable(text));
    QVERIFY2(text.contains(reason), qPrintable(text));
}

// A hostile file (valid JSON, every entry wrong) is refused at once, with a message
// that names the first problems and counts the others, as the import shows it. The
// bound is generous (the import takes a few milliseconds); it catches the quadratic
// search for line numbers, which took about a minute on such files.
void TstInstanceFile::hostileFileRefusedQuicklyAndBriefly_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("problems");
    QTest::addColumn<QString>("first");
    QTest::newRow("60k bad tags") << test::hostile::badTags(60000) << 60000
                                  << u"Line 18007: \"tags\" must hold only strings (entry 1 does not)."_s;
    QTest::newRow("50k bad configuration values")
        << test::hostile::badConfiguration(50000) << 50000
        << u"Line 4: \"configuration.s00000\" must be a string."_s;
}

void TstInstanceFile::hostileFileRefusedQuicklyAndBriefly()
{
    QFETCH(QByteArray, content);
    QFETCH(int, problems);
    QFETCH(QString, first);
    QVERIFY(content.size() > 500 * 1024 && content.size() < instancefile::MaxBytes);
    const QString path = m_dir.filePath(u"hostile.json"_s);
    write(path, content);

    QElapsedTimer timer;
    timer.start();
    QList<ValidationIssue> issues;
    QVERIFY(!instancefile::load(path, &issues));
    const QString text = instancefile::describe(path, issues);
    const qint64 ms = timer.elapsed();
    qInfo("%s: %lld bytes refused in %lld ms: %s", QTest::currentDataTag(), qlonglong(content.size()), ms,
          qPrintable(text));
    QVERIFY2(ms < 2000, qPrintable(u"%1 ms"_s.arg(ms)));

    QVERIFY2(text.size() < 500, qPrintable(text.left(1000)));
    QVERIFY2(text.startsWith(u"hostile.json: "_s + first), qPrintable(text));
    const QString more = QLocale().toString(qlonglong(problems - 3));
    QVERIFY2(text.endsWith(u". And "_s + more + u" more problems."_s), qPrintable(text));
    // What the list holds stays small too, whatever the file holds.
    QVERIFY2(issues.size() <= 25, qPrintable(QString::number(issues.size())));
}

// describe() shows every problem up to four, then three and how many more.
void TstInstanceFile::describeShowsTheFirstFew_data()
{
    QTest::addColumn<int>("described");
    QTest::addColumn<int>("omitted");
    QTest::addColumn<int>("shown");
    QTest::addColumn<int>("more");
    QTest::newRow("1") << 1 << 0 << 1 << 0;
    QTest::newRow("4") << 4 << 0 << 4 << 0;
    QTest::newRow("5") << 5 << 0 << 3 << 2;
    QTest::newRow("20 and 100 counted") << 20 << 100 << 3 << 117;
}

void TstInstanceFile::describeShowsTheFirstFew()
{
    QFETCH(int, described);
    QFETCH(int, omitted);
    QFETCH(int, shown);
    QFETCH(int, more);
    QList<ValidationIssue> issues;
    for (int i = 1; i <= described; ++i)
        issues.append({u"tags[%1]"_s.arg(i), u"Problem %1."_s.arg(i), i});
    if (omitted > 0)
        issues.append({{}, InstanceRequest::moreProblems(omitted), 0, false, omitted});
    QStringList expected;
    for (int i = 1; i <= shown; ++i)
        expected.append(u"Problem %1."_s.arg(i));
    if (more > 0)
        expected.append(InstanceRequest::moreProblems(more));
    QCOMPARE(instancefile::describe(u"/x/instance.json"_s, issues), u"instance.json: "_s + expected.join(u' '));
}

// A pipe (`create --from <(jq ...)`): read to its end, in pieces, and capped too.
void TstInstanceFile::loadFromAPipe_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("accepted");
    QByteArray sample = "{\"element\": {\"key\": \"freshbooks\"}, \"name\": \"";
    sample += QByteArray(200 * 1024, 'x') + "\"}";
    QTest::newRow("200 KiB instance.json") << sample << true;
    QTest::newRow("2 MiB") << QByteArray(2 * 1024 * 1024, ' ') << false;
}

void TstInstanceFile::loadFromAPipe()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, accepted);
    const QString path = m_dir.filePath(accepted ? u"pipe-accepted"_s : u"pipe-refused"_s);
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    // The reader closes its end at the cap: the writer then gets EPIPE, not a signal.
    const auto previous = std::signal(SIGPIPE, SIG_IGN);
    const auto restore = qScopeGuard([previous] { std::signal(SIGPIPE, previous); });
    // The other end: written in pieces, as a program writes to a pipe.
    std::unique_ptr<QThread> writer(QThread::create([path, content] {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return;
        for (qsizetype at = 0; at < content.size(); at += 16 * 1024) {
            if (out.write(content.mid(at, 16 * 1024)) < 0)
                return;  // the reader stopped at the cap and closed its end
        }
    }));
    writer->start();
    QList<ValidationIssue> issues;
    const auto request = instancefile::load(path, &issues);
    QVERIFY(writer->wait(QDeadlineTimer(20000)));
    if (accepted) {
        QVERIFY2(request, qPrintable(instancefile::describe(path, issues)));
        QCOMPARE(request->name.size(), 200 * 1024);
    } else {
        QVERIFY(!request);
        const QString text = instancefile::describe(path, issues);
        QVERIFY2(text.contains(u"larger than 1 MiB"_s), qPrintable(text));
    }
}

void TstInstanceFile::loadMissingAndFolder()
{
    QList<ValidationIssue> issues;
    QVERIFY(!instancefile::load(m_dir.filePath(u"nope.json"_s), &issues));
    QVERIFY(issues.first().message.contains(u"does not exist"_s));
    issues.clear();
    QVERIFY(!instancefile::load(m_dir.path(), &issues));
    QVERIFY(issues.first().message.contains(u"folder"_s));
}

void TstInstanceFile::saveWithPlaceholdersByDefaultAndLoadBack()
{
    const QString path = m_dir.filePath(u"export.json"_s);
    QString error;
    QVERIFY(instancefile::save(path, filled(), ce::test::freshbooks(),
                               InstanceRequest::Secrets::Placeholders, &error));
    const QByteArray bytes = readAll(path);
    for (const char *secret : {"token-value-1", "verifier-value-2", "secret-value-3", "consumer-secret-4"})
        QVERIFY2(!bytes.contains(secret), secret);
    QVERIFY(bytes.contains("<INSERT_FRESHBOOKS_API_SECRET>"));
    const auto back = instancefile::load(path, nullptr);
    QVERIFY(back);
    QCOMPARE(back->name, u"Acme"_s);
}

void TstInstanceFile::saveWithSecretsIsOwnerOnlyAndRoundTrips()
{
    const QString path = m_dir.filePath(u"with-secrets.json"_s);
    QVERIFY(instancefile::save(path, filled(), ce::test::freshbooks(),
                               InstanceRequest::Secrets::Include, nullptr));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QCOMPARE(*instancefile::load(path, nullptr), filled());
}

void TstInstanceFile::failedSaveLeavesTheOldFile()
{
    // The destination is a folder: nothing can replace it, and nothing is lost.
    const QString folder = m_dir.filePath(u"occupied"_s);
    QVERIFY(QDir().mkpath(folder));
    write(folder + u"/keep.txt"_s, "precious");
    QString error;
    QVERIFY(!instancefile::save(folder, filled(), ce::test::freshbooks(),
                                InstanceRequest::Secrets::Placeholders, &error));
    QVERIFY(error.contains(u"occupied"_s));
    QCOMPARE(readAll(folder + u"/keep.txt"_s), QByteArray("precious"));

    // A folder that does not exist: an error, no file anywhere.
    QVERIFY(!instancefile::save(m_dir.filePath(u"missing/x.json"_s), filled(), ce::test::freshbooks(),
                                InstanceRequest::Secrets::Placeholders, &error));
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing"_s)));

    // Replacing an existing file: all or nothing, no temporary files left behind.
    const QString path = m_dir.filePath(u"existing.json"_s);
    write(path, "old");
    QVERIFY(instancefile::save(path, filled(), ce::test::freshbooks(),
                               InstanceRequest::Secrets::Placeholders, &error));
    QVERIFY(readAll(path).startsWith("{"));
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(name.endsWith(u".json"_s) || name == "bad.json"_L1, qPrintable(name));
}

void TstInstanceFile::suggestedFileName_data()
{
    QTest::addColumn<QString>("instanceName");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain") << u"Acme Books"_s << u"acme-books.instance.json"_s;
    QTest::newRow("punctuation runs") << u"  Acme -- Books / 2024!  "_s << u"acme-books-2024.instance.json"_s;
    QTest::newRow("path tricks") << u"../../etc/passwd"_s << u"etc-passwd.instance.json"_s;
    QTest::newRow("dots") << u".hidden.json"_s << u"hidden-json.instance.json"_s;
    QTest::newRow("letters of any script") << u"Müller Ωmega"_s << u"müller-ωmega.instance.json"_s;
    QTest::newRow("control and bidi characters") << u"a\u202Eb\u0007c"_s << u"a-b-c.instance.json"_s;
    QTest::newRow("nothing usable") << u"🚀 / !"_s << u"instance.json"_s;
    QTest::newRow("empty") << QString() << u"instance.json"_s;
    QTest::newRow("long") << QString(200, u'x') << QString(60, u'x') + u".instance.json"_s;
}

void TstInstanceFile::suggestedFileName()
{
    QFETCH(QString, instanceName);
    QFETCH(QString, fileName);
    QCOMPARE(instancefile::suggestedFileName(instanceName), fileName);
}

// An offered name never points at an earlier export.
void TstInstanceFile::unusedPathNumbersAroundExistingFiles()
{
    QTemporaryDir dir;
    const QString first = instancefile::unusedPath(dir.path(), u"acme-books.instance.json"_s);
    QCOMPARE(first, dir.filePath(u"acme-books.instance.json"_s));
    write(first, "{}");
    const QString second = instancefile::unusedPath(dir.path(), u"acme-books.instance.json"_s);
    QCOMPARE(second, dir.filePath(u"acme-books (2).instance.json"_s));
    write(second, "{}");
    QCOMPARE(instancefile::unusedPath(dir.path(), u"acme-books.instance.json"_s),
             dir.filePath(u"acme-books (3).instance.json"_s));
    write(dir.filePath(u"instance.json"_s), "{}");
    QCOMPARE(instancefile::unusedPath(dir.path(), u"instance.json"_s), dir.filePath(u"instance (2).json"_s));
}

QTEST_GUILESS_MAIN(TstInstanceFile)
#include "tst_instancefile.moc"
