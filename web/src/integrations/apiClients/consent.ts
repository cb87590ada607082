// Where a partner's app sends a person to allow it into the company: Leadhub's
// consent page (leadhub.oauth.consent), on the server this app is served from.

export const AUTHORIZATION_PATH = "/oauth/authorize";
/** The authorization server's metadata (RFC 8414): every endpoint, and what each takes. */
export const METADATA_PATH = "/.well-known/oauth-authorization-server";

interface Client {
  clientId: string;
  redirectUris: readonly string[];
  scopes: readonly string[];
}

/** The consent page's address for the client, asking all it may have and returning
 * to its first redirect URI; the app adds its own state and PKCE code_challenge to
 * each request (S256, the only method Leadhub takes). None for a client without a
 * redirect URI: it gets tokens by client credentials alone. */
export function consentUrl(origin: string, client: Client): string | null {
  const [redirectUri] = client.redirectUris;
  if (!redirectUri) return null;
  const query = new URLSearchParams({
    response_type: "code",
    client_id: client.clientId,
    redirect_uri: redirectUri,
    scope: client.scopes.join(" "),
    code_challenge_method: "S256",
  });
  return `${origin}${AUTHORIZATION_PATH}?${query}`;
}
