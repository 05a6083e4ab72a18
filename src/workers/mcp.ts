// The MCP worker (workers/mcp/wrangler.toml): the MCP server for coding agents, kept out of the API
// worker's bundle (the MCP SDK, its JSON Schema validator, the tool table). It has no public route
// and no bindings: the API's /mcp forwards each request with `serve(request, api)` over its MCP
// service binding, `api` being the way back into the API's routes (src/mcp/contract.ts).
import { WorkerEntrypoint } from "cloudflare:workers";
import { Hono } from "hono";
import { type ApiFetch, handleMcp, type McpService } from "../mcp/worker";

type McpEnv = { Bindings: { api: ApiFetch; scopes: readonly string[]; permissions: readonly string[] } };

const mcp = new Hono<McpEnv>().all("*", (c) => handleMcp(c, c.env.api, c.env.scopes, c.env.permissions));

export default class McpWorker extends WorkerEntrypoint implements McpService {
  async serve(
    request: Request,
    api: ApiFetch,
    scopes: readonly string[],
    permissions: readonly string[],
  ): Promise<Response> {
    return mcp.fetch(request, { api, scopes, permissions });
  }

  override async fetch(): Promise<Response> {
    return Response.json(
      { error: { code: "not_found", message: "the MCP worker is reached through the API's /mcp" } },
      { status: 404 },
    );
  }
}
