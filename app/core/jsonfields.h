#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

// Typed readers of JSON objects, for every format the app reads (profiles, element
// descriptions, instance.json, the platform's answers). A Reader reads one object's fields
// by type and records each problem as an Error saying where and what; an Errors collector
// keeps the first problem or all of them, as the format needs, and has the format word
// them (its own sentences, in its own translation context). What a format tolerates is
// an option: null as absent or not, numbers and booleans written as text, scalars read as
// text.
namespace ce::json {

// The largest integer a JSON number (an IEEE double) holds exactly with all its neighbours
// (2^53 - 1): beyond it, 2^53 + 1 reads as 2^53.
inline constexpr double MaxSafeInteger = 9007199254740991.0;

// True for a finite whole number within +-MaxSafeInteger (so that qint64(value) is exact).
bool isSafeInteger(double value);
// A number as text: a safe integer as an integer ("1700000000000"), anything else in the
// shortest form that reads back the same ("0.1", "1e+300").
QString numberText(double value);

// The conversions the readers make, for a value read without recording a problem.
// `fromText`: an integer or boolean may also be written as text ("123", "true").
std::optional<qint64> toInteger(const QJsonValue &value, bool fromText = false);
std::optional<bool> toBoolean(const QJsonValue &value, bool fromText = false);

enum class Type { String, Boolean, Integer, Date, Object, Array };

enum class Problem {
    Missing,    // required but absent (or null, where null counts as absent)
    WrongType,  // of another JSON type than `expected` (null too, where null is not absent)
    Empty,      // a required text that is empty or only whitespace
    Invalid,    // the right type but not an allowed value (see Error::value)
    Unknown,    // a field the format does not have (Reader::rejectUnreadKeys)
    Rejected,   // a rule of the format's own (Reader::reject), worded by the caller
};

// One step from the root of a JSON text to a value: a member's key, or an array's item.
struct PathStep
{
    QString key;           // a member (when index < 0)
    qsizetype index = -1;  // an item of the array reached so far

    friend bool operator==(const PathStep &a, const PathStep &b) { return a.key == b.key && a.index == b.index; }
};
using Path = QList<PathStep>;

// One problem: where, what, and the sentence the format made of it.
struct Error
{
    Problem problem = Problem::Invalid;
    Type expected = Type::String;
    QString where;           // the object holding the field, as its reader was named ("configuration[2]"); empty: the root
    QString key;             // the field ("label"); for an item of an array, the array's key
    qsizetype index = -1;    // for an item of an array, its index
    bool null = false;       // the field was there, as null
    QString value;           // Invalid: the value as text (an unknown choice, a date that does not parse)
    Path path;               // from the root to the field (to its object when the field is absent): where the text has it
    QString message;         // the format's sentence (Rejected: the caller's)

    // The field as a path: "configuration.oauth.api.key", "tags[2]", "oauth.callbackState".
    QString field() const;
};

// Words an error in the format's own sentence (only for the errors that are described).
using Wording = std::function<QString(const Error &)>;

// The problems of one read, from any number of Readers.
class Errors
{
public:
    enum class Keep {
        First,  // the first problem ends the reading: later reads return defaults and check nothing
        All,    // every problem, the first `maxDescribed` worded, the rest only counted
    };

    explicit Errors(Wording wording, Keep keep = Keep::First,
                    qsizetype maxDescribed = std::numeric_limits<qsizetype>::max());

    bool isEmpty() const { return m_count == 0; }
    qsizetype count() const { return m_count; }
    // Keep::First and a problem was found: nothing more is checked.
    bool isStopped() const { return m_keep == Keep::First && m_count > 0; }
    const QList<Error> &described() const { return m_described; }
    qsizetype omitted() const { return m_count - m_described.size(); }
    QString firstMessage() const { return m_described.isEmpty() ? QString() : m_described.first().message; }

    // Whether the next problem would be described (else it is only counted).
    bool describesNext() const { return !isStopped() && m_described.size() < m_maxDescribed; }
    // Records a problem: worded and kept when described, else counted.
    void add(Error error);
    void countOmitted() { ++m_count; }

private:
    Wording m_wording;
    Keep m_keep;
    qsizetype m_maxDescribed;
    qsizetype m_count = 0;
    QList<Error> m_described;
};

// What a format tolerates. Child readers (object(), objects()) inherit it.
struct Options
{
    bool nullIsAbsent = true;      // a null member counts as absent; else it is of the wrong type
    bool scalarsFromText = false;  // an integer or boolean field may be written as text ("123", "true")
};

enum class Need {
    Optional,  // absent: the default
    Required,  // must be there (Missing)
    NonEmpty,  // must be there and, for text, not empty or only whitespace (Empty)
};

// How stringMap() takes the values of its object.
enum class MapValues {
    Strings,  // every value a string
    Scalars,  // hand-written files: numbers and booleans too, as their text; null is "not given"
};

// Reads the fields of one object. Each read names its field; the value comes back, or
// the default with the problem recorded in the Errors. The reader remembers which fields
// were asked for, so what is left is known (unread(), rejectUnreadKeys()).
class Reader
{
public:
    // `where` names this object in messages ("configuration[2]"); `path` leads to it from
    // the root of the text (for line numbers).
    Reader(const QJsonObject &object, Errors *errors, Options options = {}, const QString &where = {},
           const Path &path = {});

    const QJsonObject &json() const { return m_object; }
    const QString &where() const { return m_where; }
    Errors *errors() const { return m_errors; }
    bool has(QLatin1StringView key) const { return m_object.contains(key); }

    // The member as it is (undefined when absent), marked as read. For fields a format
    // reads leniently, or whose shape only it knows.
    QJsonValue value(QLatin1StringView key);

    QString string(QLatin1StringView key, Need need = Need::Optional);
    bool boolean(QLatin1StringView key, bool absent = false);
    // A whole number within [min, max] (Invalid outside; a JSON number also within
    // +-MaxSafeInteger).
    std::optional<qint64> integer(QLatin1StringView key, Need need = Need::Optional,
                                  qint64 min = std::numeric_limits<qint64>::min(),
                                  qint64 max = std::numeric_limits<qint64>::max());
    // An ISO 8601 date with optional milliseconds, in UTC; refused (Invalid) when it does not
    // parse or could not be written back as UTC (9999-12-31T23:00:00-05:00 is in the year 10000).
    QDateTime date(QLatin1StringView key, Need need = Need::Optional);
    // A text that must be one of `choices` (Invalid otherwise, with the text in Error::value).
    template <typename T>
    std::optional<T> choice(QLatin1StringView key, Need need,
                            std::initializer_list<std::pair<QLatin1StringView, T>> choices);
    // An array of strings (an item of another type, null included, is WrongType at its index).
    QStringList strings(QLatin1StringView key, Need need = Need::Optional);
    // An object of names and text values (where = this key; a bad value is WrongType at its name).
    QMap<QString, QString> stringMap(QLatin1StringView key, Need need = Need::Optional,
                                     MapValues values = MapValues::Strings);
    QJsonArray array(QLatin1StringView key, Need need = Need::Optional);
    // A member object to read in turn (where = this key), or nullopt (absent, or WrongType).
    std::optional<Reader> object(QLatin1StringView key, Need need = Need::Optional);
    // An array of objects, each to read in turn (where = "key[i]"); an item that is not an
    // object is WrongType at its index and left out.
    std::vector<Reader> objects(QLatin1StringView key, Need need = Need::Optional);

    // `key` has a value the format does not allow (a pattern, a list that must not be
    // empty): an Invalid problem, worded by the format, with `value` in Error::value.
    void invalid(QLatin1StringView key, const QString &value = {});
    // A rule of the format's own failed for `key` (empty: for this object): `message` is the sentence.
    void reject(QLatin1StringView key, const QString &message);

    // The members no read asked for, as they are.
    QJsonObject unread() const;
    // Each member no read asked for is an Unknown problem (formats where a stray key is a typo).
    void rejectUnreadKeys();

private:
    // The member, marked read; nullopt when absent (or null where null is absent): then a
    // Missing problem if `need` says so.
    std::optional<QJsonValue> member(QLatin1StringView key, Need need, Type type);
    // The member when it is there and `is` holds for it; else nullopt, Missing or WrongType recorded.
    std::optional<QJsonValue> typed(QLatin1StringView key, Need need, Type type, bool (QJsonValue::*is)() const);
    void fail(Problem problem, Type type, const QString &key, qsizetype index = -1, const QJsonValue &value = {},
              const QString &text = {}, const QString &message = {});
    bool stopped() const { return m_errors->isStopped(); }
    QString childWhere(const QString &key) const;

    QJsonObject m_object;
    Errors *m_errors;
    Options m_options;
    QString m_where;
    Path m_path;
    QSet<QString> m_read;
};

template <typename T>
std::optional<T> Reader::choice(QLatin1StringView key, Need need,
                                std::initializer_list<std::pair<QLatin1StringView, T>> choices)
{
    const qsizetype before = m_errors->count();
    const QString text = string(key, need);
    if (stopped() || m_errors->count() != before || !m_object.value(key).isString())
        return std::nullopt;  // absent, or its problem is recorded
    for (const auto &[name, result] : choices) {
        if (text == name)
            return result;
    }
    fail(Problem::Invalid, Type::String, key, -1, {}, text);
    return std::nullopt;
}

// Line numbers in a JSON text, for messages that cite where a field is written. The line
// ends are found once (on first use), then each lookup is a binary search.
class TextLines
{
public:
    explicit TextLines(const QByteArray &text) : m_text(text) {}

    // The 1-based line of a byte offset.
    int lineAt(qsizetype offset);
    // The line where the value at `path` is written (a member: the line of its key), found
    // by walking the members of each object (a key written with other escapes than
    // quoted() writes is not found) and counting the items of arrays; an empty path is
    // line 1, one not found 0. For a text that parsed as JSON; linear in it: for the few
    // problems described.
    int lineOf(const Path &path);

private:
    const QByteArray &m_text;
    std::vector<qsizetype> m_ends;
    bool m_built = false;
};

// A JSON string literal with JSON's escaping: "a\"b".
QByteArray quoted(const QString &text);

}  // namespace ce::json
