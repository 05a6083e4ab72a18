// The review statements and conditions: the effective policy of a project's gate, who qualifies as an
// approver, which approvals count, and "the policy is met", each defined once as SQL correlated on
// `projects` (the row of the statement that uses it). Raw where jsonb operators and correlated
// subqueries have no builder form.
import { and, desc, eq, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { memberMay } from "../platform/auth/membership";
import { type Role, rolesWith } from "../platform/auth/roles";
import type { Db } from "../platform/db/client";
import { insertSelect, qualified, valueAs } from "../platform/db/raw";
import {
  type Approval,
  approvals,
  commentThreads,
  notificationOptOuts,
  PHASES,
  type Phase,
  projectArtifacts,
  projects,
  type ReviewGate,
  reviewPolicies,
  users,
  workspaceMembers,
} from "../platform/db/schema";
import { accessibleProject } from "../projects";
import { phaseApproval } from "../spec-engine/templates";

/** A review policy as the API shows it and as the SQL conditions read it (jsonb, these keys). */
export interface Policy {
  requiredApprovals: number;
  approverRoles: Role[];
  approverUserIds: string[];
  allowAuthor: boolean;
  staleOnNewVersion: boolean;
  requireResolvedBlocking: boolean;
}
export const POLICY_SOURCES = ["project", "workspace", "default"] as const;
export type PolicySource = (typeof POLICY_SOURCES)[number];

/**
 * The policy of a gate without a project or workspace row: one approval by anyone who may approve, the
 * author included (a solo owner approves their own project), stale on a new version, threads not required.
 */
export const DEFAULT_POLICY: Policy = {
  requiredApprovals: 1,
  approverRoles: [...rolesWith("project:approve")],
  approverUserIds: [],
  allowAuthor: true,
  staleOnNewVersion: true,
  requireResolvedBlocking: false,
};

/** The phase whose documents an approval at `gate` is about (the phase whose template takes it). */
export function reviewedPhase(gate: Approval): Phase {
  // Every approval has its phase: a template names each (test/node/spec-engine/templates.test.ts).
  return PHASES.find((p) => phaseApproval(p) === gate) as Phase;
}

const rp = reviewPolicies;

/** A review_policies row as the policy jsonb, with its source. */
const policyJson = (source: PolicySource) =>
  sql`jsonb_build_object('requiredApprovals', ${qualified(rp.requiredApprovals)}, 'approverRoles', ${qualified(rp.approverRoles)},
    'approverUserIds', ${qualified(rp.approverUserIds)}, 'allowAuthor', ${qualified(rp.allowAuthor)},
    'staleOnNewVersion', ${qualified(rp.staleOnNewVersion)}, 'requireResolvedBlocking', ${qualified(rp.requireResolvedBlocking)},
    'source', ${source}::text)`;

/** The project's effective policy at `gate` (jsonb with `source`): its override, else its workspace's, else DEFAULT_POLICY. */
export function effectivePolicy(gate: ReviewGate): SQL<Policy & { source: PolicySource }> {
  const fallback = JSON.stringify({ ...DEFAULT_POLICY, source: "default" });
  return sql`coalesce(
    (select ${policyJson("project")} from ${rp} where ${qualified(rp.projectId)} = ${qualified(projects.id)} and ${qualified(rp.gate)} = ${gate}),
    (select ${policyJson("workspace")} from ${rp} where ${qualified(rp.workspaceId)} = ${qualified(projects.workspaceId)}
      and ${qualified(rp.projectId)} is null and ${qualified(rp.gate)} = ${gate}),
    ${fallback}::jsonb)`;
}

/**
 * `user` may approve under `policy` (jsonb): a member whose role may approve, named by the policy's roles or
 * user ids, and not the author (the project's, or `author`: a change request's) unless the policy allows it.
 */
export function qualifies(user: SQL, policy: SQL, author: SQL = qualified(projects.userId)): SQL<boolean> {
  const m = workspaceMembers;
  return sql`(exists (select 1 from ${m} where ${qualified(m.workspaceId)} = ${qualified(projects.workspaceId)} and ${qualified(m.userId)} = ${user}
      and ${qualified(m.role)} in (${sql.join(
        rolesWith("project:approve").map((r) => sql`${r}`),
        sql`, `,
      )})
      and ((${policy})->'approverRoles' @> jsonb_build_array(${qualified(m.role)})
        or (${policy})->'approverUserIds' @> jsonb_build_array(${qualified(m.userId)}::text)))
    and (((${policy})->>'allowAuthor')::boolean or ${author} is null or ${user} <> ${author}))`;
}

/** `{"phase/name": content_hash}` of the latest version of each document of `phase` (what an approval is of). */
export function currentHashes(phase: Phase): SQL<Record<string, string>> {
  const a = projectArtifacts;
  return sql`coalesce((select jsonb_object_agg(l.phase || '/' || l.name, l.hash) from (
      select distinct on (${qualified(a.artifactName)}) ${qualified(a.phase)} as phase, ${qualified(a.artifactName)} as name, ${qualified(a.contentHash)} as hash
      from ${a} where ${qualified(a.projectId)} = ${qualified(projects.id)} and ${qualified(a.phase)} = ${phase}
      order by ${qualified(a.artifactName)}, ${qualified(a.version)} desc) l), '{}'::jsonb)`;
}

/** An approval (its user and hashes as SQL) counts under `policy`: the approver qualifies, and it is not stale. */
function counts(gate: Approval, user: SQL, hashes: SQL, policy: SQL): SQL<boolean> {
  return sql`(${qualifies(user, policy)} and (not ((${policy})->>'staleOnNewVersion')::boolean
    or ${hashes} = ${currentHashes(reviewedPhase(gate))}))`;
}

/** An approval row is given at the gate itself (not a change request's) and not withdrawn. */
const active = (gate: Approval) =>
  and(
    eq(approvals.projectId, projects.id),
    eq(approvals.gate, gate),
    isNull(approvals.subjectId),
    isNull(approvals.withdrawnAt),
  );

/** What the review state of a gate reads back (jsonb). */
export interface ReviewState {
  policy: Policy & { source: PolicySource };
  have: number;
  openBlocking: number;
  met: boolean;
}

/**
 * The review state of the project's `gate`: its effective policy, how many approvals count, how many
 * blocking threads are open, and `met`: enough approvals count and (if the policy requires it) no blocking
 * thread is open. THE definition of "the policy is met" (policyMet reads it).
 */
export function reviewState(gate: Approval): SQL<ReviewState> {
  const ap = approvals;
  const t = commentThreads;
  const pol = sql`pol.p`;
  return sql`(select jsonb_build_object('policy', pol.p, 'have', v.n, 'openBlocking', b.n,
      'met', v.n >= (pol.p->>'requiredApprovals')::int and (not (pol.p->>'requireResolvedBlocking')::boolean or b.n = 0))
    from (select ${effectivePolicy(gate)} as p) pol
    cross join lateral (select count(*)::int as n from ${ap} where ${active(gate)}
      and ${counts(gate, sql`${qualified(ap.userId)}`, sql`${qualified(ap.versionHashes)}`, pol)}) v
    cross join lateral (select count(*)::int as n from ${t} where ${qualified(t.projectId)} = ${qualified(projects.id)}
      and ${qualified(t.blocking)} and ${qualified(t.status)} = 'open') b)`;
}

/**
 * A change request's review state (gate `change_request`, approvals whose subject_id is it): the same policy,
 * approvers, staleness and blocking threads as a phase gate, with the change request's `author` in place of the
 * project's and `hashes` (what an approval is of: its deltas' bases and proposed documents) in place of the
 * phase's documents. Correlated on `projects`.
 */
export function subjectReviewState(subject: SQL, author: SQL, hashes: SQL): SQL<ReviewState> {
  const ap = approvals;
  const t = commentThreads;
  const pol = sql`pol.p`;
  return sql`(select jsonb_build_object('policy', pol.p, 'have', v.n, 'openBlocking', b.n,
      'met', v.n >= (pol.p->>'requiredApprovals')::int and (not (pol.p->>'requireResolvedBlocking')::boolean or b.n = 0))
    from (select ${effectivePolicy("change_request")} as p) pol
    cross join lateral (select count(*)::int as n from ${ap} where ${qualified(ap.projectId)} = ${qualified(projects.id)}
      and ${qualified(ap.gate)} = 'change_request' and ${qualified(ap.subjectId)} = ${subject} and ${qualified(ap.withdrawnAt)} is null
      and ${qualifies(sql`${qualified(ap.userId)}`, pol, author)}
      and (not (pol.p->>'staleOnNewVersion')::boolean or ${qualified(ap.versionHashes)} = ${hashes})) v
    cross join lateral (select count(*)::int as n from ${t} where ${qualified(t.projectId)} = ${qualified(projects.id)}
      and ${qualified(t.blocking)} and ${qualified(t.status)} = 'open') b)`;
}

/** A change request's review policy is met (see subjectReviewState). */
export function subjectPolicyMet(subject: SQL, author: SQL, hashes: SQL): SQL<boolean> {
  return sql<boolean>`coalesce(((${subjectReviewState(subject, author, hashes)})->>'met')::boolean, false)`;
}

/**
 * Records the caller's approval of a change request (gate `change_request`, subject_id = it) with `hashes`, from
 * `source` (a FROM clause holding `projects` and the change request, filtered by `where`) where the caller
 * qualifies under the effective policy (`author`: the change request's); the caller's earlier active approval of
 * it is withdrawn by the same statement. No row: refused.
 */
export function giveSubjectApproval(
  db: Db,
  userId: SQL,
  subject: { id: string; author: SQL; hashes: SQL; source: SQL; where: SQL },
) {
  const ap = approvals;
  // Raw: insert…select from the project and change request rows (insertSelect), conditional on them.
  const given = db.$with("given", { id: ap.id, projectId: ap.projectId }).as(
    sql`${insertSelect(
      ap,
      {
        projectId: sql`${qualified(projects.id)}`,
        gate: valueAs(ap.gate, "change_request"),
        subjectId: sql`${subject.id}::uuid`,
        userId,
        versionHashes: subject.hashes,
        createdAt: sql`now()`,
      },
      sql`from ${subject.source} where ${and(subject.where, qualifies(userId, effectivePolicy("change_request"), subject.author))}`,
    )} returning ${qualified(ap.id)}, ${qualified(ap.projectId)}`,
  );
  const superseded = db.$with("superseded").as(
    db
      .update(ap)
      .set({ withdrawnAt: sql`now()` })
      .where(
        and(
          sql`${qualified(ap.projectId)} in (select project_id from ${given})`,
          eq(ap.gate, "change_request"),
          eq(ap.subjectId, subject.id),
          eq(ap.userId, userId),
          isNull(ap.withdrawnAt),
          sql`${qualified(ap.createdAt)} < now()`,
        ),
      )
      .returning({ id: ap.id }),
  );
  return db.with(given, superseded).select().from(given);
}

/** Whether the caller may approve a change request under the effective policy (`author`: its author). */
export function subjectApprover(userId: SQL, author: SQL): SQL<boolean> {
  return qualifies(userId, effectivePolicy("change_request"), author);
}

/** The project's review policy at `gate` is met (the gate's SQL and the approve statement's flag). */
export function policyMet(gate: Approval): SQL<boolean> {
  return sql<boolean>`coalesce(((${reviewState(gate)})->>'met')::boolean, false)`;
}

/**
 * Records the caller's approval at `gate` with the hashes of the phase's latest documents, only where the
 * project is in the gate's phase, `condition` holds and the caller qualifies under the effective policy;
 * the caller's earlier active approval there is withdrawn (superseded) by the same statement. No row: refused.
 */
export function giveApproval(db: Db, userId: SQL, idOrSlug: string, gate: Approval, condition?: SQL) {
  const ap = approvals;
  const phase = reviewedPhase(gate);
  // Raw: insert…select from the project row (insertSelect), conditional on it.
  const given = db.$with("given", { id: ap.id, projectId: ap.projectId }).as(
    sql`${insertSelect(
      ap,
      {
        projectId: sql`${qualified(projects.id)}`,
        gate: valueAs(ap.gate, gate),
        userId,
        versionHashes: currentHashes(phase),
        createdAt: sql`now()`,
      },
      sql`from ${projects} where ${and(
        accessibleProject(idOrSlug, userId, "project:approve"),
        eq(projects.currentPhase, phase),
        condition,
        qualifies(userId, effectivePolicy(gate)),
      )}`,
    )} returning ${qualified(ap.id)}, ${qualified(ap.projectId)}`,
  );
  const superseded = db.$with("superseded").as(
    db
      .update(ap)
      .set({ withdrawnAt: sql`now()` })
      .where(
        and(
          sql`${qualified(ap.projectId)} in (select project_id from ${given})`,
          eq(ap.gate, gate),
          eq(ap.userId, userId),
          isNull(ap.subjectId),
          isNull(ap.withdrawnAt),
        ),
      )
      .returning({ id: ap.id }),
  );
  return db.with(given, superseded).select().from(given);
}

/** "The caller gave (or withdrew) an approval at `gate` in this transaction": now() is the transaction's time. */
export function actedNow(gate: Approval, userId: SQL, what: "given" | "withdrawn"): SQL {
  const ap = approvals;
  const at =
    what === "given" ? and(eq(ap.createdAt, sql`now()`), isNull(ap.withdrawnAt)) : eq(ap.withdrawnAt, sql`now()`);
  return sql`exists (select 1 from ${ap} where ${and(
    eq(ap.projectId, projects.id),
    eq(ap.gate, gate),
    eq(ap.userId, userId),
    isNull(ap.subjectId),
    at,
  )})`;
}

/** Withdraws the caller's active approval at `gate` (only in the gate's phase). No row: none to withdraw. */
export function withdrawApproval(db: Db, userId: SQL, idOrSlug: string, gate: Approval) {
  const ap = approvals;
  return db
    .update(ap)
    .set({ withdrawnAt: sql`now()` })
    .where(
      and(
        eq(ap.gate, gate),
        eq(ap.userId, userId),
        isNull(ap.subjectId),
        isNull(ap.withdrawnAt),
        sql`${qualified(ap.projectId)} in (select ${qualified(projects.id)} from ${projects} where ${and(
          accessibleProject(idOrSlug, userId, "project:approve"),
          eq(projects.currentPhase, reviewedPhase(gate)),
        )})`,
      ),
    )
    .returning();
}

/**
 * The gate's project flag after an approval was given or withdrawn: the policy is met; with who and when
 * it became met (kept while it stays met), cleared when it no longer is. The SET of syncFlag and of the
 * approve statement.
 */
export function flagSet(gate: Approval, userId: SQL) {
  const met = policyMet(gate);
  const flag = `${gate}Approved` as const;
  const by = `${gate}ApprovedBy` as const;
  const at = `${gate}ApprovedAt` as const;
  return {
    [flag]: met,
    [by]: sql`case when not ${met} then null when ${projects[flag]} then ${projects[by]} else ${userId} end`,
    [at]: sql`case when not ${met} then null when ${projects[flag]} then ${projects[at]} else now() end`,
    updatedAt: sql`now()`,
  } as Partial<Record<keyof typeof projects.$inferInsert, SQL>>;
}

/** The gate's flag follows the policy after the caller acted (`acted`) in this transaction (a withdrawal). */
export function syncFlag(db: Db, userId: SQL, idOrSlug: string, gate: Approval, acted: SQL) {
  return db
    .update(projects)
    .set(flagSet(gate, userId))
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), acted));
}

/** Why the caller may not approve: the project's phase, its effective policy, whether the caller qualifies or is its author. */
export function approverCheck(db: Db, userId: SQL, idOrSlug: string, gate: Approval) {
  return db
    .select({
      currentPhase: projects.currentPhase,
      policy: effectivePolicy(gate),
      qualifies: qualifies(userId, effectivePolicy(gate)),
      isAuthor: sql<boolean>`${qualified(projects.userId)} = ${userId}`,
    })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:read"));
}

/** The project's review state at `gate` (after the batch's earlier statements). */
export function reviewStateOf(db: Db, userId: SQL, idOrSlug: string, gate: Approval) {
  return db
    .select({ state: reviewState(gate) })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:read"));
}

/** The project's approvals at `gate`, newest first (keyset after `before`), each with whether it counts. */
export function listApprovals(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  gate: Approval,
  page: { limit: number; before?: { createdAt: string; id: string } },
) {
  const ap = approvals;
  const pol = effectivePolicy(gate);
  return db
    .select({
      id: ap.id,
      userId: ap.userId,
      createdAt: ap.createdAt,
      withdrawnAt: ap.withdrawnAt,
      versionHashes: ap.versionHashes,
      stale: sql<boolean>`${qualified(ap.versionHashes)} <> ${currentHashes(reviewedPhase(gate))}`,
      counts: sql<boolean>`(${qualified(ap.withdrawnAt)} is null and ${counts(gate, sql`${qualified(ap.userId)}`, sql`${qualified(ap.versionHashes)}`, pol)})`,
    })
    .from(ap)
    .innerJoin(projects, eq(projects.id, ap.projectId))
    .where(
      and(
        accessibleProject(idOrSlug, userId, "project:read"),
        eq(ap.gate, gate),
        isNull(ap.subjectId),
        page.before
          ? or(
              lt(ap.createdAt, sql`${page.before.createdAt}::timestamptz`),
              and(eq(ap.createdAt, sql`${page.before.createdAt}::timestamptz`), lt(ap.id, page.before.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(ap.createdAt), desc(ap.id))
    .limit(page.limit);
}

/** The project's effective policy at `gate`, with its source. */
export function projectPolicy(db: Db, userId: SQL, idOrSlug: string, gate: ReviewGate) {
  return db
    .select({ projectId: projects.id, workspaceId: projects.workspaceId, policy: effectivePolicy(gate) })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:read"));
}

/** The workspace's own policy row at `gate` (none: the default applies). */
export function workspacePolicy(db: Db, userId: SQL, workspaceId: string, gate: ReviewGate) {
  return db
    .select({ policy: policyJson("workspace") as SQL<Policy & { source: PolicySource }> })
    .from(rp)
    .where(
      and(
        eq(rp.workspaceId, workspaceId),
        isNull(rp.projectId),
        eq(rp.gate, gate),
        memberMay(rp.workspaceId, userId, "project:read"),
      ),
    );
}

/** Of `ids`, those not members of the workspace (a policy may only name members). */
export function nonMembers(db: Db, workspace: SQL, ids: readonly string[]) {
  return db
    .select({ id: sql<string>`u.id` })
    .from(sql`jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as u(id)`)
    .where(
      sql`not exists (select 1 from ${workspaceMembers} where ${qualified(workspaceMembers.workspaceId)} = ${workspace}
        and ${qualified(workspaceMembers.userId)}::text = u.id)`,
    );
}

/**
 * Upserts the policy of `gate` in `workspace` (SQL: an id or a subquery) for `projectId` (null: the
 * workspace's), only when the caller may manage the workspace and every named user is a member.
 * Raw: insert…select (conditional) with an upsert on the scope's unique constraint.
 */
export function putPolicy(db: Db, userId: SQL, workspace: SQL, projectId: SQL | null, gate: ReviewGate, p: Policy) {
  const m = workspaceMembers;
  const values = {
    requiredApprovals: valueAs(rp.requiredApprovals, p.requiredApprovals),
    approverRoles: valueAs(rp.approverRoles, p.approverRoles),
    approverUserIds: valueAs(rp.approverUserIds, p.approverUserIds),
    allowAuthor: valueAs(rp.allowAuthor, p.allowAuthor),
    staleOnNewVersion: valueAs(rp.staleOnNewVersion, p.staleOnNewVersion),
    requireResolvedBlocking: valueAs(rp.requireResolvedBlocking, p.requireResolvedBlocking),
  };
  const allMembers = sql`not exists (select 1 from jsonb_array_elements_text(${JSON.stringify(p.approverUserIds)}::jsonb) u(id)
    where not exists (select 1 from ${m} where ${qualified(m.workspaceId)} = w.id and ${qualified(m.userId)}::text = u.id))`;
  return db.execute<{ id: string }>(sql`${insertSelect(
    rp,
    {
      workspaceId: sql`w.id`,
      projectId: projectId === null ? sql`null::uuid` : projectId,
      gate: valueAs(rp.gate, gate),
      ...values,
      updatedBy: userId,
    },
    sql`from (select ${workspace}::uuid as id) w where ${memberMay(sql`w.id`, userId, "workspace:manage")} and ${allMembers}`,
  )}
    on conflict on constraint review_policies_scope_unique do update set
      required_approvals = excluded.required_approvals, approver_roles = excluded.approver_roles,
      approver_user_ids = excluded.approver_user_ids, allow_author = excluded.allow_author,
      stale_on_new_version = excluded.stale_on_new_version,
      require_resolved_blocking = excluded.require_resolved_blocking,
      updated_by = excluded.updated_by, updated_at = now()
    returning ${qualified(rp.id)}`);
}

/** Deletes the project's override at `gate` (the caller managing its workspace). */
export function deleteOverride(db: Db, userId: SQL, idOrSlug: string, gate: ReviewGate) {
  return db
    .delete(rp)
    .where(
      and(
        eq(rp.gate, gate),
        sql`${qualified(rp.projectId)} in (select ${qualified(projects.id)} from ${projects} where ${accessibleProject(idOrSlug, userId, "workspace:manage")})`,
      ),
    )
    .returning({ id: rp.id });
}

/** The project's author's address, unless they opted out of decision mail (for the "decision" notification). */
export function authorMail(db: Db, userId: SQL, idOrSlug: string) {
  const o = notificationOptOuts;
  return db
    .select({ email: users.email, project: projects.name })
    .from(projects)
    .innerJoin(users, eq(users.id, projects.userId))
    .where(
      and(
        accessibleProject(idOrSlug, userId, "project:read"),
        sql`not exists (select 1 from ${o} where ${qualified(o.userId)} = ${qualified(users.id)} and ${qualified(o.kind)} = 'decision')`,
      ),
    );
}

/**
 * Who a review request at `gate` goes to: the members of the project's workspace who may approve under
 * its effective policy, but the caller, as a subquery of user ids (notificationRecipients drops those
 * who opted out of review requests).
 * Raw: the policy is jsonb read by `qualifies`, correlated with the project row.
 */
export function reviewerIds(userId: SQL, idOrSlug: string, gate: Approval): SQL {
  const asked = sql.identifier("asked");
  const askedUser = sql`${asked}.${sql.identifier(workspaceMembers.userId.name)}`;
  return sql`select ${askedUser} from ${projects}
    join ${workspaceMembers} ${asked} on ${asked}.${sql.identifier(workspaceMembers.workspaceId.name)} = ${qualified(projects.workspaceId)}
    where ${accessibleProject(idOrSlug, userId, "project:write")} and ${askedUser} <> ${userId}
      and ${qualifies(askedUser, effectivePolicy(gate))}`;
}
