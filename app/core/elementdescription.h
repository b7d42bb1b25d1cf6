#pragma once

#include <QCoreApplication>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ce {

// How an element authenticates: the descriptor's "authentication".
enum class Authentication {
    OAuth1,       // request token, the provider's page, callback with oauth_token + oauth_verifier
    OAuth2,       // the provider's page with a state, callback with code + state (or error)
    Credentials,  // no browser: the configuration entries go straight into POST /instances
};

// One choice of a `choice` configuration entry.
struct ChoiceOption
{
    QString value;  // what is sent
    QString label;  // what is shown, as written in the descriptor
    bool translated = false;  // a built-in descriptor's: shown through the translation catalogue

    QString displayLabel() const;

    friend bool operator==(const ChoiceOption &a, const ChoiceOption &b) { return a.value == b.value && a.label == b.label; }
    friend bool operator!=(const ChoiceOption &a, const ChoiceOption &b) { return !(a == b); }
};

// One entry of `configuration` (of POST /instances, and of the form that asks for it).
// resources/elements/README.md describes each field. Fields that have a default in the
// format hold the effective value (responseKey is the key when the file gives none).
struct ConfigurationEntry
{
    enum class Type { Text, Secret, Boolean, Choice };
    enum class Format { Text, Subdomain, Url };

    QString key;             // "oauth.api.key", sent exactly as written
    QString label;           // "Consumer key", as written (displayLabel(): translated when built in)
    QString description;     // one sentence for a tooltip / help text, as written
    Type type = Type::Text;
    QList<ChoiceOption> options;  // Choice only
    bool required = false;
    bool hidden = false;     // not shown; `defaultValue` is always sent
    QString defaultValue;    // null when the descriptor gives none
    int order = 0;           // display order, ascending (ties keep the file's order)
    QString oauthParameter;  // the oauth/token and oauth/url parameter it also feeds ("apiKey"), or empty
    bool oauthOnly = false;  // the value goes only to its oauthParameter, never into POST /instances
    Format format = Format::Text;
    QString domain;          // Subdomain format: "freshbooks.com"
    QString placeholder;     // "<INSERT_FRESHBOOKS_API_KEY>"; a secret's default "<SECRET>"; else may be empty
    QString responseKey;     // the key the platform answers with ("site.address"); the key by default
    QString environmentVariable;  // Secret only: what `create --from` reads ("FRESHBOOKS_CONSUMER_SECRET")
    QString unknown;         // what the sources leave open about this entry
    bool translated = false; // a built-in descriptor's: label and description shown through the catalogue

    bool isSecret() const { return type == Type::Secret; }
    bool hasDefault() const { return !defaultValue.isNull(); }
    // The label and description to show (translated for a built-in descriptor).
    QString displayLabel() const;
    QString displayDescription() const;
    // The value sent for what the user gave: the default when hidden; else trimmed, and a
    // subdomain normalised (a value still a placeholder is left as it is, to be refused).
    QString valueToSend(const QString &input) const;
    const ChoiceOption *option(const QString &value) const;

    // The environment variable of a secret entry without one: the key upper-cased, every
    // character other than A-Z and 0-9 replaced by '_' ("oauth.api.secret" -> OAUTH_API_SECRET).
    static QString defaultEnvironmentVariable(const QString &key);
    static QString typeName(Type type);      // "text", "secret", "boolean", "choice"
    static QString formatName(Format format);  // "text", "subdomain", "url"

    friend bool operator==(const ConfigurationEntry &a, const ConfigurationEntry &b);
    friend bool operator!=(const ConfigurationEntry &a, const ConfigurationEntry &b) { return !(a == b); }
};

// One entry of `providerData`, filled from the OAuth exchange.
struct ProviderDataEntry
{
    enum class Source { Callback, RequestToken };

    QString key;          // "oauth_token", "code"
    Source source = Source::Callback;
    bool required = false;  // a callback without it is not accepted
    bool secret = false;    // masked and never logged
    QString placeholder;  // "<OAUTH_TOKEN_RETURNED_IN_OAUTH_EXCHANGE>"; a secret's default "<SECRET>"

    // Where `create --from` reads a secret entry the file leaves empty or as a placeholder:
    // "CE_PROVIDER_DATA_" and the key as ConfigurationEntry::defaultEnvironmentVariable()
    // writes it ("code" -> CE_PROVIDER_DATA_CODE).
    QString environmentVariable() const;

    friend bool operator==(const ProviderDataEntry &a, const ProviderDataEntry &b)
    {
        return a.key == b.key && a.source == b.source && a.required == b.required && a.secret == b.secret
            && a.placeholder == b.placeholder;
    }
    friend bool operator!=(const ProviderDataEntry &a, const ProviderDataEntry &b) { return !(a == b); }
};

// What the app knows about one element: a descriptor of schema version 2
// (resources/elements/README.md is the format, field by field), from a file shipped with
// the app, a file of the user's, or built from the platform's own answer
// (ElementCatalog). The model, the validation, the wizard and the sandbox all read it, so
// another element is another file rather than new code. Everything looks a descriptor up
// by its `id`; its `key` is what is sent to the platform.
class ElementDescription
{
    Q_DECLARE_TR_FUNCTIONS(ce::ElementDescription)
public:
    static constexpr int SchemaVersion = 2;

    // Where a descriptor came from (not part of the file).
    enum class Origin { BuiltIn, User, Platform };
    // The `state` an OAuth 2 descriptor sends to oauth/url and requires back.
    enum class OAuthState { Random, ElementKey };

    // Why a text is not a descriptor: where (1-based line, 0 when unknown; the field as a
    // path, "configuration[2].label") and what.
    struct Problem
    {
        int line = 0;
        QString field;
        QString message;  // one sentence naming the field
        // "Line 12: ..." (the message alone when the line is unknown).
        QString text() const;
    };

    // Parses a descriptor. On failure nullopt, the first problem as a sentence with its
    // line in *error, and in *problem.
    static std::optional<ElementDescription> fromJson(const QByteArray &json, QString *error = nullptr,
                                                      Problem *problem = nullptr);
    // The descriptor as a file of schema version 2, which fromJson() reads back equal to
    // this one: fields in the README's order, two-space indentation, fields left out where
    // they hold the format's default.
    QByteArray toJson() const;
    // A descriptor shipped with the app (":/elements/<id>.json"), or null. It stays valid for
    // the whole run (ElementCatalog::builtIn()).
    static const ElementDescription *builtin(const QString &id);

    QString id;             // the descriptor's name ("hubspot-apikey"): how it is looked up
    QString key;            // the element key sent to the platform ("hubspot")
    qint64 elementId = 0;   // the platform's numeric id where a source gives it, else 0
    QString name;           // "HubSpot Marketing", as written
    QString variant;        // "API key", as written; empty when none
    QString description;    // as written
    QString image;
    Authentication authentication = Authentication::Credentials;
    QStringList sources;
    QString unknown;        // what the sources leave open about the element
    // `oauth`, for the OAuth kinds.
    OAuthState state = OAuthState::Random;  // OAuth 2
    QString callbackState;                  // OAuth 1: what the platform appends to the callback (the key by default)
    QString authorizationUrl;               // a template with {oauthParameter} placeholders; information only
    QString requestTokenUrl;                // OAuth 1, information only
    QString accessTokenUrl;                 // OAuth 1, information only
    QStringList refusalParameters;          // callback items that mean the user refused
    QList<ConfigurationEntry> configuration;
    QList<ProviderDataEntry> providerData;
    QJsonObject instanceDefaults;           // what the platform adds to a created instance's configuration

    // Where it came from: set by the catalog, not compared, not written by toJson().
    Origin origin = Origin::User;
    QString path;                 // the user's file it was read from
    bool replacesBuiltIn = false; // a user's file with the id of a built-in descriptor

    bool isOAuth() const { return authentication != Authentication::Credentials; }
    // Sets where the descriptor came from; a built-in one's texts are shown translated.
    void setOrigin(Origin origin, const QString &path = {});

    // Name, variant and description to show (translated for a built-in descriptor), and
    // "HubSpot Marketing (API key)".
    QString displayName() const;
    QString displayVariant() const;
    QString displayDescription() const;
    QString title() const;

    const ConfigurationEntry *entry(const QString &key) const;
    // The entry whose value goes to the OAuth parameter `parameter` ("apiKey"), or null.
    const ConfigurationEntry *entryForOAuthParameter(const QString &parameter) const;
    // The entries the user sees, in display order (`order`, ties in the file's order).
    QList<const ConfigurationEntry *> visibleEntries() const;
    // True when a configuration entry holds a secret: the descriptor marks it secret (by its
    // key or by the key the platform answers with), or its name is a secret one for the
    // redaction rules (redaction::isSecretName), described or not. The request preview,
    // exports and the Done page mask by this one rule.
    bool isSecretConfigurationKey(const QString &key) const;
    const ProviderDataEntry *providerDataEntry(const QString &key) const;
    // The callback parameters that carry the grant (never to be sent anywhere but the exact
    // callback): the providerData entries from the callback marked secret ("oauth_verifier",
    // "code"). OAuth 1's oauth_token is not one: it is the request token, which the
    // provider's own authorization page carries in its address.
    QStringList grantParameters() const;
    QStringList configurationKeys() const;
    QStringList providerDataKeys() const;

    static QString authenticationName(Authentication authentication);  // "oauth1", "oauth2", "credentials"

    // The content (not where it came from).
    friend bool operator==(const ElementDescription &a, const ElementDescription &b);
    friend bool operator!=(const ElementDescription &a, const ElementDescription &b) { return !(a == b); }
};

// True for "<INSERT_...>"-style values that stand for something to fill in.
bool isPlaceholder(const QString &value);

// Site address normalisation (ConfigurationEntry::Format::Subdomain): "acme",
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
