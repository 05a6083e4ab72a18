// POST …/change-requests/{crId}/merge (an approved change request into the project's documents and requirement
// revisions, all or nothing) and POST …/change-requests/{crId}/rebase (its bases moved to the active revisions).
import { z } from "@hono/zod-openapi";
import { type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import { audit } from "../audit";
import { authed } from "../platform/auth/session";
import { changeRequests, projects } from "../platform/db/schema";
import type { AppEnv } from "../platform/http/context";
import { ApiError, notFound } from "../platform/http/errors";
import { answerClaim, readRecordedRows, replayWith } from "../platform/http/idempotency";
import { router } from "../platform/http/openapi-router";
import { readBeforeWrite } from "../platform/http/replay-first";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import { sha256Hex } from "../platform/lib/hash";
import { onProject } from "../projects";
import { validateArtifact } from "../spec-engine";
import { applyDeltas, type RequirementDelta, requirementHash } from "../spec-engine/requirements";
import { storedFacts } from "../spec-engine/trace-ids";
import { webhookEvent } from "../webhooks";
import { currentPrd, mergeStatements, proposalsOf } from "./merge";
import { changeRequestFields, conflictsOf, deltasOf, findChangeRequest, rebaseStatements } from "./queries";
import { ChangeRequestParams, ChangeRequestSchema, changeRequestJson } from "./routes";

const mergeRoute = defineRoute({
  operationId: "mergeChangeRequest",
  tags: ["change-requests"],
  summary: "Merge an approved change request: new document versions and requirement revisions, all or nothing",
  description:
    "Applies the deltas to PRD.md (unless PRD.md is proposed), stores every proposed document as its next version, moves the requirement revisions on (MODIFIED: the next revision, the old one superseded; REMOVED: retired with the reason; ADDED: a new requirement) and marks the change request merged, in one batch. Refused with 409 change_conflict when a MODIFIED/REMOVED base revision is no longer the active one (the message names the requirement and the change request that moved it). Reads the PRD in a round trip of its own first. Needs a session or an API key with `artifacts:write`; takes an Idempotency-Key.",
  method: "post",
  path: "/api/projects/{id}/change-requests/{crId}/merge",
  roundTrips: 2,
  auth: { scopes: ["artifacts:write"] },
  access: onProject("project:write"),
  request: { params: ChangeRequestParams },
  responses: { 200: jsonResponse("The change request, merged", z.object({ changeRequest: ChangeRequestSchema })) },
  errors: ["not_found", "change_request_state", "change_conflict", "approval_required"],
  idempotent: replayWith(
    (db, at) => ({ changeRequest: readRecordedRows(db, at, "changeRequest", changeRequests, changeRequestFields) }),
    ({ changeRequest: [row] }) => row && { changeRequest: changeRequestJson(row) },
    // A repeat must replay before the read, which would find the change request merged already.
    { lookUpFirst: true },
  ),
});

const rebaseRoute = defineRoute({
  operationId: "rebaseChangeRequest",
  tags: ["change-requests"],
  summary: "Rebase a change request onto the requirements' active revisions",
  description:
    "Moves every MODIFIED/REMOVED delta's base revision to its requirement's active revision (after another change request or a PRD version moved it). A change request in review or approved goes back to in_review (its approvals count again only if the policy does not make them stale); a draft stays a draft. Refused with 409 requirement_retired when a delta's requirement was retired meanwhile. Needs a session or an API key with `artifacts:write`.",
  method: "post",
  path: "/api/projects/{id}/change-requests/{crId}/rebase",
  roundTrips: 1,
  auth: { scopes: ["artifacts:write"] },
  access: onProject("project:write"),
  request: { params: ChangeRequestParams },
  responses: { 200: jsonResponse("The change request, rebased", z.object({ changeRequest: ChangeRequestSchema })) },
  errors: ["not_found", "change_request_state", "requirement_retired"],
});

type Conflict = {
  reqId: string;
  baseRevision: number;
  activeRevision: number | null;
  movedByNumber: number | null;
  movedBy: string | null;
};

function conflictError(conflicts: Conflict[]) {
  const what = conflicts.map((x) => {
    const by = x.movedBy ? `change request CR-${x.movedByNumber} (${x.movedBy})` : "a PRD.md version";
    const now = x.activeRevision === null ? "retired" : `at revision ${x.activeRevision}`;
    return `${x.reqId} is ${now} (base ${x.baseRevision}), moved by ${by}`;
  });
  return new ApiError("change_conflict", `${what.join("; ")}; rebase the change request`, {
    issues: conflicts.map((x, i) => ({ path: `conflicts.${i}`, message: what[i] ?? x.reqId })),
  });
}

const crNotFound = () => notFound("change request");

/** The merge's audit row and `change_request.merged` webhook event, written only when it merged in this batch. */
function mergedEvents(c: Context<AppEnv>, userId: SQL, keyId: SQL, crId: string) {
  const merged = sql`exists (select 1 from ${changeRequests} m where m.id = ${crId}::uuid and m.status = 'merged' and m.merged_at = now())`;
  const workspace = sql`(select p.workspace_id from ${projects} p join ${changeRequests} m on m.project_id = p.id where m.id = ${crId}::uuid)`;
  const data = sql`(select jsonb_build_object('projectId', m.project_id, 'changeRequestId', m.id, 'number', m.number, 'title', m.title)
    from ${changeRequests} m where m.id = ${crId}::uuid)`;
  return {
    audited: audit(c, {
      action: "change_request.merged",
      actor: userId,
      keyId,
      workspace,
      target: { type: "change_request", id: crId },
      when: merged,
    }),
    hook: webhookEvent(c, { type: "change_request.merged", workspace, data, when: merged }),
  };
}

async function prdAfter(content: string) {
  const bytes = new TextEncoder().encode(content);
  const v = await validateArtifact("spec", "PRD.md", content);
  return {
    phase: "spec" as const,
    artifactName: "PRD.md",
    content,
    fileSize: bytes.length,
    contentHash: await sha256Hex(bytes),
    frontmatter: v.frontmatter,
    validationStatus: v.status,
    validationErrors: v.findings,
    qualityScore: v.qualityScore,
    extraFile: v.extra,
    ...storedFacts("PRD.md", content),
  };
}

type DeltaRow = Awaited<ReturnType<typeof deltasOf>>[number];

/** A delta row as the spec engine applies it (applyDeltas). */
export const asDelta = (d: DeltaRow): RequirementDelta =>
  d.kind === "removed"
    ? { kind: "removed", reqId: d.reqId, baseRevision: d.baseRevision ?? 0, reason: d.reason ?? "" }
    : {
        kind: d.kind,
        reqId: d.reqId,
        baseRevision: d.baseRevision ?? 0,
        title: d.title ?? "",
        body: d.body ?? "",
        acceptance: d.acceptance ?? "",
      };

/** The refusal of a merge, from the change request as read (status, review) and its conflicts. */
function refusal(
  found: { status: string; review: { met: boolean } } | undefined,
  conflicts: Conflict[],
): ApiError | undefined {
  if (!found) return crNotFound();
  if (found.status !== "approved") {
    return new ApiError("change_request_state", `the change request is ${found.status}; merging needs approved`);
  }
  if (conflicts.length) return conflictError(conflicts);
  if (!found.review.met) {
    return new ApiError(
      "approval_required",
      "the change_request review policy is no longer met (stale or withdrawn approvals)",
    );
  }
  return undefined;
}

const mergeHandler: Handler<typeof mergeRoute> = async (c) => {
  const { id, crId } = c.req.valid("param");
  const read = await readBeforeWrite(c, ({ userId }) => ({
    changeRequest: findChangeRequest(c.var.db, userId, id, crId),
    deltas: deltasOf(c.var.db, userId, id, crId),
    conflicts: conflictsOf(c.var.db, userId, id, crId),
    prd: currentPrd(c.var.db, userId, id),
    proposals: proposalsOf(c.var.db, userId, id, crId),
  }));
  // With an Idempotency-Key, a change request merged meanwhile may be this key's own merge (a concurrent repeat):
  // the write's batch claims the key and replays it, or refuses.
  const refused = refusal(read.changeRequest[0], read.conflicts);
  if (refused && !(c.get("idempotency") && read.changeRequest[0]?.status === "merged")) throw refused;
  const deltas = read.deltas.map(asDelta);
  const prdProposed = read.proposals.some((p) => p.phase === "spec" && p.artifactName === "PRD.md");
  const current = read.prd[0];
  const prd = prdProposed ? undefined : await prdAfter(applyDeltas(current?.content ?? "", deltas));
  const hashes = Object.fromEntries(
    await Promise.all(
      deltas.flatMap((d) => (d.kind === "removed" ? [] : [requirementHash(d).then((h) => [d.reqId, h] as const)])),
    ),
  );
  const { results } = await authed(c, ({ userId, keyId }) => ({
    ...mergeStatements(
      c.var.db,
      userId,
      id,
      { crId, prdVersion: current?.version ?? null, prd, hashes },
      answerClaim(c, userId),
    ),
    ...mergedEvents(c, userId, keyId, crId),
    changeRequest: findChangeRequest(c.var.db, userId, id, crId),
    conflicts: conflictsOf(c.var.db, userId, id, crId),
  }));
  const row = results.merged[0];
  if (!row) {
    // Something moved between the read and the write: say what, or that PRD.md changed meanwhile.
    throw (
      refusal(results.changeRequest[0], results.conflicts) ??
      new ApiError("change_conflict", "PRD.md got a new version while merging; merge again")
    );
  }
  return c.json({ changeRequest: changeRequestJson(row) }, 200);
};

async function rebase(c: Context<AppEnv>, id: string, crId: string) {
  const { results } = await authed(c, ({ userId }) => ({
    before: conflictsOf(c.var.db, userId, id, crId),
    ...rebaseStatements(c.var.db, userId, id, crId),
    changeRequest: findChangeRequest(c.var.db, userId, id, crId),
  }));
  const row = results.moved[0];
  if (row) return row;
  const found = results.changeRequest[0];
  if (!found) throw crNotFound();
  const retired = results.before.filter((x) => x.activeRevision === null);
  if (retired.length && ["draft", "in_review", "approved"].includes(found.status)) {
    throw new ApiError(
      "requirement_retired",
      retired
        .map(
          (x) => `${x.reqId} was retired by ${x.movedBy ? `change request CR-${x.movedByNumber}` : "a PRD.md version"}`,
        )
        .join("; "),
    );
  }
  throw new ApiError(
    "change_request_state",
    `the change request is ${found.status}; rebasing needs draft, in_review or approved`,
  );
}

const rebaseHandler: Handler<typeof rebaseRoute> = async (c) => {
  const { id, crId } = c.req.valid("param");
  return c.json({ changeRequest: changeRequestJson(await rebase(c, id, crId)) }, 200);
};

export const mergeRoutes = router().openapi(mergeRoute, mergeHandler).openapi(rebaseRoute, rebaseHandler);
