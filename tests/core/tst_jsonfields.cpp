// The typed JSON readers every format uses: each type's checks, null and text tolerances,
// first or all problems (only the described ones worded), where each problem is (field,
// path, line), unknown keys, and a descriptor-like object read with the strict rules a
// schema with no stray keys and no null needs.
#include "core/jsonfields.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ce;
using json::Errors;
using json::MapValues;
using json::Need;
using json::Problem;
using json::Reader;

namespace {

QJsonObject object(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

// "<problem> <field>": enough to tell problems apart in a comparison.
QString plainWording(const json::Error &e)
{
    static const char *const names[] = {"missing", "wrong type", "empty", "invalid", "unknown", "rejected"};
    return QString::fromLatin1(names[int(e.problem)]) + u' ' + e.field();
}

// "configuration/[2]/label"
QString pathText(const json::Path &path)
{
    QStringList steps;
    for (const json::PathStep &step : path)
        steps.append(step.index >= 0 ? u"[%1]"_s.arg(step.index) : step.key);
    return steps.join(u'/');
}

QStringList messages(const Errors &errors)
{
    QStringList list;
    for (const json::Error &e : errors.described())
        list.append(e.message);
    return list;
}

}  // namespace

class TstJsonFields : public QObject
{
    Q_OBJECT

private slots:
    void safeIntegers_data();
    void safeIntegers();
    void numberText_data();
    void numberText();
    void conversions();
    void strings();
    void nullIsAbsentOrWrong();
    void integers();
    void booleans();
    void dates();
    void choices();
    void arraysOfStrings();
    void stringMaps();
    void nestedObjectsNameWhereTheyAre();
    void firstProblemStopsReading();
    void allProblemsWordOnlyTheDescribed();
    void rejectAndInvalid();
    void unreadKeys();
    void strictSchemaLikeVersion2();
    void linesOfKeyPaths();
    void quotedEscapes();
};

void TstJsonFields::safeIntegers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("safe");
    QTest::newRow("zero") << 0.0 << true;
    QTest::newRow("negative") << -42.0 << true;
    QTest::newRow("2^53 - 1") << 9007199254740991.0 << true;
    QTest::newRow("-(2^53 - 1)") << -9007199254740991.0 << true;
    QTest::newRow("2^53") << 9007199254740992.0 << false;  // 2^53 + 1 reads as this
    QTest::newRow("fraction") << 1.5 << false;
    QTest::newRow("huge") << 1e300 << false;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << false;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << false;
}

void TstJsonFields::safeIntegers()
{
    QFETCH(double, value);
    QFETCH(bool, safe);
    QCOMPARE(json::isSafeInteger(value), safe);
}

void TstJsonFields::numberText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("epoch ms") << 1700000000123.0 << u"1700000000123"_s;
    QTest::newRow("negative") << -7.0 << u"-7"_s;
    QTest::newRow("shortest fraction") << 0.1 << u"0.1"_s;  // not 0.10000000000000001
    QTest::newRow("fraction kept") << 1.5 << u"1.5"_s;      // not cut to 1
    QTest::newRow("beyond 2^53") << 9007199254740994.0 << u"9007199254740994"_s;  // shortest form: all digits
    QTest::newRow("huge") << 1e300 << u"1e+300"_s;
}

void TstJsonFields::numberText()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(json::numberText(value), text);
}

void TstJsonFields::conversions()
{
    QCOMPARE(json::toInteger(QJsonValue(12)), 12);
    QCOMPARE(json::toInteger(QJsonValue(1.5)), std::nullopt);
    QCOMPARE(json::toInteger(QJsonValue(u"12"_s)), std::nullopt);
    QCOMPARE(json::toInteger(QJsonValue(u"12"_s), true), 12);
    // Text is exact: no 2^53 limit.
    QCOMPARE(json::toInteger(QJsonValue(u"9007199254740993"_s), true), 9007199254740993LL);
    QCOMPARE(json::toInteger(QJsonValue(u"12a"_s), true), std::nullopt);
    QCOMPARE(json::toBoolean(QJsonValue(true)), true);
    QCOMPARE(json::toBoolean(QJsonValue(u"false"_s)), std::nullopt);
    QCOMPARE(json::toBoolean(QJsonValue(u"false"_s), true), false);
    QCOMPARE(json::toBoolean(QJsonValue(u"yes"_s), true), std::nullopt);
    QCOMPARE(json::toBoolean(QJsonValue(1)), std::nullopt);
}

void TstJsonFields::strings()
{
    Errors errors(plainWording, Errors::Keep::All);
    Reader r(object(R"({"a": "x", "blank": "  ", "n": 5})"), &errors);
    QCOMPARE(r.string("a"_L1), u"x"_s);
    QCOMPARE(r.string("absent"_L1), QString());  // optional: nothing recorded
    QVERIFY(errors.isEmpty());
    QCOMPARE(r.string("blank"_L1, Need::Required), u"  "_s);  // there: enough for Required
    QVERIFY(errors.isEmpty());
    r.string("blank"_L1, Need::NonEmpty);
    r.string("n"_L1);
    r.string("gone"_L1, Need::Required);
    QCOMPARE(messages(errors), (QStringList{u"empty blank"_s, u"wrong type n"_s, u"missing gone"_s}));
    const json::Error &missing = errors.described().at(2);
    QCOMPARE(missing.expected, json::Type::String);
    QVERIFY(!missing.null);
    QCOMPARE(pathText(missing.path), QString());  // absent: where its object is
    QCOMPARE(pathText(errors.described().at(1).path), u"n"_s);
}

void TstJsonFields::nullIsAbsentOrWrong()
{
    const QJsonObject o = object(R"({"a": null})");
    {
        Errors errors(plainWording, Errors::Keep::All);
        Reader r(o, &errors);  // default: null is "not given"
        QCOMPARE(r.string("a"_L1), QString());
        QVERIFY(errors.isEmpty());
        r.string("a"_L1, Need::Required);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.described().first().problem, Problem::Missing);
        QVERIFY(errors.described().first().null);  // a format may word it apart
        QCOMPARE(pathText(errors.described().first().path), u"a"_s);  // it is in the text
    }
    {
        json::Options strict;
        strict.nullIsAbsent = false;
        Errors errors(plainWording, Errors::Keep::All);
        Reader r(o, &errors, strict);
        r.string("a"_L1);
        QCOMPARE(messages(errors), QStringList{u"wrong type a"_s});
        QVERIFY(errors.described().first().null);
    }
}

void TstJsonFields::integers()
{
    const QJsonObject o = object(R"({"one": 1, "zero": 0, "half": 1.5, "text": "12", "big": 9007199254740992,
                                    "word": "x", "flag": true})");
    Errors errors(plainWording, Errors::Keep::All);
    Reader r(o, &errors);
    QCOMPARE(r.integer("one"_L1, Need::Required, 1), 1);
    QCOMPARE(r.integer("absent"_L1), std::nullopt);
    QVERIFY(errors.isEmpty());
    QCOMPARE(r.integer("zero"_L1, Need::Required, 1), std::nullopt);  // below min
    QCOMPARE(r.integer("half"_L1), std::nullopt);
    QCOMPARE(r.integer("big"_L1), std::nullopt);  // not exact
    QCOMPARE(r.integer("text"_L1), std::nullopt);  // text is not a number here
    QCOMPARE(r.integer("flag"_L1), std::nullopt);
    QCOMPARE(messages(errors), (QStringList{u"invalid zero"_s, u"invalid half"_s, u"invalid big"_s,
                                            u"wrong type text"_s, u"wrong type flag"_s}));
    QCOMPARE(errors.described().at(1).value, u"1.5"_s);

    json::Options lenient;
    lenient.scalarsFromText = true;
    Errors more(plainWording, Errors::Keep::All);
    Reader l(o, &more, lenient);
    QCOMPARE(l.integer("text"_L1), 12);
    QCOMPARE(l.integer("word"_L1), std::nullopt);
    QCOMPARE(l.integer("text"_L1, Need::Required, 0, 10), std::nullopt);
    QCOMPARE(messages(more), (QStringList{u"invalid word"_s, u"invalid text"_s}));
}

void TstJsonFields::booleans()
{
    const QJsonObject o = object(R"({"t": true, "text": "true", "n": 1})");
    Errors errors(plainWording, Errors::Keep::All);
    Reader r(o, &errors);
    QCOMPARE(r.boolean("t"_L1), true);
    QCOMPARE(r.boolean("absent"_L1), false);
    QCOMPARE(r.boolean("absent"_L1, true), true);
    QCOMPARE(r.boolean("text"_L1, false), false);
    QCOMPARE(r.boolean("n"_L1), false);
    QCOMPARE(messages(errors), (QStringList{u"wrong type text"_s, u"wrong type n"_s}));
    QCOMPARE(errors.described().first().expected, json::Type::Boolean);

    json::Options lenient;
    lenient.scalarsFromText = true;
    Errors none(plainWording);
    QCOMPARE(Reader(o, &none, lenient).boolean("text"_L1), true);
    QVERIFY(none.isEmpty());
}

void TstJsonFields::dates()
{
    const QJsonObject o = object(R"({"ok": "2024-03-01T09:00:00.007+01:00", "word": "yesterday", "n": 12,
                                    "y10k": "9999-12-31T23:59:59.999-01:00"})");
    Errors errors(plainWording, Errors::Keep::All);
    Reader r(o, &errors);
    const QDateTime ok = r.date("ok"_L1);
    QCOMPARE(ok, QDateTime(QDate(2024, 3, 1), QTime(8, 0, 0, 7), Qt::UTC));
    QCOMPARE(ok.timeSpec(), Qt::UTC);
    QVERIFY(!r.date("absent"_L1).isValid());
    QVERIFY(errors.isEmpty());
    QVERIFY(!r.date("word"_L1).isValid());
    QVERIFY(!r.date("n"_L1).isValid());
    QVERIFY(!r.date("y10k"_L1).isValid());  // the year 10000 once in UTC: could not be written back
    QCOMPARE(messages(errors), (QStringList{u"invalid word"_s, u"wrong type n"_s, u"invalid y10k"_s}));
    QCOMPARE(errors.described().first().expected, json::Type::Date);
    QCOMPARE(errors.described().first().value, u"yesterday"_s);
}

void TstJsonFields::choices()
{
    enum class Kind { OAuth1, OAuth2 };
    const QJsonObject o = object(R"({"a": "oauth2", "b": "magic", "c": "", "d": 5})");
    Errors errors(plainWording, Errors::Keep::All);
    Reader r(o, &errors);
    const auto kinds = {std::pair{"oauth1"_L1, Kind::OAuth1}, std::pair{"oauth2"_L1, Kind::OAuth2}};
    QCOMPARE(r.choice("a"_L1, Need::Required, kinds), Kind::OAuth2);
    QCOMPARE(r.choice("absent"_L1, Need::Optional, kinds), std::nullopt);
    QVERIFY(errors.isEmpty());
    QCOMPARE(r.choice("b"_L1, Need::Required, kinds), std::nullopt);
    QCOMPARE(r.choice("c"_L1, Need::NonEmpty, kinds), std::nullopt);
    QCOMPARE(r.choice("d"_L1, Need::Required, kinds), std::nullopt);
    QCOMPARE(r.choice("gone"_L1, Need::Required, kinds), std::nullopt);
    QCOMPARE(messages(errors),
             (QStringList{u"invalid b"_s, u"empty c"_s, u"wrong type d"_s, u"missing gone"_s}));  // one problem each
    QCOMPARE(errors.described().first().value, u"magic"_s);
}

void TstJsonFields::arraysOfStrings()
{
    Errors errors(plainWording, Errors::Keep::All);
    Reader r(object(R"({"tags": ["a", 5, null, "b"], "one": "a"})"), &errors);
    QCOMPARE(r.strings("tags"_L1), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(r.strings("one"_L1), QStringList());
    QCOMPARE(messages(errors), (QStringList{u"wrong type tags[1]"_s, u"wrong type tags[2]"_s, u"wrong type one"_s}));
    QCOMPARE(errors.described().first().index, 1);
    QCOMPARE(pathText(errors.described().first().path), u"tags/[1]"_s);
    QCOMPARE(errors.described().last().expected, json::Type::Array);
}

void TstJsonFields::stringMaps()
{
    const QJsonObject o = object(R"({"configuration": {"s": "x", "n": 5, "f": 0.1, "b": true, "z": null, "o": {}}})");
    {
        Errors errors(plainWording, Errors::Keep::All);
        Reader r(o, &errors);
        QCOMPARE(r.stringMap("configuration"_L1), (QMap<QString, QString>{{u"s"_s, u"x"_s}}));
        QCOMPARE(messages(errors), (QStringList{u"wrong type configuration.b"_s, u"wrong type configuration.f"_s,
                                                u"wrong type configuration.n"_s, u"wrong type configuration.o"_s,
                                                u"wrong type configuration.z"_s}));
        const json::Error &first = errors.described().first();
        QCOMPARE(first.where, u"configuration"_s);
        QCOMPARE(first.key, u"b"_s);
        QCOMPARE(pathText(first.path), u"configuration/b"_s);
    }
    {
        Errors errors(plainWording, Errors::Keep::All);
        Reader r(o, &errors);
        const QMap<QString, QString> expected = {{u"s"_s, u"x"_s}, {u"n"_s, u"5"_s}, {u"f"_s, u"0.1"_s},
                                                 {u"b"_s, u"true"_s}};  // null: not given
        QCOMPARE(r.stringMap("configuration"_L1, Need::Optional, MapValues::Scalars), expected);
        QCOMPARE(messages(errors), QStringList{u"wrong type configuration.o"_s});
    }
}

void TstJsonFields::nestedObjectsNameWhereTheyAre()
{
    const QJsonObject o = object(R"({"oauth": {"state": 5}, "configuration": [{"key": "k"}, 3, {"label": null}],
                                    "flat": "x"})");
    Errors errors(plainWording, Errors::Keep::All);
    Reader r(o, &errors);
    std::optional<Reader> oauth = r.object("oauth"_L1);
    QVERIFY(oauth);
    QCOMPARE(oauth->where(), u"oauth"_s);
    oauth->string("state"_L1);
    std::vector<Reader> entries = r.objects("configuration"_L1, Need::Required);
    QCOMPARE(entries.size(), size_t(2));  // the 3 is left out, and reported
    QCOMPARE(entries.at(0).where(), u"configuration[0]"_s);
    QCOMPARE(entries.at(1).where(), u"configuration[2]"_s);
    QCOMPARE(entries.at(0).string("key"_L1, Need::NonEmpty), u"k"_s);
    entries.at(1).string("label"_L1, Need::NonEmpty);
    QVERIFY(!r.object("flat"_L1));
    QCOMPARE(messages(errors), (QStringList{u"wrong type oauth.state"_s, u"wrong type configuration[1]"_s,
                                            u"missing configuration[2].label"_s, u"wrong type flat"_s}));
    QCOMPARE(pathText(errors.described().at(0).path), u"oauth/state"_s);
    QCOMPARE(pathText(errors.described().at(1).path), u"configuration/[1]"_s);
    QCOMPARE(pathText(errors.described().at(2).path), u"configuration/[2]/label"_s);

    // The object reader of one's own: named as the caller says.
    Reader named(QJsonObject{}, &errors, {}, u"providerData[4]"_s);
    named.string("key"_L1, Need::Required);
    QCOMPARE(errors.described().last().field(), u"providerData[4].key"_s);
}

void TstJsonFields::firstProblemStopsReading()
{
    int worded = 0;
    Errors errors([&worded](const json::Error &e) { ++worded; return plainWording(e); });
    Reader r(object(R"({"a": 1, "b": 2, "c": "text", "d": {"e": 1}})"), &errors);
    QCOMPARE(r.string("a"_L1), QString());
    QVERIFY(errors.isStopped());
    // Later reads return their defaults and check nothing.
    QCOMPARE(r.string("c"_L1), QString());
    QCOMPARE(r.integer("b"_L1), std::nullopt);
    QVERIFY(!r.object("d"_L1));
    r.string("b"_L1, Need::Required);
    r.reject("c"_L1, u"never"_s);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(worded, 1);
    QCOMPARE(errors.firstMessage(), u"wrong type a"_s);
}

void TstJsonFields::allProblemsWordOnlyTheDescribed()
{
    QJsonObject entries;
    for (int i = 0; i < 1000; ++i)
        entries.insert(u"k%1"_s.arg(i, 4, 10, QChar(u'0')), i % 2 ? QJsonValue(QJsonObject{}) : QJsonValue(QJsonArray{}));
    int worded = 0;
    Errors errors([&worded](const json::Error &e) { ++worded; return plainWording(e); }, Errors::Keep::All, 3);
    Reader r(QJsonObject{{u"configuration"_s, entries}, {u"name"_s, 5}}, &errors);
    r.stringMap("configuration"_L1);
    r.string("name"_L1);
    QCOMPARE(errors.count(), 1001);
    QCOMPARE(errors.described().size(), 3);
    QCOMPARE(errors.omitted(), 998);
    QCOMPARE(worded, 3);  // the other 998 cost a count
    QCOMPARE(messages(errors), (QStringList{u"wrong type configuration.k0000"_s, u"wrong type configuration.k0001"_s,
                                            u"wrong type configuration.k0002"_s}));
}

void TstJsonFields::rejectAndInvalid()
{
    Errors errors(plainWording, Errors::Keep::All);
    Reader r(object(R"({"id": "Bad Id", "sources": []})"), &errors, {}, u"element"_s);
    r.reject("id"_L1, u"The id must be lower case."_s);  // the caller's own sentence, kept
    r.invalid("sources"_L1);                                // a problem the format words
    r.reject({}, u"The element has no entries."_s);          // about the object itself
    QCOMPARE(messages(errors), (QStringList{u"The id must be lower case."_s, u"invalid element.sources"_s,
                                            u"The element has no entries."_s}));
    QCOMPARE(errors.described().at(0).problem, Problem::Rejected);
    QCOMPARE(errors.described().at(0).field(), u"element.id"_s);
    QCOMPARE(errors.described().at(2).field(), u"element"_s);
}

void TstJsonFields::unreadKeys()
{
    Errors errors(plainWording, Errors::Keep::All);
    Reader r(object(R"({"name": "x", "notes": "hand-written", "lable": "typo", "id": 3})"), &errors);
    r.string("name"_L1);
    r.value("id"_L1);  // read as it is: counts as read
    QCOMPARE(r.unread(), (QJsonObject{{u"notes"_s, u"hand-written"_s}, {u"lable"_s, u"typo"_s}}));
    r.rejectUnreadKeys();
    QCOMPARE(messages(errors), (QStringList{u"unknown lable"_s, u"unknown notes"_s}));
    QCOMPARE(pathText(errors.described().first().path), u"lable"_s);
}

// What a descriptor of schema version 2 asks of its parser (resources/elements/README.md):
// unknown keys are errors at every level, null is no value, strings are non-empty,
// enumerations, integers with bounds, arrays of objects; every problem listed with its line.
void TstJsonFields::strictSchemaLikeVersion2()
{
    const QByteArray text = R"({
  "schemaVersion": 2,
  "key": "zendesk",
  "name": null,
  "authentication": "oauth3",
  "elementId": 0,
  "configuration": [
    {"key": "oauth.api.key", "label": "Client ID", "description": "d", "required": "yes"},
    {"key": "zendesk.subdomain", "lable": "Subdomain", "description": "d", "type": "text"}
  ],
  "instanceDefaults": {"base.url": null}
})";
    enum class Auth { OAuth1, OAuth2, Credentials };
    json::Options strict;
    strict.nullIsAbsent = false;
    Errors errors(plainWording, Errors::Keep::All);
    json::TextLines lines(text);
    Reader root(QJsonDocument::fromJson(text).object(), &errors, strict);
    QCOMPARE(root.integer("schemaVersion"_L1, Need::Required, 2, 2), 2);
    root.string("key"_L1, Need::NonEmpty);
    root.string("name"_L1, Need::NonEmpty);
    root.choice("authentication"_L1, Need::Required,
                {std::pair{"oauth1"_L1, Auth::OAuth1}, std::pair{"oauth2"_L1, Auth::OAuth2},
                 std::pair{"credentials"_L1, Auth::Credentials}});
    root.integer("elementId"_L1, Need::Optional, 1);
    for (Reader &entry : root.objects("configuration"_L1, Need::Required)) {
        entry.string("key"_L1, Need::NonEmpty);
        entry.string("label"_L1, Need::NonEmpty);
        entry.string("description"_L1, Need::NonEmpty);
        entry.boolean("required"_L1);
        entry.string("type"_L1);
        entry.rejectUnreadKeys();
    }
    // instanceDefaults: string or null values, the one place null is allowed; read as it is.
    root.value("instanceDefaults"_L1);
    root.rejectUnreadKeys();

    QStringList found;
    for (const json::Error &e : errors.described())
        found.append(e.message + u" @" + QString::number(lines.lineOf(e.path)));
    QCOMPARE(found, (QStringList{u"wrong type name @4"_s, u"invalid authentication @5"_s, u"invalid elementId @6"_s,
                                 u"wrong type configuration[0].required @8"_s,
                                 u"missing configuration[1].label @9"_s,
                                 u"unknown configuration[1].lable @9"_s}));
    QVERIFY(errors.described().first().null);
}

void TstJsonFields::linesOfKeyPaths()
{
    const QByteArray text = "{\n  \"a\": \"b\",\n  \"b\" : 1,\n  \"c\": {\n    \"b\": 2\n  },\n"
                            "  \"list\": [\"x, ] \\\" {\", {\"k\": [1, 2]},\n    3.5e2,\n    {\"k\": null}\n  ]\n}\n";
    QVERIFY(QJsonDocument::fromJson(text).isObject());
    json::TextLines lines(text);
    using Step = json::PathStep;
    QCOMPARE(lines.lineOf({}), 1);
    QCOMPARE(lines.lineOf({Step{u"b"_s}}), 3);  // the key, not the value "b" on line 2
    QCOMPARE(lines.lineOf({Step{u"c"_s}, Step{u"b"_s}}), 5);
    QCOMPARE(lines.lineOf({Step{u"nope"_s}}), 0);
    // Array items are counted, whatever their strings hold.
    QCOMPARE(lines.lineOf({Step{u"list"_s}, Step{{}, 0}}), 7);
    QCOMPARE(lines.lineOf({Step{u"list"_s}, Step{{}, 2}}), 8);
    QCOMPARE(lines.lineOf({Step{u"list"_s}, Step{{}, 3}, Step{u"k"_s}}), 9);
    QCOMPARE(lines.lineOf({Step{u"list"_s}, Step{{}, 4}}), 0);  // no such item
    QCOMPARE(lines.lineOf({Step{u"a"_s}, Step{{}, 0}}), 0);     // not an array
    QCOMPARE(lines.lineAt(0), 1);
    QCOMPARE(lines.lineAt(text.indexOf("\"c\"")), 4);

    // A member is the object's own, not one of the same name written earlier inside another.
    const QByteArray nested = "{\n  \"entries\": [\n    {\"key\": \"inner\"}\n  ],\n  \"key\": \"outer\"\n}\n";
    json::TextLines nestedLines(nested);
    QCOMPARE(nestedLines.lineOf({Step{u"key"_s}}), 5);
    QCOMPARE(nestedLines.lineOf({Step{u"entries"_s}, Step{{}, 0}, Step{u"key"_s}}), 3);
    QCOMPARE(nestedLines.lineOf({Step{u"entries"_s}, Step{u"key"_s}}), 0);  // an array has no members
    QCOMPARE(lines.lineAt(text.size()), 12);
}

void TstJsonFields::quotedEscapes()
{
    QCOMPARE(json::quoted(u"a\"b\\c\n"_s), QByteArray(R"("a\"b\\c\n")"));
    QCOMPARE(json::quoted(u"é"_s), QByteArray("\"\xc3\xa9\""));
}

QTEST_APPLESS_MAIN(TstJsonFields)
#include "tst_jsonfields.moc"
