import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../src/platform/lib/hash";
import {
  applyDeltas,
  deltaTextProblem,
  parseRequirements,
  type RequirementDelta,
  requirementTexts,
} from "../../../src/spec-engine/requirements";

const PRD = readFileSync(new URL("../../fixtures/spec-set/spec/PRD.md", import.meta.url), "utf8");

describe("parseRequirements", () => {
  it("reads the fixture's requirements: title, body, acceptance, hash", async () => {
    const reqs = await parseRequirements(PRD);
    expect(reqs.map((r) => r.reqId)).toEqual([
      "REQ-AUTH-001",
      "REQ-AUTH-002",
      "REQ-BOOK-001",
      "REQ-BOOK-002",
      "REQ-LOAN-001",
      "REQ-LOAN-002",
      "REQ-LOAN-003",
      "REQ-NFR-001",
    ]);
    expect(reqs[1]).toEqual({
      reqId: "REQ-AUTH-002",
      title: "Log in and log out",
      body: "A member logs in with email and password and logs out from any page.",
      acceptance: "after logging out, the session no longer works.",
      contentHash: await sha256Hex(
        "Log in and log out\u001fA member logs in with email and password and logs out from any page.\u001fafter logging out, the session no longer works.",
      ),
    });
    // No acceptance sentence: all of it is the body.
    expect(reqs[7]).toMatchObject({ body: expect.stringMatching(/^Listing and searching/), acceptance: "" });
  });

  it("takes the first definition of an id, like the matrix", () => {
    const doc = "# P\n\n### REQ-A-001: One\n\nfirst\n\n### REQ-A-001: Again\n\nsecond\n";
    expect(requirementTexts(doc)).toEqual([{ reqId: "REQ-A-001", title: "One", body: "first", acceptance: "" }]);
  });
});

describe("applyDeltas", () => {
  const deltas: RequirementDelta[] = [
    {
      kind: "modified",
      reqId: "REQ-AUTH-002",
      baseRevision: 1,
      title: "Log in, log out everywhere",
      body: "A member logs in with email and password and can log out of every device.",
      acceptance: "after logging out everywhere, no session of the member works.",
    },
    { kind: "removed", reqId: "REQ-LOAN-003", baseRevision: 1, reason: "returns are automatic" },
    {
      kind: "added",
      reqId: "REQ-LOAN-004",
      title: "Remind borrowers",
      body: "The borrower gets a reminder a day before the loan is due.",
      acceptance: "one reminder per loan.",
    },
  ];

  it("parse(apply(prd, deltas)) agrees with the deltas; other requirements untouched", async () => {
    const before = requirementTexts(PRD);
    const after = requirementTexts(applyDeltas(PRD, deltas));
    const { kind: _k, baseRevision: _b, ...modified } = deltas[0] as Extract<RequirementDelta, { kind: "modified" }>;
    const { kind: _a, ...added } = deltas[2] as Extract<RequirementDelta, { kind: "added" }>;
    const expected = before
      .filter((r) => r.reqId !== "REQ-LOAN-003")
      .map((r) => (r.reqId === "REQ-AUTH-002" ? modified : r));
    // ADDED goes at the end of the Requirements section, before the non-functional ones.
    expected.splice(6, 0, added);
    expect(after).toEqual(expected);
  });

  it("keeps the rest of the document as it was", () => {
    const out = applyDeltas(PRD, deltas);
    expect(out).toContain("## Non-Functional Requirements\n\n### REQ-NFR-001: Fast listings");
    expect(out).toContain("### REQ-LOAN-004: Remind borrowers\n\nThe borrower gets");
    expect(out).not.toContain("Mark a book returned");
    expect(applyDeltas(PRD, [])).toBe(PRD);
  });

  it("appends at the end of a document without a Requirements heading", () => {
    const out = applyDeltas("# P\n\ntext", [
      { kind: "added", reqId: "REQ-A-001", title: "T", body: "b", acceptance: "" },
    ]);
    expect(requirementTexts(out)).toEqual([{ reqId: "REQ-A-001", title: "T", body: "b", acceptance: "" }]);
  });

  it("deltaTextProblem names text that would not read back", () => {
    const ok = { reqId: "REQ-A-001", title: "T", body: "b", acceptance: "a" };
    expect(deltaTextProblem(ok)).toBeUndefined();
    expect(deltaTextProblem({ ...ok, title: "two\nlines" })).toBeDefined();
    expect(deltaTextProblem({ ...ok, body: "x Acceptance: y" })).toMatch(/body/);
    expect(deltaTextProblem({ ...ok, body: "x\n## Heading" })).toBeDefined();
    expect(deltaTextProblem({ ...ok, body: "x\n- REQ-B-001 other" })).toBeDefined();
    expect(deltaTextProblem({ ...ok, title: " padded" })).toMatch(/title/);
  });
});
