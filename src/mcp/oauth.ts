// OAuth for /mcp, in the MCP worker (src/workers/mcp.ts), so the library stays out of the API's bundle.
// @cloudflare/workers-oauth-provider is the authorization server and the resource server's token
// check (MCP 2025-11-25, basic/authorization); its grants, tokens and registered clients live in the
// MCP worker's OAUTH_KV. What it grants is an API key: on approval the consent page (consent.tsx)
// mints an `sd_` key through the API's own POST /api/me/keys, and the grant's encrypted props hold
// its secret. An /mcp request with an access token is then the same request with that key, so scopes,
// rate limits, the one database round trip and every tool's route are the API-key path's, and
// revoking the connection (deleting the key) refuses its tokens at once.
import { getOAuthApi, type OAuthHelpers, OAuthProvider } from "@cloudflare/workers-oauth-provider";
import { API_KEY_SCOPES } from "../platform/db/schema";
import { consentPage } from "./consent";
import type { Connection } from "./contract";
import { CONNECTION_DAYS, type GrantMetadata, type GrantProps, type OAuthEnv, type ProviderEnv } from "./grant";

const ACCESS_TOKEN_SECONDS = 3600;

function options(origin: string) {
  return {
    // The MCP endpoint is the protected resource (RFC 9728 §2 `resource`; MCP 2025-11-25,
    // "Canonical Server URI"): tokens are bound to it (RFC 8707 audience), so a token for another
    // resource is refused at /mcp.
    resourceMetadata: { resource: `${origin}/mcp`, resource_name: "Spec Drive MCP" },
    // What the 401's challenge and the resource metadata name (MCP 2025-11-25, "Scope Selection
    // Strategy"): the API keys' scopes, each shown on the consent page.
    requiredScopes: [...API_KEY_SCOPES],
    scopesSupported: [...API_KEY_SCOPES],
    apiRoute: "/mcp",
    // Reached only through authenticate(): it hands the grant's key back to the API.
    apiHandler: {
      fetch: (_request: Request, env: ProviderEnv, ctx: ExecutionContext & { props?: GrantProps }) => {
        env.GRANTED = ctx.props;
        return new Response(null, { status: 204 });
      },
    },
    defaultHandler: consentPage,
    authorizeEndpoint: `${origin}/authorize`,
    tokenEndpoint: `${origin}/token`,
    // RFC 7591 dynamic client registration (MCP 2025-11-25, "Dynamic Client Registration").
    clientRegistrationEndpoint: `${origin}/register`,
    // Client ID Metadata Documents (MCP 2025-11-25, "Client ID Metadata Documents"): the provider
    // fetches an https client_id's document with a 5 KiB and 10 s bound, and the worker's
    // global_fetch_strictly_public flag keeps the fetch to public hosts (workers/mcp/wrangler.toml).
    clientIdMetadataDocumentEnabled: true,
    accessTokenTTL: ACCESS_TOKEN_SECONDS,
    // OAuth 2.1 §4.3.1: refresh tokens of public clients are rotated on use (the provider does so).
    refreshTokenTTL: CONNECTION_DAYS * 24 * 3600,
  };
}

const providers = new Map<string, OAuthProvider<ProviderEnv>>();

/**
 * The provider for the API's origin (the URL the API forwarded: the resource and the issuer are
 * absolute URLs, the same for every request of one deployment; one provider per origin, reused).
 */
export function providerFor(request: Request): OAuthProvider<ProviderEnv> {
  const { origin } = new URL(request.url);
  let provider = providers.get(origin);
  if (!provider) {
    provider = new OAuthProvider<ProviderEnv>(
      options(origin) as ConstructorParameters<typeof OAuthProvider<ProviderEnv>>[0],
    );
    providers.set(origin, provider);
  }
  return provider;
}

/**
 * The API key behind an /mcp request's access token, or null: the provider checks the token, its
 * expiry and its audience (RFC 6750 §3.1, RFC 8707 §2) and passes the grant's props to apiHandler.
 */
export async function keyOfToken(
  request: Request,
  env: OAuthEnv,
  ctx: ExecutionContext,
): Promise<{ key: string } | null> {
  const providerEnv = { ...env } as ProviderEnv;
  const res = await providerFor(request).fetch(request, providerEnv, ctx);
  return res.status === 204 && providerEnv.GRANTED ? { key: providerEnv.GRANTED.key } : null;
}

/** Helpers outside a request (the connections routes): the grants are the same KV's. */
function helpers(env: OAuthEnv, origin: string): OAuthHelpers {
  return getOAuthApi(options(origin) as Parameters<typeof getOAuthApi>[0], env);
}

/** Grants listed per page; a user has at most as many as API keys (src/api-keys: API_KEYS_MAX). */
const GRANTS_PAGE = 100;

export async function listConnections(env: OAuthEnv, origin: string, userId: string): Promise<Connection[]> {
  const { items } = await helpers(env, origin).listUserGrants(userId, { limit: GRANTS_PAGE });
  return items.map((g) => {
    const meta = g.metadata as GrantMetadata;
    return {
      id: meta.keyId,
      clientId: g.clientId,
      clientName: meta.clientName,
      scopes: g.scope,
      createdAt: new Date(g.createdAt * 1000).toISOString(),
    };
  });
}

export async function revokeConnection(env: OAuthEnv, origin: string, userId: string, keyId: string): Promise<boolean> {
  const api = helpers(env, origin);
  const { items } = await api.listUserGrants(userId, { limit: GRANTS_PAGE });
  const grant = items.find((g) => (g.metadata as GrantMetadata).keyId === keyId);
  if (!grant) return false;
  await api.revokeGrant(grant.id, userId);
  return true;
}
