#pragma once

#include <QLatin1StringView>

// The names of the OAuth parameters, as the platform and the providers spell them: one
// place for the core, the pages and the command line.
namespace ce::oauth {

// Query parameters of the platform's OAuth calls (GET /elements/{key}/oauth/token and
// .../oauth/url). An element's configuration entries feed the first four
// (ConfigurationEntry::oauthParameter); the app adds the request token to the second call.
inline constexpr QLatin1StringView ApiKey{"apiKey"};
inline constexpr QLatin1StringView ApiSecret{"apiSecret"};
inline constexpr QLatin1StringView CallbackUrl{"callbackUrl"};
inline constexpr QLatin1StringView SiteAddress{"siteAddress"};
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

}  // namespace ce::oauth
