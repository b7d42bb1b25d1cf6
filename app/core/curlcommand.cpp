#include "curlcommand.h"

#include "oauthparameters.h"
#include "redaction.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ce::curl {

namespace {

QString join(const QStringList &lines)
{
    return lines.join(u" \\\n"_s);
}

// The query with secret values replaced by the element's placeholders (or a generic one):
// what the descriptor calls secret (an API key, a client secret, a password, whatever its
// parameter is called), what the redaction rules call secret by its name, and OAuth 2.0's
// state (the app keeps it from every log: it binds the callback to this attempt).
QString queryText(const ElementDescription &element, const QUrlQuery &parameters, Secrets secrets)
{
    QStringList parts;
    const auto items = parameters.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
        const ConfigurationEntry *entry = element.entryForOAuthParameter(key);
        const bool secret = redaction::isSecretName(key) || (entry && entry->isSecret())
            || (key == oauth::State && element.authentication == Authentication::OAuth2);
        if (secrets == Secrets::Masked && secret) {
            const ConfigurationEntry *p = entry;
            encoded = p && !p->placeholder.isEmpty() ? p->placeholder
                                                     : u"<INSERT_%1>"_s.arg(key.toUpper());
        }
        parts.append(key + u'=' + encoded);
    }
    return parts.join(u'&');
}

QString oauthCall(const Environment &environment, const ElementDescription &element, const QString &step,
                  const QUrlQuery &parameters, Secrets secrets)
{
    const QUrl endpoint = environment.endpoint(u"/elements/%1/oauth/%2"_s.arg(element.key, step));
    return join({u"curl -X GET"_s, u"-H 'Content-Type: application/json'"_s,
                 shellQuote(endpoint.toString(QUrl::FullyEncoded) + u'?' + queryText(element, parameters, secrets))});
}

QString authorizationHeader(const Credentials &credentials, Secrets secrets)
{
    const bool reveal = secrets == Secrets::Revealed;
    const QString user = reveal ? credentials.userSecret : u"<INSERT_USER_SECRET>"_s;
    const QString organization = reveal ? credentials.organizationSecret : u"<INSERT_ORGANIZATION_SECRET>"_s;
    return u"-H "_s + shellQuote(u"Authorization: User %1, Organization %2"_s.arg(user, organization));
}

QString dataFile(const QString &bodyFile)
{
    return u"-d "_s + (bodyFile.contains(u' ') ? shellQuote(u'@' + bodyFile) : u'@' + bodyFile);
}

QString endpoint(const Environment &environment, const QString &path, const QString &encodedQuery = {})
{
    QString url = environment.endpoint(path).toString(QUrl::FullyEncoded);
    if (!encodedQuery.isEmpty())
        url += u'?' + encodedQuery;
    return shellQuote(url);
}

// A call on an instance without a body.
QString instanceCall(const Environment &environment, const Credentials &credentials, const char *method,
                     const QString &path, Secrets secrets)
{
    return join({u"curl -X "_s + QLatin1StringView(method), authorizationHeader(credentials, secrets),
                 endpoint(environment, path)});
}

}  // namespace

QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString requestToken(const Environment &environment, const ElementDescription &element,
                     const QUrlQuery &oauthParameters, Secrets secrets)
{
    return oauthCall(environment, element, u"token"_s, oauthParameters, secrets);
}

QString authorizationUrl(const Environment &environment, const ElementDescription &element,
                         const QUrlQuery &oauthParameters, Secrets secrets)
{
    return oauthCall(environment, element, u"url"_s, oauthParameters, secrets);
}

QString createInstance(const Environment &environment, const Credentials &credentials, Secrets secrets,
                       const QString &bodyFile)
{
    return join({u"curl -X POST"_s, authorizationHeader(credentials, secrets), u"-H 'Content-Type: application/json'"_s,
                 dataFile(bodyFile), endpoint(environment, u"/instances"_s)});
}

QString listInstances(const Environment &environment, const Credentials &credentials, const QStringList &tags,
                      Secrets secrets)
{
    QStringList query;
    for (const QString &tag : tags)
        query.append(u"tags%5B%5D="_s + QString::fromLatin1(QUrl::toPercentEncoding(tag)));
    return join({u"curl -X GET"_s, authorizationHeader(credentials, secrets),
                 endpoint(environment, u"/instances"_s, query.join(u'&'))});
}

QString getInstance(const Environment &environment, const Credentials &credentials, qint64 id, Secrets secrets)
{
    return instanceCall(environment, credentials, "GET", u"/instances/%1"_s.arg(id), secrets);
}

QString updateInstance(const Environment &environment, const Credentials &credentials, qint64 id, Secrets secrets,
                       const QString &bodyFile)
{
    return join({u"curl -X PUT"_s, authorizationHeader(credentials, secrets), u"-H 'Content-Type: application/json'"_s,
                 dataFile(bodyFile), endpoint(environment, u"/instances/%1"_s.arg(id))});
}

QString patchInstance(const Environment &environment, const Credentials &credentials, qint64 id,
                      const InstancePatch &patch, Secrets secrets)
{
    const QByteArray body = QJsonDocument(patch.normalised().toJson()).toJson(QJsonDocument::Compact);
    return join({u"curl -X PATCH"_s, authorizationHeader(credentials, secrets),
                 u"-H 'Content-Type: application/json'"_s, u"-d "_s + shellQuote(QString::fromUtf8(body)),
                 endpoint(environment, u"/instances/%1"_s.arg(id))});
}

QString deleteInstance(const Environment &environment, const Credentials &credentials, qint64 id, Secrets secrets)
{
    return instanceCall(environment, credentials, "DELETE", u"/instances/%1"_s.arg(id), secrets);
}

QString enableInstance(const Environment &environment, const Credentials &credentials, qint64 id, Secrets secrets)
{
    return instanceCall(environment, credentials, "PUT", u"/instances/%1/enabled"_s.arg(id), secrets);
}

QString disableInstance(const Environment &environment, const Credentials &credentials, qint64 id, Secrets secrets)
{
    return instanceCall(environment, credentials, "DELETE", u"/instances/%1/enabled"_s.arg(id), secrets);
}

}  // namespace ce::curl
