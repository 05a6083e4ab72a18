// The project aggregate's statements. Each returns a drizzle query for the caller's `authed` batch
// (one round trip); `userId` is the session's user as SQL, NULL for a bad token, so every
// statement is scoped to match (and change) nothing then.
import { and, asc, count, desc, eq, getTableColumns, gte, ilike, lte, or, type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import { memberMay } from "../platform/auth/membership";
import type { Permission } from "../platform/auth/roles";
import type { Db } from "../platform/db/client";
import { rowEtag } from "../platform/db/etag";
import { insertSelect } from "../platform/db/raw";
import { type Phase, type Project, projects, users, workspaceMembers, workspaces } from "../platform/db/schema";
import type { Access, AppEnv } from "../platform/http/context";
import { type AnswerClaim, rowsAsJson } from "../platform/http/idempotency";
import { isUuid } from "./slug";

/** A project as the API shows it: every column but the owner. */
export type ProjectRow = Omit<Project, "userId">;
const { userId: _owner, ...projectFields } = getTableColumns(projects);

export { projectFields };

/** What PATCH /api/projects/:id may change. */
export type ProjectChanges = Partial<Pick<Project, "name" | "description" | "idea" | "githubRepoUrl">>;

/**
 * The project `idOrSlug` names for this user: by id, or by slug among the projects the user created (a
 * non-uuid is a slug, so it never meets a uuid cast).
 */
function projectKey(idOrSlug: string, userId: SQL): SQL | undefined {
  const key = idOrSlug.toLowerCase();
  return isUuid(key) ? eq(projects.id, key) : and(eq(projects.userId, userId), eq(projects.slug, key));
}

/**
 * "The project `idOrSlug` names, in a workspace where this user's role holds `permission`": the scope
 * of every statement on a project's data.
 */
export function accessibleProject(idOrSlug: string, userId: SQL, permission: Permission): SQL | undefined {
  return and(projectKey(idOrSlug, userId), memberMay(projects.workspaceId, userId, permission));
}

/** The caller's role in the workspace of the project named by the route's `{id}`. */
function projectRole(c: Context<AppEnv>, userId: SQL) {
  return c.var.db
    .select({ role: workspaceMembers.role })
    .from(projects)
    .innerJoin(
      workspaceMembers,
      and(eq(workspaceMembers.workspaceId, projects.workspaceId), eq(workspaceMembers.userId, userId)),
    )
    .where(projectKey(c.req.param("id") ?? "", userId));
}

/** A project route's `access`: the permission it needs on the project named by `{id}`. */
export function onProject(permission: Permission): Access {
  return { permission, role: projectRole };
}

/**
 * Inserts a project, unless the user already owns `maxProjects` (the quota), with the first free
 * slug among base, base-2, base-3, ...: among the first (k + attempt) candidates, where k counts
 * the user's slugs that could be one of them, at least `attempt` are free. The first attempt takes
 * the first free one; a retry picks at random among the first `attempt` free ones, so concurrent
 * creators stop colliding. The unique index decides: a
 * concurrent insert of the same slug makes this one a no-op (no row) and the caller retries.
 * With an Idempotency-Key, `answer` records the created project (201) in the key's row, or
 * releases the claim when nothing was created.
 * Raw SQL: generate_series as a row source and insert…select (see insertSelect) are beyond the builder.
 */
export function createProject(
  db: Db,
  userId: SQL,
  input: Pick<Project, "name" | "description" | "idea">,
  base: string,
  attempt: number,
  maxProjects: number,
  workspace: SQL,
  answer: AnswerClaim = () => [],
) {
  const owned = db.$with("owned").as(
    db
      .select({ n: count().as("n") })
      .from(projects)
      .where(eq(projects.userId, userId)),
  );
  const candidate = sql`case when n = 1 then ${base} else ${base} || '-' || n end`;
  const free = db.$with("free", { slug: projects.slug }).as(sql`
    select ${candidate} as ${sql.identifier(projects.slug.name)}
    from generate_series(1, (
      select count(*)::int from ${projects}
      where ${projects.userId} = ${userId} and (${projects.slug} = ${base} or ${projects.slug} like ${`${base}-%`})
    ) + ${attempt}) n
    where not exists (select 1 from ${projects} where ${projects.userId} = ${userId} and ${projects.slug} = ${candidate})
    order by n limit 1 offset floor(random() * ${attempt})::int`);
  const created = db.$with("created", getTableColumns(projects)).as(sql`
    ${insertSelect(
      projects,
      {
        userId,
        workspaceId: workspace,
        slug: sql`${free.slug}`,
        name: sql`${input.name}`,
        description: sql`${input.description}`,
        idea: sql`${input.idea}`,
      },
      // The quota: exact when the batch locked the user's row first (lockOwner), see docs/quotas.md.
      // A refused workspace (not a member, a role that cannot create) is NULL: nothing is inserted.
      sql`from ${free} where ${userId} is not null and ${workspace} is not null
        and (select ${owned.n} from ${owned}) < ${maxProjects}`,
    )}
    on conflict (${sql.identifier(projects.userId.name)}, ${sql.identifier(projects.slug.name)}) do nothing
    returning *`);
  // One row: the created project (null when the slug was taken, the quota or the workspace refused), the
  // count before, and whether the workspace admitted the creation.
  const answered = answer({
    ok: sql`exists (select 1 from ${created})`,
    status: 201,
    rows: { project: rowsAsJson(created) },
  });
  return db
    .with(owned, free, created, ...answered)
    .select({ project: created._.selectedFields, owned: owned.n, admitted: sql<boolean>`${workspace} is not null` })
    .from(owned)
    .leftJoin(created, sql`true`);
}

/**
 * The workspace a new project goes to: `workspaceId` if the user's role there may create projects,
 * else NULL; without one, the user's personal workspace (every user has one: drizzle/0011_teams.sql).
 */
export function creationWorkspace(userId: SQL, workspaceId?: string): SQL {
  if (workspaceId === undefined) {
    return sql`(select ${workspaces.id} from ${workspaces} where ${and(eq(workspaces.createdBy, userId), eq(workspaces.personal, true))})`;
  }
  return sql`(select ${workspaces.id} from ${workspaces} where ${and(
    eq(workspaces.id, workspaceId),
    memberMay(workspaces.id, userId, "project:create"),
  )})`;
}

/** The user's role in workspace `workspaceId` (a refused creation's 404 vs 403). */
export function roleIn(db: Db, userId: SQL, workspaceId: string) {
  return db
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
}

/**
 * Moves the project to workspace `target`: the user may move it where it is (an owner there) and in
 * `target`. The slug stays (it names the project among those its creator created).
 */
export function moveProject(db: Db, userId: SQL, idOrSlug: string, target: string) {
  return db
    .update(projects)
    .set({ workspaceId: target, updatedAt: sql`now()` })
    .where(
      and(accessibleProject(idOrSlug, userId, "project:move"), memberMay(sql`${target}::uuid`, userId, "project:move")),
    )
    .returning(projectFields);
}

/**
 * Locks the user's row until the batch commits, so that the next statement of the batch (with a
 * snapshot of its own, taken after the lock) counts every project a concurrent create committed.
 * `no key update` leaves the foreign-key checks of other inserts (key share) unblocked.
 */
export function lockOwner(db: Db, userId: SQL) {
  return db.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("no key update");
}

export const PROJECT_SORTS = {
  created: projects.createdAt,
  updated: projects.updatedAt,
  name: projects.name,
} as const;
export type ProjectSort = keyof typeof PROJECT_SORTS;

export interface ProjectListQuery {
  sort: ProjectSort;
  order: "asc" | "desc";
  limit: number;
  phase?: Phase;
  createdFrom?: string;
  createdTo?: string;
  /** A LIKE pattern (already escaped; backslash is LIKE's default escape character). */
  pattern?: string;
  /** Only the projects of this workspace. */
  workspaceId?: string;
  /** Rows after this (sort key as text, id) in the requested order. */
  after?: { key: string; id: string };
}

/**
 * One keyset page (limit + 1 rows, to tell whether another follows), with each row's sort key
 * as text (timestamps keep their microseconds, which a JS Date would lose) for the next cursor.
 */
export function listProjects(db: Db, userId: SQL, q: ProjectListQuery) {
  const key = PROJECT_SORTS[q.sort];
  const dir = q.order === "asc" ? asc : desc;
  const typed = (v: string) => (q.sort === "name" ? sql`${v}::text` : sql`${v}::timestamptz`);
  // Raw: a row comparison (key, id) > (…) is what the (workspace_id, key, id) indexes serve; drizzle has no tuple operator.
  const after =
    q.after &&
    sql`(${key}, ${projects.id}) ${q.order === "asc" ? sql`>` : sql`<`} (${typed(q.after.key)}, ${q.after.id}::uuid)`;
  return db
    .select({ ...projectFields, sortKey: sql<string>`${key}::text` })
    .from(projects)
    .where(
      and(
        memberMay(projects.workspaceId, userId, "project:read"),
        q.workspaceId ? eq(projects.workspaceId, q.workspaceId) : undefined,
        q.phase ? eq(projects.currentPhase, q.phase) : undefined,
        q.createdFrom ? gte(projects.createdAt, sql`${q.createdFrom}::timestamptz`) : undefined,
        q.createdTo ? lte(projects.createdAt, sql`${q.createdTo}::timestamptz`) : undefined,
        q.pattern ? or(ilike(projects.name, q.pattern), ilike(projects.description, q.pattern)) : undefined,
        after,
      ),
    )
    .orderBy(dir(key), dir(projects.id))
    .limit(q.limit + 1);
}

export function countProjectsByPhase(db: Db, userId: SQL) {
  return db
    .select({ phase: projects.currentPhase, n: count() })
    .from(projects)
    .where(memberMay(projects.workspaceId, userId, "project:read"))
    .groupBy(projects.currentPhase);
}

/** The project's id when the user owns it (a listing's 404 check). */
export function projectExists(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select({ id: projects.id })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:read"));
}

export function findProject(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select(projectFields)
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:read"));
}

/** The project's entity tag (src/platform/db/etag.ts). */
export const projectEtag = rowEtag(projects);

/**
 * The project's ETag after the batch's writes, and whether `ifMatch` (If-Match's condition) holds on
 * it: what tells a refused conditional write (412) from a missing project (404), read in the same batch.
 */
export function projectTag(db: Db, userId: SQL, idOrSlug: string, ifMatch?: SQL) {
  return db
    .select({ etag: projectEtag, matches: sql<boolean>`${ifMatch ?? sql`true`}` })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:read"));
}

/** `ifMatch`: If-Match's condition on projectEtag, checked on the row the update locks. */
export function updateProject(db: Db, userId: SQL, idOrSlug: string, changes: ProjectChanges, ifMatch?: SQL) {
  return db
    .update(projects)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(accessibleProject(idOrSlug, userId, "project:write"), ifMatch))
    .returning(projectFields);
}

export function deleteProject(db: Db, userId: SQL, idOrSlug: string, ifMatch?: SQL) {
  return db
    .delete(projects)
    .where(and(accessibleProject(idOrSlug, userId, "project:delete"), ifMatch))
    .returning({ id: projects.id });
}

/**
 * Merges `patch` (top-level keys replaced) into the orchestration state unless the result would
 * exceed `maxBytes`. `||` is evaluated on the row as locked by the update, so concurrent merges of
 * different keys both survive. One row per found project; `state` is null when the guard refused.
 */
export function mergeOrchestrationState(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  patch: Record<string, unknown>,
  maxBytes: number,
) {
  const merged = sql`${projects.orchestrationState} || ${JSON.stringify(patch)}::jsonb`;
  const target = db.$with("target").as(
    db
      .select({ id: projects.id })
      .from(projects)
      .where(accessibleProject(idOrSlug, userId, "project:write")),
  );
  const updated = db.$with("updated").as(
    db
      .update(projects)
      .set({ orchestrationState: merged, updatedAt: sql`now()` })
      .from(target)
      .where(and(eq(projects.id, target.id), sql`octet_length((${merged})::text) <= ${maxBytes}`))
      .returning({ state: projects.orchestrationState }),
  );
  return db.with(target, updated).select({ state: updated.state }).from(target).leftJoin(updated, sql`true`);
}
