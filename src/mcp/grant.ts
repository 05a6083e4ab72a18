// What the OAuth provider (oauth.ts) and the consent page (consent.tsx) share: a grant's props and
// metadata, the env the provider's handlers see, and a connection's lifetime.
import type { OAuthHelpers } from "@cloudflare/workers-oauth-provider";
import type { ApiFetch } from "./contract";

export interface OAuthEnv {
  OAUTH_KV: KVNamespace;
}

/** What a grant's props hold (encrypted by the provider with the token): the connection's API key. */
export interface GrantProps {
  key: string;
  keyId: string;
}

/** What a grant's metadata holds (stored in clear, listed by listUserGrants). */
export interface GrantMetadata {
  keyId: string;
  clientName: string;
}

/** The env the provider's handlers see: the worker's, the consent page's way into the API, and the helpers. */
export type ProviderEnv = OAuthEnv & { API: ApiFetch; OAUTH_PROVIDER: OAuthHelpers; GRANTED?: GrantProps };

/**
 * A connection lasts 90 days: the refresh token's lifetime, and the API key's expiry, so the two
 * end together (a fixed lifetime: refreshing rotates the refresh token but does not extend it).
 */
export const CONNECTION_DAYS = 90;
