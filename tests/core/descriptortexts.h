#pragma once

// The descriptor texts the element suites break one line at a time (tst_elementdescription's
// refusal table). In a header of their own: moc reads "//" inside a raw string as a comment
// and would miss the suite's class.
#include <QByteArray>

namespace ce::test {

// A valid oauth2 descriptor with one entry of each kind, one field or entry a line, so that
// a row of the refusal table changes one line and knows where the problem is written.
inline constexpr char OAuth2Text[] = R"({
  "schemaVersion": 2,
  "id": "demo",
  "key": "demo",
  "name": "Demo",
  "description": "A demo element.",
  "authentication": "oauth2",
  "sources": ["test"],
  "oauth": {
    "state": "random",
    "authorizationUrl": "https://{siteAddress}.demo.test/authorize"
  },
  "configuration": [
    {"key": "oauth.api.key", "label": "Client ID", "description": "The client id.", "required": true, "oauthParameter": "apiKey"},
    {"key": "oauth.api.secret", "label": "Client secret", "description": "The secret.", "type": "secret", "required": true, "oauthParameter": "apiSecret"},
    {"key": "oauth.callback.url", "label": "Callback URL", "description": "Where it comes back.", "oauthParameter": "callbackUrl", "format": "url", "default": "https://example.test/cb"},
    {"key": "demo.site", "label": "Site", "description": "The site.", "oauthParameter": "siteAddress", "format": "subdomain", "domain": "demo.test"},
    {"key": "demo.flag", "label": "Flag", "description": "A flag.", "type": "boolean", "default": "false"},
    {"key": "demo.region", "label": "Region", "description": "The region.", "type": "choice", "options": [{"value": "eu", "label": "Europe"}]},
    {"key": "authentication.type", "label": "Type", "description": "Fixed.", "hidden": true, "default": "oauth2"}
  ],
  "providerData": [
    {"key": "code", "source": "callback", "required": true, "secret": true}
  ],
  "instanceDefaults": {"base.url": "https://{demo.site}/api", "x": null}
}
)";

// The same lines for oauth1: the callback state, and the OAuth 1.0a provider data.
inline QByteArray oauth1Text()
{
    QByteArray text(OAuth2Text);
    text.replace(R"("authentication": "oauth2")", R"("authentication": "oauth1")");
    text.replace(R"("state": "random",)", R"("callbackState": "demo",)");
    text.replace(R"({"key": "code", "source": "callback", "required": true, "secret": true})",
                 R"({"key": "oauth_token", "source": "callback", "required": true, "secret": true}, )"
                 R"({"key": "oauth_verifier", "source": "callback", "required": true, "secret": true}, )"
                 R"({"key": "secret", "source": "requestToken", "required": true, "secret": true})");
    return text;
}

inline constexpr char CredentialsText[] = R"({
  "schemaVersion": 2,
  "key": "demo",
  "name": "Demo",
  "description": "A demo element.",
  "authentication": "credentials",
  "sources": ["test"],
  "configuration": [
    {"key": "subdomain", "label": "Subdomain", "description": "The site.", "required": true, "format": "subdomain", "domain": "demo.test"},
    {"key": "api.key", "label": "API key", "description": "The key.", "type": "secret", "required": true}
  ]
}
)";

}  // namespace ce::test
