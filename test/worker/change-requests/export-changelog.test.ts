import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { EXPORT_LIMITS } from "../../../src/export/queries";
import { api, jsonInit, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";
import { openChangeRequest } from "./proposal-fixtures";

/** The project's export, unzipped, and the round trips it took. */
async function exported(user: { auth: Record<string, string> }, projectId: string) {
  const t = api();
  const res = await t.request(`/api/projects/${projectId}/export`, jsonInit("GET", undefined, user.auth));
  expect(res.status).toBe(200);
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return { text, roundTrips: await t.roundTrips() };
}

/** Marks the change request merged at `at` by `by`, with `deltas` (kind, reqId, baseRevision, title, reason). */
async function merged(
  crId: string,
  at: string,
  by: string,
  deltas: [string, string, number | null, string | null, string | null][],
) {
  await sql.query(
    "update change_requests set status = 'merged', merged_at = $2, merged_by = $3, rationale = 'Why.' where id = $1",
    [crId, at, by],
  );
  for (const [i, [kind, reqId, base, title, reason]] of deltas.entries()) {
    await sql.query(
      `insert into change_request_deltas (change_request_id, position, kind, req_id, base_revision, title, reason)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [crId, i, kind, reqId, base, title, reason],
    );
  }
}

describe("the export's changelog, requirement statuses and open change requests", () => {
  it("CHANGELOG.md: merged change requests newest first with their deltas; HANDOFF.md: requirements and open ones", async () => {
    const u = await signedInUser("Lena");
    const p = await createProject(u);
    const rows: [string, number, string, string, string | null][] = [
      ["REQ-A-001", 1, "superseded", "Old A", null],
      ["REQ-A-001", 2, "active", "New A", null],
      ["REQ-B-001", 1, "retired", "B", "No longer needed"],
      ["REQ-C-001", 1, "active", "C", null],
    ];
    for (const [reqId, revision, status, title, reason] of rows) {
      await sql.query(
        `insert into requirements (project_id, req_id, revision, title, content_hash, status, retired_reason)
         values ($1, $2, $3, $4, 'h', $5, $6)`,
        [p.id, reqId, revision, title, status, reason],
      );
    }
    const first = await openChangeRequest(p.id, u.id, "draft", "First change");
    const second = await openChangeRequest(p.id, u.id, "draft", "Second change");
    await merged(first.id, "2026-12-01T10:00:00Z", u.id, [["modified", "REQ-A-001", 1, "New A", null]]);
    await merged(second.id, "2026-12-02T10:00:00Z", u.id, [
      ["removed", "REQ-B-001", 1, null, "No longer needed"],
      ["added", "REQ-C-001", null, "C", null],
    ]);
    for (const status of ["draft", "in_review", "approved", "rejected", "withdrawn"] as const) {
      await openChangeRequest(p.id, u.id, status, `Open ${status}`);
    }

    const { text, roundTrips } = await exported(u, p.id);
    // Still the first round trip's statements: an export without contents is one round trip.
    expect(roundTrips).toBe(1);
    const log = text("CHANGELOG.md");
    expect(log.indexOf("## CR-2: Second change")).toBeGreaterThan(0);
    expect(log.indexOf("## CR-2: Second change")).toBeLessThan(log.indexOf("## CR-1: First change"));
    expect(log).toContain(
      "## CR-2: Second change\n\nMerged 2026-12-02T10:00:00.000Z by Lena.\n\nWhy.\n\n- REMOVED REQ-B-001 (revision 1): No longer needed\n- ADDED REQ-C-001: C\n",
    );
    expect(log).toContain("- MODIFIED REQ-A-001 (revision 1): New A\n");
    expect(log).not.toContain("Open ");

    const handoff = text("HANDOFF.md");
    const section = (name: string) => handoff.split(`\n## ${name}\n`)[1]?.split("\n## ")[0] ?? "";
    expect(
      section("Requirements")
        .split("\n")
        .filter((l) => l.startsWith("| REQ-")),
    ).toEqual([
      "| REQ-A-001 | 2 | active | New A |",
      "| REQ-B-001 | 1 | retired | B (retired: No longer needed) |",
      "| REQ-C-001 | 1 | active | C |",
    ]);
    const open = section("Open Change Requests")
      .split("\n")
      .filter((l) => l.startsWith("| CR-"));
    expect(open.map((l) => l.split(" | ").slice(0, 3).join(" | "))).toEqual([
      "| CR-5 | Open approved | approved",
      "| CR-4 | Open in_review | in_review",
      "| CR-3 | Open draft | draft",
    ]);
  });

  it(`lists at most ${EXPORT_LIMITS.changelog} merged change requests and counts the rest`, async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    await sql.query(
      `insert into change_requests (project_id, number, title, status, merged_at)
       select $1, i, 'Change ' || i, 'merged', timestamptz '2026-01-01' + i * interval '1 minute'
       from generate_series(1, $2::int) i`,
      [p.id, EXPORT_LIMITS.changelog + 2],
    );
    const log = (await exported(u, p.id)).text("CHANGELOG.md");
    expect(log.match(/^## CR-/gm)).toHaveLength(EXPORT_LIMITS.changelog);
    expect(log).toContain(`## CR-${EXPORT_LIMITS.changelog + 2}: `);
    expect(log).not.toContain("## CR-2: ");
    expect(log).toContain("\n2 older merged change requests are not listed.\n");
  });
});
