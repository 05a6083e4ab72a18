// The MCP server (Streamable HTTP, stateless: a server and a transport per request, JSON
// responses, no session id). It runs in the MCP worker (src/workers/mcp.ts), reached only through the
// API's /mcp (src/mcp/forward.ts), and is a client of the API: every tool calls the API's own route
// through `api` (src/mcp/contract.ts) with the caller's key, so scopes, validation, errors and the
// one-round-trip budget are exactly the HTTP API's. Tool input schemas are the routes' own zod
// schemas, taken from the features' public modules (src/<feature>/index.ts).
import { StreamableHTTPTransport } from "@hono/mcp";
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult, JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { ErrorCode, JSONRPCMessageSchema, McpError } from "@modelcontextprotocol/sdk/types.js";
import { CfWorkerJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/cfworker";
import type { Context } from "hono";
import { z } from "zod";
import { ArtifactParams, CreateArtifactBody, ListArtifactsQuery, ValidationBody } from "../artifacts";
import { AdvanceBody, StackBody } from "../phases";
import type { Approval } from "../platform/db/schema";
import { CreateProjectBody, ListProjectsQuery, ProjectParams, UpdateProjectBody } from "../projects";
import { RunParamsSchema, StartBody } from "../runs";
import { TemplateParams } from "../templates";
import type { ApiAnswer, ApiCall, ApiFetch } from "./contract";

type Args = Record<string, unknown>;

/** The API's answer to one tool's request: the status and the parsed JSON body (if any). */
interface Answer {
  status: number;
  json: unknown;
}

type Call = (method: ApiCall["method"], path: string, body?: unknown) => Promise<Answer>;

/**
 * Calls the API's route with the caller's key. `onUnauthorized` hears of a 401 (the key is unknown,
 * expired or revoked): the whole MCP request then answers 401 (see handleMcp).
 */
function caller(api: ApiFetch, onUnauthorized: (a: ApiAnswer) => void): Call {
  return async (method, path, body) => {
    const answer = await api({ method, path, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    if (answer.status === 401) onUnauthorized(answer);
    return { status: answer.status, json: answer.body ? JSON.parse(answer.body) : null };
  };
}

/** A tool's result: the JSON body; an API error as an MCP tool error carrying our `{ error: { code, ... } }`. */
function toolResult({ status, json }: Answer): CallToolResult {
  const structured = (json ?? {}) as Record<string, unknown>;
  if (status >= 400) {
    const error = (structured.error ?? {}) as { code?: string; message?: string };
    return {
      isError: true,
      content: [{ type: "text", text: `${error.code ?? `http_${status}`}: ${error.message ?? ""}` }],
      structuredContent: { status, ...structured },
    };
  }
  return { content: [{ type: "text", text: JSON.stringify(json) }], structuredContent: structured };
}

const enc = encodeURIComponent;
/** Query string of the defined arguments among `keys`. */
function query(args: Args, keys: readonly string[]): string {
  const params = new URLSearchParams();
  for (const k of keys) if (args[k] !== undefined) params.set(k, String(args[k]));
  const s = params.toString();
  return s ? `?${s}` : "";
}
function pick(args: Args, keys: readonly string[]): Args {
  return Object.fromEntries(keys.filter((k) => args[k] !== undefined).map((k) => [k, args[k]]));
}

/** The schema of a tool that names a project and sends `body`'s fields. */
const onProject = <S extends z.ZodRawShape>(shape: S) => ProjectParams.extend(shape);
/** An artifact write without frontmatter (a free-form object JSON Schema cannot describe; set it over HTTP). */
const ArtifactWrite = CreateArtifactBody.omit({ frontmatter: true });
const GetArtifact = ArtifactParams.extend({ version: z.number().int().min(1).max(1_000_000).optional() });

/** Registers a tool whose input is a route's own zod schema and whose result is the API's answer. */
type Tool = <S extends z.ZodObject>(
  name: string,
  description: string,
  inputSchema: S,
  run: (args: z.infer<S>) => Promise<Answer>,
  readOnly?: boolean,
) => void;

function newServer(): McpServer {
  return new McpServer(
    { name: "spec-drive", version: "0.1.0" },
    {
      // JSON Schema validation without eval/new Function (the default, Ajv, compiles code): Workers forbid it.
      jsonSchemaValidator: new CfWorkerJsonSchemaValidator(),
      instructions:
        "Spec Drive: take a project from idea to done. Read get_progress for the current phase, the expected " +
        "artifacts and the gates; write artifacts, then advance_phase with expectedPhase. Approvals are human " +
        "gates: approve_stack / approve_dependencies need a key with the gates:approve scope.",
    },
  );
}

function toolsOf(server: McpServer): Tool {
  return (name, description, inputSchema, run, readOnly = false) => {
    server.registerTool(
      name,
      { description, inputSchema, annotations: { readOnlyHint: readOnly } },
      // The SDK's callback type is generic over the schema; the handler gets the parsed arguments.
      (async (args: Args) => toolResult(await run(args as z.infer<typeof inputSchema>))) as never,
    );
  };
}

function projectTools(tool: Tool, call: Call) {
  const projectKeys = Object.keys(CreateProjectBody.shape);
  tool(
    "list_projects",
    "The user's projects, one page at a time (pass nextCursor as cursor).",
    ListProjectsQuery,
    (a) => call("GET", `/api/projects${query(a, Object.keys(ListProjectsQuery.shape))}`),
    true,
  );
  tool("create_project", "Create a project from a name and an idea.", CreateProjectBody, (a) =>
    call("POST", "/api/projects", pick(a, projectKeys)),
  );
  tool(
    "get_project",
    "One project, by id or slug.",
    ProjectParams,
    (a) => call("GET", `/api/projects/${enc(a.id)}`),
    true,
  );
  tool(
    "update_project",
    "Update a project's name, description, idea or GitHub URL.",
    onProject(UpdateProjectBody.shape),
    (a) => call("PATCH", `/api/projects/${enc(a.id)}`, pick(a, Object.keys(UpdateProjectBody.shape))),
  );
  tool(
    "get_progress",
    "Current phase, completed phases, approval gates, expected and missing artifacts per phase.",
    ProjectParams,
    (a) => call("GET", `/api/projects/${enc(a.id)}/progress`),
    true,
  );
}

function artifactTools(tool: Tool, call: Call) {
  tool(
    "list_artifacts",
    "A project's artifacts without content (latest version of each by default).",
    onProject(ListArtifactsQuery.shape),
    (a) => call("GET", `/api/projects/${enc(a.id)}/artifacts${query(a, ["phase", "versions"])}`),
    true,
  );
  tool(
    "get_artifact",
    "One artifact with its content (a version, or the latest).",
    GetArtifact,
    (a) => call("GET", `/api/projects/${enc(a.id)}/artifacts/${enc(a.artifactId)}${query(a, ["version"])}`),
    true,
  );
  tool(
    "write_artifact",
    "Store a new version of an artifact (phase + name); unchanged content is not stored twice.",
    onProject(ArtifactWrite.shape),
    (a) => call("POST", `/api/projects/${enc(a.id)}/artifacts`, pick(a, Object.keys(ArtifactWrite.shape))),
  );
  tool(
    "record_validation",
    "Waive a named finding of the server's validation on an artifact (ruleId + reason); the findings never change.",
    ArtifactParams.extend(ValidationBody.shape),
    (a) =>
      call(
        "PATCH",
        `/api/projects/${enc(a.id)}/artifacts/${enc(a.artifactId)}/validation`,
        pick(a, Object.keys(ValidationBody.shape)),
      ),
  );
}

function phaseTools(tool: Tool, call: Call) {
  tool(
    "advance_phase",
    "Move the project to its next phase if it is still in expectedPhase and the phase's gates are met.",
    onProject(AdvanceBody.shape),
    (a) => call("POST", `/api/projects/${enc(a.id)}/phases/advance`, pick(a, Object.keys(AdvanceBody.shape))),
  );
  // An approval's tool is approve_<approval>, its route /api/projects/{id}/<approval>/approve.
  const approvePath = (approval: Approval, id: string) => `/api/projects/${enc(id)}/${approval}/approve`;
  tool(
    "approve_stack" satisfies `approve_${Approval}`,
    "Human gate: approve the stack choice (phase stack_selection), an option id of the stack scorecard unless override.reason says why not. Needs the gates:approve scope.",
    onProject(StackBody.shape),
    (a) => call("POST", approvePath("stack", a.id), pick(a, Object.keys(StackBody.shape))),
  );
  tool(
    "approve_dependencies" satisfies `approve_${Approval}`,
    "Human gate: approve the dependencies (phase dependencies). Needs the gates:approve scope.",
    ProjectParams,
    (a) => call("POST", approvePath("dependencies", a.id)),
  );
}

function templateTools(tool: Tool, call: Call) {
  tool(
    "get_traceability",
    "Requirements against API operations, entities, tasks and epics; coverage; the cross-artifact findings " +
      "and the project's quality score, from the latest documents.",
    ProjectParams,
    (a) => call("GET", `/api/projects/${enc(a.id)}/traceability`),
    true,
  );
  tool(
    "get_template",
    "A phase's template: the documents it expects, their formats, sections and JSON Schemas, and the rules they are checked by.",
    TemplateParams,
    (a) => call("GET", `/api/templates/${enc(a.phase)}`),
    true,
  );
}

/** Generation runs: an LLM drafts each phase's documents on the server (docs/generation.md). */
function runTools(tool: Tool, call: Call) {
  const runPath = (a: { id: string; runId: string }) => `/api/projects/${enc(a.id)}/runs/${enc(a.runId)}`;
  tool(
    "start_run",
    "Start a generation run: the server drafts the documents from the current phase up to targetPhase " +
      "(default done), validating each, and waits at the approval gates. Needs the runs:write scope. " +
      "Watch it with get_run.",
    onProject(StartBody.shape),
    (a) => call("POST", `/api/projects/${enc(a.id)}/runs`, pick(a, Object.keys(StartBody.shape))),
  );
  tool(
    "get_run",
    "One run: status (queued, running, waiting_for_approval, paused, needs_attention, completed, failed, " +
      "cancelled), the phase and artifact it is on, produced versions, tokens, cost, last error. Poll it every " +
      "few seconds to watch a run.",
    RunParamsSchema,
    (a) => call("GET", runPath(a)),
    true,
  );
  tool(
    "list_runs",
    "The project's generation runs, newest first.",
    ProjectParams,
    (a) => call("GET", `/api/projects/${enc(a.id)}/runs`),
    true,
  );
  for (const [action, description] of [
    ["pause", "Pause a run: it stops before its next step. Needs runs:write."],
    ["resume", "Resume a paused run, or one that needs attention once its artifact is fixed. Needs runs:write."],
    ["cancel", "Cancel a run: it writes nothing more. Needs runs:write."],
  ] as const) {
    tool(`${action}_run`, description, RunParamsSchema, (a) => call("POST", `${runPath(a)}/${action}`));
  }
}

/** The latest version of an artifact as a resource: lists the phase's artifacts, then reads the one named. */
function artifactResource(server: McpServer, call: Call) {
  server.registerResource(
    "latest-artifact",
    new ResourceTemplate("specdrive://projects/{id}/artifacts/{phase}/{name}", { list: undefined }),
    { description: "The latest version of a project's artifact", mimeType: "text/markdown" },
    async (uri, vars) => {
      const id = String(vars.id);
      const listed = await call("GET", `/api/projects/${enc(id)}/artifacts${query(vars, ["phase"])}`);
      if (listed.status !== 200) throw apiMcpError(listed);
      const items = (listed.json as { items: { id: string; name: string }[] }).items;
      const meta = items.find((i) => i.name === vars.name);
      if (!meta) throw new McpError(ErrorCode.InvalidParams, "not_found: no such artifact", { code: "not_found" });
      const got = await call("GET", `/api/projects/${enc(id)}/artifacts/${enc(meta.id)}`);
      if (got.status !== 200) throw apiMcpError(got);
      const artifact = (got.json as { artifact: { content: string } }).artifact;
      return { contents: [{ uri: uri.href, mimeType: "text/markdown", text: artifact.content }] };
    },
  );
}

/** The server of one request: its tools (listed in this order) and the artifact resource, all over `call`. */
function buildServer(call: Call): McpServer {
  const server = newServer();
  const tool = toolsOf(server);
  projectTools(tool, call);
  artifactTools(tool, call);
  phaseTools(tool, call);
  templateTools(tool, call);
  runTools(tool, call);
  artifactResource(server, call);
  return server;
}

/** An API error as an MCP error: the JSON-RPC code by status class, our code and status in `data`. */
function apiMcpError({ status, json }: Answer): McpError {
  const error = ((json ?? {}) as { error?: { code?: string; message?: string } }).error ?? {};
  const rpc = status >= 500 ? ErrorCode.InternalError : ErrorCode.InvalidParams;
  return new McpError(rpc, `${error.code}: ${error.message}`, { status, ...error });
}

/** An answer in the API's own words (status, our JSON error body): a refused key, an outage. */
function passThrough({ status, body }: ApiAnswer): Response {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (status === 401) headers["www-authenticate"] = 'Bearer realm="spec-drive"';
  return new Response(body, { status, headers });
}

/** The most bytes of an MCP response (docs/limits.md); a larger one is answered with an error instead. */
export const MCP_RESPONSE_MAX = 4 * 1024 * 1024;

/** A JSON-RPC error answer (HTTP `status`), `id` null when the request's id is unknown. */
function rpcError(status: number, id: string | number | null, code: number, message: string) {
  return Response.json({ jsonrpc: "2.0", id, error: { code, message } }, { status });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * What is wrong with a message that is not a JSON-RPC message, named by its field: a short sentence
 * instead of the schema's issue tree (which describes the SDK's internals, not the caller's mistake).
 */
function envelopeProblem(m: unknown): string {
  if (!isObject(m)) return "the body must be one JSON-RPC message (an object)";
  if (m.jsonrpc !== "2.0") return '"jsonrpc" must be "2.0"';
  if ("id" in m && typeof m.id !== "string" && typeof m.id !== "number") return '"id" must be a string or a number';
  if ("params" in m && !isObject(m.params)) return '"params" must be an object';
  if ("method" in m && typeof m.method !== "string") return '"method" must be a string';
  if (!("method" in m) && !("result" in m) && !("error" in m)) return 'a message needs "method" (or "result"/"error")';
  return "not a JSON-RPC request, notification or response";
}

/**
 * The SDK answers params its request schema refuses (`tools/call` with a numeric `name`) with -32603
 * and zod's issue list, as JSON, for the message: that becomes -32602 and one sentence naming the
 * first wrong param. Any other answer is left as it is.
 */
function withoutIssueTree(body: string): string {
  if (!body.includes('"code":-32603')) return body;
  const answer = JSON.parse(body) as { error?: { message?: string } };
  let issues: unknown;
  try {
    issues = JSON.parse(answer.error?.message ?? "");
  } catch {
    return body;
  }
  const first = Array.isArray(issues) ? (issues[0] as { path?: unknown; message?: unknown }) : undefined;
  if (!first || !Array.isArray(first.path) || typeof first.message !== "string") return body;
  const message = `Invalid params: "${first.path.join(".")}": ${first.message}`;
  return JSON.stringify({ ...answer, error: { code: ErrorCode.InvalidParams, message } });
}

/** The id of a JSON-RPC request (null for a notification or a response). */
const idOf = (m: JSONRPCMessage): string | number | null =>
  "method" in m && "id" in m ? (m.id as string | number) : null;

/**
 * An answer over MCP_RESPONSE_MAX, replaced: a tool call gets a tool error (the agent can read the
 * data over HTTP, or ask for less), anything else a JSON-RPC error; both name the limit.
 */
function tooLarge(message: JSONRPCMessage, bytes: number): Response {
  const text = `response_too_large: the answer is ${bytes} bytes, over the MCP response limit of ${MCP_RESPONSE_MAX}`;
  const id = idOf(message);
  if ("method" in message && message.method === "tools/call") {
    const result: CallToolResult = {
      isError: true,
      content: [{ type: "text", text }],
      structuredContent: { error: { code: "response_too_large", message: text } },
    };
    return Response.json({ jsonrpc: "2.0", id, result });
  }
  return Response.json({ jsonrpc: "2.0", id, error: { code: ErrorCode.InternalError, message: text } });
}

/**
 * POST /mcp, as forwarded by the API, which already answered everything that needs no MCP work: 405
 * for other methods, 401 for a missing, unknown, expired or revoked key (checked once, for every
 * method), 400 for a batch. One JSON-RPC message per request; a tool call or resource read reaches
 * the API's routes through `api` (at most two requests: a resource read lists, then reads). A key
 * revoked in between gets the API's 401 for the whole request, never an MCP answer.
 */
export async function handleMcp(c: Context, api: ApiFetch): Promise<Response> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await c.req.text());
  } catch {
    return rpcError(400, null, ErrorCode.ParseError, "Parse error: the body is not valid JSON");
  }
  const checked = JSONRPCMessageSchema.safeParse(parsed);
  if (!checked.success) {
    return rpcError(400, null, ErrorCode.InvalidRequest, `Invalid Request: ${envelopeProblem(parsed)}`);
  }
  const message = checked.data;
  const refused: { answer?: ApiAnswer } = {};
  const call = caller(api, (a) => {
    refused.answer ??= a;
  });
  const server = buildServer(call);
  const transport = new StreamableHTTPTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  const res = (await transport.handleRequest(c, parsed)) ?? c.body(null, 202);
  if (refused.answer) return passThrough(refused.answer);
  if (res.status === 202 || !res.body) return res;
  const body = withoutIssueTree(await res.text());
  const bytes = new TextEncoder().encode(body).byteLength;
  if (bytes > MCP_RESPONSE_MAX) return tooLarge(message, bytes);
  return new Response(body, res);
}
