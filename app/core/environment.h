#pragma once

#include <QCoreApplication>

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace ce {

// Where the Cloud Elements platform API lives: one of the public environments, a custom
// base URL (on-premises, a local gateway) or the built-in sandbox.
class Environment
{
    Q_DECLARE_TR_FUNCTIONS(ce::Environment)
public:
    enum class Kind { UsProduction, EuProduction, UsStaging, Snapshot, Custom, Sandbox };

    Environment() = default;

    static Environment preset(Kind kind);                  // the four public ones
    static Environment custom(const QUrl &baseUrl);         // check with checkBaseUrl() first
    static Environment sandbox(const QUrl &baseUrl);        // the running sandbox's URL
    static QList<Environment> publicEnvironments();         // US, EU, staging, snapshot

    // "us", "eu", "staging", "snapshot" (and a few aliases), or a base URL.
    // On failure returns nullopt and a sentence in *error.
    static std::optional<Environment> parse(const QString &nameOrUrl, QString *error = nullptr);

    // Empty when the URL may be used as a custom base URL, else why not:
    // it must be absolute https://, or http:// on a loopback host, with no user info,
    // query or fragment.
    static QString checkBaseUrl(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    bool isValid() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    Kind kind() const { return m_kind; }
    QString name() const { return nameOf(m_kind); }
    QString displayName() const { return displayNameOf(m_kind); }

    // A kind's stable name (us, eu, staging, snapshot, custom, sandbox: what profiles store)
    // and back, exactly: the one mapping between the two.
    static QString nameOf(Kind kind);
    static std::optional<Kind> kindNamed(QStringView name);
    // Translated, for people: "US production", "Custom URL", "Built-in sandbox".
    static QString displayNameOf(Kind kind);
    QUrl baseUrl() const { return m_baseUrl; }
    // baseUrl + path ("/instances"), keeping the base's own path (/elements/api-v2).
    QUrl endpoint(const QString &path) const;

    friend bool operator==(const Environment &a, const Environment &b)
    { return a.m_kind == b.m_kind && a.m_baseUrl == b.m_baseUrl; }
    friend bool operator!=(const Environment &a, const Environment &b) { return !(a == b); }

private:
    Environment(Kind kind, const QUrl &baseUrl) : m_kind(kind), m_baseUrl(baseUrl) {}
    Kind m_kind = Kind::UsProduction;
    QUrl m_baseUrl;
};

}  // namespace ce
