// The cURL commands the wizard shows, checked against the commands of Cloud Elements'
// FreshBooks page: same method, headers, URL and query; secrets masked unless revealed.
#include "core/curlcommand.h"
#include "core/elementcatalog.h"

#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;

namespace {

// A cURL command as parts: method, headers, data, URL. Line continuations and line
// breaks (the documentation has none, the app writes " \") don't matter.
struct Command
{
    QString method;
    QStringList headers;
    QString data;
    QUrl url;
};

Command parse(QString text)
{
    text.replace(u"\\\n"_s, u" "_s);
    text.replace(u'\n', u' ');
    Command c;
    static const QRegularExpression token(u"'([^']*)'|(\\S+)"_s);
    QStringList words;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        words.append(m.captured(1).isNull() ? m.captured(2) : m.captured(1));
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w == "curl"_L1)
            continue;
        if (w == "-X"_L1)
            c.method = words.value(++i);
        else if (w == "-H"_L1)
            c.headers.append(words.value(++i));
        else if (w == "-d"_L1)
            c.data = words.value(++i);
        else
            c.url = QUrl(w);
    }
    return c;
}

// The ```bash blocks of the FreshBooks page that start with curl.
QStringList documentedCommands()
{
    QFile file(QStringLiteral(CEP_SOURCE_DIR "/tests/data/freshbooks-create-instance.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList commands;
    static const QRegularExpression block(u"```bash\\n(curl[^`]*)```"_s);
    for (auto it = block.globalMatch(text); it.hasNext();)
        commands.append(it.next().captured(1).trimmed());
    return commands;
}

QMap<QString, QString> items(const QUrl &url)
{
    QMap<QString, QString> map;
    for (const auto &[k, v] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        map.insert(k, v);
    return map;
}

const Environment us = Environment::preset(Environment::Kind::UsProduction);

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> list)
{
    QUrlQuery q;
    for (const auto &[k, v] : list)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q;
}

}  // namespace

class TstCurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void theDocumentationHasThreeCommands();
    void requestTokenAsDocumented();
    void authorizationUrlAsDocumented();
    void createInstanceAsDocumented();
    void secretsAreMaskedUnlessRevealed();
    void shellQuoting();
    void lifecycleCommands_data();
    void lifecycleCommands();
    void listWithTags();
    void patchBodyIsInlineAndQuoted();
    void oauth2UrlMasksByTheDescriptor();
};

void TstCurlCommand::theDocumentationHasThreeCommands()
{
    QCOMPARE(documentedCommands().size(), 3);
}

void TstCurlCommand::requestTokenAsDocumented()
{
    const Command doc = parse(documentedCommands().value(0));
    const QString text = curl::requestToken(us, ce::test::freshbooks(),
                                            query({{u"apiKey"_s, u"insert_api_key"_s},
                                                   {u"apiSecret"_s, u"insert_api_secret"_s},
                                                   {u"callbackUrl"_s, u"https://www.mycoolapp.com/auth"_s},
                                                   {u"siteAddress"_s, u"insert_freshbooks_site_address"_s}}),
                                            curl::Secrets::Revealed);
    const Command ours = parse(text);
    QCOMPARE(ours.method, doc.method);
    QCOMPARE(ours.headers, doc.headers);
    QCOMPARE(ours.url.adjusted(QUrl::RemoveQuery), doc.url.adjusted(QUrl::RemoveQuery));
    QCOMPARE(items(ours.url), items(doc.url));
    // The app's version can be pasted into a shell: every line but the last ends in " \".
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].endsWith(u" \\"_s) && lines[1].endsWith(u" \\"_s) && !lines[2].endsWith(u'\\'));
}

void TstCurlCommand::authorizationUrlAsDocumented()
{
    const Command doc = parse(documentedCommands().value(1));
    const Command ours = parse(curl::authorizationUrl(us, ce::test::freshbooks(),
                                                      query({{u"apiKey"_s, u"insert_fake_api_key"_s},
                                                             {u"apiSecret"_s, u"insert_fake_api_secret"_s},
                                                             {u"callbackUrl"_s, u"http://www.demonstrab.ly"_s},
                                                             {u"requestToken"_s, u"insert_requestToken"_s},
                                                             {u"siteAddress"_s, u"insert_freshbooks_site_address"_s}}),
                                                      curl::Secrets::Revealed));
    QCOMPARE(ours.method, doc.method);
    QCOMPARE(ours.headers, doc.headers);
    QCOMPARE(ours.url.adjusted(QUrl::RemoveQuery), doc.url.adjusted(QUrl::RemoveQuery));
    QCOMPARE(items(ours.url), items(doc.url));
}

void TstCurlCommand::createInstanceAsDocumented()
{
    // Masked, the command is the documentation's, placeholders and all.
    const Command doc = parse(documentedCommands().value(2));
    const Command ours = parse(curl::createInstance(us, {u"real-user-secret"_s, u"real-org-secret"_s},
                                                    curl::Secrets::Masked));
    QCOMPARE(ours.method, doc.method);
    QCOMPARE(ours.headers, doc.headers);
    QCOMPARE(ours.data, doc.data);
    QCOMPARE(ours.url, doc.url);
}

void TstCurlCommand::secretsAreMaskedUnlessRevealed()
{
    const QUrlQuery q = query({{u"apiKey"_s, u"mycompany"_s}, {u"apiSecret"_s, u"s3cr3t+/="_s},
                               {u"callbackUrl"_s, u"https://www.mycoolapp.com/auth"_s},
                               {u"requestToken"_s, u"request-token-123"_s}, {u"siteAddress"_s, u"acme"_s}});
    const QString masked = curl::authorizationUrl(us, ce::test::freshbooks(), q, curl::Secrets::Masked);
    QVERIFY(!masked.contains(u"s3cr3t"_s));
    QVERIFY(!masked.contains(u"request-token-123"_s));
    QVERIFY(masked.contains(u"apiSecret=<INSERT_FRESHBOOKS_API_SECRET>"_s));
    QVERIFY(masked.contains(u"apiKey=mycompany"_s));
    QVERIFY(masked.contains(u"siteAddress=acme"_s));

    const QString revealed = curl::authorizationUrl(us, ce::test::freshbooks(), q, curl::Secrets::Revealed);
    QCOMPARE(items(parse(revealed).url).value(u"apiSecret"_s), u"s3cr3t+/="_s);
    QCOMPARE(items(parse(revealed).url).value(u"requestToken"_s), u"request-token-123"_s);

    const QString create = curl::createInstance(us, {u"user-s3cret"_s, u"org-s3cret"_s}, curl::Secrets::Masked);
    QVERIFY(!create.contains(u"user-s3cret"_s) && !create.contains(u"org-s3cret"_s));
    const QString createRevealed = curl::createInstance(us, {u"user-s3cret"_s, u"org-s3cret"_s}, curl::Secrets::Revealed);
    QVERIFY(parse(createRevealed).headers.contains(u"Authorization: User user-s3cret, Organization org-s3cret"_s));
}

void TstCurlCommand::shellQuoting()
{
    QCOMPARE(curl::shellQuote(u"it's"_s), u"'it'\\''s'"_s);
    // A secret with a quote survives the round trip through the command.
    const QString text = curl::createInstance(us, {u"o'brien"_s, u"x"_s}, curl::Secrets::Revealed);
    QVERIFY(text.contains(u"'Authorization: User o'\\''brien, Organization x'"_s));
}

void TstCurlCommand::lifecycleCommands_data()
{
    QTest::addColumn<QString>("masked");
    QTest::addColumn<QString>("revealed");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("data");
    const Credentials c{u"user-s3cret"_s, u"org-s3cret"_s};
    const auto both = [&](auto make) { return std::pair{make(curl::Secrets::Masked), make(curl::Secrets::Revealed)}; };
    const auto row = [&](const char *name, std::pair<QString, QString> texts, const char *method, const QString &path,
                         const QString &data) {
        QTest::newRow(name) << texts.first << texts.second << QString::fromLatin1(method) << path << data;
    };
    row("list", both([&](curl::Secrets s) { return curl::listInstances(us, c, {}, s); }), "GET", u"/instances"_s, {});
    row("get", both([&](curl::Secrets s) { return curl::getInstance(us, c, 42, s); }), "GET", u"/instances/42"_s, {});
    row("update", both([&](curl::Secrets s) { return curl::updateInstance(us, c, 42, s); }), "PUT",
        u"/instances/42"_s, u"@instance.json"_s);
    row("patch", both([&](curl::Secrets s) { return curl::patchInstance(us, c, 42, {u"New"_s, std::nullopt}, s); }),
        "PATCH", u"/instances/42"_s, uR"({"name":"New"})"_s);
    row("delete", both([&](curl::Secrets s) { return curl::deleteInstance(us, c, 42, s); }), "DELETE",
        u"/instances/42"_s, {});
    row("enable", both([&](curl::Secrets s) { return curl::enableInstance(us, c, 42, s); }), "PUT",
        u"/instances/42/enabled"_s, {});
    row("disable", both([&](curl::Secrets s) { return curl::disableInstance(us, c, 42, s); }), "DELETE",
        u"/instances/42/enabled"_s, {});
}

// One command a call: its method and URL, the platform's Authorization header with
// placeholders unless revealed, the body where there is one; pasteable line by line.
void TstCurlCommand::lifecycleCommands()
{
    QFETCH(QString, masked);
    QFETCH(QString, revealed);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, data);
    const Command m = parse(masked);
    QCOMPARE(m.method, method);
    QCOMPARE(m.url, QUrl(u"https://api.cloud-elements.com/elements/api-v2"_s + path));
    QCOMPARE(m.data, data);
    QVERIFY(m.headers.contains(
        u"Authorization: User <INSERT_USER_SECRET>, Organization <INSERT_ORGANIZATION_SECRET>"_s));
    QCOMPARE(m.headers.contains(u"Content-Type: application/json"_s), !data.isEmpty());
    QVERIFY(!masked.contains(u"s3cret"_s));
    const Command r = parse(revealed);
    QVERIFY(r.headers.contains(u"Authorization: User user-s3cret, Organization org-s3cret"_s));
    QCOMPARE(r.url, m.url);
    const QStringList lines = masked.split(u'\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY2(lines.at(i).endsWith(u" \\"_s), qPrintable(lines.at(i)));
    QVERIFY(!lines.last().endsWith(u'\\'));
}

// ?tags[]=x for each tag, the brackets escaped (curl would read [] as a range), the
// values percent-encoded.
void TstCurlCommand::listWithTags()
{
    const QString text = curl::listInstances(us, {u"u"_s, u"o"_s}, {u"a&b c"_s, u"x"_s}, curl::Secrets::Masked);
    QVERIFY2(text.contains(u"/instances?tags%5B%5D=a%26b%20c&tags%5B%5D=x'"_s), qPrintable(text));
    const auto items = QUrlQuery(parse(text).url).queryItems(QUrl::FullyDecoded);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0), std::pair(u"tags[]"_s, u"a&b c"_s));
    QCOMPARE(items.at(1), std::pair(u"tags[]"_s, u"x"_s));
}

// The PATCH body is the client's (normalised), quoted for the shell whatever the name holds.
void TstCurlCommand::patchBodyIsInlineAndQuoted()
{
    const InstancePatch patch{u" O'Brien's books "_s, QStringList{u" t "_s, u"t"_s}};
    const QString text = curl::patchInstance(us, {u"u"_s, u"o"_s}, 7, patch, curl::Secrets::Masked);
    QVERIFY2(text.contains(u"-d '{\"name\":\"O'\\''Brien'\\''s books\",\"tags\":[\"t\"]}'"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TstCurlCommand)
// OAuth 2.0's oauth/url: the client secret as the descriptor's placeholder, the state
// masked, and an entry the descriptor calls secret masked whatever its parameter's name.
void TstCurlCommand::oauth2UrlMasksByTheDescriptor()
{
    ElementDescription zendesk = *ElementCatalog::builtIn().byId(u"zendesk"_s);
    const QUrlQuery parameters = query({{u"apiKey"_s, u"zd-client"_s},
                                        {u"apiSecret"_s, u"zd-client-secret"_s},
                                        {u"callbackUrl"_s, u"https://www.mycoolapp.com/auth"_s},
                                        {u"siteAddress"_s, u"acme"_s},
                                        {u"state"_s, u"random-state-of-this-attempt"_s}});
    const QString masked = curl::authorizationUrl(us, zendesk, parameters, curl::Secrets::Masked);
    QVERIFY2(masked.contains(u"apiSecret=<CONSUMER_SECRET>"_s), qPrintable(masked));
    QVERIFY2(masked.contains(u"state=<INSERT_STATE>"_s), qPrintable(masked));
    QVERIFY2(masked.contains(u"siteAddress=acme"_s) && masked.contains(u"apiKey=zd-client"_s), qPrintable(masked));
    QVERIFY(!masked.contains(u"zd-client-secret"_s) && !masked.contains(u"random-state"_s));
    const QString revealed = curl::authorizationUrl(us, zendesk, parameters, curl::Secrets::Revealed);
    QVERIFY2(revealed.contains(u"apiSecret=zd-client-secret"_s) && revealed.contains(u"state=random-state"_s),
             qPrintable(revealed));

    // "siteAddress" is no secret name: only the descriptor can say it is one.
    for (ConfigurationEntry &e : zendesk.configuration) {
        if (e.oauthParameter == "siteAddress"_L1) {
            e.type = ConfigurationEntry::Type::Secret;
            e.placeholder = u"<SITE>"_s;
        }
    }
    const QString bySecretEntry = curl::authorizationUrl(us, zendesk, parameters, curl::Secrets::Masked);
    QVERIFY2(bySecretEntry.contains(u"siteAddress=<SITE>"_s), qPrintable(bySecretEntry));
}

#include "tst_curlcommand.moc"
