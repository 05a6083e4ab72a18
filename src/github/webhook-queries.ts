// The SQL of a received GitHub webhook: the delivery recorded once by its id and, only when it is new, its
// effect applied, in ONE statement (a webhook is one database round trip).
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { columnName as col } from "../platform/db/raw";
import { githubConnections, githubDeliveries, githubIssues, githubJobs } from "../platform/db/schema";
import { onPendingJob } from "./outbox";
import { type Effect, PUSH_FILES_MAX } from "./webhook-events";

const gc = githubConnections;

/** Which connections a delivery is for: the project's (its repository hook) or the app installation's. */
export type DeliveryTarget =
  | { kind: "project"; projectId: string; repository: { id: number; fullName: string } | null }
  | { kind: "app"; installationId: number | null; repository: { id: number; fullName: string } | null };

/**
 * The connections of the target whose repository is the payload's: by GitHub's repository id once the
 * check recorded it, by owner/name before. A delivery naming no repository matches none.
 */
function connectionsOf(t: DeliveryTarget): SQL {
  const repo = t.repository;
  if (!repo) return sql`false`;
  const sameRepo = sql`(${col(gc.repoId)} = ${repo.id}
    or (${col(gc.repoId)} is null and lower(${col(gc.owner)} || '/' || ${col(gc.repo)}) = lower(${repo.fullName})))`;
  return t.kind === "project"
    ? sql`${col(gc.projectId)} = ${t.projectId}::uuid and ${sameRepo}`
    : t.installationId === null
      ? sql`false`
      : sql`${col(gc.authKind)} = 'app' and ${col(gc.installationId)} = ${t.installationId} and ${sameRepo}`;
}

/**
 * The effect's CTEs (each applied only when `fresh`, the delivery's insert, returned a row) and the
 * outcome it records, computed from the statement's snapshot: data-modifying CTEs do not see each
 * other's changes, so the outcome names what the effect's rows were before it.
 */
function effectOf(e: Effect): { ctes: [target: SQL, applied: SQL] | []; outcome: SQL } {
  switch (e.kind) {
    case "issue": {
      const gi = githubIssues;
      return {
        ctes: [
          sql`target as (select i.${col(gi.projectId)} as project_id, i.${col(gi.taskId)} as task_id
            from ${gi} i join conn on i.${col(gi.projectId)} = conn.project_id
            where i.${col(gi.issueNumber)} = ${e.number})`,
          sql`applied as (update ${gi} i set ${col(gi.state)} = ${e.state},
              ${col(gi.stateChangedAt)} = now(), ${col(gi.updatedAt)} = now()
            from target t where exists (select 1 from fresh)
              and i.${col(gi.projectId)} = t.project_id and i.${col(gi.taskId)} = t.task_id
            returning i.${col(gi.taskId)})`,
        ],
        outcome: sql`jsonb_build_object('issue', ${e.number}::int, 'state', ${e.state}::text,
          'tasks', coalesce((select jsonb_agg(task_id order by task_id) from target), '[]'::jsonb))`,
      };
    }
    case "merged":
      return {
        ctes: [
          sql`target as (select project_id from conn where pull_number = ${e.number})`,
          sql`applied as (update ${gc} c set ${col(gc.mergedSha)} = ${e.sha}, ${col(gc.mergedAt)} = now(),
              ${col(gc.updatedAt)} = now()
            from target t where exists (select 1 from fresh) and c.${col(gc.projectId)} = t.project_id
            returning c.${col(gc.projectId)})`,
        ],
        outcome: sql`jsonb_build_object('pull', ${e.number}::int, 'mergedSha', ${e.sha}::text,
          'recorded', exists (select 1 from target))`,
      };
    case "push": {
      const j = githubJobs;
      const payload = JSON.stringify({
        ref: e.ref,
        before: e.before,
        after: e.after,
        files: e.files,
        truncated: e.truncated,
      });
      const files = JSON.stringify(e.files);
      // starts_with, not LIKE: a directory may hold `_` or `%`.
      return {
        ctes: [
          sql`target as (select project_id from conn
            where ${e.ref} in ('refs/heads/' || branch, 'refs/heads/' || default_branch)
              and exists (select 1 from jsonb_array_elements_text(${files}::jsonb) f(path)
                where starts_with(f.path, directory || '/')))`,
          // A push joining a waiting check (one pending job per project and kind) brings the waiting
          // one's paths along: the check compares every path either push touched, at the newer commit.
          sql`applied as (insert into ${j} (${col(j.projectId)}, ${col(j.kind)}, ${col(j.payload)})
            select t.project_id, 'check_drift', ${payload}::jsonb || jsonb_build_object('files', (
              select coalesce(jsonb_agg(u.path order by u.src, u.n), '[]'::jsonb) from (
                select path, min(src) as src, min(n) as n from (
                  select f.path, 0 as src, f.n
                    from jsonb_array_elements_text(${files}::jsonb) with ordinality f(path, n)
                  union all
                  select f.path, 1, f.n from ${j} w,
                    jsonb_array_elements_text(w.${col(j.payload)} -> 'files') with ordinality f(path, n)
                  where w.${col(j.projectId)} = t.project_id and w.${col(j.kind)} = 'check_drift'
                    and w.${col(j.status)} = 'pending'
                ) a group by path order by min(src), min(n) limit ${PUSH_FILES_MAX}) u))
            from target t where exists (select 1 from fresh)
            ${onPendingJob}
            returning ${col(j.projectId)})`,
        ],
        outcome: sql`jsonb_build_object('ref', ${e.ref}::text, 'after', ${e.after}::text,
          'checkDrift', exists (select 1 from target))`,
      };
    }
    case "none":
      return { ctes: [], outcome: sql`jsonb_build_object('ignored', ${e.reason}::text)` };
  }
}

export interface DeliveryRow {
  /** False for a delivery id seen before: nothing was applied again. */
  fresh: boolean;
  /** What the delivery changed (or why nothing): the recorded one for a redelivery. */
  outcome: Record<string, unknown>;
}

/**
 * Records the delivery (`on conflict do nothing`: a redelivery inserts nothing) and, in the same
 * statement, applies its effect to the target's connections only when the insert happened.
 * Raw: data-modifying CTEs chained on the insert's result (`fresh`), an insert…select under the outbox's
 * partial-index conflict clause, and jsonb built in SQL are beyond the builder.
 */
export function recordDelivery(
  db: Db,
  d: { deliveryId: string; event: string; target: DeliveryTarget; effect: Effect },
) {
  const gd = githubDeliveries;
  const { ctes, outcome } = effectOf(d.effect);
  const recorded = sql`case when not exists (select 1 from conn)
    then jsonb_build_object('ignored', 'no connected project for this repository') else ${outcome} end`;
  return db.execute<{ fresh: boolean; outcome: Record<string, unknown>; project_id: string | null }>(sql`
    with conn as (
      select ${col(gc.projectId)} as project_id, ${col(gc.pullNumber)} as pull_number, ${col(gc.branch)} as branch,
        ${col(gc.defaultBranch)} as default_branch, ${col(gc.directory)} as directory
      from ${gc} where ${connectionsOf(d.target)}
    ),${ctes.length ? sql` ${ctes[0]},` : sql``}
    fresh as (
      insert into ${gd} (${col(gd.deliveryId)}, ${col(gd.event)}, ${col(gd.projectId)}, ${col(gd.outcome)})
      values (${d.deliveryId}, ${d.event}, (select project_id from conn order by project_id limit 1), ${recorded})
      on conflict (${col(gd.deliveryId)}) do nothing
      returning ${col(gd.outcome)} as outcome
    )${ctes.length ? sql`, ${ctes[1]}` : sql``}
    select exists (select 1 from fresh) as fresh, (select project_id from conn order by project_id limit 1) as project_id,
      coalesce((select outcome from fresh),
        (select ${col(gd.outcome)} from ${gd} where ${col(gd.deliveryId)} = ${d.deliveryId})) as outcome`);
}
