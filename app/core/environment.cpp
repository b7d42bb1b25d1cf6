#include "environment.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace ce {

namespace {

struct PresetInfo
{
    Environment::Kind kind;
    const char *name;
    const char *url;
};

constexpr PresetInfo presets[] = {
    {Environment::Kind::UsProduction, "us", "https://api.cloud-elements.com/elements/api-v2"},
    {Environment::Kind::EuProduction, "eu", "https://api.cloud-elements.co.uk/elements/api-v2"},
    {Environment::Kind::UsStaging, "staging", "https://staging.cloud-elements.com/elements/api-v2"},
    {Environment::Kind::Snapshot, "snapshot", "https://snapshot.cloud-elements.com/elements/api-v2"},
};

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

}  // namespace

Environment Environment::preset(Kind kind)
{
    for (const PresetInfo &p : presets) {
        if (p.kind == kind)
            return Environment(kind, QUrl(QString::fromLatin1(p.url)));
    }
    return {};
}

Environment Environment::custom(const QUrl &baseUrl)
{
    return Environment(Kind::Custom, withoutTrailingSlash(baseUrl));
}

Environment Environment::sandbox(const QUrl &baseUrl)
{
    return Environment(Kind::Sandbox, withoutTrailingSlash(baseUrl));
}

QList<Environment> Environment::publicEnvironments()
{
    QList<Environment> list;
    for (const PresetInfo &p : presets)
        list.append(preset(p.kind));
    return list;
}

std::optional<Environment> Environment::parse(const QString &nameOrUrl, QString *error)
{
    const QString input = nameOrUrl.trimmed();
    const QString lower = input.toLower();
    for (const PresetInfo &p : presets) {
        if (lower == QLatin1StringView(p.name))
            return preset(p.kind);
    }
    if (lower == "us-production"_L1 || lower == "production"_L1 || lower == "prod"_L1)
        return preset(Kind::UsProduction);
    if (lower == "eu-production"_L1)
        return preset(Kind::EuProduction);
    if (lower == "sandbox"_L1) {
        if (error)
            *error = Environment::tr("The sandbox runs inside the app; to use a standalone one, start "
                        "\"ce-provisioner serve-sandbox\" and pass the URL it prints.");
        return std::nullopt;
    }
    if (!input.contains(u':') && !input.contains(u'/')) {
        if (error)
            *error = Environment::tr("Unknown environment \"%1\": use us, eu, staging, snapshot or a base URL.")
                         .arg(input);
        return std::nullopt;
    }
    const QUrl url(input, QUrl::StrictMode);
    const QString problem = checkBaseUrl(url);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return custom(url);
}

bool Environment::isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    // Only the name "localhost" itself: "x.localhost" is not in /etc/hosts, so glibc asks
    // DNS for it, and an answer from the network must not receive secrets over plain http.
    if (h == "localhost"_L1)
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

QString Environment::checkBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        return Environment::tr("Enter the base URL of the Cloud Elements API.");
    if (!url.isValid())
        return Environment::tr("This is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return Environment::tr("The URL must start with https://.");
    if (url.host().isEmpty())
        return Environment::tr("The URL has no host name.");
    if (!url.userInfo().isEmpty())
        return Environment::tr("The URL must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return Environment::tr("The URL must not contain a query (?) or fragment (#).");
    if (scheme == "http"_L1 && !isLoopbackHost(url.host()))
        return Environment::tr("Plain http:// is only allowed for this computer (localhost, 127.0.0.1); "
                  "use https:// for %1.")
            .arg(url.host());
    return {};
}

QString Environment::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Custom:
        return u"custom"_s;
    case Kind::Sandbox:
        return u"sandbox"_s;
    default:
        break;
    }
    for (const PresetInfo &p : presets) {
        if (p.kind == kind)
            return QString::fromLatin1(p.name);
    }
    return {};
}

std::optional<Environment::Kind> Environment::kindNamed(QStringView name)
{
    for (const Kind kind : {Kind::UsProduction, Kind::EuProduction, Kind::UsStaging, Kind::Snapshot, Kind::Custom,
                            Kind::Sandbox}) {
        if (name == nameOf(kind))
            return kind;
    }
    return std::nullopt;
}

QString Environment::displayNameOf(Kind kind)
{
    switch (kind) {
    case Kind::UsProduction:
        return Environment::tr("US production");
    case Kind::EuProduction:
        return Environment::tr("EU production");
    case Kind::UsStaging:
        return Environment::tr("US staging");
    case Kind::Snapshot:
        return Environment::tr("Snapshot");
    case Kind::Custom:
        return Environment::tr("Custom URL");
    case Kind::Sandbox:
        return Environment::tr("Built-in sandbox");
    }
    return {};
}

QUrl Environment::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + (path.startsWith(u'/') ? path : u"/"_s + path));
    return url;
}

}  // namespace ce
