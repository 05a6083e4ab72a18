// The committed migrations must be exactly what the schema generates: a schema change without
// `npm run db:generate` fails here instead of at deploy time. And what a migration repairs, on seeded rows.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("migrations", () => {
  it("drizzle-kit generate finds nothing new to write", () => {
    // drizzle-kit resolves --out relative to the project, so the scratch copy lives here (git-ignored).
    const out = mkdtempSync(".drizzle-drift-");
    try {
      cpSync("drizzle", out, { recursive: true });
      const files = () => [...readdirSync(out), ...readdirSync(join(out, "meta"))].sort();
      const before = files();
      const run = spawnSync(
        "node_modules/.bin/drizzle-kit",
        [
          "generate",
          "--dialect",
          "postgresql",
          "--schema",
          "./src/platform/db/schema.ts",
          "--out",
          out,
          "--name",
          "drift",
        ],
        { encoding: "utf8" },
      );
      const log = `${run.stdout}${run.stderr}`;
      expect(run.status, log).toBe(0);
      expect(files(), log).toEqual(before);
      expect(log).toMatch(/No schema changes/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("migration 0009 repairs stored frontmatter", () => {
  it("empties frontmatter that aliases expanded past 32 KiB and fails its version; leaves others as they were", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // The migrations before 0009 in a scratch copy: the database as it was, then the seeded rows, then the rest.
    const before = mkdtempSync(".drizzle-before-");
    const db = await PGlite.create();
    try {
      cpSync("drizzle", before, { recursive: true });
      const journalPath = join(before, "meta", "_journal.json");
      const journal = JSON.parse(readFileSync(journalPath, "utf8"));
      const at = journal.entries.findIndex((e: { tag: string }) => e.tag.startsWith("0009_"));
      expect(at).toBeGreaterThan(0);
      journal.entries = journal.entries.slice(0, at);
      writeFileSync(journalPath, JSON.stringify(journal));
      await migrate(drizzle(db), { migrationsFolder: before });

      const user = await db.query<{ id: string }>(
        "insert into users (email, password_hash, name) values ('m@x.test', 'x', 'M') returning id",
      );
      const project = await db.query<{ id: string }>(
        "insert into projects (user_id, slug, name) values ($1, 'p', 'P') returning id",
        [user.rows[0]?.id],
      );
      const projectId = project.rows[0]?.id;
      // What 1.2 KiB of YAML with nested aliases stored: ~2 MB of jsonb.
      const expanded = { a: Array.from({ length: 2000 }, () => ({ b: "x".repeat(1000) })) };
      const insert = (name: string, frontmatter: unknown) =>
        db.query(
          `insert into project_artifacts (project_id, phase, artifact_name, version, content, file_size, content_hash,
             frontmatter, validation_status, validation_errors, quality_score)
           values ($1, 'analysis', $2, 1, '# x', 3, 'h', $3::jsonb, 'pass', '[]'::jsonb, 100)`,
          [projectId, name, JSON.stringify(frontmatter)],
        );
      await insert("project-brief.md", expanded);
      // 16 KiB serialized, the most a request could send: untouched.
      await insert("personas.md", { t: "y".repeat(16 * 1024 - 10) });

      await migrate(drizzle(db), { migrationsFolder: "drizzle" });
      const rows = await db.query<{
        artifact_name: string;
        frontmatter: unknown;
        validation_status: string;
        quality_score: number;
        validation_errors: { ruleId: string; severity: string; location: unknown }[];
        matrix_facts: unknown;
      }>("select * from project_artifacts order by artifact_name");
      const [personas, brief] = rows.rows;
      expect(brief?.artifact_name).toBe("project-brief.md");
      expect(brief?.frontmatter).toEqual({});
      expect(brief?.validation_status).toBe("fail");
      expect(brief?.quality_score).toBe(80);
      expect(brief?.validation_errors).toEqual([
        expect.objectContaining({
          ruleId: "frontmatter-invalid",
          severity: "error",
          location: { phase: "analysis", artifact: "project-brief.md", line: 2 },
        }),
      ]);
      expect(personas?.frontmatter).toEqual({ t: "y".repeat(16 * 1024 - 10) });
      expect(personas?.validation_status).toBe("pass");
      expect(personas?.validation_errors).toEqual([]);
      // Versions stored before the matrix facts existed have none: reads parse them.
      expect(personas?.matrix_facts).toBeNull();
    } finally {
      await db.close();
      rmSync(before, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("migration 0011 gives every user a personal workspace holding their projects", () => {
  it("each user: exactly one personal workspace, as its owner; each project: its creator's; nothing lost", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // The migrations before 0011 in a scratch copy: the database as it was, then the seeded rows, then the rest.
    const before = mkdtempSync(".drizzle-before-");
    const db = await PGlite.create();
    try {
      cpSync("drizzle", before, { recursive: true });
      const journalPath = join(before, "meta", "_journal.json");
      const journal = JSON.parse(readFileSync(journalPath, "utf8"));
      const at = journal.entries.findIndex((e: { tag: string }) => e.tag.startsWith("0011_"));
      expect(at).toBeGreaterThan(0);
      journal.entries = journal.entries.slice(0, at);
      writeFileSync(journalPath, JSON.stringify(journal));
      await migrate(drizzle(db), { migrationsFolder: before });

      // Three users: two with projects (one with several, each with documents), one with none.
      const users: string[] = [];
      for (const n of [1, 2, 3]) {
        const u = await db.query<{ id: string }>(
          "insert into users (email, password_hash, name) values ($1, 'x', $2) returning id",
          [`u${n}@x.test`, `U${n}`],
        );
        users.push(u.rows[0]?.id as string);
      }
      for (const [user, count] of [
        [users[0], 3],
        [users[1], 1],
      ] as const) {
        for (let i = 1; i <= count; i++) {
          const p = await db.query<{ id: string }>(
            "insert into projects (user_id, slug, name) values ($1, $2, $3) returning id",
            [user, `p-${i}`, `P${i}`],
          );
          for (const name of ["project-brief.md", "personas.md"]) {
            await db.query(
              `insert into project_artifacts (project_id, phase, artifact_name, version, content, file_size, content_hash,
                 frontmatter, validation_status, validation_errors, quality_score)
               values ($1, 'analysis', $2, 1, '# x', 3, 'h', '{}'::jsonb, 'pass', '[]'::jsonb, 100)`,
              [p.rows[0]?.id, name],
            );
          }
        }
      }
      const counts = async () =>
        (
          await db.query<{ projects: number; artifacts: number; users: number }>(
            `select (select count(*)::int from projects) as projects,
                    (select count(*)::int from project_artifacts) as artifacts,
                    (select count(*)::int from users) as users`,
          )
        ).rows[0];
      const seeded = await counts();
      expect(seeded).toEqual({ projects: 4, artifacts: 8, users: 3 });

      await migrate(drizzle(db), { migrationsFolder: "drizzle" });

      expect(await counts()).toEqual(seeded);
      const personal = await db.query<{ user_id: string; n: number; owners: number }>(
        `select u.id as user_id,
                (select count(*)::int from workspaces w where w.created_by = u.id and w.personal) as n,
                (select count(*)::int from workspaces w join workspace_members m on m.workspace_id = w.id
                  where w.created_by = u.id and w.personal and m.user_id = u.id and m.role = 'owner') as owners
         from users u order by u.id`,
      );
      expect(personal.rows).toHaveLength(3);
      for (const row of personal.rows) expect(row).toMatchObject({ n: 1, owners: 1 });
      const misplaced = await db.query(
        `select p.id from projects p
         where p.workspace_id is distinct from
           (select w.id from workspaces w where w.created_by = p.user_id and w.personal)`,
      );
      expect(misplaced.rows).toEqual([]);
      // Each personal workspace has only its user as a member.
      const members = await db.query<{ n: number }>("select count(*)::int as n from workspace_members");
      expect(members.rows[0]?.n).toBe(3);
    } finally {
      await db.close();
      rmSync(before, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("migration 0012 records the latest PRD.md's requirements and every version's requirement revisions", () => {
  it("the backfilled rows are what the requirements parser reads from the same text", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const { parseRequirements } = await import("../../src/spec-engine/requirements");
    const { storedFacts } = await import("../../src/spec-engine/trace-ids");
    const prd = readFileSync("test/fixtures/spec-set/spec/PRD.md", "utf8");
    // Edge cases of the parser: a list-item definition, a duplicate id (the first wins), emphasis in a title,
    // a block ended by a heading of its level, one without acceptance, an id inside code text.
    const edges = `${prd.replace("# Shelfshare PRD", "# Shelfshare PRD\r")}
## More

- **REQ-X-001**: _Listed_ requirement
  Its body. Acceptance: listed.
### REQ-AUTH-001: Duplicate, ignored

Later text.
### REQ-X-002 — A \`coded\` title
No acceptance here.
#### Sub heading inside
still REQ-X-002's.
### Next
`;
    const dataModel = readFileSync("test/fixtures/spec-set/spec/data-model.md", "utf8");
    const before = mkdtempSync(".drizzle-before-");
    const db = await PGlite.create();
    try {
      cpSync("drizzle", before, { recursive: true });
      const journalPath = join(before, "meta", "_journal.json");
      const journal = JSON.parse(readFileSync(journalPath, "utf8"));
      const at = journal.entries.findIndex((e: { tag: string }) => e.tag.startsWith("0012_"));
      expect(at).toBeGreaterThan(0);
      journal.entries = journal.entries.slice(0, at);
      writeFileSync(journalPath, JSON.stringify(journal));
      await migrate(drizzle(db), { migrationsFolder: before });

      const user = await db.query<{ id: string }>(
        "insert into users (email, password_hash, name) values ('r@x.test', 'x', 'R') returning id",
      );
      const userId = user.rows[0]?.id;
      const ws = await db.query<{ id: string }>(
        "insert into workspaces (name, personal, created_by) values ('W', false, $1) returning id",
        [userId],
      );
      const project = await db.query<{ id: string }>(
        "insert into projects (user_id, workspace_id, slug, name, current_phase) values ($1, $2, 'p', 'P', 'spec') returning id",
        [userId, ws.rows[0]?.id],
      );
      const projectId = project.rows[0]?.id;
      const insert = (phase: string, name: string, version: number, content: string) =>
        db.query(
          `insert into project_artifacts (project_id, phase, artifact_name, version, content, file_size, content_hash,
             validation_status, trace_ids) values ($1, $2, $3, $4, $5, 1, 'h', 'pass', $6::jsonb)`,
          [projectId, phase, name, version, content, JSON.stringify(storedFacts(name, content).traceIds)],
        );
      await insert("spec", "PRD.md", 1, "# Old\n\n### REQ-OLD-001: Gone\n\nOld.");
      await insert("spec", "PRD.md", 2, edges);
      await insert("spec", "data-model.md", 1, dataModel);

      await migrate(drizzle(db), { migrationsFolder: "drizzle" });
      const rows = await db.query<Record<string, unknown>>(
        `select req_id, title, body, acceptance, content_hash, revision, status from requirements
         where project_id = $1 order by req_id`,
        [projectId],
      );
      const expected = (await parseRequirements(edges))
        .map((r) => ({
          req_id: r.reqId,
          title: r.title,
          body: r.body,
          acceptance: r.acceptance,
          content_hash: r.contentHash,
          revision: 1,
          status: "active",
        }))
        .sort((x, y) => (x.req_id < y.req_id ? -1 : 1));
      expect(expected.map((r) => r.req_id)).toContain("REQ-X-001");
      expect(rows.rows).toEqual(expected);
      const versions = await db.query<{
        artifact_name: string;
        version: number;
        requirement_revisions: Record<string, number>;
      }>(
        "select artifact_name, version, requirement_revisions from project_artifacts where project_id = $1 order by 1, 2",
        [projectId],
      );
      const refs = storedFacts("data-model.md", dataModel).traceIds.refs ?? [];
      expect(versions.rows.map((v) => [v.artifact_name, v.version, v.requirement_revisions])).toEqual([
        ["PRD.md", 1, {}],
        ["PRD.md", 2, Object.fromEntries(expected.map((r) => [r.req_id, 1]))],
        [
          "data-model.md",
          1,
          Object.fromEntries(refs.filter((id) => expected.some((r) => r.req_id === id)).map((id) => [id, 1])),
        ],
      ]);
    } finally {
      await db.close();
      rmSync(before, { recursive: true, force: true });
    }
  }, 60_000);
});
