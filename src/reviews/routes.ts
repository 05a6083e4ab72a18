// Review policies over HTTP (per workspace, per-project override) and the approvals of a gate: list and
// withdraw (giving one is the phase's approve route). One `authed` batch (one round trip) per request.
import { z } from "@hono/zod-openapi";
import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import { audit } from "../audit";
import { notificationRecipients, notify } from "../notifications";
import { memberRole, onWorkspace } from "../platform/auth/membership";
import { authed } from "../platform/auth/session";
import { qualified } from "../platform/db/raw";
import { APPROVALS, type Approval, projects, REVIEW_GATES, reviewPolicies } from "../platform/db/schema";
import { KiB } from "../platform/http/body-limit";
import { keysetPage, positionOf } from "../platform/http/cursor";
import { ApiError, notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { accessibleProject, onProject, ProjectParams, projectNotFound } from "../projects";
import { webhookEvent } from "../webhooks";
import {
  actedNow,
  DEFAULT_POLICY,
  deleteOverride,
  listApprovals,
  nonMembers,
  type Policy,
  type PolicySource,
  projectPolicy,
  putPolicy,
  reviewedPhase,
  reviewerIds,
  reviewStateOf,
  syncFlag,
  withdrawApproval,
  workspacePolicy,
} from "./queries";
import { PolicySchema, ReviewStatusSchema, statusJson } from "./status";

const GateParam = z.enum(REVIEW_GATES).openapi({ param: { name: "gate", in: "path" }, description: "The gate" });
const WorkspacePolicyParams = z.object({
  workspaceId: z.uuid().openapi({ param: { name: "workspaceId", in: "path" }, description: "The workspace's id" }),
  gate: GateParam,
});
const ProjectPolicyParams = ProjectParams.extend({ gate: GateParam });

const PolicyAnswer = z
  .object({ gate: z.enum(REVIEW_GATES), policy: PolicySchema, source: z.enum(["project", "workspace", "default"]) })
  .openapi("ReviewPolicyAnswer");
const policyResponse = jsonResponse("The policy and where it comes from", PolicyAnswer);

/** The caller's role in the route's `{workspaceId}`. */
const workspaceNotFound = () => notFound("workspace");

/** A policy row's jsonb (with its source) as the API answer. */
function policyAnswer(gate: string, row: Policy & { source: PolicySource }) {
  const { source, ...policy } = row;
  return { gate, policy, source } as z.infer<typeof PolicyAnswer>;
}

/** 422 naming the policy's user ids that are not members of the workspace. */
function notMembers(ids: readonly string[]) {
  return new ApiError(
    "validation_failed",
    `approverUserIds must be members of the workspace: ${ids.join(", ")} are not`,
    {
      issues: ids.map((id) => ({ path: "approverUserIds", message: `${id} is not a member` })),
    },
  );
}

const getWorkspacePolicyRoute = defineRoute({
  operationId: "getWorkspaceReviewPolicy",
  description:
    "Returns the workspace's review policy at a gate, or the default when it has none. Needs a session or an API key with `projects:read`.",
  tags: ["reviews"],
  summary: "The workspace's review policy at a gate",
  method: "get",
  path: "/api/workspaces/{workspaceId}/review-policies/{gate}",
  access: onWorkspace("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: WorkspacePolicyParams },
  responses: { 200: policyResponse },
  errors: ["not_found"],
});

const putWorkspacePolicyRoute = defineRoute({
  operationId: "putWorkspaceReviewPolicy",
  description:
    "Sets the workspace's review policy at a gate (its projects without an override follow it). Needs a session or an API key with `projects:write`.",
  tags: ["reviews"],
  summary: "Set the workspace's review policy at a gate",
  method: "put",
  path: "/api/workspaces/{workspaceId}/review-policies/{gate}",
  access: onWorkspace("workspace:manage"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  bodyLimit: { bytes: 8 * KiB, why: "five roles and up to 50 approver ids" },
  request: { params: WorkspacePolicyParams, body: jsonBody(PolicySchema) },
  responses: { 200: policyResponse },
  errors: ["not_found"],
});

const getProjectPolicyRoute = defineRoute({
  operationId: "getProjectReviewPolicy",
  description:
    "Returns the project's effective review policy at a gate (its override, else its workspace's, else the default) and where it comes from. Needs a session or an API key with `projects:read`.",
  tags: ["reviews"],
  summary: "The project's effective review policy at a gate",
  method: "get",
  path: "/api/projects/{id}/review-policies/{gate}",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: ProjectPolicyParams },
  responses: { 200: policyResponse },
  errors: ["not_found"],
});

const putProjectPolicyRoute = defineRoute({
  operationId: "putProjectReviewPolicy",
  description:
    "Sets the project's own review policy at a gate, overriding its workspace's. Needs a session or an API key with `projects:write`.",
  tags: ["reviews"],
  summary: "Override the review policy of one project at a gate",
  method: "put",
  path: "/api/projects/{id}/review-policies/{gate}",
  access: onProject("workspace:manage"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  bodyLimit: { bytes: 8 * KiB, why: "five roles and up to 50 approver ids" },
  request: { params: ProjectPolicyParams, body: jsonBody(PolicySchema) },
  responses: { 200: policyResponse },
  errors: ["not_found"],
});

const deleteProjectPolicyRoute = defineRoute({
  operationId: "deleteProjectReviewPolicy",
  description:
    "Removes the project's override at a gate and returns the policy that applies now. Needs a session or an API key with `projects:write`.",
  tags: ["reviews"],
  summary: "Remove the project's review policy override at a gate",
  method: "delete",
  path: "/api/projects/{id}/review-policies/{gate}",
  access: onProject("workspace:manage"),
  roundTrips: 1,
  auth: { scopes: ["projects:write"] },
  request: { params: ProjectPolicyParams },
  responses: { 200: policyResponse },
  errors: ["not_found"],
});

const ApprovalSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    createdAt: z.iso.datetime(),
    withdrawnAt: z.iso.datetime().nullable(),
    versionHashes: z.record(z.string(), z.string()).openapi({
      description: "`phase/name` -> content hash of each latest document of the gate's phase when approving",
    }),
    stale: z.boolean().openapi({ description: "A document of the phase changed since (or was added)" }),
    counts: z.boolean().openapi({
      description: "Counts towards the policy now (not withdrawn, approver qualifies, not stale where that matters)",
    }),
  })
  .openapi("Approval");

const ApprovalsQuery = z.object({
  gate: z.enum(APPROVALS),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional().openapi({ description: "`nextCursor` of the previous page" }),
});

const listApprovalsRoute = defineRoute({
  operationId: "listApprovals",
  description:
    "Lists the approvals given at a gate, newest first, each with whether it is stale and counts, and the gate's review status (have N of M, what is missing). Needs a session or an API key with `projects:read`.",
  tags: ["reviews"],
  summary: "Approvals at a gate and the gate's review status",
  method: "get",
  path: "/api/projects/{id}/approvals",
  access: onProject("project:read"),
  roundTrips: 1,
  auth: { scopes: ["projects:read"] },
  request: { params: ProjectParams, query: ApprovalsQuery },
  responses: {
    200: jsonResponse(
      "Approvals",
      z.object({ items: z.array(ApprovalSchema), nextCursor: z.string().nullable(), status: ReviewStatusSchema }),
    ),
  },
  errors: ["not_found", "invalid_cursor"],
});

const withdrawRoutes = APPROVALS.map((gate) =>
  defineRoute({
    operationId: gate === "stack" ? "withdrawStackApproval" : "withdrawDependenciesApproval",
    description: `Withdraws the caller's approval of the ${gate} (only in the gate's phase); the gate's flag is cleared when the policy is no longer met. Needs a session or an API key with \`gates:approve\`.`,
    tags: ["reviews"],
    summary: `Withdraw your approval of the ${gate}`,
    method: "delete",
    path: `/api/projects/{id}/${gate}/approve`,
    access: onProject("project:approve"),
    roundTrips: 1,
    auth: { scopes: ["gates:approve"] },
    request: { params: ProjectParams },
    responses: { 200: jsonResponse("Withdrawn", z.object({ withdrawn: z.uuid(), status: ReviewStatusSchema })) },
    errors: ["not_found"],
  }),
);

const RequestReviewBody = z
  .object({
    note: z.string().trim().max(2000).optional().openapi({ description: "A line for the reviewers, in the mail" }),
  })
  .openapi("ReviewRequest");

const requestReviewRoutes = APPROVALS.map((gate) =>
  defineRoute({
    operationId: gate === "stack" ? "requestStackReview" : "requestDependenciesReview",
    description: `Asks for reviews at the ${gate} gate (in its phase): mails every member who may approve under the project's policy, but the caller and those who opted out of review requests, and sends the \`review.requested\` webhook event. Needs a session or an API key with \`projects:write\`.`,
    tags: ["reviews"],
    summary: `Request reviews of the ${gate}`,
    method: "post",
    path: `/api/projects/{id}/${gate}/request-review`,
    access: onProject("project:write"),
    roundTrips: 1,
    auth: { scopes: ["projects:write"] },
    bodyLimit: { bytes: 8 * KiB, why: "a note of up to 2,000 characters" },
    request: { params: ProjectParams, body: jsonBody(RequestReviewBody) },
    responses: {
      202: jsonResponse(
        "Requested: the mails go out after the answer",
        z.object({ gate: z.enum(APPROVALS), notified: z.number().int().min(0) }),
      ),
    },
    errors: ["not_found", "wrong_phase"],
  }),
);

/** The project's workspace, as a subquery (null when the caller may not read it). */
const workspaceOf = (userId: SQL, id: string) =>
  sql`(select ${qualified(projects.workspaceId)} from ${projects} where ${accessibleProject(id, userId, "project:read")})`;
const projectIdOf = (userId: SQL, id: string) =>
  sql`(select ${qualified(projects.id)} from ${projects} where ${accessibleProject(id, userId, "project:read")})`;

/** "The policy row (workspace, project, gate) was written in this transaction": the audit row's condition. */
const policyWritten = (workspace: SQL, project: SQL | null, gate: string) => {
  const rp = reviewPolicies;
  return sql`exists (select 1 from ${rp} where ${and(
    sql`${qualified(rp.workspaceId)} = ${workspace}`,
    project === null ? isNull(rp.projectId) : sql`${qualified(rp.projectId)} = ${project}`,
    eq(rp.gate, gate as (typeof REVIEW_GATES)[number]),
    sql`${qualified(rp.updatedAt)} = now()`,
  )})`;
};

const getWorkspacePolicy: Handler<typeof getWorkspacePolicyRoute> = async (c) => {
  const { workspaceId, gate } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    member: memberRole(c.var.db, workspaceId, userId),
    policy: workspacePolicy(c.var.db, userId, workspaceId, gate),
  }));
  if (!results.member[0]) throw workspaceNotFound();
  const row = results.policy[0];
  return c.json(
    row ? policyAnswer(gate, row.policy) : policyAnswer(gate, { ...DEFAULT_POLICY, source: "default" }),
    200,
  );
};

const putWorkspacePolicy: Handler<typeof putWorkspacePolicyRoute> = async (c) => {
  const { workspaceId, gate } = c.req.valid("param");
  const body = c.req.valid("json");
  const ws = sql`${workspaceId}::uuid`;
  const { results } = await authed(c, ({ userId }) => ({
    member: memberRole(c.var.db, workspaceId, userId),
    strangers: nonMembers(c.var.db, ws, body.approverUserIds),
    put: putPolicy(c.var.db, userId, ws, null, gate, body),
    audit: audit(c, {
      action: "policy.changed",
      actor: userId,
      workspace: workspaceId,
      target: { type: "review_policy", id: gate },
      data: { gate, projectId: null, policy: body },
      when: policyWritten(ws, null, gate),
    }),
  }));
  if (!results.member[0]) throw workspaceNotFound();
  if (!results.put.rows[0]) throw notMembers(results.strangers.map((s) => s.id));
  return c.json(policyAnswer(gate, { ...body, source: "workspace" }), 200);
};

const getProjectPolicy: Handler<typeof getProjectPolicyRoute> = async (c) => {
  const { id, gate } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({ policy: projectPolicy(c.var.db, userId, id, gate) }));
  const row = results.policy[0];
  if (!row) throw projectNotFound();
  return c.json(policyAnswer(gate, row.policy), 200);
};

const putProjectPolicy: Handler<typeof putProjectPolicyRoute> = async (c) => {
  const { id, gate } = c.req.valid("param");
  const body = c.req.valid("json");
  const { results } = await authed(c, ({ userId }) => {
    const ws = workspaceOf(userId, id);
    const project = projectIdOf(userId, id);
    return {
      exists: projectPolicy(c.var.db, userId, id, gate),
      strangers: nonMembers(c.var.db, ws, body.approverUserIds),
      put: putPolicy(c.var.db, userId, ws, project, gate, body),
      audit: audit(c, {
        action: "policy.changed",
        actor: userId,
        workspace: ws,
        target: { type: "review_policy", id: gate },
        data: { gate, project: id, policy: body },
        when: policyWritten(ws, project, gate),
      }),
    };
  });
  if (!results.exists[0]) throw projectNotFound();
  if (!results.put.rows[0]) throw notMembers(results.strangers.map((s) => s.id));
  return c.json(policyAnswer(gate, { ...body, source: "project" }), 200);
};

const deleteProjectPolicy: Handler<typeof deleteProjectPolicyRoute> = async (c) => {
  const { id, gate } = c.req.valid("param");
  const { results } = await authed(c, ({ userId }) => ({
    deleted: deleteOverride(c.var.db, userId, id, gate),
    policy: projectPolicy(c.var.db, userId, id, gate),
    audit: audit(c, {
      action: "policy.changed",
      actor: userId,
      workspace: workspaceOf(userId, id),
      target: { type: "review_policy", id: gate },
      data: { gate, project: id, policy: null },
      when: sql`${projectIdOf(userId, id)} is not null and not exists (select 1 from ${reviewPolicies}
        where ${qualified(reviewPolicies.projectId)} = ${projectIdOf(userId, id)} and ${qualified(reviewPolicies.gate)} = ${gate})`,
    }),
  }));
  const row = results.policy[0];
  if (!row) throw projectNotFound();
  return c.json(policyAnswer(gate, row.policy), 200);
};

const listGateApprovals: Handler<typeof listApprovalsRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { gate, limit, cursor } = c.req.valid("query");
  const after = positionOf(cursor);
  const { results } = await authed(c, ({ userId }) => ({
    items: listApprovals(c.var.db, userId, id, gate, { limit: limit + 1, after }),
    state: reviewStateOf(c.var.db, userId, id, gate),
  }));
  const state = results.state[0];
  if (!state) throw projectNotFound();
  const { items, nextCursor } = keysetPage(results.items, limit);
  return c.json(
    {
      items: items.map((a) => ({
        ...a,
        createdAt: a.createdAt.toISOString(),
        withdrawnAt: a.withdrawnAt?.toISOString() ?? null,
      })),
      nextCursor,
      status: statusJson(state.state),
    },
    200,
  );
};

/** Withdraws the caller's approval at `gate`; the flag follows the policy, in the same batch. */
const withdraw =
  (gate: Approval): Handler<(typeof withdrawRoutes)[number]> =>
  async (c) => {
    const { id } = c.req.valid("param");
    const { results } = await authed(c, ({ userId }) => {
      const acted = actedNow(gate, userId, "withdrawn");
      const ws = workspaceOf(userId, id);
      const project = projectIdOf(userId, id);
      const data = sql`jsonb_build_object('projectId', ${project}, 'gate', ${gate}::text, 'userId', ${userId})`;
      const happened = sql`exists (select 1 from ${projects} where ${qualified(projects.id)} = ${project} and ${acted})`;
      return {
        withdrawn: withdrawApproval(c.var.db, userId, id, gate),
        flag: syncFlag(c.var.db, userId, id, gate, acted),
        state: reviewStateOf(c.var.db, userId, id, gate),
        audit: audit(c, {
          action: "approval.withdrawn",
          actor: userId,
          workspace: ws,
          target: { type: "project", id: project },
          data: { gate },
          when: happened,
        }),
        hook: webhookEvent(c, { type: "approval.withdrawn", workspace: ws, data, when: happened }),
      };
    });
    const state = results.state[0];
    if (!state) throw projectNotFound();
    const row = results.withdrawn[0];
    if (!row) throw new ApiError("not_found", `you have no approval of the ${gate} to withdraw in this phase`);
    return c.json({ withdrawn: row.id, status: statusJson(state.state) }, 200);
  };

/** Asks the gate's possible approvers for a review: their addresses, the event and the project in one batch. */
const requestReview =
  (gate: Approval): Handler<(typeof requestReviewRoutes)[number]> =>
  async (c) => {
    const { id } = c.req.valid("param");
    const { note } = c.req.valid("json");
    const phase = reviewedPhase(gate);
    const { results } = await authed(c, ({ userId }) => {
      const project = projectIdOf(userId, id);
      const inPhase = sql`exists (select 1 from ${projects} where ${accessibleProject(id, userId, "project:write")}
        and ${qualified(projects.currentPhase)} = ${phase})`;
      return {
        project: c.var.db
          .select({ name: projects.name, currentPhase: projects.currentPhase })
          .from(projects)
          .where(accessibleProject(id, userId, "project:write")),
        recipients: notificationRecipients(c.var.db, "review_request", reviewerIds(userId, id, gate)),
        hook: webhookEvent(c, {
          type: "review.requested",
          workspace: workspaceOf(userId, id),
          data: sql`jsonb_build_object('projectId', ${project}, 'gate', ${gate}::text, 'requestedBy', ${userId})`,
          when: inPhase,
        }),
      };
    });
    const project = results.project[0];
    if (!project) throw projectNotFound();
    if (project.currentPhase !== phase) {
      throw new ApiError(
        "wrong_phase",
        `reviews of the ${gate} are asked for in ${phase}; the project is in ${project.currentPhase}`,
      );
    }
    const link = `${c.var.config.APP_URL}/projects/${encodeURIComponent(id)}`;
    for (const to of results.recipients) {
      notify(c, "review_request", to, {
        subject: `Review requested: ${project.name} (${gate})`,
        lines: [
          `Your review is asked for at the ${gate} gate of ${project.name}.`,
          ...(note ? [`"${note}"`] : []),
          link,
        ],
      });
    }
    return c.json({ gate, notified: results.recipients.length }, 202);
  };

export const reviewRoutes = router()
  .openapi(getWorkspacePolicyRoute, getWorkspacePolicy)
  .openapi(putWorkspacePolicyRoute, putWorkspacePolicy)
  .openapi(getProjectPolicyRoute, getProjectPolicy)
  .openapi(putProjectPolicyRoute, putProjectPolicy)
  .openapi(deleteProjectPolicyRoute, deleteProjectPolicy)
  .openapi(listApprovalsRoute, listGateApprovals)
  .openapi(withdrawRoutes[0] as (typeof withdrawRoutes)[number], withdraw("stack"))
  .openapi(withdrawRoutes[1] as (typeof withdrawRoutes)[number], withdraw("dependencies"))
  .openapi(requestReviewRoutes[0] as (typeof requestReviewRoutes)[number], requestReview("stack"))
  .openapi(requestReviewRoutes[1] as (typeof requestReviewRoutes)[number], requestReview("dependencies"));
