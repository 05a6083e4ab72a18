// The phase machine over HTTP: approval gates, advancing (one statement: move + history row),
// history and progress. One `authed` batch (one round trip) per request.
import { createRoute, z } from "@hono/zod-openapi";
import { type SQL, sql } from "drizzle-orm";
import { authed } from "../auth/session";
import type { Db } from "../db/client";
import { PHASES, type Phase, VALIDATION_STATUSES, type ValidationStatus } from "../db/schema";
import { advanceRefusal, EXPECTED_ARTIFACTS, NEXT_PHASE_SQL, percentComplete } from "../domain/phases";
import { ApiError } from "../http/errors";
import { withDb } from "../http/middleware";
import { errorResponses, router } from "../http/openapi";
import { isoTimestamp } from "../http/timestamps";
import {
  iso,
  json,
  ownProject,
  PhaseSchema,
  ProjectParams,
  ProjectSchema,
  projectColumns,
  projectNotFound,
  type Row,
  rowsOf,
  toProject,
} from "./project-common";

const HistoryEntrySchema = z
  .object({
    id: z.uuid(),
    fromPhase: PhaseSchema,
    toPhase: PhaseSchema,
    artifactsGenerated: z.array(z.string()),
    validationPassed: z.boolean().nullable(),
    tokensUsed: z.number().int().nullable(),
    costEstimateUsd: z.string().nullable(),
    transitionedBy: z.uuid().nullable(),
    transitionedAt: z.string(),
  })
  .openapi("PhaseHistoryEntry");

const historyColumns = sql.raw(`h.id, h.from_phase as "fromPhase", h.to_phase as "toPhase",
  h.artifacts_generated as "artifactsGenerated", h.validation_passed as "validationPassed",
  h.tokens_used as "tokensUsed", h.cost_estimate_usd::text as "costEstimateUsd",
  h.transitioned_by as "transitionedBy", h.transitioned_at as "transitionedAt"`);

function toHistory(r: Row) {
  return {
    id: r.id as string,
    fromPhase: r.fromPhase as Phase,
    toPhase: r.toPhase as Phase,
    artifactsGenerated: json<string[]>(r.artifactsGenerated),
    validationPassed: (r.validationPassed as boolean | null) ?? null,
    tokensUsed: r.tokensUsed === null || r.tokensUsed === undefined ? null : Number(r.tokensUsed),
    costEstimateUsd: (r.costEstimateUsd as string | null) ?? null,
    transitionedBy: (r.transitionedBy as string | null) ?? null,
    transitionedAt: iso(r.transitionedAt),
  };
}

const projectResponse = {
  description: "The project",
  content: { "application/json": { schema: z.object({ project: ProjectSchema }) } },
};

const StackBody = z.object({
  stackChoice: z.string().trim().min(1).max(100).openapi({ example: "nextjs_neon_drizzle_betterauth" }),
});

const AdvanceBody = z
  .object({
    expectedPhase: PhaseSchema,
    artifactsGenerated: z.array(z.string().min(1).max(255)).max(100).default([]),
    validationPassed: z.boolean().optional(),
    tokensUsed: z.number().int().min(0).max(2_000_000_000).optional(),
    costEstimateUsd: z.number().min(0).max(99_999_999).optional(),
  })
  .openapi("AdvancePhase");

const HistoryQuery = z
  .object({ from: isoTimestamp().optional(), to: isoTimestamp().optional() })
  .refine((v) => !v.from || !v.to || Date.parse(v.from) <= Date.parse(v.to), {
    message: "from must not be after to",
    path: ["from"],
  });

const approveStackRoute = createRoute({
  method: "post",
  path: "/api/projects/{id}/stack/approve",
  summary: "Approve the stack (only in phase stack_selection)",
  middleware: [withDb] as const,
  request: { params: ProjectParams, body: { content: { "application/json": { schema: StackBody } }, required: true } },
  responses: { 200: projectResponse, ...errorResponses(400, 401, 404, 409, 503) },
});

const approveDepsRoute = createRoute({
  method: "post",
  path: "/api/projects/{id}/dependencies/approve",
  summary: "Approve the dependencies (only in phase dependencies)",
  middleware: [withDb] as const,
  request: { params: ProjectParams },
  responses: { 200: projectResponse, ...errorResponses(400, 401, 404, 409, 503) },
});

const advanceRoute = createRoute({
  method: "post",
  path: "/api/projects/{id}/phases/advance",
  summary: "Move to the next phase if still in expectedPhase and its gate is met (atomic, recorded)",
  middleware: [withDb] as const,
  request: {
    params: ProjectParams,
    body: { content: { "application/json": { schema: AdvanceBody } }, required: true },
  },
  responses: {
    200: {
      description: "Advanced",
      content: {
        "application/json": { schema: z.object({ project: ProjectSchema, transition: HistoryEntrySchema }) },
      },
    },
    ...errorResponses(400, 401, 404, 409, 503),
  },
});

const historyRoute = createRoute({
  method: "get",
  path: "/api/projects/{id}/phases/history",
  summary: "Phase transitions, oldest first, optionally within [from, to]",
  middleware: [withDb] as const,
  request: { params: ProjectParams, query: HistoryQuery },
  responses: {
    200: {
      description: "History",
      content: { "application/json": { schema: z.object({ items: z.array(HistoryEntrySchema) }) } },
    },
    ...errorResponses(400, 401, 404, 503),
  },
});

const statusCounts = z.object(
  Object.fromEntries(VALIDATION_STATUSES.map((s) => [s, z.number().int()])) as Record<ValidationStatus, z.ZodNumber>,
);
const progressRoute = createRoute({
  method: "get",
  path: "/api/projects/{id}/progress",
  summary: "Current phase, completed phases, gates, artifact counts per phase, percent complete",
  middleware: [withDb] as const,
  request: { params: ProjectParams },
  responses: {
    200: {
      description: "Progress",
      content: {
        "application/json": {
          schema: z.object({
            currentPhase: PhaseSchema,
            phasesCompleted: z.array(PhaseSchema),
            percentComplete: z.number().int(),
            gates: z.object({
              stack: z.object({ approved: z.boolean(), choice: z.string().nullable() }),
              dependencies: z.object({ approved: z.boolean() }),
            }),
            phases: z.array(
              z.object({
                phase: PhaseSchema,
                artifacts: z.number().int(),
                validation: statusCounts,
                expectedArtifacts: z.array(z.string()),
                missingArtifacts: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    ...errorResponses(400, 401, 404, 503),
  },
});

/** The state a refused transition is explained from (read in the same batch, after the write). */
function phaseStateOf(db: Db, id: string, userId: SQL) {
  return db.execute(sql`
    select p.current_phase as "currentPhase", p.stack_approved as "stackApproved",
           p.dependencies_approved as "dependenciesApproved"
    from projects p where ${ownProject(id, userId)}`);
}

function gateRefusal(state: Row | undefined, needed: Phase, what: string): never {
  if (!state) throw projectNotFound();
  throw new ApiError(
    409,
    "wrong_phase",
    `the ${what} can only be approved in phase "${needed}"; the project is in phase "${state.currentPhase}"`,
  );
}

const NEXT_PHASE_CASE = sql.raw(NEXT_PHASE_SQL);

export const phaseRoutes = router()
  .openapi(approveStackRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { stackChoice } = c.req.valid("json");
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.execute(sql`
        update projects p set stack_approved = true, stack_choice = ${stackChoice}, updated_at = now()
        where ${ownProject(id, userId)} and p.current_phase = 'stack_selection'
        returning ${projectColumns}`),
      c.var.db.execute(sql`select p.current_phase as "currentPhase" from projects p where ${ownProject(id, userId)}`),
    ]);
    const row = rowsOf(results[0])[0];
    if (!row) gateRefusal(rowsOf(results[1])[0], "stack_selection", "stack");
    return c.json({ project: toProject(row) }, 200);
  })
  .openapi(approveDepsRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.execute(sql`
        update projects p set dependencies_approved = true, updated_at = now()
        where ${ownProject(id, userId)} and p.current_phase = 'dependencies'
        returning ${projectColumns}`),
      c.var.db.execute(sql`select p.current_phase as "currentPhase" from projects p where ${ownProject(id, userId)}`),
    ]);
    const row = rowsOf(results[0])[0];
    if (!row) gateRefusal(rowsOf(results[1])[0], "dependencies", "dependencies");
    return c.json({ project: toProject(row) }, 200);
  })
  .openapi(advanceRoute, async (c) => {
    const { id } = c.req.valid("param");
    const b = c.req.valid("json");
    // One statement: the update re-checks phase and gate on the row it locks (a concurrent
    // advance that committed first makes it match nothing), and the history insert only sees
    // a row when the update did. unique (project_id, from_phase) backs it up.
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.execute(sql`
        with moved as (
          update projects p set current_phase = ${NEXT_PHASE_CASE},
                 phases_completed = p.phases_completed || jsonb_build_array(p.current_phase),
                 updated_at = now()
          where ${ownProject(id, userId)} and p.current_phase = ${b.expectedPhase} and p.current_phase <> 'done'
            and (p.current_phase <> 'stack_selection' or p.stack_approved)
            and (p.current_phase <> 'dependencies' or p.dependencies_approved)
          returning ${projectColumns}
        ), h as (
          insert into phase_history (project_id, from_phase, to_phase, artifacts_generated, validation_passed,
                                     tokens_used, cost_estimate_usd, transitioned_by)
          select m.id, ${b.expectedPhase}, m."currentPhase", ${JSON.stringify(b.artifactsGenerated)}::jsonb,
                 ${b.validationPassed ?? null}::boolean, ${b.tokensUsed ?? null}::int,
                 ${b.costEstimateUsd ?? null}::numeric, ${userId}
          from moved m
          returning *
        )
        select m.*, row_to_json(h.*) as history from moved m cross join h`),
      phaseStateOf(c.var.db, id, userId),
    ]);
    const row = rowsOf(results[0])[0];
    if (!row) {
      const state = rowsOf(results[1])[0];
      if (!state) throw projectNotFound();
      const refusal = advanceRefusal(state as never, b.expectedPhase) ?? {
        code: "concurrent_update",
        message: "the project changed concurrently; read it and retry",
      };
      throw new ApiError(409, refusal.code, refusal.message);
    }
    const h = json<Record<string, unknown>>(row.history);
    const transition = toHistory({
      id: h.id,
      fromPhase: h.from_phase,
      toPhase: h.to_phase,
      artifactsGenerated: h.artifacts_generated,
      validationPassed: h.validation_passed,
      tokensUsed: h.tokens_used,
      costEstimateUsd: h.cost_estimate_usd === null ? null : String(h.cost_estimate_usd),
      transitionedBy: h.transitioned_by,
      transitionedAt: h.transitioned_at,
    });
    return c.json({ project: toProject(row), transition }, 200);
  })
  .openapi(historyRoute, async (c) => {
    const { id } = c.req.valid("param");
    const q = c.req.valid("query");
    const { results } = await authed(c, ({ userId }) => {
      const range: SQL[] = [];
      if (q.from) range.push(sql`and h.transitioned_at >= ${q.from}::timestamptz`);
      if (q.to) range.push(sql`and h.transitioned_at <= ${q.to}::timestamptz`);
      return [
        c.var.db.execute(sql`select p.id from projects p where ${ownProject(id, userId)}`),
        c.var.db.execute(sql`
          select ${historyColumns} from phase_history h join projects p on p.id = h.project_id
          where ${ownProject(id, userId)} ${sql.join(range, sql` `)}
          order by h.transitioned_at, h.id`),
      ];
    });
    if (!rowsOf(results[0])[0]) throw projectNotFound();
    return c.json({ items: rowsOf(results[1]).map(toHistory) }, 200);
  })
  .openapi(progressRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { results } = await authed(c, ({ userId }) => [
      c.var.db.execute(sql`select ${projectColumns} from projects p where ${ownProject(id, userId)}`),
      // Latest version of each artifact, counted per phase and validation status.
      c.var.db.execute(sql`
        select l.phase, l.validation_status as status, count(*)::int as n, json_agg(l.artifact_name) as names
        from (
          select distinct on (a.phase, a.artifact_name) a.phase, a.artifact_name, a.validation_status
          from project_artifacts a join projects p on p.id = a.project_id
          where ${ownProject(id, userId)}
          order by a.phase, a.artifact_name, a.version desc
        ) l group by l.phase, l.validation_status`),
    ]);
    const row = rowsOf(results[0])[0];
    if (!row) throw projectNotFound();
    const project = toProject(row);
    const phases = PHASES.map((phase) => {
      const validation = Object.fromEntries(VALIDATION_STATUSES.map((s) => [s, 0])) as Record<ValidationStatus, number>;
      const present = new Set<string>();
      for (const r of rowsOf(results[1]).filter((r) => r.phase === phase)) {
        validation[r.status as ValidationStatus] = Number(r.n);
        for (const n of json<string[]>(r.names)) present.add(n);
      }
      return {
        phase,
        artifacts: present.size,
        validation,
        expectedArtifacts: [...EXPECTED_ARTIFACTS[phase]],
        missingArtifacts: EXPECTED_ARTIFACTS[phase].filter((n) => !present.has(n)),
      };
    });
    return c.json(
      {
        currentPhase: project.currentPhase,
        phasesCompleted: project.phasesCompleted,
        percentComplete: percentComplete(project.currentPhase),
        gates: {
          stack: { approved: project.stackApproved, choice: project.stackChoice },
          dependencies: { approved: project.dependenciesApproved },
        },
        phases,
      },
      200,
    );
  });
