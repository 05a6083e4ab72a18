// The API's side of /mcp: the MCP server itself (the MCP SDK, Ajv's replacement, the tools) lives
// in the MCP worker (src/workers/mcp.ts, workers/mcp/wrangler.toml) so none of it is in this bundle.
// The route answers what needs no MCP work itself: 405 for anything but POST, 401 for a missing,
// unknown, expired or revoked `sd_` key (one round trip, counted against the key's rate limit),
// 400 for a JSON-RPC batch. Only then does it forward the request over the MCP service binding,
// together with `api`: the way back into this app's routes (src/mcp/contract.ts).
// OAuth (docs/mcp.md): a bearer that is not an `sd_` key is an access token; the MCP worker's OAuth
// provider checks it (KV, no database) and answers the API key its grant holds, and the request goes
// on as that key's. The OAuth endpoints themselves (OAUTH_PATHS) are forwarded as they are.
import { eq } from "drizzle-orm";
import type { Context, Hono } from "hono";
import { ARTIFACT_BODY_MAX } from "../artifacts";
import { permissionsOf } from "../platform/auth/roles";
import { authed, readCredential } from "../platform/auth/session";
import { hashToken } from "../platform/auth/tokens";
import { ConfigError } from "../platform/config";
import { apiKeys, workspaceMembers } from "../platform/db/schema";
import { KiB } from "../platform/http/body-limit";
import type { AppEnv } from "../platform/http/context";
import { ApiError, AUTH_REALM } from "../platform/http/errors";
import { CHALLENGE_HEADER } from "../platform/http/header-names";
import { type ApiAnswer, type ApiFetch, type McpService, PROTECTED_RESOURCE_METADATA_PATH } from "./contract";

export const MCP_PATH = "/mcp";
/**
 * The most bytes an MCP request may have (413 before it is read or forwarded): the largest tool
 * argument is write_artifact's content, bounded by the artifact route's own limit, plus the JSON-RPC
 * envelope. The route a tool calls still applies its own limit to what the tool sends.
 */
export const MCP_BODY_MAX = ARTIFACT_BODY_MAX + 16 * KiB;

/** The MCP binding; its absence is an operator error (server_misconfigured), never a stub. */
export function mcpBinding(env: Record<string, unknown>): McpService {
  const b = env.MCP as McpService | undefined;
  if (!b || typeof b.serve !== "function") {
    throw new ConfigError([
      'MCP is not bound (wrangler.toml [[services]] binding = "MCP", service = "spec-drive-mcp")',
    ]);
  }
  return b;
}

/**
 * The Bearer challenge of every 401 at /mcp (RFC 6750 §3): `resource_metadata` points at the MCP
 * resource's RFC 9728 metadata (RFC 9728 §5.1; MCP 2025-11-25, basic/authorization, "Protected
 * Resource Metadata Discovery Requirements"), from which an OAuth client finds the authorization
 * server; `error="invalid_token"` when a token was sent and refused (RFC 6750 §3.1).
 */
function challenge(c: Context<AppEnv>): Record<string, string> {
  const metadata = `${new URL(c.req.url).origin}${PROTECTED_RESOURCE_METADATA_PATH}`;
  const sentBearer = /^\s*Bearer(\s|$)/i.test(c.req.header("authorization") ?? "");
  const error = sentBearer ? ', error="invalid_token"' : "";
  return { [CHALLENGE_HEADER]: `Bearer realm="${AUTH_REALM}", resource_metadata="${metadata}"${error}` };
}

/** A 401 for /mcp: our error shape, and the Bearer challenge MCP clients look for. */
function refuse(c: Context<AppEnv>): never {
  throw new ApiError("unauthorized", "authentication required: an OAuth access token or an API key (Bearer sd_...)", {
    headers: challenge(c),
  });
}

/**
 * A JSON-RPC error with no id (the request's id is unknown), as the MCP transport specifies for input
 * the server cannot accept: an HTTP error status, and a JSON-RPC error response without id
 * (https://modelcontextprotocol.io/specification/2025-06-18/basic/transports, "Sending Messages").
 */
function rpcError(status: number, code: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ jsonrpc: "2.0", id: null, error: { code, message } }, { status, headers });
}

/** Whether a JSON text is an array (a JSON-RPC batch), from its first non-whitespace character: no parse. */
function isBatch(text: string): boolean {
  for (const ch of text) {
    if (ch !== " " && ch !== "\t" && ch !== "\n" && ch !== "\r") return ch === "[";
  }
  return false;
}

/**
 * A binary answer's bytes, up to `max`: past it, the stream is cancelled (an export stops reading its
 * pages) and only the count read so far is reported.
 */
async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  max: number,
): Promise<Pick<ApiAnswer, "bytes" | "overMax">> {
  const chunks: Uint8Array[] = [];
  let read = 0;
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    read += r.value.byteLength;
    if (read > max) {
      await reader.cancel();
      return { overMax: read };
    }
    chunks.push(r.value);
  }
  const bytes = new Uint8Array(read);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes };
}

function executionCtxOf(c: Context<AppEnv>): Context<AppEnv>["executionCtx"] | undefined {
  try {
    return c.executionCtx;
  } catch {
    return undefined; // app.request without an execution context: nothing to wait for
  }
}

/**
 * The way back into this app's routes for the MCP worker: one request through the routes with this
 * request's bindings, id and client address (so logs, rate limits and round-trip counts are the
 * API's own), and `authorization` (the caller's key), or the call's own (the OAuth consent page's session).
 */
function apiFor(c: Context<AppEnv>, app: Pick<Hono<AppEnv>, "request">, authorization?: string): ApiFetch {
  const ctx = executionCtxOf(c);
  const requestId = c.get("requestId");
  const ip = c.req.header("cf-connecting-ip");
  return async (call) => {
    const { method, path, body, binaryMax } = call;
    const headers: Record<string, string> = { "x-request-id": requestId };
    const auth = authorization ?? call.authorization;
    if (auth) headers.authorization = auth;
    if (ip) headers["cf-connecting-ip"] = ip;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await app.request(path, { method, headers, body }, c.env, ctx);
    if (binaryMax === undefined || !res.ok || !res.body) return { status: res.status, body: await res.text() };
    return { status: res.status, body: "", ...(await readAtMost(res.body, binaryMax)) };
  };
}

/** The most bytes an OAuth endpoint's request may have: a registration's metadata or a token request's form. */
export const OAUTH_BODY_MAX = 16 * KiB;

/**
 * The OAuth endpoints (OAUTH_PATHS), answered by the MCP worker's provider as they are: OAuth's own
 * JSON and error shape (RFC 6749 §5.2, RFC 7591 §3.2.2), the consent page's HTML.
 */
export async function forwardOAuth(c: Context<AppEnv>, app: Pick<Hono<AppEnv>, "request">): Promise<Response> {
  const { url, method, headers } = c.req.raw;
  const body = method === "GET" || method === "HEAD" ? undefined : await c.req.arrayBuffer();
  const res = await mcpBinding(c.env).oauth(new Request(url, { method, headers, body }), apiFor(c, app));
  return new Response(res.body, res);
}

/**
 * An /mcp request's API key: the `sd_` key it carries, or the one the grant of its OAuth access token
 * holds (the MCP worker's provider checks the token: RFC 6750 §2.1 header, RFC 8707 audience); 401 otherwise.
 */
async function keyOf(c: Context<AppEnv>): Promise<{ authorization: string; tokenHash: string }> {
  const credential = readCredential(c);
  const authorization = c.req.header("authorization");
  if (credential?.via === "key") return { authorization: authorization as string, tokenHash: credential.tokenHash };
  if (!authorization || !/^Bearer \S+$/i.test(authorization.trim())) refuse(c);
  const { url, headers } = c.req.raw;
  const granted = await mcpBinding(c.env).authenticate(new Request(url, { method: "POST", headers }));
  if (!granted) refuse(c);
  return { authorization: `Bearer ${granted.key}`, tokenHash: hashToken(granted.key) };
}

export async function forwardMcp(c: Context<AppEnv>, app: Pick<Hono<AppEnv>, "request">): Promise<Response> {
  // Stateless Streamable HTTP without a server-to-client stream: GET (the SSE stream) and DELETE (a
  // session's end) have nothing to serve, and a server offering no SSE stream answers GET with 405
  // (MCP 2025-06-18, basic/transports, "Listening for Messages from the Server").
  if (c.req.method !== "POST") {
    return rpcError(405, -32000, "Method not allowed: this MCP server is stateless; POST one JSON-RPC message", {
      Allow: "POST",
    });
  }
  const { authorization, tokenHash } = await keyOf(c);
  // The key is checked once here, for every MCP method, before any MCP work: one round trip that also
  // counts the request against the key's rate limit (429 over it), and reads the key's scopes (the tools
  // it lists). No scope is needed to speak MCP; each tool's route then checks its own scopes.
  c.set("credential", { tokenHash, via: "key", scopes: [] });
  let scopes: readonly string[];
  let permissions: readonly string[];
  try {
    // The key's user's roles too: a tool is listed when the key has its scope AND one of the user's
    // roles (in any workspace) has its route's permission.
    const { results } = await authed(c, ({ userId }) => ({
      key: c.var.db.select({ scopes: apiKeys.scopes }).from(apiKeys).where(eq(apiKeys.tokenHash, tokenHash)),
      roles: c.var.db
        .selectDistinct({ role: workspaceMembers.role })
        .from(workspaceMembers)
        .where(eq(workspaceMembers.userId, userId)),
    }));
    scopes = results.key[0]?.scopes ?? [];
    permissions = permissionsOf(results.roles.map((r) => r.role));
  } catch (err) {
    if (err instanceof ApiError && err.code === "unauthorized") refuse(c);
    throw err;
  }
  const body = await c.req.text();
  // JSON-RPC batches were removed from MCP in revision 2025-06-18 (changelog: "Remove support for
  // JSON-RPC batching"), the oldest one clients of this server speak; a batch is Invalid Request
  // (JSON-RPC 2.0: -32600), answered 400 before any of its messages is looked at.
  if (isBatch(body)) {
    return rpcError(400, -32600, "Invalid Request: JSON-RPC batches are not supported; send one message per request");
  }
  const mcp = mcpBinding(c.env);
  // Each tool call: one request through this app's routes with the caller's key.
  const api = apiFor(c, app, authorization);
  // A fresh request: the incoming one may carry an AbortSignal, which RPC cannot send.
  const { url, method, headers } = c.req.raw;
  const res = await mcp.serve(new Request(url, { method, headers, body }), api, scopes, permissions);
  // A copy: a response from another worker has immutable headers, and this app's middleware adds some.
  return new Response(res.body, res);
}
