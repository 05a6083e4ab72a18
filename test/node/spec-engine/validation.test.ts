import { describe, expect, it } from "vitest";
import { FINDING_RULES, validateArtifact } from "../../../src/spec-engine";
import { fixture, SPEC_SET } from "../../shared/spec-fixtures";
import { ARTIFACT_VARIANTS, PROJECT_VARIANTS } from "../../shared/spec-variants";

describe("validation of the complete spec set", () => {
  it("covers every artifact of every phase's template (18 documents)", async () => {
    expect(SPEC_SET.length).toBe(18);
  });

  for (const a of SPEC_SET) {
    it(`${a.phase}/${a.name} passes every rule with score 100`, async () => {
      const r = await validateArtifact(a.phase, a.name, a.content);
      expect(r.findings).toEqual([]);
      expect(r).toMatchObject({ status: "pass", qualityScore: 100, extra: false });
    });
  }

  it("keeps the parsed frontmatter", async () => {
    const r = await validateArtifact(
      "stack_selection",
      "stack-proposal.md",
      fixture("stack_selection", "stack-proposal.md"),
    );
    expect(r.frontmatter).toEqual({
      title: "Shelfshare stack proposal",
      stack_choice: "nextjs_neon_drizzle_betterauth",
    });
  });
});

describe("a broken variant per rule", () => {
  it("every rule of the catalog has exactly one variant", async () => {
    const variants = [...ARTIFACT_VARIANTS, ...PROJECT_VARIANTS].map((v) => v.rule).sort();
    expect(variants).toEqual(FINDING_RULES.map((r) => r.id).sort());
  });

  for (const v of ARTIFACT_VARIANTS) {
    it(`${v.phase}/${v.name} broken for ${v.rule} fails exactly that rule`, async () => {
      const r = await validateArtifact(v.phase, v.name, v.mutate(fixture(v.phase, v.name)));
      expect(r.findings.length).toBeGreaterThan(0);
      expect(new Set(r.findings.map((f) => f.ruleId))).toEqual(new Set([v.rule]));
      const severity = FINDING_RULES.find((x) => x.id === v.rule)?.severity;
      expect(r.status).toBe(severity === "error" ? "fail" : severity === "warning" ? "warn" : "pass");
      for (const f of r.findings) expect(f.location).toMatchObject({ phase: v.phase, artifact: v.name });
    });
  }
});

describe("findings, status and score", () => {
  it("locates Markdown findings by line and JSON findings by pointer", async () => {
    const md = await validateArtifact(
      "analysis",
      "project-brief.md",
      fixture("analysis", "project-brief.md").replace("## Goals\n", "## Goals\n\nTBD\n"),
    );
    expect(md.findings).toEqual([
      {
        ruleId: "placeholder",
        severity: "warning",
        message: 'unfinished placeholder "TBD"',
        location: { phase: "analysis", artifact: "project-brief.md", line: 18 },
      },
    ]);
    expect(md).toMatchObject({ status: "warn", qualityScore: 95 });

    // Lower-case words are prose (an idea about a todo list), capital markers and fill-ins are not.
    const prose = await validateArtifact(
      "analysis",
      "project-brief.md",
      fixture("analysis", "project-brief.md").replace("## Goals\n", "## Goals\n\nA shared todo list, tbd by nobody.\n"),
    );
    expect(prose.findings).toEqual([]);
    const filler = await validateArtifact(
      "analysis",
      "project-brief.md",
      fixture("analysis", "project-brief.md").replace("## Goals\n", "## Goals\n\n[Insert the goals here]\n"),
    );
    expect(filler.findings.map((f) => f.message)).toEqual(['unfinished placeholder "[Insert the goals here]"']);

    const json = await validateArtifact(
      "stack_selection",
      "stack-scorecard.json",
      fixture("stack_selection", "stack-scorecard.json").replace('"weight": 0.4', '"weight": 4'),
    );
    expect(json.findings.map((f) => f.location.pointer)).toEqual(["/criteria/0/weight"]);
    expect(json).toMatchObject({ status: "fail", qualityScore: 80 });
  });

  it("scores 100 − 20 per error − 5 per warning − 1 per info, never below 0", async () => {
    const missingAll = await validateArtifact("analysis", "constitution.md", "---\ntitle: x\nproject: y\n---\nhello\n");
    // 4 missing sections (errors) + too-short (info) = 81 points → 19
    expect(missingAll.findings.map((f) => f.ruleId).sort()).toEqual([
      "section-missing",
      "section-missing",
      "section-missing",
      "section-missing",
      "too-short",
    ]);
    expect(missingAll.qualityScore).toBe(19);
    const garbage = await validateArtifact(
      "spec",
      "api-spec.json",
      JSON.stringify({ openapi: "3.1.0", info: 1, paths: 2, webhooks: 3, components: 4, servers: 5 }),
    );
    expect(garbage.qualityScore).toBe(0);
  });

  it("accepts extra files, flagged, with only the generic checks", async () => {
    expect(await validateArtifact("spec", "notes.md", "anything")).toEqual({
      status: "pass",
      findings: [],
      qualityScore: 100,
      frontmatter: {},
      extra: true,
    });
    const badJson = await validateArtifact("spec", "extra.json", "{");
    expect(badJson).toMatchObject({ extra: true, status: "fail" });
    expect(badJson.findings.map((f) => f.ruleId)).toEqual(["json-invalid"]);
  });

  it("checks OpenAPI 3.0 documents against the 3.0 schema and refuses other versions", async () => {
    const api = fixture("spec", "api-spec.json");
    const v30 = api.replace('"openapi": "3.1.0"', '"openapi": "3.0.3"');
    expect((await validateArtifact("spec", "api-spec.json", v30)).findings).toEqual([]);
    const broken30 = v30.replace('"204": { "description": "Logged out" }', '"204": {}');
    expect((await validateArtifact("spec", "api-spec.json", broken30)).findings.map((f) => f.ruleId)).toContain(
      "openapi",
    );
    const v2 = await validateArtifact("spec", "api-spec.json", api.replace('"openapi": "3.1.0"', '"swagger": "2.0"'));
    expect(v2.findings.map((f) => [f.ruleId, f.location.pointer])).toEqual([["openapi", "/openapi"]]);
  });

  it("is deterministic: the same document gives the same result", async () => {
    for (const a of SPEC_SET) {
      const broken = a.content.slice(0, Math.floor(a.content.length / 2));
      expect(await validateArtifact(a.phase, a.name, broken)).toEqual(await validateArtifact(a.phase, a.name, broken));
    }
  });
});
