// What the API worker and the MCP worker (workers/mcp/wrangler.toml) say to each other over the
// MCP service binding: types only, so neither side's code reaches the other's bundle.
//
// The API forwards /mcp with `MCP.serve(request, api)`, handing over `api`: a function (a Workers
// RPC stub) that runs one request through the API's own routes, with the agent's key and the API's
// bindings. So the MCP worker needs no binding back to the API (no cycle between the two scripts),
// and every tool call is an ordinary API request: same scopes, validation, errors, round trips.

/**
 * One API request made by a tool: the path with its query, and a JSON body as text. `binaryMax`: the
 * answer is binary (a zip): a success's bytes come back as `bytes`, read up to that many.
 */
export interface ApiCall {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  body?: string;
  binaryMax?: number;
  /**
   * The Authorization header to send, for the OAuth pages' `api` only (it carries none of its own:
   * the consent page signs in with /api/auth/login and uses that session). A tool's `api` ignores it.
   */
  authorization?: string;
}

/**
 * The API's answer: its status and body text (JSON, or empty); for a binary call's success, `bytes`
 * instead, or `overMax` (the byte count read when it passed binaryMax, the rest unread).
 */
export interface ApiAnswer {
  status: number;
  body: string;
  bytes?: Uint8Array;
  overMax?: number;
}

export type ApiFetch = (call: ApiCall) => Promise<ApiAnswer>;

/** The MCP worker's entrypoint as the API's MCP binding sees it (structural: no workers types needed). */
export interface McpService {
  /**
   * `scopes`: the key's, read at its check; `permissions`: those its user's roles hold in some workspace
   * (src/platform/auth/roles.ts). tools/list lists the tools both allow.
   */
  serve(request: Request, api: ApiFetch, scopes: readonly string[], permissions: readonly string[]): Promise<Response>;
  /**
   * The OAuth endpoints (OAUTH_PATHS): discovery metadata, registration, token, and the consent page,
   * which signs the user in and mints the connection's API key through `api` (the API's own routes).
   */
  oauth(request: Request, api: ApiFetch): Promise<Response>;
  /**
   * An /mcp request whose bearer is not an `sd_` key: the OAuth provider validates it as an access
   * token for the MCP resource and answers the API key its grant holds, or null (refuse it: 401).
   */
  authenticate(request: Request): Promise<{ key: string } | null>;
  /** The user's live OAuth grants (GET /api/me/connections). */
  connections(origin: string, userId: string): Promise<Connection[]>;
  /** Revokes the user's grant whose API key is `keyId`; whether there was one. */
  revokeConnection(origin: string, userId: string, keyId: string): Promise<boolean>;
}

/**
 * The name the consent page gives a connection's API key, before the client's name, so the user's key
 * list says what it is. Only the key's kind (`connection`) tells a connection's key from a key the
 * user made (src/mcp/queries.ts): a user may name a key anything.
 */
export const CONNECTION_KEY_PREFIX = "MCP connection: ";

/** One OAuth grant: `id` is the id of the API key it holds (src/mcp/oauth.ts). */
export interface Connection {
  id: string;
  clientId: string;
  clientName: string;
  scopes: string[];
  createdAt: string;
}

/**
 * The paths the API forwards to the MCP worker's OAuth provider: RFC 9728 protected resource
 * metadata at the resource's own well-known URL (the prefix followed by its path, /mcp: RFC 9728
 * §3.1, the first URL MCP 2025-11-25 clients try, and the one the 401 names), RFC 8414
 * authorization server metadata (the issuer is the origin: RFC 8414 §3), the authorization (consent)
 * page, the token endpoint, and RFC 7591 dynamic client registration. The provider serves no OpenID
 * discovery document: MCP clients try RFC 8414's first ("Authorization Server Metadata Discovery").
 */
export const OAUTH_PATHS = [
  "/.well-known/oauth-protected-resource/mcp",
  "/.well-known/oauth-authorization-server",
  "/authorize",
  "/token",
  "/register",
] as const;

/** Where a resource's RFC 9728 metadata is: the well-known prefix followed by the resource's path (RFC 9728 §3.1). */
export const PROTECTED_RESOURCE_METADATA_PATH = "/.well-known/oauth-protected-resource/mcp";

/**
 * The OAuth endpoints a browser client on any origin may call (CORS without credentials: the provider
 * reflects the Origin and never allows credentials): they carry no ambient credential, only what the
 * client holds (a code and its PKCE verifier, a refresh token, its registration), so a cross-site form
 * can forge nothing there. The API's own form CSRF rule does not apply to them. The consent page
 * (/authorize), signed in by a cookie-bound form, is never CORS-enabled and refuses a cross-site post.
 */
export const OAUTH_CORS_PATHS = [
  "/.well-known/oauth-protected-resource/mcp",
  "/.well-known/oauth-authorization-server",
  "/token",
  "/register",
] as const;
