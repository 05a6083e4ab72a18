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
import { unzipSync } from "fflate";
import type { Context } from "hono";
import { z } from "zod";
import { ArtifactParams, artifactRoutes, CreateArtifactBody, ListArtifactsQuery, ValidationBody } from "../artifacts";
import {
  ChangeRequestParams,
  CreateChangeRequestBody,
  changeRequestRoutes,
  ListChangeRequestsQuery,
  mergeRoutes,
  UpdateChangeRequestBody,
} from "../change-requests";
import { AdvanceBody, phaseRoutes, StackBody } from "../phases";
import type { Permission } from "../platform/auth/roles";
import type { ApiKeyScope } from "../platform/db/schema";
import type { ErrorBody } from "../platform/http/errors";
import { factsKey, ROUTE_FACTS } from "../platform/http/route";
import { CreateProjectBody, ListProjectsQuery, ProjectParams, projectRoutes, UpdateProjectBody } from "../projects";
import { ListRequirementsQuery, RequirementParams, requirementRoutes } from "../requirements";
import { RunParamsSchema, runRoutes, StartBody } from "../runs";
import { TemplateParams, templateRoutes, traceabilityRoutes } from "../templates";
import type { ApiAnswer, ApiCall, ApiFetch } from "./contract";

type Args = Record<string, unknown>;

/** The API's answer to one tool's request: the status and the parsed JSON body (if any). */
interface Answer {
  status: number;
  json: unknown;
  /** A binary call's success (ApiCall's binaryMax): its bytes, or the count read past the max. */
  bytes?: Uint8Array;
  overMax?: number;
}

type Call = (method: ApiCall["method"], path: string, body?: unknown, binaryMax?: number) => Promise<Answer>;

/**
 * Calls the API's route with the caller's key. `onUnauthorized` hears of a 401 (the key is unknown,
 * expired or revoked): the whole MCP request then answers 401 (see handleMcp).
 */
function caller(api: ApiFetch, onUnauthorized: (a: ApiAnswer) => void): Call {
  return async (method, path, body, binaryMax) => {
    const answer = await api({
      method,
      path,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(binaryMax === undefined ? {} : { binaryMax }),
    });
    if (answer.status === 401) onUnauthorized(answer);
    const { bytes, overMax } = answer;
    return { status: answer.status, json: answer.body ? JSON.parse(answer.body) : null, bytes, overMax };
  };
}

/**
 * An API error as text an agent reads: "<code>: <message>", then one line per issue (for gate_failed,
 * the document and the finding; for a validation error, the field). Many hosts pass the model only a
 * tool's text, not its structuredContent.
 */
function errorText(status: number, error: ErrorBody["error"] | Record<string, never>): string {
  const head = `${error.code ?? `http_${status}`}: ${error.message ?? ""}`;
  return [head, ...(error.issues ?? []).map((i) => `- ${i.path}: ${i.message}`)].join("\n");
}

/** A tool's result: the JSON body; an API error as an MCP tool error carrying our `{ error: { code, ... } }`. */
function toolResult({ status, json }: Answer): CallToolResult {
  const structured = (json ?? {}) as Record<string, unknown>;
  if (status >= 400) {
    const error = (structured.error ?? {}) as ErrorBody["error"];
    return {
      isError: true,
      content: [{ type: "text", text: errorText(status, error) }],
      structuredContent: { status, ...structured },
    };
  }
  return { content: [{ type: "text", text: JSON.stringify(json) }], structuredContent: structured };
}

const enc = encodeURIComponent;

/** A route's `{param}`s, filled from the arguments of their names (URI-encoded). */
const fillPath = (path: string, args: Args) => path.replace(/\{(\w+)\}/g, (_, k: string) => enc(String(args[k])));

/**
 * One call of `route` ("method /path/{param}") with a tool's arguments: its `{param}`s in the path, the
 * route's query keys in the query string, every other argument in the JSON body if the route takes one
 * (ROUTE_SCHEMAS: the route's registered request); undefined arguments are left out.
 */
function callRoute(call: Call, route: string, args: Args): Promise<Answer> {
  const [method = "", path = ""] = route.split(" ");
  const { query, body } = routeSchemas(route);
  const search = new URLSearchParams();
  for (const k of query) if (args[k] !== undefined) search.set(k, String(args[k]));
  const rest = Object.entries(args).filter(
    ([k, v]) => v !== undefined && !path.includes(`{${k}}`) && !query.includes(k),
  );
  const s = search.toString();
  return call(
    method.toUpperCase() as ApiCall["method"],
    fillPath(path, args) + (s ? `?${s}` : ""),
    body ? Object.fromEntries(rest) : undefined,
  );
}

/** The schema of a tool that names a project and sends `body`'s fields. */
const onProject = <S extends z.ZodRawShape>(shape: S) => ProjectParams.extend(shape);
/** An artifact write: the frontmatter is the YAML block in `content` (the deprecated `frontmatter` field is not offered). */
const ArtifactWrite = CreateArtifactBody.omit({ frontmatter: true });
const GetArtifact = ArtifactParams.extend({ version: z.number().int().min(1).max(1_000_000).optional() });

/**
 * What a tool needs of a key: its route's scope ("public": none). A key is listed the tools it holds the
 * scope of; a tool is read-only when its route needs projects:read or nothing.
 */
type ToolScope = ApiKeyScope | "public";

/**
 * What each tool input property means, by name (the same in every tool that has it). The routes' schemas
 * describe the HTTP operation; an agent reads only a tool's input schema, so every property says what it
 * accepts (tools/list is checked for a property without one: test/worker/mcp/mcp.test.ts).
 */
const PROPERTY_DOCS: Record<string, string> = {
  id: "The project: its id (a uuid) or its slug (as in list_projects' items)",
  artifactId: "The artifact version's id (a uuid, as in list_artifacts' items)",
  runId: "The run's id (a uuid, as returned by start_run or list_runs)",
  version: "An artifact version number (1 is the first); omitted: the latest version",
  name: "A name: the project's name, or for an artifact its document name from the phase's template (e.g. PRD.md)",
  description: "The project's short description",
  idea: "The product idea in plain words: what to build, for whom, why",
  githubRepoUrl: "The project's GitHub repository URL (https://github.com/<owner>/<repo>)",
  limit: "Most items on one page (1 to 100)",
  cursor: "The nextCursor of the previous page; omitted: the first page",
  sort: "The field to sort by",
  order: "Sort order: asc or desc",
  phase:
    "A lifecycle phase (get_template lists a phase's documents); as a filter, only projects or artifacts of that phase",
  createdFrom: "Only projects created at or after this ISO 8601 timestamp",
  createdTo: "Only projects created at or before this ISO 8601 timestamp",
  q: "Text to search for in project names and descriptions",
  versions: "latest: the latest version of each artifact; all: every version",
  content: "The document's full text: Markdown for .md documents, JSON text for .json documents",
  ruleId: "The id of the validation finding to waive (a finding's ruleId from get_artifact's validation)",
  reason: "Why the finding is acceptable for this project (recorded with the waiver)",
  expectedPhase: "The phase the project is in now (get_progress's currentPhase): the advance is refused otherwise",
  artifactsGenerated: "Names of the documents produced in this phase, recorded in the phase's history",
  validationPassed: "Whether the agent's own checks passed, recorded in the phase's history",
  tokensUsed: "LLM tokens the agent spent on this phase, recorded in the phase's history",
  costEstimateUsd: "The agent's estimated cost of this phase in US dollars, recorded in the phase's history",
  stackChoice: "The approved stack: the id of one of the options in the stack_selection phase's stack-scorecard.json",
  override:
    "Only to approve a stack the scorecard does not offer: { reason } says why (recorded in the phase history and HANDOFF.md)",
  targetPhase: "The phase the run stops at (default done)",
  tokenBudget: "The most LLM tokens the run may spend; it pauses when they run out",
  changeRequestId:
    "Only for a scoped run: the change request (draft or in_review) whose affected documents the run drafts as its proposals",
  crId: "The change request's id (a uuid, as returned by open_change_request or list_change_requests)",
  reqId: "A requirement id of PRD.md, REQ-<AREA>-<nnn> (as in list_requirements' items)",
  title: "The change request's title: what changes, in one line",
  rationale: "Why the change is wanted",
  deltas:
    "The deltas, at most one per requirement: {kind: added, reqId, title, body, acceptance} for a new requirement, " +
    "{kind: modified, reqId, baseRevision, title, body, acceptance} for new text, {kind: removed, reqId, baseRevision, reason}; " +
    "baseRevision is the requirement's active revision (get_requirement)",
  status:
    "Only items in this status (requirements: active, superseded, retired; change requests: draft, in_review, approved, merged, rejected, withdrawn)",
  workspaceId:
    "A workspace's id (a uuid): the workspace to create the project in (default: your personal one), or, as a filter, only its projects",
};

/** `schema` with each property's description: its own if it has one, else PROPERTY_DOCS'. */
function described<S extends z.ZodObject>(schema: S): S {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([k, v]) => {
      const doc = (v as z.ZodType).description ?? PROPERTY_DOCS[k];
      return [k, doc ? (v as z.ZodType).describe(doc) : v];
    }),
  );
  return schema.safeExtend(shape) as S;
}

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

/**
 * A tool: its description, its input (the route's own zod schemas), its scope, and its route, "method
 * /path/{param}" as the feature's router registers it (test/worker/mcp/mcp.test.ts checks it is one the
 * API serves). The route is the one definition of what the tool calls: callRoute makes the call from it,
 * its success schema is the tool's outputSchema, its permission (ROUTE_FACTS) filters tools/list. A tool
 * that is not one plain call of its route has `custom`: its handler (given the route's path, filled), its
 * structuredContent's schema and its route's permission (that route's module is not in this worker).
 */
interface ToolDef {
  description: string;
  input: z.ZodObject;
  scope: ToolScope;
  route: string;
  custom?: {
    run: (args: Args, call: Call, path: string) => Promise<Answer | CallToolResult>;
    output: z.ZodObject;
    permission: Permission;
  };
}

/** A route's `{param}` names. */
type PathParams<R extends string> = R extends `${string}{${infer P}}${infer Rest}` ? P | PathParams<Rest> : never;

/** A tool's declaration, checked by the compiler: its route's `{param}`s are properties of its input. */
const tool = <S extends z.ZodObject, R extends string>(
  t: Omit<ToolDef, "input" | "route" | "custom"> & {
    input: S;
    route: R & ([PathParams<R>] extends [keyof z.output<S>] ? unknown : { missingInput: PathParams<R> });
    custom?: Omit<NonNullable<ToolDef["custom"]>, "run"> & {
      run: (args: z.output<S>, call: Call, path: string) => Promise<Answer | CallToolResult>;
    };
  },
) => t as ToolDef;

/** export_project's structuredContent: the files' paths and sizes (the files are its content). */
const EXPORT_OUTPUT = z.object({ files: z.array(z.object({ path: z.string(), bytes: z.number().int() })) });

/** Every tool, by name, in the order tools/list lists them. */
export const TOOLS = {
  list_projects: tool({
    description: "The user's projects, one page at a time (pass nextCursor as cursor).",
    input: ListProjectsQuery,
    scope: "projects:read",
    route: "get /api/projects",
  }),
  create_project: tool({
    description: "Create a project from a name and an idea.",
    input: CreateProjectBody,
    scope: "projects:write",
    route: "post /api/projects",
  }),
  get_project: tool({
    description: "One project, by id or slug.",
    input: ProjectParams,
    scope: "projects:read",
    route: "get /api/projects/{id}",
  }),
  update_project: tool({
    description: "Update a project's name, description, idea or GitHub URL.",
    input: onProject(UpdateProjectBody.shape),
    scope: "projects:write",
    route: "patch /api/projects/{id}",
  }),
  get_progress: tool({
    description: "Current phase, completed phases, approval gates, expected and missing artifacts per phase.",
    input: ProjectParams,
    scope: "projects:read",
    route: "get /api/projects/{id}/progress",
  }),
  export_project: tool({
    description:
      "The project's export: the files of GET /api/projects/{id}/export's zip (project.json, every latest " +
      "document under <phase>/<name>, HANDOFF.md, LLM_CONTEXT.md, traceability.json), each as an embedded " +
      "text resource. A zip over the MCP response limit is refused: download it over HTTP instead.",
    input: ProjectParams,
    scope: "projects:read",
    route: "get /api/projects/{id}/export",
    custom: { run: (a, call, path) => exported(a.id, path, call), output: EXPORT_OUTPUT, permission: "project:read" },
  }),
  list_artifacts: tool({
    description: "A project's artifacts without content (latest version of each by default).",
    input: onProject(ListArtifactsQuery.shape),
    scope: "projects:read",
    route: "get /api/projects/{id}/artifacts",
  }),
  get_artifact: tool({
    description: "One artifact with its content (a version, or the latest).",
    input: GetArtifact,
    scope: "projects:read",
    route: "get /api/projects/{id}/artifacts/{artifactId}",
  }),
  write_artifact: tool({
    description: "Store a new version of an artifact (phase + name); unchanged content is not stored twice.",
    input: onProject(ArtifactWrite.shape),
    scope: "artifacts:write",
    route: "post /api/projects/{id}/artifacts",
  }),
  waive_finding: tool({
    description:
      "Waive a named finding of the server's validation on an artifact (ruleId + reason); the findings never change.",
    input: ArtifactParams.extend(ValidationBody.shape),
    scope: "artifacts:write",
    route: "patch /api/projects/{id}/artifacts/{artifactId}/validation",
  }),
  advance_phase: tool({
    description: "Move the project to its next phase if it is still in expectedPhase and the phase's gates are met.",
    input: onProject(AdvanceBody.shape),
    scope: "projects:write",
    route: "post /api/projects/{id}/phases/advance",
  }),
  approve_stack: tool({
    description:
      "Human gate: approve the stack choice (phase stack_selection), an option id of the stack scorecard unless override.reason says why not. Needs the gates:approve scope.",
    input: onProject(StackBody.shape),
    scope: "gates:approve",
    route: "post /api/projects/{id}/stack/approve",
  }),
  approve_dependencies: tool({
    description: "Human gate: approve the dependencies (phase dependencies). Needs the gates:approve scope.",
    input: ProjectParams,
    scope: "gates:approve",
    route: "post /api/projects/{id}/dependencies/approve",
  }),
  get_traceability: tool({
    description:
      "Requirements against API operations, entities, tasks and epics; coverage; the cross-artifact findings " +
      "and the project's quality score, from the latest documents.",
    input: ProjectParams,
    scope: "projects:read",
    route: "get /api/projects/{id}/traceability",
  }),
  get_template: tool({
    description:
      "A phase's template: the documents it expects, their formats, sections and JSON Schemas, and the rules they are checked by.",
    input: TemplateParams,
    scope: "public",
    route: "get /api/templates/{phase}",
  }),
  // Generation runs: an LLM drafts each phase's documents on the server (docs/generation.md).
  start_run: tool({
    description:
      "Start a generation run: the server drafts the documents from the current phase up to targetPhase " +
      "(default done), validating each, and waits at the approval gates. Needs the runs:write scope. " +
      "Watch it with get_run.",
    input: onProject(StartBody.shape),
    scope: "runs:write",
    route: "post /api/projects/{id}/runs",
  }),
  get_run: tool({
    description:
      "One run: status (queued, running, waiting_for_approval, paused, needs_attention, completed, failed, " +
      "cancelled), the phase and artifact it is on, produced versions, tokens, cost, last error. Poll it every " +
      "few seconds to watch a run.",
    input: RunParamsSchema,
    scope: "projects:read",
    route: "get /api/projects/{id}/runs/{runId}",
  }),
  list_runs: tool({
    description: "The project's generation runs, newest first.",
    input: ProjectParams,
    scope: "projects:read",
    route: "get /api/projects/{id}/runs",
  }),
  pause_run: tool({
    description: "Pause a run: it stops before its next step. Needs runs:write.",
    input: RunParamsSchema,
    scope: "runs:write",
    route: "post /api/projects/{id}/runs/{runId}/pause",
  }),
  resume_run: tool({
    description: "Resume a paused run, or one that needs attention once its artifact is fixed. Needs runs:write.",
    input: RunParamsSchema,
    scope: "runs:write",
    route: "post /api/projects/{id}/runs/{runId}/resume",
  }),
  cancel_run: tool({
    description: "Cancel a run: it writes nothing more. Needs runs:write.",
    input: RunParamsSchema,
    scope: "runs:write",
    route: "post /api/projects/{id}/runs/{runId}/cancel",
  }),
  // Requirements and change requests: proposed changes to a spec set past its PRD (docs/change-requests.md).
  list_requirements: tool({
    description:
      "The project's requirements (PRD.md's REQ-… sections) of one status, active by default, with their revision numbers.",
    input: ProjectParams.extend(ListRequirementsQuery.shape),
    scope: "projects:read",
    route: "get /api/projects/{id}/requirements",
  }),
  get_requirement: tool({
    description:
      "Every revision of one requirement, newest first: its text, status (active, superseded, retired) and the change request that made it.",
    input: RequirementParams,
    scope: "projects:read",
    route: "get /api/projects/{id}/requirements/{reqId}",
  }),
  open_change_request: tool({
    description:
      "Open a draft change request on a project in spec or later: a title, a rationale and deltas on PRD.md's requirements. " +
      "Then submit_change_request, approve_change_request (gates:approve), merge_change_request.",
    input: onProject(CreateChangeRequestBody.shape),
    scope: "artifacts:write",
    route: "post /api/projects/{id}/change-requests",
  }),
  list_change_requests: tool({
    description: "The project's change requests, newest first, one page at a time (pass nextCursor as cursor).",
    input: ProjectParams.extend(ListChangeRequestsQuery.shape),
    scope: "projects:read",
    route: "get /api/projects/{id}/change-requests",
  }),
  get_change_request: tool({
    description:
      "One change request: its deltas, its impact (the documents, operations, entities, tasks and epics its " +
      "requirements touch, each with the reason), its review state and its history.",
    input: ChangeRequestParams,
    scope: "projects:read",
    route: "get /api/projects/{id}/change-requests/{crId}",
  }),
  update_change_request: tool({
    description: "Edit a draft change request: its title, rationale, or deltas (replacing all of them).",
    input: ChangeRequestParams.extend(UpdateChangeRequestBody.shape),
    scope: "artifacts:write",
    route: "patch /api/projects/{id}/change-requests/{crId}",
  }),
  submit_change_request: tool({
    description: "Submit a draft change request for review.",
    input: ChangeRequestParams,
    scope: "artifacts:write",
    route: "post /api/projects/{id}/change-requests/{crId}/submit",
  }),
  withdraw_change_request: tool({
    description: "Withdraw a change request that is not merged, rejected or withdrawn.",
    input: ChangeRequestParams,
    scope: "artifacts:write",
    route: "post /api/projects/{id}/change-requests/{crId}/withdraw",
  }),
  reject_change_request: tool({
    description:
      "Reject a change request in review (an approver under the change_request policy). Needs gates:approve.",
    input: ChangeRequestParams,
    scope: "gates:approve",
    route: "post /api/projects/{id}/change-requests/{crId}/reject",
  }),
  approve_change_request: tool({
    description:
      "Approve a change request in review; when the change_request policy is met it is approved. Needs gates:approve.",
    input: ChangeRequestParams,
    scope: "gates:approve",
    route: "post /api/projects/{id}/change-requests/{crId}/approve",
  }),
  rebase_change_request: tool({
    description:
      "Rebase a change request whose merge answered change_conflict: its bases move to the requirements' active revisions; it goes back to review.",
    input: ChangeRequestParams,
    scope: "artifacts:write",
    route: "post /api/projects/{id}/change-requests/{crId}/rebase",
  }),
  merge_change_request: tool({
    description:
      "Merge an approved change request: the PRD with its deltas applied and its proposed documents become the latest versions, the requirement revisions move on.",
    input: ChangeRequestParams,
    scope: "artifacts:write",
    route: "post /api/projects/{id}/change-requests/{crId}/merge",
  }),
};

/**
 * The export's files as embedded resources (text, with their media type), read from the export route's own
 * zip (`zipPath`): at most MCP_RESPONSE_MAX bytes of it (the answer's limit; past it, the route stops being read).
 */
async function exported(id: string, zipPath: string, call: Call): Promise<Answer | CallToolResult> {
  const answer = await call("GET", zipPath, undefined, MCP_RESPONSE_MAX);
  if (answer.overMax !== undefined) return tooLargeResult(`the export is over ${answer.overMax} bytes`);
  if (!answer.bytes) return answer;
  const files = Object.entries(unzipSync(answer.bytes));
  const paths = files.map(([path]) => path);
  const text = new TextDecoder();
  const uri = (path: string) => `specdrive://projects/${enc(id)}/export/${path}`;
  return {
    content: [
      { type: "text", text: `The export of project ${id}: ${paths.length} files, each below: ${paths.join(", ")}` },
      ...files.map(([path, bytes]) => ({
        type: "resource" as const,
        resource: { uri: uri(path), mimeType: mimeTypeOf(path), text: text.decode(bytes) },
      })),
    ],
    structuredContent: { files: files.map(([path, bytes]) => ({ path, bytes: bytes.byteLength })) },
  };
}

type RouteDefinition = {
  type: string;
  route?: {
    method: string;
    path: string;
    request?: { query?: unknown; body?: unknown };
    responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  };
};

/** What a tool takes of its route: its success's schema, its query's keys, whether it takes a body. */
interface RouteSchemas {
  output?: z.ZodObject;
  query: string[];
  body: boolean;
}

/**
 * Each route's schemas, by "method path", from the features' own routers' OpenAPI registries: the
 * schema of its success (its 200, 201 or 202; what a tool's structuredContent holds, as the OpenAPI
 * document publishes it) and its request's query keys and body (where a tool's arguments go).
 */
const ROUTE_SCHEMAS = new Map<string, RouteSchemas>();
for (const r of [
  projectRoutes,
  artifactRoutes,
  phaseRoutes,
  runRoutes,
  templateRoutes,
  traceabilityRoutes,
  requirementRoutes,
  changeRequestRoutes,
  mergeRoutes,
]) {
  for (const d of r.openAPIRegistry.definitions as RouteDefinition[]) {
    if (d.type !== "route" || !d.route) continue;
    const { method, path, request = {}, responses } = d.route;
    const ok = responses["200"] ?? responses["201"] ?? responses["202"];
    const output = ok?.content?.["application/json"]?.schema;
    ROUTE_SCHEMAS.set(`${method} ${path}`, {
      ...(output instanceof z.ZodObject ? { output } : {}),
      query: request.query instanceof z.ZodObject ? Object.keys(request.query.shape) : [],
      body: request.body !== undefined,
    });
  }
}

/** A plain tool's route's schemas; a route none of the routers above registers is a tool table error. */
function routeSchemas(route: string): RouteSchemas {
  const schemas = ROUTE_SCHEMAS.get(route);
  if (!schemas) throw new Error(`no registered route ${route}`);
  return schemas;
}

/** Registers every tool: its input schema described, its outputSchema, its call. */
function registerTools(server: McpServer, call: Call) {
  for (const [name, { description, input, scope, route, custom }] of Object.entries(TOOLS) as [string, ToolDef][]) {
    const outputSchema = custom ? custom.output : routeSchemas(route).output;
    server.registerTool(
      name,
      {
        description,
        inputSchema: described(input),
        ...(outputSchema ? { outputSchema } : {}),
        annotations: { readOnlyHint: scope === "public" || scope === "projects:read" },
      },
      // The SDK's callback type is generic over the schema; the handler gets the parsed arguments.
      (async (args: Args) => {
        const answer = custom
          ? await custom.run(args, call, fillPath(route.slice(route.indexOf(" ") + 1), args))
          : await callRoute(call, route, args);
        return "content" in answer ? answer : toolResult(answer);
      }) as never,
    );
  }
}

/** A document's media type by its name: the templates' documents are Markdown or JSON. */
const mimeTypeOf = (name: string) => (name.endsWith(".json") ? "application/json" : "text/markdown");

/** The latest version of an artifact as a resource: lists the phase's artifacts, then reads the one named. */
function artifactResource(server: McpServer, call: Call) {
  server.registerResource(
    "latest-artifact",
    new ResourceTemplate("specdrive://projects/{id}/artifacts/{phase}/{name}", { list: undefined }),
    { description: "The latest version of a project's artifact (application/json for .json, else text/markdown)" },
    async (uri, vars) => {
      const id = String(vars.id);
      const listed = await callRoute(call, TOOLS.list_artifacts.route, { id, phase: vars.phase });
      if (listed.status !== 200) throw apiMcpError(listed);
      const items = (listed.json as { items: { id: string; name: string }[] }).items;
      const meta = items.find((i) => i.name === vars.name);
      if (!meta) throw new McpError(ErrorCode.InvalidParams, "not_found: no such artifact", { code: "not_found" });
      const got = await callRoute(call, TOOLS.get_artifact.route, { id, artifactId: meta.id });
      if (got.status !== 200) throw apiMcpError(got);
      const artifact = (got.json as { artifact: { content: string } }).artifact;
      return { contents: [{ uri: uri.href, mimeType: mimeTypeOf(String(vars.name)), text: artifact.content }] };
    },
  );
}

/** The server of one request: its tools (listed in TOOLS' order) and the artifact resource, all over `call`. */
function buildServer(call: Call): McpServer {
  const server = newServer();
  registerTools(server, call);
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

/** The permission a tool's route declares (its `access`). */
function toolPermission({ route, custom }: ToolDef): string | undefined {
  if (custom) return custom.permission;
  const [method = "", path = ""] = route.split(" ");
  return ROUTE_FACTS.get(factsKey(method, path))?.permission;
}

/**
 * tools/list as the key sees it: only the tools whose scope it holds (a read-only key lists no write
 * tool) and whose route's permission one of its user's roles holds (a reviewer lists no write tool).
 * A tool not listed is still callable: its route refuses it (insufficient_scope, insufficient_role).
 */
function listedFor(body: string, keyScopes: readonly string[], permissions: readonly string[]): string {
  const answer = JSON.parse(body) as { result?: { tools?: { name: string }[] } };
  const tools = answer.result?.tools;
  if (!tools) return body;
  const held = (name: string) => {
    const def = (TOOLS as Record<string, ToolDef>)[name];
    if (!def) return false;
    const permission = toolPermission(def);
    const scoped = def.scope === "public" || keyScopes.includes(def.scope);
    return scoped && (permission === undefined || permissions.includes(permission));
  };
  return JSON.stringify({ ...answer, result: { ...answer.result, tools: tools.filter((t) => held(t.name)) } });
}

const tooLargeText = (what: string) =>
  `response_too_large: ${what}, over the MCP response limit of ${MCP_RESPONSE_MAX}`;

/** A tool error naming the response limit (`what`: the answer or the data that passed it). */
function tooLargeResult(what: string): CallToolResult {
  const text = tooLargeText(what);
  return {
    isError: true,
    content: [{ type: "text", text }],
    structuredContent: { error: { code: "response_too_large", message: text } },
  };
}

/** The id of a JSON-RPC request (null for a notification or a response). */
const idOf = (m: JSONRPCMessage): string | number | null =>
  "method" in m && "id" in m ? (m.id as string | number) : null;

/**
 * An answer over MCP_RESPONSE_MAX, replaced: a tool call gets a tool error (the agent can read the
 * data over HTTP, or ask for less), anything else a JSON-RPC error; both name the limit.
 */
function tooLarge(message: JSONRPCMessage, bytes: number): Response {
  const what = `the answer is ${bytes} bytes`;
  const id = idOf(message);
  if ("method" in message && message.method === "tools/call") {
    return Response.json({ jsonrpc: "2.0", id, result: tooLargeResult(what) });
  }
  const text = tooLargeText(what);
  return Response.json({ jsonrpc: "2.0", id, error: { code: ErrorCode.InternalError, message: text } });
}

/**
 * POST /mcp, as forwarded by the API, which already answered everything that needs no MCP work: 405
 * for other methods, 401 for a missing, unknown, expired or revoked key (checked once, for every
 * method), 400 for a batch. One JSON-RPC message per request; a tool call or resource read reaches
 * the API's routes through `api` (at most two requests: a resource read lists, then reads). A key
 * revoked in between gets the API's 401 for the whole request, never an MCP answer.
 */
export async function handleMcp(
  c: Context,
  api: ApiFetch,
  keyScopes: readonly string[],
  permissions: readonly string[],
): Promise<Response> {
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
  let body = withoutIssueTree(await res.text());
  if ("method" in message && message.method === "tools/list") body = listedFor(body, keyScopes, permissions);
  const bytes = new TextEncoder().encode(body).byteLength;
  if (bytes > MCP_RESPONSE_MAX) return tooLarge(message, bytes);
  return new Response(body, res);
}
