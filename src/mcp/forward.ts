// The API's side of /mcp: the MCP server itself (the MCP SDK, Ajv's replacement, the tools) lives
// in the MCP worker (src/workers/mcp.ts, workers/mcp/wrangler.toml) so none of it is in this bundle.
// The route answers what needs no MCP work itself: 405 for anything but POST, 401 for a missing,
// unknown, expired or revoked `sd_` key (one round trip, counted against the key's rate limit),
// 400 for a JSON-RPC batch. Only then does it forward the request over the MCP service binding,
// together with `api`: the way back into this app's routes (src/mcp/contract.ts).
import { eq } from "drizzle-orm";
import type { Context, Hono } from "hono";
import { ARTIFACT_BODY_MAX } from "../artifacts";
import { permissionsOf } from "../platform/auth/roles";
import { authed, readCredential } from "../platform/auth/session";
import { ConfigError } from "../platform/config";
import { apiKeys, workspaceMembers } from "../platform/db/schema";
import { KiB } from "../platform/http/body-limit";
import type { AppEnv } from "../platform/http/context";
import { ApiError } from "../platform/http/errors";
import type { ApiAnswer, ApiFetch, McpService } from "./contract";

export const MCP_PATH = "/mcp";
/**
 * The most bytes an MCP request may have (413 before it is read or forwarded): the largest tool
 * argument is write_artifact's content, bounded by the artifact route's own limit, plus the JSON-RPC
 * envelope. The route a tool calls still applies its own limit to what the tool sends.
 */
export const MCP_BODY_MAX = ARTIFACT_BODY_MAX + 16 * KiB;

/** The MCP binding; its absence is an operator error (server_misconfigured), never a stub. */
function mcpBinding(env: Record<string, unknown>): McpService {
  const b = env.MCP as McpService | undefined;
  if (!b || typeof b.serve !== "function") {
    throw new ConfigError([
      'MCP is not bound (wrangler.toml [[services]] binding = "MCP", service = "spec-drive-mcp")',
    ]);
  }
  return b;
}

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="spec-drive"' };

/** A 401 for /mcp: our error shape, and the Bearer challenge MCP clients look for. */
function refuse(): never {
  throw new ApiError("unauthorized", "authentication required: an API key (Bearer sd_...)", { headers: CHALLENGE });
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

export async function forwardMcp(c: Context<AppEnv>, app: Pick<Hono<AppEnv>, "request">): Promise<Response> {
  // Stateless Streamable HTTP without a server-to-client stream: GET (the SSE stream) and DELETE (a
  // session's end) have nothing to serve, and a server offering no SSE stream answers GET with 405
  // (MCP 2025-06-18, basic/transports, "Listening for Messages from the Server").
  if (c.req.method !== "POST") {
    return rpcError(405, -32000, "Method not allowed: this MCP server is stateless; POST one JSON-RPC message", {
      Allow: "POST",
    });
  }
  const credential = readCredential(c);
  if (credential?.via !== "key") refuse();
  // The key is checked once here, for every MCP method, before any MCP work: one round trip that also
  // counts the request against the key's rate limit (429 over it), and reads the key's scopes (the tools
  // it lists). No scope is needed to speak MCP; each tool's route then checks its own scopes.
  c.set("credential", { ...credential, scopes: [] });
  let scopes: readonly string[];
  let permissions: readonly string[];
  try {
    // The key's user's roles too: a tool is listed when the key has its scope AND one of the user's
    // roles (in any workspace) has its route's permission.
    const { results } = await authed(c, ({ userId }) => ({
      key: c.var.db.select({ scopes: apiKeys.scopes }).from(apiKeys).where(eq(apiKeys.tokenHash, credential.tokenHash)),
      roles: c.var.db
        .selectDistinct({ role: workspaceMembers.role })
        .from(workspaceMembers)
        .where(eq(workspaceMembers.userId, userId)),
    }));
    scopes = results.key[0]?.scopes ?? [];
    permissions = permissionsOf(results.roles.map((r) => r.role));
  } catch (err) {
    if (err instanceof ApiError && err.code === "unauthorized") refuse();
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
  let ctx: Context<AppEnv>["executionCtx"] | undefined;
  try {
    ctx = c.executionCtx;
  } catch {
    ctx = undefined; // app.request without an execution context: nothing to wait for
  }
  const requestId = c.get("requestId");
  const ip = c.req.header("cf-connecting-ip");
  const authorization = c.req.header("authorization") as string;
  // Each tool call: one request through this app's routes with the caller's key and this request's
  // bindings, id and client address (so logs, rate limits and round-trip counts are the API's own).
  const api: ApiFetch = async ({ method, path, body, binaryMax }) => {
    const headers: Record<string, string> = { authorization, "x-request-id": requestId };
    if (ip) headers["cf-connecting-ip"] = ip;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await app.request(path, { method, headers, body }, c.env, ctx);
    if (binaryMax === undefined || !res.ok || !res.body) return { status: res.status, body: await res.text() };
    return { status: res.status, body: "", ...(await readAtMost(res.body, binaryMax)) };
  };
  // A fresh request: the incoming one may carry an AbortSignal, which RPC cannot send.
  const { url, method, headers } = c.req.raw;
  const res = await mcp.serve(new Request(url, { method, headers, body }), api, scopes, permissions);
  // A copy: a response from another worker has immutable headers, and this app's middleware adds some.
  return new Response(res.body, res);
}
