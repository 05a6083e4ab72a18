// The MCP worker (workers/mcp/wrangler.toml): the MCP server for coding agents and its OAuth
// authorization server, kept out of the API worker's bundle (the MCP SDK, its JSON Schema validator,
// the tool table, @cloudflare/workers-oauth-provider). It has no public route; its one binding is
// OAUTH_KV (the OAuth grants, tokens and clients). The API forwards /mcp with `serve(request, api)`
// over its MCP service binding, `api` being the way back into the API's routes (src/mcp/contract.ts),
// and the OAuth endpoints with `oauth(request, api)`.
import { WorkerEntrypoint } from "cloudflare:workers";
import { Hono } from "hono";
import {
  type ApiFetch,
  type Connection,
  handleMcp,
  keyOfToken,
  listConnections,
  type McpService,
  OAUTH_PATHS,
  type OAuthEnv,
  type ProviderEnv,
  providerFor,
  revokeConnection,
} from "../mcp/worker";

type McpEnv = { Bindings: { api: ApiFetch; scopes: readonly string[]; permissions: readonly string[] } };

const mcp = new Hono<McpEnv>().all("*", (c) => handleMcp(c, c.env.api, c.env.scopes, c.env.permissions));

const oauthPaths: ReadonlySet<string> = new Set(OAUTH_PATHS);

export default class McpWorker extends WorkerEntrypoint<OAuthEnv> implements McpService {
  async serve(
    request: Request,
    api: ApiFetch,
    scopes: readonly string[],
    permissions: readonly string[],
  ): Promise<Response> {
    return mcp.fetch(request, { api, scopes, permissions });
  }

  async oauth(request: Request, api: ApiFetch): Promise<Response> {
    // Only the OAuth endpoints: /mcp itself goes through authenticate() and serve().
    if (!oauthPaths.has(new URL(request.url).pathname)) return notHere();
    return providerFor(request).fetch(request, { ...this.env, API: api } as ProviderEnv, this.ctx);
  }

  async authenticate(request: Request): Promise<{ key: string } | null> {
    return keyOfToken(request, this.env, this.ctx);
  }

  async connections(origin: string, userId: string): Promise<Connection[]> {
    return listConnections(this.env, origin, userId);
  }

  async revokeConnection(origin: string, userId: string, keyId: string): Promise<boolean> {
    return revokeConnection(this.env, origin, userId, keyId);
  }

  override async fetch(): Promise<Response> {
    return notHere();
  }
}

function notHere(): Response {
  return Response.json(
    { error: { code: "not_found", message: "the MCP worker is reached through the API's /mcp" } },
    { status: 404 },
  );
}
