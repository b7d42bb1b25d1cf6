#include "curlcommand.h"

#include "redaction.h"

using namespace Qt::StringLiterals;

namespace ce::curl {

namespace {

QString join(const QStringList &lines)
{
    return lines.join(u" \\\n"_s);
}

// The query with secret values replaced by the element's placeholders (or a generic one).
QString queryText(const ElementDescription &element, const QUrlQuery &parameters, Secrets secrets)
{
    QStringList parts;
    const auto items = parameters.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
        if (secrets == Secrets::Masked && redaction::isSecretName(key)) {
            const ConfigurationEntry *p = element.entryForOAuthParameter(key);
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
    const bool reveal = secrets == Secrets::Revealed;
    const QString user = reveal ? credentials.userSecret : u"<INSERT_USER_SECRET>"_s;
    const QString organization = reveal ? credentials.organizationSecret : u"<INSERT_ORGANIZATION_SECRET>"_s;
    return join({u"curl -X POST"_s,
                 u"-H "_s + shellQuote(u"Authorization: User %1, Organization %2"_s.arg(user, organization)),
                 u"-H 'Content-Type: application/json'"_s,
                 u"-d "_s + (bodyFile.contains(u' ') ? shellQuote(u'@' + bodyFile) : u'@' + bodyFile),
                 shellQuote(environment.endpoint(u"/instances"_s).toString(QUrl::FullyEncoded))});
}

}  // namespace ce::curl
