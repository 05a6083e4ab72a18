// The API's side of /mcp: the MCP server itself (the MCP SDK, Ajv's replacement, the tools) lives
// in the MCP worker (src/mcp/worker.ts, workers/mcp/wrangler.toml) so none of it is in this bundle.
// The route refuses a request without an `sd_` key (401 before any work), then forwards it over the
// MCP service binding together with `api`: the way back into this app's routes (src/mcp/contract.ts).
import type { Context, Hono } from "hono";
import { API_KEY_RE } from "../auth/tokens";
import { ConfigError } from "../config";
import { KiB } from "../http/body-limit";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { ARTIFACT_BODY_MAX } from "../routes/artifacts";
import type { ApiFetch, McpService } from "./contract";

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

/** A 401 for /mcp: our error shape, and the Bearer challenge MCP clients look for. */
function refuse(): never {
  throw new ApiError("unauthorized", "authentication required: an API key (Bearer sd_...)", {
    headers: { "WWW-Authenticate": 'Bearer realm="spec-drive"' },
  });
}

export async function forwardMcp(c: Context<AppEnv>, app: Pick<Hono<AppEnv>, "request">): Promise<Response> {
  const authorization = c.req.header("authorization") ?? "";
  const m = /^Bearer (\S+)$/i.exec(authorization.trim());
  if (!m || !API_KEY_RE.test(m[1] as string)) refuse();
  const mcp = mcpBinding(c.env);
  let ctx: Context<AppEnv>["executionCtx"] | undefined;
  try {
    ctx = c.executionCtx;
  } catch {
    ctx = undefined; // app.request without an execution context: nothing to wait for
  }
  const requestId = c.get("requestId");
  const ip = c.req.header("cf-connecting-ip");
  // Each tool call: one request through this app's routes with the caller's key and this request's
  // bindings, id and client address (so logs, rate limits and round-trip counts are the API's own).
  const api: ApiFetch = async ({ method, path, body }) => {
    const headers: Record<string, string> = { authorization, "x-request-id": requestId };
    if (ip) headers["cf-connecting-ip"] = ip;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await app.request(path, { method, headers, body }, c.env, ctx);
    return { status: res.status, body: await res.text() };
  };
  // A fresh request: the incoming one may carry an AbortSignal, which RPC cannot send.
  const { url, method, headers, body } = c.req.raw;
  const res = await mcp.serve(new Request(url, { method, headers, body }), api);
  // A copy: a response from another worker has immutable headers, and this app's middleware adds some.
  return new Response(res.body, res);
}
