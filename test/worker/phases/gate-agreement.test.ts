// Each gate's two derived forms agree (src/phases/gates.ts): its SQL condition (what the advance statement
// requires) holds exactly when its list (the 409 gate_failed items, progress's blockers) is empty. Checked on every
// fixture variant stored through the API, then again with every listed finding waived, for every phase.
import { sql as dsql, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { latestArtifactStatuses, listWaivers } from "../../../src/artifacts/queries";
import { PHASE_TABLE } from "../../../src/phases/gates";
import { PHASES, projects } from "../../../src/platform/db/schema";
import type { ArtifactInput } from "../../../src/spec-engine/types";
import { SPEC_SET, withArtifact } from "../../shared/spec-fixtures";
import { ARTIFACT_VARIANTS, PROJECT_VARIANTS } from "../../shared/spec-variants";
import { adminDb, call, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

/** Every document gate of every phase, named `<phase>__<gate>` (approvals have no list: their flag is the gate). */
const GATES = PHASES.flatMap((phase) =>
  PHASE_TABLE[phase].gates.flatMap((gate) => (gate.items ? [{ phase, gate, items: gate.items }] : [])),
);

/** Each gate's SQL condition and its list, evaluated on the project as stored: `<phase>__<gate>: met / listed`. */
async function verdicts(userId: string, projectId: string) {
  const db = adminDb();
  const owner = dsql`${userId}::uuid`;
  const columns = Object.fromEntries(
    GATES.map(({ phase, gate }) => [`${phase}__${gate.name}`, dsql<boolean>`${gate.met}`.as(`${phase}__${gate.name}`)]),
  );
  const [row] = await db
    .select({ threshold: projects.coverageThreshold, ...columns })
    .from(projects)
    .where(eq(projects.id, projectId));
  const data = {
    latest: await latestArtifactStatuses(db, owner, projectId),
    waivers: await listWaivers(db, owner, projectId),
    coverageThreshold: row?.threshold ?? 100,
  };
  return GATES.map(({ phase, gate, items }) => {
    const listed = items(data);
    return {
      gate: `${phase}__${gate.name}`,
      met: (row as Record<string, unknown> | undefined)?.[`${phase}__${gate.name}`],
      listed,
    };
  });
}

const SETS: [string, readonly ArtifactInput[]][] = [
  ["the complete set", SPEC_SET],
  ["no documents but PRD.md", SPEC_SET.filter((a) => a.name === "PRD.md")],
  ...ARTIFACT_VARIANTS.map((v): [string, ArtifactInput[]] => [
    `${v.rule} in ${v.phase}/${v.name}`,
    withArtifact(SPEC_SET, v.phase, v.name, v.mutate),
  ]),
  ...PROJECT_VARIANTS.map((v): [string, ArtifactInput[]] => [v.rule, v.artifacts]),
];

/** Which (gate, met) pairs the variants produced: each gate must be seen both ways. */
const seen = new Set<string>();

describe("each gate's SQL condition holds exactly when its list is empty", () => {
  it.each(SETS)("%s", async (_name, set) => {
    const u = await signedInUser();
    const p = await createProject(u);
    const artifacts = set.map(({ phase, name, content }) => ({ phase, name, content }));
    const r = await call(u, "POST", `/api/projects/${p.id}/artifacts/batch`, { artifacts });
    expect(r.status, JSON.stringify(r.json)).toBe(201);
    for (const v of await verdicts(u.id, p.id)) {
      expect(v.met, `${v.gate}: ${JSON.stringify(v.listed)}`).toBe(v.listed.length === 0);
      seen.add(`${v.gate} ${v.met}`);
    }
    // Waive every finding listed, in any phase: the lists lose them and the conditions follow.
    const findings = (await verdicts(u.id, p.id)).flatMap((v) => v.listed).filter((i) => i.ruleId && i.artifact);
    for (const i of findings) {
      await sql.query(
        `insert into artifact_waivers (project_id, phase, artifact_name, rule_id, reason, waived_by)
         values ($1, $2, $3, $4, 'accepted', $5) on conflict do nothing`,
        [p.id, i.phase, i.artifact, i.ruleId, u.id],
      );
    }
    for (const v of await verdicts(u.id, p.id)) {
      expect(v.met, `waived, ${v.gate}: ${JSON.stringify(v.listed)}`).toBe(v.listed.length === 0);
      expect(v.listed.filter((i) => i.code === "finding_unwaived")).toEqual([]);
      seen.add(`${v.gate} ${v.met}`);
    }
  });

  it("every gate was seen met and unmet (the comparison is not vacuous)", () => {
    for (const { phase, gate } of GATES) {
      expect(seen, `${phase}__${gate.name}`).toContain(`${phase}__${gate.name} true`);
      expect(seen, `${phase}__${gate.name}`).toContain(`${phase}__${gate.name} false`);
    }
  });
});
