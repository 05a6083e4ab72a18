// A run's store batch against a cancel that commits while the batch runs (src/runs/generation/store.ts
// holdRun). The cancel is a second Postgres session: it updates the run's row and commits only after the batch
// has started, which is what a person's cancel does when it lands mid-batch. The batch either lands wholly
// before the cancel or writes nothing; without the row lock its later statements saw the cancel and its earlier
// ones did not (a version stored, the counters not). On PGlite there is no second session: skipped, said so.
import { and, eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { getDbConfig } from "../../../src/platform/config.ts";
import { createDb } from "../../../src/platform/db/client.ts";
import { generationRunSteps, generationRuns, projectArtifacts } from "../../../src/platform/db/schema.ts";
import { sha256Hex } from "../../../src/platform/lib/hash.ts";
import { storeDraft, storedWhileRunning } from "../../../src/runs/generation/store.ts";
import { validateArtifact } from "../../../src/spec-engine/index.ts";
import { projectRows } from "../../shared/db-rows.ts";
import { fixture } from "../../shared/spec-fixtures.ts";

const directUrl = inject("directDatabaseUrl");
const db = createDb(
  getDbConfig({
    DATABASE_URL: "postgres://store-lock:pw@localhost/specdrive",
    NEON_FETCH_ENDPOINT: inject("neonEndpoint"),
  }),
);
let cancel: pg.Client | undefined;

beforeAll(async () => {
  if (!directUrl) return;
  cancel = new pg.Client({ connectionString: directUrl });
  await cancel.connect();
});
afterAll(() => cancel?.end());

async function runningRun() {
  const { user, project } = await projectRows(db, "lock", { name: "Lock" });
  const [run] = await db
    .insert(generationRuns)
    .values({ projectId: project.id, userId: user.id, status: "running", tokenBudget: 100_000 })
    .returning();
  return { projectId: project.id, runId: run!.id };
}

(directUrl ? it : it.skip)(
  "a cancel committing while a draft is stored: the store waits for it and writes nothing (Postgres only)",
  async () => {
    const { projectId, runId } = await runningRun();
    const content = fixture("analysis", "constitution.md");
    const draft = {
      runId,
      projectId,
      stepKey: "1 analysis/constitution.md",
      phase: "analysis" as const,
      name: "constitution.md",
      content,
      contentHash: await sha256Hex(content),
      validation: await validateArtifact("analysis", "constitution.md", content),
      tokensIn: 10,
      tokensOut: 20,
      costUsd: 0,
    };
    // The cancel's update holds the run's row, uncommitted, while the batch starts.
    await cancel!.query("begin");
    await cancel!.query("update generation_runs set status = 'cancelled' where id = $1", [runId]);
    const stored = storeDraft(db, draft, { artifacts: 1000, bytes: 100 * 1024 * 1024 });
    await new Promise((r) => setTimeout(r, 500));
    await cancel!.query("commit");
    const results = await stored;

    expect(storedWhileRunning(results)).toBe(false);
    const versions = await db.select().from(projectArtifacts).where(eq(projectArtifacts.projectId, projectId));
    const steps = await db.select().from(generationRunSteps).where(eq(generationRunSteps.runId, runId));
    expect({ versions: versions.length, steps: steps.length }).toEqual({ versions: 0, steps: 0 });
    const [run] = await db
      .select({ status: generationRuns.status, produced: generationRuns.produced })
      .from(generationRuns)
      .where(and(eq(generationRuns.id, runId)));
    expect(run).toEqual({ status: "cancelled", produced: [] });
  },
  30_000,
);
