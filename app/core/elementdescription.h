#pragma once

#include <QCoreApplication>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ce {

// One configuration entry of an element instance (`configuration` of POST /instances).
struct ConfigProperty
{
    enum class Format { Text, Subdomain, Url };

    QString key;             // "oauth.api.key"
    QString label;           // "Consumer key"
    QString description;     // one sentence for a tooltip / help text
    QString oauthParameter;  // the query parameter it feeds in the OAuth calls ("apiKey"), or empty
    QString placeholder;     // "<INSERT_FRESHBOOKS_API_KEY>", as Cloud Elements' docs write it
    QString responseKey;     // the key the platform answers with ("site.address")
    QString domain;          // Subdomain format: "freshbooks.com"
    Format format = Format::Text;
    bool required = false;
    bool secret = false;
};

// One entry of `providerData`, filled from the OAuth exchange.
struct ProviderField
{
    enum class Source { Callback, RequestToken };

    QString key;          // "oauth_token"
    QString placeholder;  // "<OAUTH_TOKEN_RETURNED_IN_OAUTH_EXCHANGE>"
    Source source = Source::Callback;
    bool required = false;
    bool secret = false;
};

// What the app knows about one element, read from resources/elements/<key>.json.
// The model, the validation, the wizard and the sandbox all read it, so a second
// element is a new file rather than new code.
class ElementDescription
{
    Q_DECLARE_TR_FUNCTIONS(ce::ElementDescription)
public:
    static constexpr int SchemaVersion = 1;

    // Parses a description; on failure nullopt and a sentence in *error.
    static std::optional<ElementDescription> fromJson(const QByteArray &json, QString *error = nullptr);
    // A description shipped with the app (":/elements/<key>.json"), or nullopt.
    static std::optional<ElementDescription> builtin(const QString &key);
    static QStringList builtinKeys();
    // The FreshBooks description; it ships with the app, so this cannot fail.
    static const ElementDescription &freshbooks();

    QString key;          // "freshbooks"
    int id = 0;           // 172
    QString name;         // "FreshBooks"
    QString description;
    QString image;
    QString authType;     // "oauth1"
    QString callbackState;          // "freshbooks": the state the platform appends to the callback
    QString authorizationUrl;       // template with {siteAddress}
    // The callback parameters that prove the user's consent ("oauth_verifier"; an OAuth 2
    // element would name "code"): a navigation that carries one and is not the exact
    // callback is stopped, never loaded. Default: oauth_verifier.
    QStringList callbackSecretParameters;
    QList<ConfigProperty> configuration;
    QList<ProviderField> providerData;
    QJsonObject instanceDefaults;   // what the platform adds to a created instance's configuration

    const ConfigProperty *property(const QString &key) const;
    const ConfigProperty *propertyForOAuthParameter(const QString &parameter) const;
    // True when a configuration entry holds a secret: the description marks it secret
    // (by its key or by the key the platform answers with), or its name is a secret one
    // for the redaction rules (redaction::isSecretName), described or not. The request
    // preview, exports and the Done page mask by this one rule.
    bool isSecretConfigurationKey(const QString &key) const;
    const ProviderField *providerField(const QString &key) const;
    QStringList configurationKeys() const;
    QStringList providerDataKeys() const;
};

// Site address normalisation (ConfigProperty::Format::Subdomain): "acme",
// "acme.freshbooks.com", "https://acme.freshbooks.com/" and " ACME " all give "acme".
// Input on another domain (acme.example.com) is returned as typed, trimmed, for
// checkSubdomain() to reject.
QString normaliseSubdomain(const QString &input, const QString &domain);
// Empty when `value` is a usable subdomain label (letters, digits, hyphens, 1-63 chars,
// not starting or ending with a hyphen), else why not.
QString checkSubdomain(const QString &value, const QString &domain);
// Empty when `value` is an absolute http(s) URL with a host and no user info, else why not.
QString checkHttpUrl(const QString &value);

}  // namespace ce
