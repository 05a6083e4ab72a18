// /api/projects/{id}/github: a project's GitHub repository. Connect (a fine-grained token, stored
// encrypted, or a GitHub App installation), read the connection and its sync status, disconnect, ask
// for a push or an issue sync, and the outbox's job history. Every request that queues work writes a
// job in its own batch (src/github/outbox.ts) and nudges the generator worker, which runs it
// (worker.ts); nothing here talks to GitHub. docs/github.md.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authed } from "../platform/auth/session";
import { type GithubConfig, getGithubConfig } from "../platform/config-github";
import {
  GITHUB_AUTH_KINDS,
  GITHUB_CONNECTION_STATUSES,
  GITHUB_JOB_KINDS,
  GITHUB_JOB_STATUSES,
} from "../platform/db/schema";
import type { AppEnv } from "../platform/http/context";
import { keysetPage, positionOf } from "../platform/http/cursor";
import { ApiError } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { onProject, ProjectParams, projectExists, projectNotFound } from "../projects";
import { nudgeGithub } from "./nudge";
import {
  connectedProject,
  disconnectStatements,
  findConnection,
  forgetIssuesOfOtherRepository,
  latestJobs,
  listJobs,
  mayConnect,
  pendingJob,
  queueJob,
  upsertConnection,
} from "./queries";
import { encryptToken, projectWebhookSecret } from "./secrets";

export const JOBS_PAGE_DEFAULT = 20;
/** The repository folder the spec files go in when the connection names none. */
export const DEFAULT_DIRECTORY = "spec";
export const JOBS_PAGE_MAX = 100;
/** The repository webhook's events (token connections add it themselves; an app's webhook has them). */
export const REPOSITORY_WEBHOOK_EVENTS = ["issues", "pull_request", "push"] as const;
/** Where GitHub sends a project's repository webhook. */
export const githubWebhookPath = (projectId: string) => `/api/github/webhooks/${projectId}`;

// GitHub's names: an owner is 1-39 alphanumerics or single inner hyphens; a repository 1-100 of
// alphanumerics, `.`, `_`, `-`, other than `.` and `..`.
const OWNER = "[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}";
const REPO = "(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}";
const REPOSITORY = new RegExp(`^(${OWNER})/(${REPO})$`);
/** A fine-grained token (`github_pat_…`) or a classic one (`ghp_` + 36). */
const TOKEN = /^(?:github_pat_[A-Za-z0-9_]{22,244}|ghp_[A-Za-z0-9]{36})$/;
/** A relative folder: segments of `[A-Za-z0-9._-]`, none `.`, `..` or `.git`, no leading or trailing slash. */
const DIRECTORY = /^(?!.*(?:^|\/)(?:\.\.?|\.git)(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

const ConnectBody = z
  .object({
    repository: z
      .string()
      .max(140)
      .regex(REPOSITORY, "must be owner/name as GitHub spells them")
      .openapi({ description: "The repository, `owner/name`", example: "acme/library-app" }),
    auth: z.discriminatedUnion("kind", [
      z.object({
        kind: z.literal("token").openapi({ description: "A fine-grained personal access token, stored encrypted" }),
        token: z
          .string()
          .max(255)
          .regex(TOKEN, "must be a GitHub token (github_pat_… or ghp_…)")
          .openapi({ description: "Contents, pull requests and issues: read and write, on this repository" }),
      }),
      z.object({
        kind: z.literal("app").openapi({ description: "The Spec Drive GitHub App's installation on the repository" }),
        installationId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
      }),
    ]),
    directory: z
      .string()
      .max(255)
      .regex(DIRECTORY, "must be a relative folder (no `.`, `..` or `.git` segment)")
      .optional()
      .openapi({ description: `The repository folder the spec files go in (default \`${DEFAULT_DIRECTORY}\`)` }),
  })
  .strict()
  .openapi("ConnectGithub", {
    example: { repository: "acme/library-app", auth: { kind: "app", installationId: 4242 }, directory: "spec" },
  });

const JobSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(GITHUB_JOB_KINDS),
    status: z.enum(GITHUB_JOB_STATUSES),
    attempts: z.int().openapi({ description: "Attempts that failed or ran (rate-limit waits are not counted)" }),
    nextAttemptAt: z.iso.datetime().openapi({ description: "When a pending job runs next" }),
    lastError: z.string().nullable(),
    result: z.record(z.string(), z.unknown()).nullable().openapi({ description: "What the last successful run did" }),
    requestedAt: z.iso.datetime().openapi({ description: "When it was last asked for" }),
    claimedAt: z.iso.datetime().nullable().openapi({ description: "When its last run started" }),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .openapi("GithubJob");

const ConnectionSchema = z
  .object({
    projectId: z.uuid(),
    repository: z.string().openapi({ description: "`owner/name`" }),
    status: z.enum(GITHUB_CONNECTION_STATUSES).openapi({
      description:
        "checking: the check job has not answered yet; connected: it saw the repository; failed: see lastError",
    }),
    authKind: z.enum(GITHUB_AUTH_KINDS),
    installationId: z.number().int().nullable(),
    repoId: z.number().int().nullable().openapi({ description: "GitHub's repository id (from the check)" }),
    defaultBranch: z.string().nullable().openapi({ description: "The pull request's base (from the check)" }),
    branch: z.string().openapi({ description: "The branch the spec set is pushed to" }),
    directory: z.string(),
    permissions: z.record(z.string(), z.string()).openapi({
      description:
        "What the credential may do (`{contents: \"write\", ...}`): an app installation token's grants; for a token, derived from the user's role on the repository (GitHub does not report a fine-grained token's grants)",
    }),
    pullRequest: z.object({ number: z.int(), url: z.string() }).nullable(),
    pushedSha: z.string().nullable(),
    pushedAt: z.iso.datetime().nullable(),
    mergedSha: z
      .string()
      .nullable()
      .openapi({ description: "The pull request's merge commit: the spec on the default branch" }),
    mergedAt: z.iso.datetime().nullable(),
    lastError: z
      .string()
      .nullable()
      .openapi({ description: "The last failed job's error (`kind: message`); cleared by a success" }),
    lastErrorAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("GithubConnection");

const SyncSchema = z
  .object(
    Object.fromEntries(GITHUB_JOB_KINDS.map((k) => [k, z.union([JobSchema, z.null()])])) as Record<
      (typeof GITHUB_JOB_KINDS)[number],
      z.ZodUnion<[typeof JobSchema, z.ZodNull]>
    >,
  )
  .openapi("GithubSyncStatus", { description: "Each kind's latest job (null: never run)" });

const WebhookSetupSchema = z
  .object({
    url: z.string(),
    secret: z.string(),
    contentType: z.literal("json"),
    events: z.array(z.enum(REPOSITORY_WEBHOOK_EVENTS)),
  })
  .openapi("GithubWebhookSetup", {
    description:
      "The repository webhook to add (Settings → Webhooks): token connections only, shown to whoever may connect",
  });

const JobsQuery = z.object({
  kind: z.enum(GITHUB_JOB_KINDS).optional().openapi({ description: "Only jobs of this kind" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(JOBS_PAGE_MAX)
    .default(JOBS_PAGE_DEFAULT)
    .describe(`Most items on one page (1 to ${JOBS_PAGE_MAX})`),
  cursor: z.string().max(200).optional().openapi({ description: "`nextCursor` of the previous page" }),
});

const connectRoute = defineRoute({
  operationId: "connectGithub",
  tags: ["github"],
  summary: "Connect the project to a GitHub repository (a token or an app installation)",
  description:
    "Connects (or reconnects) the project's repository and queues the check job, which reads the repository and sets the connection connected or failed. A token is stored encrypted and needs the project named by its id; a changed repository forgets the old pull request and task issues. Needs a session or an API key with `projects:write`.",
  method: "put",
  path: "/api/projects/{id}/github",
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  access: onProject("project:connect"),
  request: { params: ProjectParams, body: jsonBody(ConnectBody) },
  responses: {
    202: jsonResponse(
      "Connected, status checking: the check job runs next",
      z.object({ connection: ConnectionSchema, job: JobSchema }),
    ),
  },
  errors: ["not_found", "github_not_configured"],
});

const getRoute = defineRoute({
  operationId: "getGithubConnection",
  tags: ["github"],
  summary: "The project's GitHub connection, its sync status and the webhook to add",
  description:
    "Returns the connection (never the token) with its status, permissions, branch, pull request and last error, each job kind's latest job, and for a token connection, to a caller who may connect, the repository webhook to add. 404 when not connected. Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/github",
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  access: onProject("project:read"),
  request: { params: ProjectParams },
  responses: {
    200: jsonResponse(
      "The connection",
      z
        .object({ connection: ConnectionSchema, sync: SyncSchema, webhook: z.union([WebhookSetupSchema, z.null()]) })
        .openapi("GithubConnectionDetail"),
    ),
  },
  errors: ["not_found"],
});

const deleteRoute = defineRoute({
  operationId: "disconnectGithub",
  tags: ["github"],
  summary: "Disconnect the project's repository",
  description:
    "Deletes the connection (and its stored token), the project's pending GitHub jobs and its task-issue links; nothing is changed on GitHub. Needs a session or an API key with `projects:write`.",
  method: "delete",
  path: "/api/projects/{id}/github",
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  access: onProject("project:connect"),
  request: { params: ProjectParams },
  responses: { 204: { description: "Disconnected" } },
  errors: ["not_found"],
});

const queueRoute = <const P extends string>(
  kind: "push" | "sync_issues",
  path: P,
  summary: string,
  description: string,
) =>
  defineRoute({
    operationId: kind === "push" ? "pushToGithub" : "syncGithubIssues",
    tags: ["github"],
    summary,
    description: `${description} Asking while one waits joins it (one pending job per kind). Needs a session or an API key with \`projects:write\`.`,
    method: "post",
    path,
    roundTrips: 1,
    auth: { scopes: ["projects:write"] },
    access: onProject("project:write"),
    request: { params: ProjectParams },
    responses: { 202: jsonResponse("Queued", z.object({ job: JobSchema })) },
    errors: ["not_found", "github_not_connected"],
  });

const pushRoute = queueRoute(
  "push",
  "/api/projects/{id}/github/push",
  "Push the spec set to the project's branch and open or update its pull request",
  "Queues a push job: the export's files committed to the connection's branch, one pull request per project, updated on the next push.",
);
const syncRoute = queueRoute(
  "sync_issues",
  "/api/projects/{id}/github/issues/sync",
  "Sync tasks.md's tasks with GitHub issues",
  "Queues an issue sync: each task an issue, updated on re-sync, a removed task's issue closed.",
);

const jobsRoute = defineRoute({
  operationId: "listGithubJobs",
  tags: ["github"],
  summary: "The project's GitHub jobs, newest first, in keyset pages",
  description:
    "Lists the outbox's jobs of the project (checks, pushes, issue syncs, drift checks) with their status, attempts and errors, optionally of one kind. Needs a session or an API key with `projects:read`.",
  method: "get",
  path: "/api/projects/{id}/github/jobs",
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  access: onProject("project:read"),
  request: { params: ProjectParams, query: JobsQuery },
  responses: {
    200: jsonResponse(
      "A page",
      z.object({ items: z.array(JobSchema), nextCursor: z.string().nullable() }).openapi("GithubJobPage"),
    ),
  },
  errors: ["not_found", "invalid_cursor"],
});

// ------------------------------------------------------------------------------------ presenters

const iso = (v: Date | string) => new Date(v).toISOString();
const isoOrNull = (v: Date | string | null) => (v === null ? null : iso(v));

type JobRow = {
  id: string;
  kind: (typeof GITHUB_JOB_KINDS)[number];
  status: (typeof GITHUB_JOB_STATUSES)[number];
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  result: Record<string, unknown> | null;
  requestedAt: Date;
  claimedAt: Date | null;
  createdAt: Date;
  finishedAt: Date | null;
};

export function jobJson(j: JobRow) {
  return {
    ...j,
    nextAttemptAt: iso(j.nextAttemptAt),
    requestedAt: iso(j.requestedAt),
    claimedAt: isoOrNull(j.claimedAt),
    createdAt: iso(j.createdAt),
    finishedAt: isoOrNull(j.finishedAt),
  };
}

type ConnectionRow = Awaited<ReturnType<typeof findConnection>>[number];

export function connectionJson(r: ConnectionRow) {
  return {
    projectId: r.projectId,
    repository: `${r.owner}/${r.repo}`,
    status: r.status,
    authKind: r.authKind,
    installationId: r.installationId,
    repoId: r.repoId,
    defaultBranch: r.defaultBranch,
    branch: r.branch,
    directory: r.directory,
    permissions: r.permissions,
    pullRequest: r.pullNumber !== null && r.pullUrl !== null ? { number: r.pullNumber, url: r.pullUrl } : null,
    pushedSha: r.pushedSha,
    pushedAt: isoOrNull(r.pushedAt),
    mergedSha: r.mergedSha,
    mergedAt: isoOrNull(r.mergedAt),
    lastError: r.lastError,
    lastErrorAt: isoOrNull(r.lastErrorAt),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** The setting a connection of this kind needs and lacks (503 github_not_configured), or undefined. */
export function missingGithubSetting(config: GithubConfig, kind: "token" | "app"): string | undefined {
  if (kind === "token") return config.GITHUB_TOKEN_KEY ? undefined : "GITHUB_TOKEN_KEY";
  if (!config.GITHUB_APP_ID) return "GITHUB_APP_ID";
  return config.GITHUB_APP_PRIVATE_KEY ? undefined : "GITHUB_APP_PRIVATE_KEY";
}

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

// -------------------------------------------------------------------------------------- handlers

const connectGithub: Handler<typeof connectRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const config = getGithubConfig(c.env);
  const missing = missingGithubSetting(config, body.auth.kind);
  if (missing) {
    throw new ApiError(
      "github_not_configured",
      `connecting with ${body.auth.kind === "token" ? "a token" : "the GitHub App"} needs ${missing}, which the server lacks`,
    );
  }
  const [, owner = "", repo = ""] = REPOSITORY.exec(body.repository) ?? [];
  let tokenCiphertext: string | null = null;
  if (body.auth.kind === "token") {
    // The token is sealed to the project's id (secrets.ts): a slug would need a lookup first.
    if (!isUuid(id)) {
      throw new ApiError("validation_failed", "connecting a token needs the project named by its id", {
        issues: [{ path: "id", message: "must be the project's id (uuid) to connect a token" }],
      });
    }
    tokenCiphertext = await encryptToken(config.GITHUB_TOKEN_KEY as string, id.toLowerCase(), body.auth.token);
  }
  const input = {
    owner,
    repo,
    authKind: body.auth.kind,
    installationId: body.auth.kind === "app" ? body.auth.installationId : null,
    tokenCiphertext,
    directory: body.directory ?? DEFAULT_DIRECTORY,
  };
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => ({
    issues: forgetIssuesOfOtherRepository(db, userId, id, input),
    upsert: upsertConnection(db, userId, id, input),
    queued: queueJob(db, userId, id, "check", "project:connect"),
    connection: findConnection(db, userId, id),
    job: pendingJob(db, userId, id, "check"),
  }));
  const [connection] = results.connection;
  const [job] = results.job;
  if (!results.upsert.rows[0] || !connection || !job) throw projectNotFound();
  nudgeGithub(c, connection.projectId);
  return c.json({ connection: connectionJson(connection), job: jobJson(job) }, 202);
};

const getGithubConnection: Handler<typeof getRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => ({
    connection: findConnection(db, userId, id),
    jobs: latestJobs(db, userId, id),
    mayConnect: mayConnect(db, userId, id),
  }));
  const [connection] = results.connection;
  if (!connection) throw new ApiError("not_found", "the project has no GitHub repository (or no such project)");
  const sync = Object.fromEntries(GITHUB_JOB_KINDS.map((k) => [k, null])) as Record<
    (typeof GITHUB_JOB_KINDS)[number],
    ReturnType<typeof jobJson> | null
  >;
  for (const job of results.jobs) sync[job.kind] = jobJson(job);
  let webhook = null;
  const secretKey = getGithubConfig(c.env).GITHUB_WEBHOOK_SECRET;
  if (connection.authKind === "token" && results.mayConnect[0] && secretKey) {
    webhook = {
      url: `${c.var.config.apiUrl}${githubWebhookPath(connection.projectId)}`,
      secret: await projectWebhookSecret(secretKey, connection.projectId),
      contentType: "json" as const,
      events: [...REPOSITORY_WEBHOOK_EVENTS],
    };
  }
  return c.json({ connection: connectionJson(connection), sync, webhook }, 200);
};

const disconnectGithub: Handler<typeof deleteRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => disconnectStatements(c.var.db, userId, id));
  if (!results.connection[0])
    throw new ApiError("not_found", "the project has no GitHub repository (or no such project)");
  return c.body(null, 204);
};

/** push and issues/sync: a job queued while the connection is connected; 409 otherwise. */
function queueHandler(kind: "push" | "sync_issues") {
  return async (c: Context<AppEnv>) => {
    const id = c.req.param("id") ?? "";
    const db = c.var.db;
    const { results } = await authed(c, ({ userId }) => ({
      project: projectExists(db, userId, id),
      queued: queueJob(db, userId, id, kind, "project:write", connectedProject(id, userId)),
      job: pendingJob(db, userId, id, kind),
    }));
    if (!results.project[0]) throw projectNotFound();
    const [job] = results.job;
    if (!results.queued.rows[0] || !job) {
      throw new ApiError(
        "github_not_connected",
        "the project's GitHub repository is not connected (GET /api/projects/{id}/github shows its status)",
      );
    }
    nudgeGithub(c, results.project[0].id);
    return c.json({ job: jobJson(job) }, 202);
  };
}

const listGithubJobs: Handler<typeof jobsRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const q = c.req.valid("query");
  const after = positionOf(q.cursor);
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => ({
    project: projectExists(db, userId, id),
    rows: listJobs(db, userId, { idOrSlug: id, limit: q.limit, kind: q.kind, after }),
  }));
  if (!results.project[0]) throw projectNotFound();
  const { items, nextCursor } = keysetPage(results.rows, q.limit);
  return c.json({ items: items.map(jobJson), nextCursor }, 200);
};

export const githubRoutes = router()
  .openapi(connectRoute, connectGithub)
  .openapi(getRoute, getGithubConnection)
  .openapi(deleteRoute, disconnectGithub)
  .openapi(pushRoute, queueHandler("push") as Handler<typeof pushRoute>)
  .openapi(syncRoute, queueHandler("sync_issues") as Handler<typeof syncRoute>)
  .openapi(jobsRoute, listGithubJobs);
