// The MCP server at /mcp, driven by the official MCP client SDK (Client + Streamable HTTP transport)
// whose fetch goes to the worker: an agent holding an API key takes a project from idea to done.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { CfWorkerJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/cfworker";
import { describe, expect, it } from "vitest";
import { MCP_BODY_MAX } from "../../../src/mcp/forward";
import { MCP_RESPONSE_MAX, TOOLS } from "../../../src/mcp/server";
import { PHASE_TABLE } from "../../../src/phases/gates";
import { newApiKey } from "../../../src/platform/auth/tokens";
import { PHASES } from "../../../src/platform/db/schema";
import { factsKey, ROUTE_FACTS } from "../../../src/platform/http/route";
import { fixture } from "../../shared/spec-fixtures";
import { apiKeyFor } from "../api-key-fixtures";
import { openApiDoc } from "../contract";
import { api, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

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

const JSON_RPC_HEADERS = { "content-type": "application/json", accept: "application/json, text/event-stream" };

/** One raw POST /mcp with `secret` as the key; `body` is sent as is when a string. */
function post(t: ReturnType<typeof api>, secret: string, body: unknown) {
  return t.request(
    "/mcp",
    {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, ...JSON_RPC_HEADERS },
      body: typeof body === "string" ? body : JSON.stringify(body),
    },
    SKIP,
  );
}

const rpc = (method: string, params?: Record<string, unknown>, id: number | undefined = 1) => ({
  jsonrpc: "2.0",
  ...(id === undefined ? {} : { id }),
  method,
  ...(params ? { params } : {}),
});

type ToolAnswer = { isError?: boolean; structuredContent?: any; content: { type: string; text?: string }[] };

async function tool(client: Client, name: string, args: Record<string, unknown>): Promise<ToolAnswer> {
  return (await client.callTool({ name, arguments: args })) as ToolAnswer;
}

/** What the test of the tools' routes reads of an OpenAPI operation. */
interface OpenApiOperation {
  parameters?: { name: string }[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string; properties?: object } }> };
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
        "export_project",
        "get_artifact",
        "get_progress",
        "get_project",
        "get_template",
        "get_traceability",
        "list_artifacts",
        "list_projects",
        "waive_finding",
        "update_project",
        "write_artifact",
        "start_run",
        "get_run",
        "list_runs",
        "pause_run",
        "resume_run",
        "cancel_run",
        "list_requirements",
        "get_requirement",
        "open_change_request",
        "list_change_requests",
        "get_change_request",
        "update_change_request",
        "submit_change_request",
        "withdraw_change_request",
        "reject_change_request",
        "approve_change_request",
        "rebase_change_request",
        "merge_change_request",
      ].sort(),
    );
    const advance = tools.find((t) => t.name === "advance_phase")!;
    expect(advance.inputSchema.required).toEqual(expect.arrayContaining(["id", "expectedPhase"]));
    expect((advance.inputSchema.properties as any).expectedPhase.enum).toEqual([...PHASES]);
    // The run route's own body schema: targetPhase from the phase enum, tokenBudget's bounds.
    const start = tools.find((t) => t.name === "start_run")!;
    expect(start.inputSchema.required).toEqual(["id"]);
    expect((start.inputSchema.properties as any).targetPhase.enum).toEqual([...PHASES]);
    expect((start.inputSchema.properties as any).tokenBudget).toMatchObject({ minimum: 1000 });
    await client.close();
  });

  it("an agent with a key takes a project from idea to done over MCP alone, two round trips per tool call", async () => {
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
        const ok = await tool(client, "approve_stack", { id, stackChoice: "nextjs_neon_drizzle_betterauth" });
        expect(ok.isError ?? false).toBe(false);
      }
      if (phase === "dependencies") {
        const ok = await tool(client, "approve_dependencies", { id });
        expect(ok.isError ?? false).toBe(false);
      }
      // The key's check at /mcp, then the route's own round trip.
      const before = await t.roundTrips();
      const advanced = await tool(client, "advance_phase", { id, expectedPhase: phase });
      expect(await t.roundTrips()).toBe(before + 2);
      expect([phase, advanced.isError ?? false]).toEqual([phase, false]);
    }
    const progress = await tool(client, "get_progress", { id });
    expect(progress.structuredContent.currentPhase).toBe("done");
    // The spec engine's views: a phase's template (a public route: the key's check at /mcp is its one
    // round trip) and the
    // traceability matrix with its findings.
    const template = await tool(client, "get_template", { phase: "spec" });
    expect(template.structuredContent.template.artifacts.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(["PRD.md"]),
    );
    const trace = await tool(client, "get_traceability", { id });
    expect(trace.isError ?? false).toBe(false);
    expect(trace.structuredContent).toHaveProperty("score");
    expect(progress.structuredContent.phasesCompleted).toEqual(PHASES.slice(0, -1));

    // The latest artifact as a resource.
    const res = await client.readResource({ uri: `specdrive://projects/${id}/artifacts/spec/PRD.md` });
    expect(res.contents[0]).toMatchObject({ text: fixture("spec", "PRD.md"), mimeType: "text/markdown" });
    // A JSON document says so.
    const scorecard = await client.readResource({
      uri: `specdrive://projects/${id}/artifacts/stack_selection/stack-scorecard.json`,
    });
    expect(scorecard.contents[0]).toMatchObject({
      text: fixture("stack_selection", "stack-scorecard.json"),
      mimeType: "application/json",
    });
    // The export: the zip's files as embedded resources, each with its media type.
    const exported = await tool(client, "export_project", { id });
    expect(exported.isError ?? false).toBe(false);
    const files = exported.content.filter((c) => c.type === "resource") as unknown as {
      resource: { uri: string; mimeType: string; text: string };
    }[];
    const byPath = new Map(files.map((f) => [f.resource.uri.split("/export/")[1], f.resource]));
    expect(byPath.get("spec/PRD.md")).toMatchObject({ mimeType: "text/markdown", text: fixture("spec", "PRD.md") });
    expect(byPath.get("stack_selection/stack-scorecard.json")).toMatchObject({
      mimeType: "application/json",
      text: fixture("stack_selection", "stack-scorecard.json"),
    });
    expect(JSON.parse(byPath.get("project.json")!.text)).toMatchObject({ project: { id } });
    expect(byPath.get("HANDOFF.md")!.text).toContain("nextjs_neon_drizzle_betterauth");
    expect(exported.structuredContent.files.map((f: { path: string }) => f.path).sort()).toEqual(
      [...byPath.keys()].sort(),
    );
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

  it("an unknown, expired or revoked key is 401 for every MCP method, whatever the body, in one round trip and before any MCP work", async () => {
    const user = await signedInUser();
    const expired = await apiKeyFor(user.id, undefined, "-1 minute");
    const revoked = await apiKeyFor(user.id);
    await sql.query("delete from api_keys where id = $1", [revoked.id]);
    const initialize = rpc("initialize", {
      protocolVersion: "2025-06-18",
      capabilities: {},
      clientInfo: { name: "raw", version: "1" },
    });
    const bodies: [string, unknown][] = [
      ["initialize", initialize],
      ["notifications/initialized", rpc("notifications/initialized", undefined, undefined)],
      ["ping", rpc("ping")],
      ["tools/list", rpc("tools/list")],
      ["tools/call", rpc("tools/call", { name: "list_projects", arguments: {} })],
      // Arguments the tool's schema refuses: no route is called, so only the check up front can refuse.
      ["tools/call, invalid arguments", rpc("tools/call", { name: "get_project", arguments: { id: 7 } })],
      ["tools/call, a public tool", rpc("tools/call", { name: "get_template", arguments: { phase: "spec" } })],
      ["resources/templates/list", rpc("resources/templates/list")],
      ["resources/read", rpc("resources/read", { uri: "specdrive://projects/x/artifacts/spec/PRD.md" })],
      ["an unknown method", rpc("no/such/method")],
      ["not JSON", "{"],
      ["a batch", [rpc("tools/list"), rpc("ping", undefined, 2)]],
    ];
    for (const secret of [newApiKey(), expired.secret, revoked.secret]) {
      for (const [what, body] of bodies) {
        const t = api();
        const res = await post(t, secret, body);
        expect([what, res.status]).toEqual([what, 401]);
        expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
        expect([what, await t.roundTrips()]).toEqual([what, 1]); // the key's lookup, nothing else
      }
    }
    // The official client: connecting (initialize) with an unknown key fails.
    await expect(connect(newApiKey())).rejects.toThrow(/401|unauthorized/i);
  });

  it("without the MCP binding, /mcp is a 500 server_misconfigured naming it (no stand-in)", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    const res = await api({ MCP: undefined }).request(
      "/mcp",
      {
        method: "POST",
        headers: { ...key.auth, "content-type": "application/json", accept: "application/json, text/event-stream" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
      },
      SKIP,
    );
    expect(res.status).toBe(500);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("server_misconfigured");
    expect(error.message).toContain("MCP");
  });

  it("a body over MCP_BODY_MAX is 413 before it is read or forwarded", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    const t = api();
    const before = await t.roundTrips();
    const content = "x".repeat(MCP_BODY_MAX);
    const res = await t.request(
      "/mcp",
      {
        method: "POST",
        headers: { ...key.auth, "content-type": "application/json", accept: "application/json, text/event-stream" },
        body: JSON.stringify({
          jsonrpc: "2.0",
          id: 1,
          method: "tools/call",
          params: { name: "write_artifact", arguments: { content } },
        }),
      },
      SKIP,
    );
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    expect(await t.roundTrips()).toBe(before);
  });

  it("a key revoked mid-session: its next tools/list and tool call are 401, and it reads nothing", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    const { client } = await connect(key.secret);
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    await sql.query("delete from api_keys where id = $1", [key.id]);
    await expect(client.listTools()).rejects.toThrow(/401|unauthorized/i);
    await expect(tool(client, "list_projects", {})).rejects.toThrow(/401|unauthorized/i);
  });

  it("initialize and tools/list cost one round trip (the key check); a live key lacking projects:read still connects", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id, ["runs:write"]);
    const { client, t } = await connect(key.secret);
    await client.listTools(); // after connect's notifications/initialized, which is checked (and counted) too
    const before = await t.roundTrips();
    await client.listTools();
    expect(await t.roundTrips()).toBe(before + 1);
    // Its tools answer with the route's own refusal.
    const r = await tool(client, "list_projects", {});
    expect([r.isError, r.structuredContent.error.code]).toEqual([true, "insufficient_scope"]);
    await client.close();
  });

  it("an agent starts a run, watches it to completion, cancels another; runs:write is required to start", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id, ["projects:read", "projects:write", "runs:write"]);
    const { client } = await connect(key.secret);
    const created = await tool(client, "create_project", {
      name: "MCP run project",
      idea: "A shared todo list for two people who split household chores, with reminders.",
    });
    const id: string = created.structuredContent.project.id;

    const started = await tool(client, "start_run", { id, targetPhase: "stack_selection" });
    expect(started.isError ?? false).toBe(false);
    expect(started.structuredContent.run).toMatchObject({ status: "queued", targetPhase: "stack_selection" });
    const runId: string = started.structuredContent.run.id;
    let run = started.structuredContent.run;
    for (const startedAt = Date.now(); !["completed", "failed", "needs_attention"].includes(run.status); ) {
      if (Date.now() - startedAt > 60_000) throw new Error(`run stuck: ${JSON.stringify(run)}`);
      await new Promise((r) => setTimeout(r, 200));
      const got = await tool(client, "get_run", { id, runId });
      expect(got.isError ?? false).toBe(false);
      run = got.structuredContent.run;
    }
    expect(run.status, JSON.stringify(run.lastError)).toBe("completed");
    const listed = await tool(client, "list_runs", { id });
    expect(listed.structuredContent.items.map((r: { id: string }) => r.id)).toEqual([runId]);
    expect((await tool(client, "get_progress", { id })).structuredContent.currentPhase).toBe("stack_selection");

    // A second run, paused then cancelled; a finished run cannot be resumed.
    const second = await tool(client, "start_run", { id, targetPhase: "spec" });
    const secondId: string = second.structuredContent.run.id;
    const paused = await tool(client, "pause_run", { id, runId: secondId });
    expect(paused.structuredContent.run.status).toBe("paused");
    const cancelled = await tool(client, "cancel_run", { id, runId: secondId });
    expect(cancelled.structuredContent.run.status).toBe("cancelled");
    const resumed = await tool(client, "resume_run", { id, runId: secondId });
    expect([resumed.isError, resumed.structuredContent.error.code]).toEqual([true, "run_state"]);
    await client.close();

    // Without runs:write: the route's 403, as a tool error with our code; nothing started.
    const reader = await apiKeyFor(user.id, ["projects:read"]);
    const { client: readOnly } = await connect(reader.secret);
    const refused = await tool(readOnly, "start_run", { id });
    expect([refused.isError, refused.structuredContent.error.code]).toEqual([true, "insufficient_scope"]);
    expect((await tool(readOnly, "list_runs", { id })).structuredContent.items).toHaveLength(2);
    await readOnly.close();
  }, 90_000);

  it("a JSON-RPC batch is refused (400, Invalid Request, no id) after the key's check and before any of its messages runs", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    const project = await createProject({ ...user });
    const templates = Array.from({ length: 2000 }, (_, i) =>
      rpc("tools/call", { name: "get_template", arguments: { phase: "spec" } }, i + 1),
    );
    // get_template is public (no round trip of its own); get_project calls would each make one;
    // invalid arguments are refused by the SDK without a route.
    const reads = Array.from({ length: 50 }, (_, i) =>
      rpc("tools/call", { name: "get_project", arguments: { id: project.id } }, i + 1),
    );
    const invalid = Array.from({ length: 19_000 }, (_, i) =>
      rpc("tools/call", { name: "get_project", arguments: { id: i } }, i + 1),
    );
    const cases: [string, string][] = [
      ["2,000 get_template calls", JSON.stringify(templates)],
      ["get_project calls", JSON.stringify(reads)],
      ["after whitespace", ` \n\t\r${JSON.stringify(reads)}`],
      ["one message in a batch", JSON.stringify([rpc("tools/list")])],
      ["19,000 calls with invalid arguments", JSON.stringify(invalid)],
    ];
    expect(cases[0]![1].length).toBeGreaterThan(150_000);
    expect(cases.at(-1)![1].length).toBeGreaterThan(MCP_BODY_MAX / 2);
    expect(cases.at(-1)![1].length).toBeLessThan(MCP_BODY_MAX);
    for (const [what, body] of cases) {
      const t = api();
      const res = await post(t, key.secret, body);
      const text = await res.text();
      expect([what, res.status]).toEqual([what, 400]);
      expect(JSON.parse(text)).toEqual({
        jsonrpc: "2.0",
        id: null,
        error: { code: -32600, message: expect.stringMatching(/^Invalid Request: JSON-RPC batches are not supported/) },
      });
      expect(text.length).toBeLessThan(200);
      expect([what, await t.roundTrips()]).toEqual([what, 1]); // the key's check; no tool ran
    }
  });

  it("each MCP request counts against the key's rate limit (a tool call twice: at /mcp and at its route); over it, 429", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    const attempts = async () => {
      const rows = (await sql.query(
        "select attempts from rate_limit_log where identifier = $1 and endpoint = 'api-key'",
        [`key:${key.id}`],
      )) as { attempts: number }[];
      return rows[0]?.attempts ?? 0;
    };
    expect((await post(api(), key.secret, rpc("tools/list"))).status).toBe(200);
    expect(await attempts()).toBe(1);
    expect((await post(api(), key.secret, rpc("tools/call", { name: "list_projects", arguments: {} }))).status).toBe(
      200,
    );
    expect(await attempts()).toBe(3);
    await sql.query("update rate_limit_log set attempts = 1800 where identifier = $1 and endpoint = 'api-key'", [
      `key:${key.id}`,
    ]);
    const t = api();
    const res = await post(t, key.secret, rpc("tools/call", { name: "get_template", arguments: { phase: "spec" } }));
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([429, "rate_limited"]);
    expect(await t.roundTrips()).toBe(1);
  });

  it("GET and DELETE /mcp answer 405 with Allow: POST (stateless: no event stream to open, no session to end)", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    for (const method of ["GET", "DELETE"]) {
      for (const headers of [{ ...key.auth, accept: "text/event-stream" }, { accept: "text/event-stream" }]) {
        const t = api();
        const res = await t.request("/mcp", { method, headers }, SKIP);
        expect([method, res.status, res.headers.get("allow")]).toEqual([method, 405, "POST"]);
        expect(res.headers.get("content-type")).toMatch(/^application\/json/);
        expect(((await res.json()) as { error: { code: number } }).error.code).toBe(-32000);
        expect(await t.roundTrips()).toBe(0);
      }
    }
    // The official client opens no stream either: it treats 405 as "no server-to-client stream".
    const { client } = await connect(key.secret);
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    await client.close();
  }, 10_000);

  it("a malformed message is a short JSON-RPC error naming what is wrong, without the schema's internals", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    const cases: [unknown, number, RegExp][] = [
      ["{", -32700, /^Parse error: the body is not valid JSON$/],
      [{ jsonrpc: "2.0", id: 1, method: 5 }, -32600, /^Invalid Request: "method" must be a string$/],
      [{ jsonrpc: "1.0", id: 1, method: "ping" }, -32600, /^Invalid Request: "jsonrpc" must be "2.0"$/],
      [{ jsonrpc: "2.0", id: {}, method: "ping" }, -32600, /^Invalid Request: "id" must be a string or a number$/],
      [{ jsonrpc: "2.0", id: 1, method: "ping", params: [1] }, -32600, /^Invalid Request: "params" must be an object$/],
      ['"ping"', -32600, /^Invalid Request: the body must be one JSON-RPC message \(an object\)$/],
      [{ jsonrpc: "2.0", id: 1 }, -32600, /^Invalid Request: a message needs "method"/],
    ];
    for (const [body, code, message] of cases) {
      const res = await post(api(), key.secret, body);
      const text = await res.text();
      expect([body, res.status]).toEqual([body, 400]);
      const answer = JSON.parse(text) as { id: unknown; error: { code: number; message: string; data?: unknown } };
      expect(answer.id).toBeNull();
      expect(answer.error.code).toBe(code);
      expect(answer.error.message).toMatch(message);
      expect(answer.error).not.toHaveProperty("data");
      expect(text).not.toMatch(/invalid_union|unionErrors|ZodError|"path"/);
    }
  });

  it("params a method's schema refuses are -32602 in one sentence naming the param, without the schema's issue tree", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    const cases: [unknown, RegExp][] = [
      [
        rpc("tools/call", { name: 5 }),
        /^Invalid params: "params\.name": Invalid input: expected string, received number$/,
      ],
      [
        rpc("resources/read", { uri: ["x"] }),
        /^Invalid params: "params\.uri": Invalid input: expected string, received array$/,
      ],
    ];
    for (const [body, message] of cases) {
      const res = await post(api(), key.secret, body);
      const text = await res.text();
      expect(res.status).toBe(200);
      const answer = JSON.parse(text) as { id: unknown; error: { code: number; message: string; data?: unknown } };
      expect(answer).toMatchObject({ jsonrpc: "2.0", id: 1, error: { code: -32602 } });
      expect(answer.error.message).toMatch(message);
      expect(answer.error).not.toHaveProperty("data");
      expect(text).not.toMatch(/invalid_type|"path"|"expected"/);
    }
    // A tool's own arguments were already answered this way by the SDK: a tool error naming the field.
    const res = await post(api(), key.secret, rpc("tools/call", { name: "get_project", arguments: { id: 7 } }));
    const { result } = (await res.json()) as { result: ToolAnswer };
    expect(result.isError).toBe(true);
    expect(result.content[0]!.text).toMatch(
      /Invalid arguments for tool get_project: Invalid input: expected string, received number at id$/,
    );
  });

  it("an answer over MCP_RESPONSE_MAX is replaced: a tool call by a tool error, a resource read by a JSON-RPC error", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    const project = await createProject({ ...user });
    expect(MCP_RESPONSE_MAX).toBe(4 * 1024 * 1024); // docs/limits.md, pinned
    // Arranged in SQL: a document larger than a write accepts, whose answer crosses the limit.
    const content = `# Big\n\n${"x".repeat(MCP_RESPONSE_MAX + 64 * 1024)}`;
    const [row] = (await sql.query(
      `insert into project_artifacts (project_id, phase, artifact_name, version, content, file_size, content_hash)
       values ($1, 'spec', 'PRD.md', 1, $2, $3, repeat('0', 64)) returning id`,
      [project.id, content, content.length],
    )) as { id: string }[];
    const { client } = await connect(key.secret);
    const big = await tool(client, "get_artifact", { id: project.id, artifactId: row!.id });
    expect(big.isError).toBe(true);
    expect(big.structuredContent.error.code).toBe("response_too_large");
    expect(big.content[0]!.text).toMatch(
      new RegExp(`^response_too_large: .* over the MCP response limit of ${MCP_RESPONSE_MAX}$`),
    );
    await expect(
      client.readResource({ uri: `specdrive://projects/${project.id}/artifacts/spec/PRD.md` }),
    ).rejects.toThrow(/response_too_large/);
    // The export of that project: its zip is small (the document compresses), its files are not.
    const exported = await tool(client, "export_project", { id: project.id });
    expect([exported.isError, exported.structuredContent.error.code]).toEqual([true, "response_too_large"]);
    // The limit is on the answer, not the tool: a small read of the same project still answers.
    const listed = await tool(client, "list_artifacts", { id: project.id });
    expect(listed.structuredContent.items.map((i: { name: string }) => i.name)).toEqual(["PRD.md"]);
    await client.close();
  }, 30_000);

  it("every tool's route is an operation the API serves, taking each of the tool's arguments", async () => {
    const doc = (await openApiDoc()) as unknown as {
      paths: Record<string, Record<string, OpenApiOperation>>;
      components: { schemas?: Record<string, { properties?: object }> };
    };
    const problems = Object.entries(TOOLS).flatMap(([name, t]) => {
      const [method = "", path = ""] = t.route.split(" ");
      const op = doc.paths[path]?.[method];
      if (!op) return [`${name}: ${t.route} is not served`];
      let body = op.requestBody?.content?.["application/json"]?.schema;
      if (body?.$ref) body = doc.components.schemas?.[body.$ref.replace("#/components/schemas/", "")];
      const taken = [...(op.parameters ?? []).map((p) => p.name), ...Object.keys(body?.properties ?? {})];
      return Object.keys(t.input.shape)
        .filter((k) => !taken.includes(k))
        .map((k) => `${name}: ${t.route} takes no ${k}`);
    });
    expect(problems).toEqual([]);
    // A custom tool names its route's permission itself (the route's module is not in the MCP worker): the route's own.
    const custom = Object.values(TOOLS).filter((t) => t.custom);
    expect(custom.map((t) => t.route)).toEqual(["get /api/projects/{id}/export"]);
    expect(custom.map((t) => [t.route, t.custom?.permission])).toEqual(
      custom.map((t) => [t.route, ROUTE_FACTS.get(factsKey(...(t.route.split(" ") as [string, string])))?.permission]),
    );
  });

  it("every tool input property has a description; id says it takes a uuid or a slug", async () => {
    const user = await signedInUser();
    const { client } = await connect((await apiKeyFor(user.id)).secret);
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(33);
    const undescribed = tools.flatMap((t) =>
      Object.entries((t.inputSchema.properties ?? {}) as Record<string, { description?: string }>)
        .filter(([, p]) => !p.description?.trim())
        .map(([name]) => `${t.name}.${name}`),
    );
    expect(undescribed).toEqual([]);
    // Every tool returns data: each declares its structuredContent's schema (the client checks the
    // results against it: the idea-to-done and run tests call every tool through it).
    expect(tools.filter((t) => t.outputSchema?.type !== "object").map((t) => t.name)).toEqual([]);
    const getProjectOut = tools.find((t) => t.name === "get_project")!.outputSchema!;
    expect(getProjectOut.required).toEqual(["project"]);
    const getProject = tools.find((t) => t.name === "get_project")!;
    expect((getProject.inputSchema.properties as any).id.description).toMatch(/uuid.*slug/);
    const approve = tools.find((t) => t.name === "approve_stack")!;
    expect((approve.inputSchema.properties as any).stackChoice.description).toMatch(/stack-scorecard\.json/);
    await client.close();
  });

  it("a key lists only the tools its scopes allow; a read-only key lists no write tool and calling one is refused", async () => {
    const user = await signedInUser();
    const reader = await apiKeyFor(user.id, ["projects:read"]);
    const { client } = await connect(reader.secret);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(
      [
        "export_project",
        "get_artifact",
        "get_progress",
        "get_project",
        "get_run",
        "get_template",
        "get_traceability",
        "list_artifacts",
        "list_projects",
        "list_runs",
        "list_requirements",
        "get_requirement",
        "list_change_requests",
        "get_change_request",
      ].sort(),
    );
    expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
    const project = await createProject({ ...user });
    const refused = await tool(client, "write_artifact", {
      id: project.id,
      phase: "spec",
      name: "PRD.md",
      content: "# PRD",
    });
    expect([refused.isError, refused.structuredContent.error.code]).toEqual([true, "insufficient_scope"]);
    await client.close();
    // A key with runs:write only: the run tools that write, the public template, nothing that reads projects.
    const runner = await apiKeyFor(user.id, ["runs:write"]);
    const { client: runs } = await connect(runner.secret);
    expect((await runs.listTools()).tools.map((t) => t.name).sort()).toEqual(
      ["cancel_run", "get_template", "pause_run", "resume_run", "start_run"].sort(),
    );
    await runs.close();
  });

  it("a gate_failed tool error's text names the documents and findings, not only the code", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id, ["projects:read", "projects:write"]);
    const { client } = await connect(key.secret);
    const created = await tool(client, "create_project", { name: "Gate text", idea: "An invoice tracker" });
    const id: string = created.structuredContent.project.id;
    const first = PHASES[0];
    const expected = PHASE_TABLE[first].expectedArtifacts;
    expect(expected.length).toBeGreaterThan(0);
    const refused = await tool(client, "advance_phase", { id, expectedPhase: first });
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent.error.code).toBe("gate_failed");
    const text = refused.content[0]!.text!;
    expect(text).toMatch(/^gate_failed: /);
    for (const name of expected) expect(text).toContain(`- ${first}/${name}: artifact_missing`);
    // The text lists every issue structuredContent carries.
    const issues = refused.structuredContent.error.issues as { path: string; message: string }[];
    expect(issues.length).toBeGreaterThan(0);
    expect(text.split("\n").slice(1)).toEqual(issues.map((i) => `- ${i.path}: ${i.message}`));
    await client.close();
  });
});

describe("change-request tools", () => {
  it("open, submit, approve and merge a change request through the tools, as over HTTP", {
    timeout: 60_000,
  }, async () => {
    const { ADD, projectAtDone } = await import("../change-requests/fixtures");
    const { user, project } = await projectAtDone();
    const { client } = await connect(
      (await apiKeyFor(user.id, ["projects:read", "artifacts:write", "gates:approve"])).secret,
    );
    const opened = await tool(client, "open_change_request", {
      id: project.id,
      title: "Remind borrowers",
      deltas: [ADD],
    });
    expect(opened.isError, JSON.stringify(opened.structuredContent)).toBeFalsy();
    const crId = (opened.structuredContent as { changeRequest: { id: string } }).changeRequest.id;
    for (const name of ["submit_change_request", "approve_change_request", "merge_change_request"]) {
      const r = await tool(client, name, { id: project.id, crId });
      expect(r.isError, `${name}: ${JSON.stringify(r.structuredContent)}`).toBeFalsy();
    }
    const got = await tool(client, "get_requirement", { id: project.id, reqId: "REQ-LOAN-004" });
    expect((got.structuredContent as { revisions: { status: string }[] }).revisions.map((r) => r.status)).toEqual([
      "active",
    ]);
    await client.close();
  });
});
