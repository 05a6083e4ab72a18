// The MCP server at /mcp, driven by the official MCP client SDK (Client + Streamable HTTP transport)
// whose fetch goes to the worker: an agent holding an API key takes a project from idea to done.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { CfWorkerJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/cfworker";
import { describe, expect, it } from "vitest";
import { PHASES } from "../../src/db/schema";
import { PHASE_TABLE } from "../../src/domain/phases";
import { apiKeyFor } from "./api-key-fixtures";
import { api, signedInUser, sql } from "./helpers";
import { fixture } from "./spec-fixtures";

const SKIP = { skipContract: "MCP is JSON-RPC at /mcp, outside the OpenAPI document (docs/mcp.md)" };

async function connect(secret: string) {
  const t = api();
  const transport = new StreamableHTTPClientTransport(new URL("https://spec-drive.test/mcp"), {
    requestInit: { headers: { authorization: `Bearer ${secret}` } },
    fetch: (url, init) => t.request(String(url), init, SKIP),
  });
  const client = new Client(
    { name: "test-agent", version: "1.0.0" },
    { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() },
  );
  await client.connect(transport);
  return { client, t };
}

type ToolAnswer = { isError?: boolean; structuredContent?: any; content: { type: string; text?: string }[] };

async function tool(client: Client, name: string, args: Record<string, unknown>): Promise<ToolAnswer> {
  return (await client.callTool({ name, arguments: args })) as ToolAnswer;
}

describe("MCP", () => {
  it("lists the tools with the routes' input schemas", async () => {
    const user = await signedInUser();
    const { client } = await connect((await apiKeyFor(user.id)).secret);
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name).sort();
    expect(names).toEqual(
      [
        "advance_phase",
        "approve_dependencies",
        "approve_stack",
        "create_project",
        "get_artifact",
        "get_progress",
        "get_project",
        "list_artifacts",
        "list_projects",
        "record_validation",
        "update_project",
        "write_artifact",
      ].sort(),
    );
    const advance = tools.find((t) => t.name === "advance_phase")!;
    expect(advance.inputSchema.required).toEqual(expect.arrayContaining(["id", "expectedPhase"]));
    expect((advance.inputSchema.properties as any).expectedPhase.enum).toEqual([...PHASES]);
    await client.close();
  });

  it("an agent with a key takes a project from idea to done over MCP alone, one round trip per tool call", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id, ["projects:read", "projects:write", "artifacts:write", "gates:approve"]);
    const { client, t } = await connect(key.secret);

    const created = await tool(client, "create_project", { name: "MCP agent project", idea: "An invoice tracker" });
    expect(created.isError).toBeFalsy();
    const id: string = created.structuredContent.project.id;

    for (const phase of PHASES.slice(0, -1)) {
      for (const name of PHASE_TABLE[phase].expectedArtifacts) {
        // The documents of the spec engine's passing fixture set: the gates hold an agent to the rules too.
        const wrote = await tool(client, "write_artifact", { id, phase, name, content: fixture(phase, name) });
        expect([phase, name, wrote.isError ?? false]).toEqual([phase, name, false]);
      }
      if (phase === "stack_selection") {
        const ok = await tool(client, "approve_stack", { id, stackChoice: "hono_neon_drizzle" });
        expect(ok.isError ?? false).toBe(false);
      }
      if (phase === "dependencies") {
        const ok = await tool(client, "approve_dependencies", { id });
        expect(ok.isError ?? false).toBe(false);
      }
      const before = await t.roundTrips();
      const advanced = await tool(client, "advance_phase", { id, expectedPhase: phase });
      expect(await t.roundTrips()).toBe(before + 1);
      expect([phase, advanced.isError ?? false]).toEqual([phase, false]);
    }
    const progress = await tool(client, "get_progress", { id });
    expect(progress.structuredContent.currentPhase).toBe("done");
    expect(progress.structuredContent.phasesCompleted).toEqual(PHASES.slice(0, -1));

    // The latest artifact as a resource.
    const res = await client.readResource({ uri: `specdrive://projects/${id}/artifacts/spec/PRD.md` });
    expect(res.contents[0]).toMatchObject({ text: fixture("spec", "PRD.md") });
    const [row] = (await sql.query("select current_phase from projects where id = $1", [id])) as {
      current_phase: string;
    }[];
    expect(row!.current_phase).toBe("done");
    await client.close();
  }, 60_000);

  it("API errors come back as MCP tool errors with our codes; a key without gates:approve cannot approve", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id, ["projects:read", "projects:write", "artifacts:write"]);
    const { client } = await connect(key.secret);
    const created = await tool(client, "create_project", { name: "No approvals" });
    const id: string = created.structuredContent.project.id;
    await tool(client, "advance_phase", { id, expectedPhase: "analysis" });
    const refused = await tool(client, "approve_stack", { id, stackChoice: "x" });
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent.error.code).toBe("insufficient_scope");
    expect(refused.content[0]!.text).toMatch(/^insufficient_scope: /);
    const missing = await tool(client, "get_project", { id: "no-such-project" });
    expect([missing.isError, missing.structuredContent.error.code]).toEqual([true, "not_found"]);
    const mismatch = await tool(client, "advance_phase", { id, expectedPhase: "spec" });
    expect(mismatch.structuredContent.error.code).toBe("phase_mismatch");
    await client.close();
  });

  it("/mcp without a key, or with a session token, is 401 before any MCP work", async () => {
    const user = await signedInUser();
    const init = (auth?: string): RequestInit => ({
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        ...(auth ? { authorization: auth } : {}),
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
    });
    expect((await api().request("/mcp", init(), SKIP)).status).toBe(401);
    expect((await api().request("/mcp", init(`Bearer ${user.token}`), SKIP)).status).toBe(401);
  });

  it("a revoked key gets tool errors (unauthorized) and reads nothing", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    const { client } = await connect(key.secret);
    await sql.query("delete from api_keys where id = $1", [key.id]);
    const r = await tool(client, "list_projects", {});
    expect([r.isError, r.structuredContent.error.code]).toEqual([true, "unauthorized"]);
  });
});
