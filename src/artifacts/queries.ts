// The artifact aggregate's statements, each for the caller's `authed` batch (one round trip),
// scoped to the session's user through ownedProject (a NULL user matches nothing).
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  isNull,
  ne,
  or,
  type SQL,
  type SQLWrapper,
  type Subquery,
  sql,
} from "drizzle-orm";
import { type AnyPgColumn, alias } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";
import { insertSelect } from "../db/raw";
import { type Phase, type ProjectArtifact, projectArtifacts, projects, type ValidationStatus } from "../db/schema";
import { ownedProject } from "../projects/queries";

/** Artifact metadata: every column but the content (lists never carry it). */
export type ArtifactRow = Omit<ProjectArtifact, "content">;
const { content: _content, ...artifactFields } = getTableColumns(projectArtifacts);

export { artifactFields };

/** An artifact to store, measured and hashed by the caller. */
export type NewArtifact = Pick<
  ProjectArtifact,
  "phase" | "artifactName" | "content" | "fileSize" | "contentHash" | "frontmatter"
>;

const projectOf = (db: Db, userId: SQL, idOrSlug: string) =>
  db.$with("project").as(db.select({ id: projects.id }).from(projects).where(ownedProject(idOrSlug, userId)));

/**
 * Stores each item as the next version of its (phase, name), or reports the latest version when its
 * content is identical: ONE multi-row insert, each row's version computed from its own latest.
 * No `on conflict`: a concurrent post of one of the names aborts the statement (23505), so it is
 * all-or-nothing and the caller retries. One row per item, in input order, with `inserted` or
 * `same` set; no row at all when the project is not found.
 */
export function storeArtifacts(db: Db, userId: SQL, idOrSlug: string, items: NewArtifact[], limits: ArtifactQuotas) {
  const project = projectOf(db, userId, idOrSlug);
  const { phase, artifactName, content, fileSize, contentHash, frontmatter } = projectArtifacts;
  const fields = { phase, artifactName, content, fileSize, contentHash, frontmatter };
  const records = items.map((item, ord) => ({
    ord,
    [phase.name]: item.phase,
    [artifactName.name]: item.artifactName,
    [content.name]: item.content,
    [fileSize.name]: item.fileSize,
    [contentHash.name]: item.contentHash,
    [frontmatter.name]: item.frontmatter,
  }));
  // Raw: a jsonb parameter as a row source (jsonb_to_recordset) is beyond the builder; columns typed from the table.
  const input = db.$with("input", { ord: sql<number>`ord`.as("ord"), ...fields }).as(sql`
    select * from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as x(ord int, ${sql.join(
      Object.values(fields).map((col) => sql`${sql.identifier(col.name)} ${sql.raw(col.getSQLType())}`),
      sql`, `,
    )})`);
  const sameName = (t: { phase: AnyPgColumn; artifactName: AnyPgColumn }) =>
    and(eq(t.phase, input.phase), eq(t.artifactName, input.artifactName));
  const latest = db
    .$with("latest")
    .as(
      db
        .selectDistinctOn([phase, artifactName], artifactFields)
        .from(projectArtifacts)
        .innerJoin(project, eq(projectArtifacts.projectId, project.id))
        .innerJoin(input, sameName(projectArtifacts))
        .orderBy(phase, artifactName, desc(projectArtifacts.version)),
    );
  const quota = artifactQuota(
    db,
    {
      project,
      projectId: project.id,
      input,
      latest,
      sameName: sameName(latest) ?? sql`false`,
      isNew: isNull(latest.id),
      stores: or(isNull(latest.contentHash), ne(latest.contentHash, input.contentHash)) ?? sql`false`,
      fileSize: input.fileSize,
    },
    limits,
  );
  const inserted = db.$with("inserted", artifactFields).as(sql`
    ${insertSelect(
      projectArtifacts,
      {
        projectId: sql`${project.id}`,
        phase: sql`${input.phase}`,
        artifactName: sql`${input.artifactName}`,
        version: sql`coalesce(${latest.version}, 0) + 1`,
        content: sql`${input.content}`,
        fileSize: sql`${input.fileSize}`,
        contentHash: sql`${input.contentHash}`,
        frontmatter: sql`${input.frontmatter}`,
      },
      // Raw: insert…select (see insertSelect). One lock order for every batch: no deadlock between two.
      sql`from ${input} cross join ${project} left join ${latest} on ${sameName(latest)}
          where ${or(isNull(latest.contentHash), ne(latest.contentHash, input.contentHash))}
          and (select ${quota.allowed} from ${quota})
          order by ${input.phase}, ${input.artifactName}`,
    )}
    returning *`);
  return db
    .with(project, input, latest, quota, inserted)
    .select({ inserted: inserted._.selectedFields, same: latest._.selectedFields, quota: quota._.selectedFields })
    .from(input)
    .innerJoin(project, sql`true`)
    .innerJoin(quota, sql`true`)
    .leftJoin(inserted, sameName(inserted))
    .leftJoin(latest, and(sameName(latest), eq(latest.contentHash, input.contentHash)))
    .orderBy(asc(input.ord));
}

/** Per-project quotas (src/config.ts, docs/quotas.md). */
export interface ArtifactQuotas {
  artifacts: number;
  bytes: number;
}

/**
 * The quota check of storeArtifacts, one row: what the project holds (distinct artifacts, content
 * bytes of every version), what this batch adds (new names, bytes of the versions it stores), and
 * whether that fits; the insert stores nothing unless `allowed`. Exact when the batch locked the
 * project row first (lockProject), see docs/quotas.md.
 */
function artifactQuota(
  db: Db,
  q: {
    project: Subquery;
    projectId: SQLWrapper;
    /** The batch's items left-joined with their latest stored version. */
    input: Subquery;
    latest: Subquery;
    sameName: SQL;
    /** Per item: no version stored yet / this item stores a version / its size. */
    isNew: SQL;
    stores: SQL;
    fileSize: SQLWrapper;
  },
  limits: ArtifactQuotas,
) {
  const a = projectArtifacts;
  // Raw: count(distinct (a, b)) and aggregate filters are beyond the builder; columns from the table.
  const held = db
    .select({
      artifacts: sql<number>`count(distinct (${a.phase}, ${a.artifactName}))::int`.as("held_artifacts"),
      bytes: sql<number>`coalesce(sum(${a.fileSize}), 0)::float8`.as("held_bytes"),
    })
    .from(a)
    .innerJoin(q.project, eq(a.projectId, q.projectId));
  const adds = db
    .select({
      artifacts: sql<number>`(count(*) filter (where ${q.isNew}))::int`.as("new_artifacts"),
      bytes: sql<number>`coalesce(sum(${q.fileSize}) filter (where ${q.stores}), 0)::float8`.as("new_bytes"),
    })
    .from(q.input)
    .leftJoin(q.latest, q.sameName);
  const h = held.as("h");
  const n = adds.as("n");
  return db.$with("quota").as(
    db
      .select({
        heldArtifacts: h.artifacts,
        heldBytes: h.bytes,
        newArtifacts: n.artifacts,
        newBytes: n.bytes,
        // New names must fit (new versions of existing ones never trip it); new bytes must fit.
        allowed: sql<boolean>`(${n.artifacts} = 0 or ${h.artifacts} + ${n.artifacts} <= ${limits.artifacts})
          and (${n.bytes} = 0 or ${h.bytes} + ${n.bytes} <= ${limits.bytes})`.as("allowed"),
      })
      .from(h)
      .crossJoin(n),
  );
}

/**
 * Locks the project row until the batch commits, so that storeArtifacts (the next statement, with a
 * snapshot taken after the lock) sees everything a concurrent store committed. `no key update`
 * leaves the foreign-key checks of artifact inserts (key share) unblocked.
 */
export function lockProject(db: Db, userId: SQL, idOrSlug: string) {
  return db.select({ id: projects.id }).from(projects).where(ownedProject(idOrSlug, userId)).for("no key update");
}

export function projectExists(db: Db, userId: SQL, idOrSlug: string) {
  return db.select({ id: projects.id }).from(projects).where(ownedProject(idOrSlug, userId));
}

/** Metadata of the latest version of each artifact (or of every version), optionally of one phase. */
export function listArtifacts(db: Db, userId: SQL, idOrSlug: string, q: { phase?: Phase; versions: "latest" | "all" }) {
  const { phase, artifactName, version } = projectArtifacts;
  const where = and(ownedProject(idOrSlug, userId), q.phase ? eq(phase, q.phase) : undefined);
  const join = eq(projects.id, projectArtifacts.projectId);
  return q.versions === "all"
    ? db
        .select(artifactFields)
        .from(projectArtifacts)
        .innerJoin(projects, join)
        .where(where)
        .orderBy(phase, artifactName, version)
    : db
        .selectDistinctOn([phase, artifactName], artifactFields)
        .from(projectArtifacts)
        .innerJoin(projects, join)
        .where(where)
        .orderBy(phase, artifactName, desc(version));
}

/** One artifact with content: `version` of the same (phase, name) as `artifactId`, or that one itself. */
export function findArtifact(db: Db, userId: SQL, idOrSlug: string, artifactId: string, version?: number) {
  const ref = alias(projectArtifacts, "ref");
  const a = projectArtifacts;
  return db
    .select({ ...artifactFields, content: a.content })
    .from(ref)
    .innerJoin(projects, eq(projects.id, ref.projectId))
    .innerJoin(
      a,
      and(
        eq(a.projectId, ref.projectId),
        eq(a.phase, ref.phase),
        eq(a.artifactName, ref.artifactName),
        eq(a.version, version ?? ref.version),
      ),
    )
    .where(and(ownedProject(idOrSlug, userId), eq(ref.id, artifactId)));
}

export interface ValidationResult {
  status: ValidationStatus;
  /** Omitted: kept as it was. */
  errors?: unknown[];
  /** Omitted: kept as it was; null clears it. */
  qualityScore?: number | null;
}

export function recordValidation(db: Db, userId: SQL, idOrSlug: string, artifactId: string, v: ValidationResult) {
  return db
    .update(projectArtifacts)
    .set({
      validationStatus: v.status,
      validationErrors: v.errors,
      qualityScore: v.qualityScore,
      updatedAt: sql`now()`,
    })
    .from(projects)
    .where(
      and(
        eq(projects.id, projectArtifacts.projectId),
        ownedProject(idOrSlug, userId),
        eq(projectArtifacts.id, artifactId),
      ),
    )
    .returning(artifactFields);
}

/** The validation status of the latest version of each artifact (for progress). */
export function latestArtifactStatuses(db: Db, userId: SQL, idOrSlug: string) {
  const { phase, artifactName, validationStatus, version } = projectArtifacts;
  return db
    .selectDistinctOn([phase, artifactName], { phase, artifactName, validationStatus })
    .from(projectArtifacts)
    .innerJoin(projects, eq(projects.id, projectArtifacts.projectId))
    .where(ownedProject(idOrSlug, userId))
    .orderBy(phase, artifactName, desc(version));
}
