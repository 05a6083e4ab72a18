// The artifact aggregate's statements, each for the caller's `authed` batch (one round trip),
// scoped to the session's user through accessibleProject (a NULL user matches nothing).
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNull,
  ne,
  or,
  type SQL,
  type SQLWrapper,
  type Subquery,
  sql,
} from "drizzle-orm";
import { type AnyPgColumn, alias } from "drizzle-orm/pg-core";
import type { Db } from "../platform/db/client";
import { rowEtag } from "../platform/db/etag";
import { insertSelect, valueAs } from "../platform/db/raw";
import { artifactWaivers, type Phase, type ProjectArtifact, projectArtifacts, projects } from "../platform/db/schema";
import type { AnswerClaim } from "../platform/http/idempotency";
import { type ArtifactRow, accessibleProject } from "../projects";
import { CROSS_RULES, crossFinding } from "./cross-findings";

export type { ArtifactRow };

const { content: _content, matrixFacts: _matrixFacts, ...artifactFields } = getTableColumns(projectArtifacts);

export { artifactFields };

/** An artifact to store, measured and hashed by the caller. */
export type NewArtifact = Pick<
  ProjectArtifact,
  | "phase"
  | "artifactName"
  | "content"
  | "fileSize"
  | "contentHash"
  | "frontmatter"
  | "validationStatus"
  | "validationErrors"
  | "qualityScore"
  | "extraFile"
  | "traceIds"
  | "matrixFacts"
>;

const projectOf = (db: Db, userId: SQL, idOrSlug: string) =>
  db.$with("project").as(
    db
      .select({ id: projects.id })
      .from(projects)
      .where(accessibleProject(idOrSlug, userId, "project:write")),
  );

/**
 * Stores each item as the next version of its (phase, name), or reports the latest version when its
 * content is identical: ONE multi-row insert, each row's version computed from its own latest.
 * No `on conflict`: a concurrent post of one of the names aborts the statement (23505), so it is
 * all-or-nothing and the caller retries. One row per item, in input order, with `inserted` or
 * `same` set; no row at all when the project is not found. When an item's name differs only in
 * case from a name stored in its phase, nothing is stored and every row's `clash` names it.
 * With an Idempotency-Key, `answer` records each item's row (as inserted or as found, content left
 * out, with `created`) in input order and the status (`statuses`: some stored / none stored), or
 * releases the claim when the store was refused.
 */
export function storeArtifacts(
  db: Db,
  userId: SQL,
  idOrSlug: string,
  items: NewArtifact[],
  limits: ArtifactQuotas,
  answer: { claim: AnswerClaim; statuses: { stored: number; unchanged: number } } = {
    claim: () => [],
    statuses: { stored: 201, unchanged: 200 },
  },
) {
  const project = projectOf(db, userId, idOrSlug);
  const input = inputOf(db, items);
  const sameName = sameNameAs(input);
  const clash = nameClashOf(db, project, input);
  const latest = latestOf(db, project, input);
  const quota = artifactQuota(
    db,
    {
      project,
      projectId: project.id,
      input,
      latest,
      sameName: sameName(latest) ?? sql`false`,
      isNew: isNull(latest.id),
      stores: storesVersion(input, latest),
      bytes: storedBytes(input),
    },
    limits,
  );
  const inserted = insertedOf(db, { project, input, latest, quota, clash });
  const same = and(sameName(latest), eq(latest.contentHash, input.contentHash));
  const answered = answerOf(db, { project, input, latest, quota, clash, inserted }, answer);
  return db
    .with(project, input, clash, latest, quota, inserted, ...answered)
    .select({
      inserted: inserted._.selectedFields,
      same: latest._.selectedFields,
      quota: quota._.selectedFields,
      clash: clash.name,
    })
    .from(input)
    .innerJoin(project, sql`true`)
    .innerJoin(quota, sql`true`)
    .leftJoin(clash, sql`true`)
    .leftJoin(inserted, sameName(inserted))
    .leftJoin(latest, same)
    .orderBy(asc(input.ord));
}

// ---- storeArtifacts' parts: each builds one CTE (or a few) of its single statement.

/** Every stored field of an item, by its column: the jsonb records and the insert take them from here. */
const STORED_FIELDS = {
  phase: projectArtifacts.phase,
  artifactName: projectArtifacts.artifactName,
  content: projectArtifacts.content,
  fileSize: projectArtifacts.fileSize,
  contentHash: projectArtifacts.contentHash,
  frontmatter: projectArtifacts.frontmatter,
  validationStatus: projectArtifacts.validationStatus,
  validationErrors: projectArtifacts.validationErrors,
  qualityScore: projectArtifacts.qualityScore,
  extraFile: projectArtifacts.extraFile,
  traceIds: projectArtifacts.traceIds,
  matrixFacts: projectArtifacts.matrixFacts,
} satisfies Record<keyof NewArtifact, AnyPgColumn>;
const STORED_KEYS = Object.keys(STORED_FIELDS) as (keyof NewArtifact)[];

/** `input`: the items as rows (with `ord`, their input position), from one jsonb parameter. */
function inputOf(db: Db, items: NewArtifact[]) {
  const records = items.map((item, ord) => ({
    ord,
    ...Object.fromEntries(STORED_KEYS.map((k) => [STORED_FIELDS[k].name, item[k]])),
  }));
  // Raw: a jsonb parameter as a row source (jsonb_to_recordset) is beyond the builder; columns typed from the table.
  return db.$with("input", { ord: sql<number>`ord`.as("ord"), ...STORED_FIELDS }).as(sql`
    select * from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as x(ord int, ${sql.join(
      Object.values(STORED_FIELDS).map((col) => sql`${sql.identifier(col.name)} ${sql.raw(col.getSQLType())}`),
      sql`, `,
    )})`);
}

type Input = ReturnType<typeof inputOf>;
type Project = ReturnType<typeof projectOf>;

/** The join condition "same (phase, name) as the input row". */
const sameNameAs = (input: Input) => (t: { phase: AnyPgColumn; artifactName: AnyPgColumn }) =>
  and(eq(t.phase, input.phase), eq(t.artifactName, input.artifactName));

/** Whether the input row stores a version: nothing stored under its name yet, or other content. */
const storesVersion = (input: Input, latest: Latest) =>
  or(isNull(latest.contentHash), ne(latest.contentHash, input.contentHash)) ?? sql`false`;

/**
 * `clash`: an item's name spelled differently (README.md vs readme.md) by an artifact already stored
 * in its phase: one file on case-insensitive filesystems and in the zip, so the statement stores nothing.
 */
function nameClashOf(db: Db, project: Project, input: Input) {
  return db.$with("clash").as(
    db
      .select({ name: sql<string>`${input.artifactName}`.as("clash_name") })
      .from(projectArtifacts)
      .innerJoin(project, eq(projectArtifacts.projectId, project.id))
      .innerJoin(
        input,
        and(
          eq(projectArtifacts.phase, input.phase),
          // Raw: drizzle has no lower(); the columns are the tables'.
          sql`lower(${projectArtifacts.artifactName}) = lower(${input.artifactName})`,
          ne(projectArtifacts.artifactName, input.artifactName),
        ),
      )
      .limit(1),
  );
}

/** `latest`: the latest stored version (metadata) of each input item's (phase, name). */
function latestOf(db: Db, project: Project, input: Input) {
  const { phase, artifactName } = projectArtifacts;
  return db
    .$with("latest")
    .as(
      db
        .selectDistinctOn([phase, artifactName], artifactFields)
        .from(projectArtifacts)
        .innerJoin(project, eq(projectArtifacts.projectId, project.id))
        .innerJoin(input, sameNameAs(input)(projectArtifacts))
        .orderBy(phase, artifactName, desc(projectArtifacts.version)),
    );
}

type Latest = ReturnType<typeof latestOf>;

interface StoreParts {
  project: Project;
  input: Input;
  latest: Latest;
  quota: ReturnType<typeof artifactQuota>;
  clash: ReturnType<typeof nameClashOf>;
}

/**
 * `inserted`: each item whose content differs from its latest (or has none) as the next version,
 * only within the quota and without a clash.
 */
function insertedOf(db: Db, { project, input, latest, quota, clash }: StoreParts) {
  return db.$with("inserted", artifactFields).as(sql`
    ${insertSelect(
      projectArtifacts,
      {
        projectId: sql`${project.id}`,
        phase: sql`${input.phase}`,
        artifactName: sql`${input.artifactName}`,
        version: sql`coalesce(${latest.version}, 0) + 1`,
        ...Object.fromEntries(
          STORED_KEYS.filter((k) => k !== "phase" && k !== "artifactName").map((k) => [k, sql`${input[k]}`]),
        ),
      },
      // Raw: insert…select (see insertSelect). One lock order for every batch: no deadlock between two.
      sql`from ${input} cross join ${project} left join ${latest} on ${sameNameAs(input)(latest)}
          where ${storesVersion(input, latest)}
          and (select ${quota.allowed} from ${quota})
            and not exists (select 1 from ${clash})
          order by ${input.phase}, ${input.artifactName}`,
    )}
    returning *`);
}

/**
 * With an Idempotency-Key, the claim's CTEs and `answer_rows` (each item's answer row, as the final
 * select pairs them: inserted, or else the identical latest); none without a key.
 */
function answerOf(
  db: Db,
  { project, input, latest, quota, clash, inserted }: StoreParts & { inserted: ReturnType<typeof insertedOf> },
  answer: { claim: AnswerClaim; statuses: { stored: number; unchanged: number } },
) {
  const sameName = sameNameAs(input);
  // Raw: whole rows as jsonb (to_jsonb, minus the content) are beyond the builder.
  const answerRows = db.$with("answer_rows").as(
    db
      .select({
        ord: sql<number>`${input.ord}`.as("answer_ord"),
        row: sql`case when ${inserted.id} is not null
          then to_jsonb(${inserted}) - 'content' - 'matrix_facts' || '{"created": true}'::jsonb
          else to_jsonb(${latest}) || '{"created": false}'::jsonb end`.as("answer_row"),
      })
      .from(input)
      .leftJoin(inserted, sameName(inserted))
      .leftJoin(latest, and(sameName(latest), eq(latest.contentHash, input.contentHash))),
  );
  const { stored, unchanged } = answer.statuses;
  const answered = answer.claim({
    ok: sql`exists (select 1 from ${project}) and not exists (select 1 from ${clash}) and (select ${quota.allowed} from ${quota})`,
    status: sql`case when exists (select 1 from ${inserted}) then ${stored}::int else ${unchanged}::int end`,
    rows: {
      items: sql`coalesce((select jsonb_agg(${answerRows.row} order by ${answerRows.ord}) from ${answerRows}), '[]'::jsonb)`,
    },
  });
  return answered.length ? [answerRows, ...answered] : [];
}

/** Per-project quotas (src/platform/config.ts, docs/quotas.md). */
export interface ArtifactQuotas {
  artifacts: number;
  bytes: number;
}

/**
 * What a version holds against the byte quota: its content and its frontmatter as stored (jsonb as text; an empty
 * one counts nothing). Raw: octet_length of jsonb text is beyond the builder.
 */
export function storedBytes(t: { fileSize: SQLWrapper; frontmatter: SQLWrapper }): SQL {
  return sql`(${t.fileSize} + case when ${t.frontmatter} = '{}'::jsonb then 0 else octet_length((${t.frontmatter})::text) end)`;
}

/**
 * The quota check of storeArtifacts, one row: what the project holds (distinct artifacts, content
 * and frontmatter bytes of every version), what this batch adds (new names, bytes of the versions it stores), and
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
    /** Per item: no version stored yet / this item stores a version / the bytes it holds (storedBytes). */
    isNew: SQL;
    stores: SQL;
    bytes: SQL;
  },
  limits: ArtifactQuotas,
) {
  const a = projectArtifacts;
  // Raw: count(distinct (a, b)) and aggregate filters are beyond the builder; columns from the table.
  const held = db
    .select({
      artifacts: sql<number>`count(distinct (${a.phase}, ${a.artifactName}))::int`.as("held_artifacts"),
      bytes: sql<number>`coalesce(sum(${storedBytes(a)}), 0)::float8`.as("held_bytes"),
    })
    .from(a)
    .innerJoin(q.project, eq(a.projectId, q.projectId));
  const adds = db
    .select({
      artifacts: sql<number>`(count(*) filter (where ${q.isNew}))::int`.as("new_artifacts"),
      bytes: sql<number>`coalesce(sum(${q.bytes}) filter (where ${q.stores}), 0)::float8`.as("new_bytes"),
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
  return db
    .select({ id: projects.id })
    .from(projects)
    .where(accessibleProject(idOrSlug, userId, "project:write"))
    .for("no key update");
}

/** Metadata of the latest version of each artifact (or of every version), optionally of one phase. */
export function listArtifacts(db: Db, userId: SQL, idOrSlug: string, q: { phase?: Phase; versions: "latest" | "all" }) {
  const { phase, artifactName, version } = projectArtifacts;
  const where = and(accessibleProject(idOrSlug, userId, "project:read"), q.phase ? eq(phase, q.phase) : undefined);
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
    .select({ ...artifactFields, content: a.content, etag: artifactEtag })
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
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), eq(ref.id, artifactId)));
}

/**
 * Versions `versions` of the (phase, name) of artifact `artifactId`, with content: one row per version that
 * exists (none when the artifact is not the user's). At most two rows (a diff's sides).
 */
export function artifactVersions(db: Db, userId: SQL, idOrSlug: string, artifactId: string, versions: number[]) {
  const ref = alias(projectArtifacts, "ref");
  const a = projectArtifacts;
  return db
    .select({ phase: a.phase, artifactName: a.artifactName, version: a.version, content: a.content })
    .from(ref)
    .innerJoin(projects, eq(projects.id, ref.projectId))
    .innerJoin(
      a,
      and(
        eq(a.projectId, ref.projectId),
        eq(a.phase, ref.phase),
        eq(a.artifactName, ref.artifactName),
        inArray(a.version, versions),
      ),
    )
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), eq(ref.id, artifactId)));
}

export interface WaiverInput {
  ruleId: string;
  reason: string;
}

/** An artifact version's entity tag (src/platform/db/etag.ts). */
export const artifactEtag = rowEtag(projectArtifacts);

/**
 * The entity tag of the latest version of the (phase, name) of the `project_artifacts` row in scope: what
 * If-Match on a waiver is compared with, so a tag read before a newer version was stored (whose findings the
 * waiver would cover unseen) no longer matches.
 */
export function latestArtifactEtag(db: Db): SQL<string> {
  const a = projectArtifacts;
  const l = alias(projectArtifacts, "latest");
  const latest = db
    .select({ etag: rowEtag(l) })
    .from(l)
    .where(and(eq(l.projectId, a.projectId), eq(l.phase, a.phase), eq(l.artifactName, a.artifactName)))
    .orderBy(desc(l.version))
    .limit(1);
  return sql<string>`(${latest})`;
}

/**
 * The latest tag of artifact `artifactId`'s (phase, name), and whether `ifMatch` holds on it: what tells a
 * refused conditional waiver (412) from a missing finding, read in the waiver's batch.
 */
export function artifactTag(db: Db, userId: SQL, idOrSlug: string, artifactId: string, ifMatch?: SQL) {
  const a = projectArtifacts;
  return db
    .select({ etag: latestArtifactEtag(db), matches: sql<boolean>`${ifMatch ?? sql`true`}` })
    .from(a)
    .innerJoin(projects, eq(projects.id, a.projectId))
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), eq(a.id, artifactId)));
}

/**
 * The owner waives rule `ruleId` on the artifact (phase, name) of version `artifactId`, which must carry a
 * finding of that rule: one of its own stored findings, or (a template document) a cross-document error its
 * facts have against the project's latest documents now (src/artifacts/cross-findings.ts). One row (replaced with
 * the new reason, who and when if it existed); none when the artifact is not the user's or has no such finding.
 * The stored findings are never changed. `ifMatch`: If-Match's condition on latestArtifactEtag, in the same WHERE.
 */
export function waiveFinding(db: Db, userId: SQL, idOrSlug: string, artifactId: string, w: WaiverInput, ifMatch?: SQL) {
  const a = projectArtifacts;
  const t = artifactWaivers;
  const waived = db.$with("waived", getTableColumns(artifactWaivers)).as(sql`
    ${insertSelect(
      t,
      {
        projectId: sql`${a.projectId}`,
        phase: sql`${a.phase}`,
        artifactName: sql`${a.artifactName}`,
        ruleId: valueAs(t.ruleId, w.ruleId),
        reason: valueAs(t.reason, w.reason),
        waivedBy: userId,
      },
      // Raw: insert…select with an upsert, and a finding looked up inside the jsonb array of findings.
      sql`from ${a} inner join ${projects} on ${eq(projects.id, a.projectId)}
          where ${and(accessibleProject(idOrSlug, userId, "project:write"), eq(a.id, artifactId), ifMatch)}
            and (exists (select 1 from jsonb_array_elements(${a.validationErrors}) f where f->>'ruleId' = ${w.ruleId})
              or ${crossFindingOf(w.ruleId)})
          on conflict (${sql.join(
            [t.projectId, t.phase, t.artifactName, t.ruleId].map((col) => sql.identifier(col.name)),
            sql`, `,
          )})
          do update set ${sql.join(
            [t.reason, t.waivedBy].map(
              (col) => sql`${sql.identifier(col.name)} = excluded.${sql.identifier(col.name)}`,
            ),
            sql`, `,
          )}, ${sql.identifier(t.waivedAt.name)} = now()`,
    )}
    returning *`);
  return db.with(waived).select().from(waived);
}

/** The waived version has cross-document error `ruleId` (false for any other rule, and for extra files). */
function crossFindingOf(ruleId: string): SQL {
  const rule = CROSS_RULES.find((r) => r === ruleId);
  if (!rule) return sql`false`;
  const a = projectArtifacts;
  const self = { phase: sql`${a.phase}`, name: sql`${a.artifactName}`, facts: sql`${a.traceIds}` };
  return sql`(not ${a.extraFile} and ${crossFinding(rule, self)})`;
}

/** The project's waivers. */
export function listWaivers(db: Db, userId: SQL, idOrSlug: string) {
  return db
    .select(waiverFields)
    .from(artifactWaivers)
    .innerJoin(projects, eq(projects.id, artifactWaivers.projectId))
    .where(accessibleProject(idOrSlug, userId, "project:read"))
    .orderBy(artifactWaivers.phase, artifactWaivers.artifactName, artifactWaivers.ruleId);
}
const { projectId: _waiverProject, id: _waiverId, ...waiverFields } = getTableColumns(artifactWaivers);

/**
 * Latest version of every TEMPLATE artifact with its matrix facts (traceability, progress), and its content only
 * for versions stored without facts (parsed on read): at most one per template document (18), each at most
 * ARTIFACT_CONTENT_MAX (512 KiB) — so the answer stays under ~9 MiB, far below Neon's response limit. Extra files
 * are left out: they would make the answer unbounded.
 */
export function latestTemplateContents(db: Db, userId: SQL, idOrSlug: string) {
  const { phase, artifactName, version, matrixFacts, content } = projectArtifacts;
  return db
    .selectDistinctOn([phase, artifactName], {
      phase,
      name: artifactName,
      version,
      matrixFacts,
      // Raw: a column read only when the facts are missing.
      content: sql<string | null>`case when ${matrixFacts} is null then ${content} end`,
      contentHash: projectArtifacts.contentHash,
      status: projectArtifacts.validationStatus,
      findings: projectArtifacts.validationErrors,
      qualityScore: projectArtifacts.qualityScore,
    })
    .from(projectArtifacts)
    .innerJoin(projects, eq(projects.id, projectArtifacts.projectId))
    .where(and(accessibleProject(idOrSlug, userId, "project:read"), eq(projectArtifacts.extraFile, false)))
    .orderBy(phase, artifactName, desc(version));
}

/** The validation of the latest version of each artifact (progress, gate explanations). */
export function latestArtifactStatuses(db: Db, userId: SQL, idOrSlug: string) {
  const { phase, artifactName, validationStatus, validationErrors, traceIds, extraFile, version } = projectArtifacts;
  return db
    .selectDistinctOn([phase, artifactName], {
      phase,
      artifactName,
      version,
      validationStatus,
      validationErrors,
      traceIds,
      extraFile,
    })
    .from(projectArtifacts)
    .innerJoin(projects, eq(projects.id, projectArtifacts.projectId))
    .where(accessibleProject(idOrSlug, userId, "project:read"))
    .orderBy(phase, artifactName, desc(version));
}
