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
import type { ApiKeyScope, Approval } from "../platform/db/schema";
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

/** Registers a tool whose input is a route's own zod schema and whose result is the API's answer. */
type Tool = <S extends z.ZodObject>(
  name: string,
  description: string,
  inputSchema: S,
  run: (args: z.infer<S>) => Promise<Answer | CallToolResult>,
  scope: ToolScope,
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

/** The route each data tool calls: its answer's schema is the tool's outputSchema (outputSchemas). */
export const TOOL_ROUTES: Record<string, string> = {
  list_projects: "get /api/projects",
  create_project: "post /api/projects",
  get_project: "get /api/projects/{id}",
  update_project: "patch /api/projects/{id}",
  get_progress: "get /api/projects/{id}/progress",
  list_artifacts: "get /api/projects/{id}/artifacts",
  get_artifact: "get /api/projects/{id}/artifacts/{artifactId}",
  write_artifact: "post /api/projects/{id}/artifacts",
  waive_finding: "patch /api/projects/{id}/artifacts/{artifactId}/validation",
  advance_phase: "post /api/projects/{id}/phases/advance",
  approve_stack: "post /api/projects/{id}/stack/approve",
  approve_dependencies: "post /api/projects/{id}/dependencies/approve",
  get_traceability: "get /api/projects/{id}/traceability",
  get_template: "get /api/templates/{phase}",
  start_run: "post /api/projects/{id}/runs",
  get_run: "get /api/projects/{id}/runs/{runId}",
  list_runs: "get /api/projects/{id}/runs",
  pause_run: "post /api/projects/{id}/runs/{runId}/pause",
  resume_run: "post /api/projects/{id}/runs/{runId}/resume",
  cancel_run: "post /api/projects/{id}/runs/{runId}/cancel",
  list_requirements: "get /api/projects/{id}/requirements",
  get_requirement: "get /api/projects/{id}/requirements/{reqId}",
  open_change_request: "post /api/projects/{id}/change-requests",
  list_change_requests: "get /api/projects/{id}/change-requests",
  get_change_request: "get /api/projects/{id}/change-requests/{crId}",
  update_change_request: "patch /api/projects/{id}/change-requests/{crId}",
  submit_change_request: "post /api/projects/{id}/change-requests/{crId}/submit",
  withdraw_change_request: "post /api/projects/{id}/change-requests/{crId}/withdraw",
  reject_change_request: "post /api/projects/{id}/change-requests/{crId}/reject",
  approve_change_request: "post /api/projects/{id}/change-requests/{crId}/approve",
  rebase_change_request: "post /api/projects/{id}/change-requests/{crId}/rebase",
  merge_change_request: "post /api/projects/{id}/change-requests/{crId}/merge",
};

type RouteDefinition = {
  type: string;
  route?: {
    method: string;
    path: string;
    responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  };
};

/**
 * The JSON schema of each route's success (its 200, 201 or 202), from the features' own routers' OpenAPI
 * registries, by "method path": one definition of what a tool's structuredContent holds.
 */
function outputSchemas(): Map<string, z.ZodObject> {
  const schemas = new Map<string, z.ZodObject>();
  const routers = [
    projectRoutes,
    artifactRoutes,
    phaseRoutes,
    runRoutes,
    templateRoutes,
    traceabilityRoutes,
    requirementRoutes,
    changeRequestRoutes,
    mergeRoutes,
  ];
  for (const r of routers) {
    for (const d of r.openAPIRegistry.definitions as RouteDefinition[]) {
      if (d.type !== "route" || !d.route) continue;
      const ok = d.route.responses["200"] ?? d.route.responses["201"] ?? d.route.responses["202"];
      const schema = ok?.content?.["application/json"]?.schema;
      if (schema instanceof z.ZodObject) schemas.set(`${d.route.method} ${d.route.path}`, schema);
    }
  }
  return schemas;
}

/** Each tool's scope, by name, as registered: what tools/list is filtered by (listedFor). */
type ToolScopes = Map<string, ToolScope>;

function toolsOf(server: McpServer, scopes: ToolScopes): Tool {
  const outputs = outputSchemas();
  return (name, description, inputSchema, run, scope) => {
    scopes.set(name, scope);
    const readOnly = scope === "public" || scope === "projects:read";
    const route = TOOL_ROUTES[name];
    const outputSchema = route === undefined ? EXPORT_OUTPUT : outputs.get(route);
    server.registerTool(
      name,
      {
        description,
        inputSchema: described(inputSchema),
        ...(outputSchema ? { outputSchema } : {}),
        annotations: { readOnlyHint: readOnly },
      },
      // The SDK's callback type is generic over the schema; the handler gets the parsed arguments.
      (async (args: Args) => {
        const answer = await run(args as z.infer<typeof inputSchema>);
        return "content" in answer ? answer : toolResult(answer);
      }) as never,
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
    "projects:read",
  );
  tool(
    "create_project",
    "Create a project from a name and an idea.",
    CreateProjectBody,
    (a) => call("POST", "/api/projects", pick(a, projectKeys)),
    "projects:write",
  );
  tool(
    "get_project",
    "One project, by id or slug.",
    ProjectParams,
    (a) => call("GET", `/api/projects/${enc(a.id)}`),
    "projects:read",
  );
  tool(
    "update_project",
    "Update a project's name, description, idea or GitHub URL.",
    onProject(UpdateProjectBody.shape),
    (a) => call("PATCH", `/api/projects/${enc(a.id)}`, pick(a, Object.keys(UpdateProjectBody.shape))),
    "projects:write",
  );
  tool(
    "get_progress",
    "Current phase, completed phases, approval gates, expected and missing artifacts per phase.",
    ProjectParams,
    (a) => call("GET", `/api/projects/${enc(a.id)}/progress`),
    "projects:read",
  );
  tool(
    "export_project",
    "The project's export: the files of GET /api/projects/{id}/export's zip (project.json, every latest " +
      "document under <phase>/<name>, HANDOFF.md, LLM_CONTEXT.md, traceability.json), each as an embedded " +
      "text resource. A zip over the MCP response limit is refused: download it over HTTP instead.",
    ProjectParams,
    (a) => exported(a.id, call),
    "projects:read",
  );
}

/** export_project's structuredContent: the files' paths and sizes (the files are its content). */
const EXPORT_OUTPUT = z.object({ files: z.array(z.object({ path: z.string(), bytes: z.number().int() })) });

/**
 * The export's files as embedded resources (text, with their media type), read from the export route's own
 * zip: at most MCP_RESPONSE_MAX bytes of it (the answer's limit; past it, the route stops being read).
 */
async function exported(id: string, call: Call): Promise<Answer | CallToolResult> {
  const answer = await call("GET", `/api/projects/${enc(id)}/export`, undefined, MCP_RESPONSE_MAX);
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

function artifactTools(tool: Tool, call: Call) {
  tool(
    "list_artifacts",
    "A project's artifacts without content (latest version of each by default).",
    onProject(ListArtifactsQuery.shape),
    (a) => call("GET", `/api/projects/${enc(a.id)}/artifacts${query(a, ["phase", "versions"])}`),
    "projects:read",
  );
  tool(
    "get_artifact",
    "One artifact with its content (a version, or the latest).",
    GetArtifact,
    (a) => call("GET", `/api/projects/${enc(a.id)}/artifacts/${enc(a.artifactId)}${query(a, ["version"])}`),
    "projects:read",
  );
  tool(
    "write_artifact",
    "Store a new version of an artifact (phase + name); unchanged content is not stored twice.",
    onProject(ArtifactWrite.shape),
    (a) => call("POST", `/api/projects/${enc(a.id)}/artifacts`, pick(a, Object.keys(ArtifactWrite.shape))),
    "artifacts:write",
  );
  tool(
    "waive_finding",
    "Waive a named finding of the server's validation on an artifact (ruleId + reason); the findings never change.",
    ArtifactParams.extend(ValidationBody.shape),
    (a) =>
      call(
        "PATCH",
        `/api/projects/${enc(a.id)}/artifacts/${enc(a.artifactId)}/validation`,
        pick(a, Object.keys(ValidationBody.shape)),
      ),
    "artifacts:write",
  );
}

function phaseTools(tool: Tool, call: Call) {
  tool(
    "advance_phase",
    "Move the project to its next phase if it is still in expectedPhase and the phase's gates are met.",
    onProject(AdvanceBody.shape),
    (a) => call("POST", `/api/projects/${enc(a.id)}/phases/advance`, pick(a, Object.keys(AdvanceBody.shape))),
    "projects:write",
  );
  // An approval's tool is approve_<approval>, its route /api/projects/{id}/<approval>/approve.
  const approvePath = (approval: Approval, id: string) => `/api/projects/${enc(id)}/${approval}/approve`;
  tool(
    "approve_stack" satisfies `approve_${Approval}`,
    "Human gate: approve the stack choice (phase stack_selection), an option id of the stack scorecard unless override.reason says why not. Needs the gates:approve scope.",
    onProject(StackBody.shape),
    (a) => call("POST", approvePath("stack", a.id), pick(a, Object.keys(StackBody.shape))),
    "gates:approve",
  );
  tool(
    "approve_dependencies" satisfies `approve_${Approval}`,
    "Human gate: approve the dependencies (phase dependencies). Needs the gates:approve scope.",
    ProjectParams,
    (a) => call("POST", approvePath("dependencies", a.id)),
    "gates:approve",
  );
}

function templateTools(tool: Tool, call: Call) {
  tool(
    "get_traceability",
    "Requirements against API operations, entities, tasks and epics; coverage; the cross-artifact findings " +
      "and the project's quality score, from the latest documents.",
    ProjectParams,
    (a) => call("GET", `/api/projects/${enc(a.id)}/traceability`),
    "projects:read",
  );
  tool(
    "get_template",
    "A phase's template: the documents it expects, their formats, sections and JSON Schemas, and the rules they are checked by.",
    TemplateParams,
    (a) => call("GET", `/api/templates/${enc(a.phase)}`),
    "public",
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
    "runs:write",
  );
  tool(
    "get_run",
    "One run: status (queued, running, waiting_for_approval, paused, needs_attention, completed, failed, " +
      "cancelled), the phase and artifact it is on, produced versions, tokens, cost, last error. Poll it every " +
      "few seconds to watch a run.",
    RunParamsSchema,
    (a) => call("GET", runPath(a)),
    "projects:read",
  );
  tool(
    "list_runs",
    "The project's generation runs, newest first.",
    ProjectParams,
    (a) => call("GET", `/api/projects/${enc(a.id)}/runs`),
    "projects:read",
  );
  for (const [action, description] of [
    ["pause", "Pause a run: it stops before its next step. Needs runs:write."],
    ["resume", "Resume a paused run, or one that needs attention once its artifact is fixed. Needs runs:write."],
    ["cancel", "Cancel a run: it writes nothing more. Needs runs:write."],
  ] as const) {
    tool(`${action}_run`, description, RunParamsSchema, (a) => call("POST", `${runPath(a)}/${action}`), "runs:write");
  }
}

/** Requirements and change requests: proposed changes to a spec set past its PRD (docs/change-requests.md). */
function changeRequestTools(tool: Tool, call: Call) {
  const crsPath = (a: { id: string }) => `/api/projects/${enc(a.id)}/change-requests`;
  const crPath = (a: { id: string; crId: string }) => `${crsPath(a)}/${enc(a.crId)}`;
  tool(
    "list_requirements",
    "The project's requirements (PRD.md's REQ-… sections) of one status, active by default, with their revision numbers.",
    ProjectParams.extend(ListRequirementsQuery.shape),
    (a) => call("GET", `/api/projects/${enc(a.id)}/requirements${query(a, Object.keys(ListRequirementsQuery.shape))}`),
    "projects:read",
  );
  tool(
    "get_requirement",
    "Every revision of one requirement, newest first: its text, status (active, superseded, retired) and the change request that made it.",
    RequirementParams,
    (a) => call("GET", `/api/projects/${enc(a.id)}/requirements/${enc(a.reqId)}`),
    "projects:read",
  );
  tool(
    "open_change_request",
    "Open a draft change request on a project in spec or later: a title, a rationale and deltas on PRD.md's requirements. " +
      "Then submit_change_request, approve_change_request (gates:approve), merge_change_request.",
    onProject(CreateChangeRequestBody.shape),
    (a) =>
      call("POST", `/api/projects/${enc(a.id)}/change-requests`, pick(a, Object.keys(CreateChangeRequestBody.shape))),
    "artifacts:write",
  );
  tool(
    "list_change_requests",
    "The project's change requests, newest first, one page at a time (pass nextCursor as cursor).",
    ProjectParams.extend(ListChangeRequestsQuery.shape),
    (a) => call("GET", `${crsPath(a)}${query(a, Object.keys(ListChangeRequestsQuery.shape))}`),
    "projects:read",
  );
  tool(
    "get_change_request",
    "One change request: its deltas, its impact (the documents, operations, entities, tasks and epics its " +
      "requirements touch, each with the reason), its review state and its history.",
    ChangeRequestParams,
    (a) => call("GET", crPath(a)),
    "projects:read",
  );
  tool(
    "update_change_request",
    "Edit a draft change request: its title, rationale, or deltas (replacing all of them).",
    ChangeRequestParams.extend(UpdateChangeRequestBody.shape),
    (a) => call("PATCH", crPath(a), pick(a, Object.keys(UpdateChangeRequestBody.shape))),
    "artifacts:write",
  );
  for (const [action, description, scope] of [
    ["submit", "Submit a draft change request for review.", "artifacts:write"],
    ["withdraw", "Withdraw a change request that is not merged, rejected or withdrawn.", "artifacts:write"],
    [
      "reject",
      "Reject a change request in review (an approver under the change_request policy). Needs gates:approve.",
      "gates:approve",
    ],
    [
      "approve",
      "Approve a change request in review; when the change_request policy is met it is approved. Needs gates:approve.",
      "gates:approve",
    ],
    [
      "rebase",
      "Rebase a change request whose merge answered change_conflict: its bases move to the requirements' active revisions; it goes back to review.",
      "artifacts:write",
    ],
    [
      "merge",
      "Merge an approved change request: the PRD with its deltas applied and its proposed documents become the latest versions, the requirement revisions move on.",
      "artifacts:write",
    ],
  ] as const) {
    tool(
      `${action}_change_request`,
      description,
      ChangeRequestParams,
      (a) => call("POST", `${crPath(a)}/${action}`),
      scope,
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
      const listed = await call("GET", `/api/projects/${enc(id)}/artifacts${query(vars, ["phase"])}`);
      if (listed.status !== 200) throw apiMcpError(listed);
      const items = (listed.json as { items: { id: string; name: string }[] }).items;
      const meta = items.find((i) => i.name === vars.name);
      if (!meta) throw new McpError(ErrorCode.InvalidParams, "not_found: no such artifact", { code: "not_found" });
      const got = await call("GET", `/api/projects/${enc(id)}/artifacts/${enc(meta.id)}`);
      if (got.status !== 200) throw apiMcpError(got);
      const artifact = (got.json as { artifact: { content: string } }).artifact;
      return { contents: [{ uri: uri.href, mimeType: mimeTypeOf(String(vars.name)), text: artifact.content }] };
    },
  );
}

/** The server of one request: its tools (listed in this order) and the artifact resource, all over `call`. */
function buildServer(call: Call, scopes: ToolScopes): McpServer {
  const server = newServer();
  const tool = toolsOf(server, scopes);
  projectTools(tool, call);
  artifactTools(tool, call);
  phaseTools(tool, call);
  templateTools(tool, call);
  runTools(tool, call);
  changeRequestTools(tool, call);
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

/** The permission a tool's route declares (its `access`); the export tool reads the project. */
function toolPermission(name: string): string | undefined {
  const route = TOOL_ROUTES[name];
  if (route === undefined) return "project:read";
  const [method = "", path = ""] = route.split(" ");
  return ROUTE_FACTS.get(factsKey(method, path))?.permission;
}

/**
 * tools/list as the key sees it: only the tools whose scope it holds (a read-only key lists no write
 * tool) and whose route's permission one of its user's roles holds (a reviewer lists no write tool).
 * A tool not listed is still callable: its route refuses it (insufficient_scope, insufficient_role).
 */
function listedFor(
  body: string,
  toolScopes: ToolScopes,
  keyScopes: readonly string[],
  permissions: readonly string[],
): string {
  const answer = JSON.parse(body) as { result?: { tools?: { name: string }[] } };
  const tools = answer.result?.tools;
  if (!tools) return body;
  const held = (name: string) => {
    const scope = toolScopes.get(name);
    const permission = toolPermission(name);
    const scoped = scope === "public" || (scope !== undefined && keyScopes.includes(scope));
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
  const toolScopes: ToolScopes = new Map();
  const server = buildServer(call, toolScopes);
  const transport = new StreamableHTTPTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  const res = (await transport.handleRequest(c, parsed)) ?? c.body(null, 202);
  if (refused.answer) return passThrough(refused.answer);
  if (res.status === 202 || !res.body) return res;
  let body = withoutIssueTree(await res.text());
  if ("method" in message && message.method === "tools/list")
    body = listedFor(body, toolScopes, keyScopes, permissions);
  const bytes = new TextEncoder().encode(body).byteLength;
  if (bytes > MCP_RESPONSE_MAX) return tooLarge(message, bytes);
  return new Response(body, res);
}
