// The MCP server at /mcp (Streamable HTTP, stateless: a server and a transport per request, JSON
// responses, no session id). Loaded with a dynamic import from src/app.ts, so the MCP SDK is parsed
// only when /mcp is called, never on the hot path of the REST API.
//
// One implementation: every tool calls the app's own route in-process (`app.request` with the
// caller's key), so scopes, validation, errors and the one-round-trip budget are exactly the
// HTTP API's. Tool input schemas are the routes' own zod schemas (exported from src/routes/*).
import { StreamableHTTPTransport } from "@hono/mcp";
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { CfWorkerJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/cfworker";
import type { Context, Hono } from "hono";
import { z } from "zod";
import { unauthorized } from "../auth/session";
import { API_KEY_RE } from "../auth/tokens";
import type { AppEnv } from "../http/context";
import { ArtifactParams, CreateArtifactBody, ListArtifactsQuery, ValidationBody } from "../routes/artifacts";
import { AdvanceBody, StackBody } from "../routes/phases";
import { ProjectParams } from "../routes/project-common";
import { CreateProjectBody, ListProjectsQuery, UpdateProjectBody } from "../routes/projects";

export const MCP_PATH = "/mcp";

type App = Pick<Hono<AppEnv>, "request">;
type Args = Record<string, unknown>;

/** The API's answer to one in-process request: the status and the parsed JSON body (if any). */
interface Answer {
  status: number;
  json: unknown;
}

/** Calls the app's own route with the caller's key (same middleware, scopes, validation, round trip). */
function caller(c: Context<AppEnv>, app: App, authorization: string) {
  let ctx: Context<AppEnv>["executionCtx"] | undefined;
  try {
    ctx = c.executionCtx;
  } catch {
    ctx = undefined; // app.request without an execution context (tests): nothing to wait for
  }
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const headers: Record<string, string> = { authorization, "x-request-id": c.get("requestId") };
    const ip = c.req.header("cf-connecting-ip");
    if (ip) headers["cf-connecting-ip"] = ip;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await app.request(
      path,
      { method, headers, body: body === undefined ? undefined : JSON.stringify(body) },
      c.env,
      ctx,
    );
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
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

function buildServer(call: ReturnType<typeof caller>): McpServer {
  const server = new McpServer(
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
  const tool = <S extends z.ZodObject>(
    name: string,
    description: string,
    inputSchema: S,
    run: (args: z.infer<S>) => Promise<Answer>,
    readOnly = false,
  ) =>
    server.registerTool(
      name,
      { description, inputSchema, annotations: { readOnlyHint: readOnly } },
      // The SDK's callback type is generic over the schema; the handler gets the parsed arguments.
      (async (args: Args) => toolResult(await run(args as z.infer<S>))) as never,
    );

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
  tool(
    "list_artifacts",
    "A project's artifacts without content (latest version of each by default).",
    onProject(ListArtifactsQuery.shape),
    (a) => call("GET", `/api/projects/${enc(a.id)}/artifacts${query(a, ["phase", "versions"])}`),
    true,
  );
  const GetArtifact = ArtifactParams.extend({ version: z.number().int().min(1).max(1_000_000).optional() });
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
    "Record a validation result (status, findings, quality score) on an artifact version.",
    ArtifactParams.extend(ValidationBody.shape),
    (a) =>
      call(
        "PATCH",
        `/api/projects/${enc(a.id)}/artifacts/${enc(a.artifactId)}/validation`,
        pick(a, Object.keys(ValidationBody.shape)),
      ),
  );
  tool(
    "advance_phase",
    "Move the project to its next phase if it is still in expectedPhase and the phase's gates are met.",
    onProject(AdvanceBody.shape),
    (a) => call("POST", `/api/projects/${enc(a.id)}/phases/advance`, pick(a, Object.keys(AdvanceBody.shape))),
  );
  tool(
    "approve_stack",
    "Human gate: approve the stack choice (phase stack_selection). Needs the gates:approve scope.",
    onProject(StackBody.shape),
    (a) => call("POST", `/api/projects/${enc(a.id)}/stack/approve`, pick(a, ["stackChoice"])),
  );
  tool(
    "approve_dependencies",
    "Human gate: approve the dependencies (phase dependencies). Needs the gates:approve scope.",
    ProjectParams,
    (a) => call("POST", `/api/projects/${enc(a.id)}/dependencies/approve`),
  );
  // Extension point: runs (start_run, watch_run) register here once /api/projects/{id}/runs exists
  // (scope runs:write); the spec engine's templates, traceability and findings likewise.

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
  return server;
}

/** An API error as an MCP error: the JSON-RPC code by status class, our code and status in `data`. */
function apiMcpError({ status, json }: Answer): McpError {
  const error = ((json ?? {}) as { error?: { code?: string; message?: string } }).error ?? {};
  const rpc = status >= 500 ? ErrorCode.InternalError : ErrorCode.InvalidParams;
  return new McpError(rpc, `${error.code}: ${error.message}`, { status, ...error });
}

/**
 * POST/GET/DELETE /mcp. The key is required up front (401 in our error shape without one); each
 * tool call then checks it, with its scopes, in the route's own single round trip.
 */
export async function handleMcp(c: Context<AppEnv>, app: App): Promise<Response> {
  const authorization = c.req.header("authorization") ?? "";
  const m = /^Bearer (\S+)$/i.exec(authorization.trim());
  if (!m || !API_KEY_RE.test(m[1] as string)) throw unauthorized();
  const server = buildServer(caller(c, app, authorization));
  const transport = new StreamableHTTPTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  const res = await transport.handleRequest(c);
  return res ?? c.body(null, 202);
}
