#pragma once

#include <QLatin1StringView>

// The names of the OAuth parameters, as the platform and the providers spell them: one
// place for the core, the pages and the command line.
namespace ce::oauth {

// Query parameters of the platform's OAuth calls (GET /elements/{key}/oauth/token and
// .../oauth/url). An element's configuration entries feed the first five
// (ConfigurationEntry::oauthParameter); the app adds the request token (OAuth 1.0a) or the
// state (OAuth 2.0) to the second call.
inline constexpr QLatin1StringView ApiKey{"apiKey"};
inline constexpr QLatin1StringView ApiSecret{"apiSecret"};
inline constexpr QLatin1StringView CallbackUrl{"callbackUrl"};
inline constexpr QLatin1StringView SiteAddress{"siteAddress"};
inline constexpr QLatin1StringView Scope{"scope"};
inline constexpr QLatin1StringView RequestToken{"requestToken"};

// Query items of the provider's redirect to the callback URL (and the providerData keys
// they become). oauth_verifier is the one that proves the user's consent.
inline constexpr QLatin1StringView OAuthToken{"oauth_token"};
inline constexpr QLatin1StringView OAuthVerifier{"oauth_verifier"};
inline constexpr QLatin1StringView Secret{"secret"};
inline constexpr QLatin1StringView RefreshToken{"refresh_token"};
inline constexpr QLatin1StringView State{"state"};
// OAuth 2.0: the authorization code, the grant of an OAuth 2 callback.
inline constexpr QLatin1StringView Code{"code"};
// ...and those that carry the user's refusal instead.
inline constexpr QLatin1StringView Error{"error"};
inline constexpr QLatin1StringView NotApproved{"not_approved"};
inline constexpr QLatin1StringView OAuthProblem{"oauth_problem"};
// OAuth 2.0: the provider's words beside `error` (RFC 6749, 4.1.2.1); shown, never trusted.
inline constexpr QLatin1StringView ErrorDescription{"error_description"};
// The value of `error` when the user said no (RFC 6749, 4.1.2.1).
inline constexpr QLatin1StringView AccessDenied{"access_denied"};

// The OAuth 2.0 authorization request the provider's page receives (RFC 6749, 4.1.1): in
// the `oauthUrl` the platform returns, and what the sandbox's provider page reads.
inline constexpr QLatin1StringView ResponseType{"response_type"};
inline constexpr QLatin1StringView ClientId{"client_id"};
inline constexpr QLatin1StringView RedirectUri{"redirect_uri"};
// The OAuth 1.0a authorization page's: where the provider sends the user back.
inline constexpr QLatin1StringView OAuthCallback{"oauth_callback"};

}  // namespace ce::oauth
