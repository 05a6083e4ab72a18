import { describe, expect, it } from "vitest";
import {
  computeTraceability,
  generateChangelog,
  generateHandoff,
  generateLlmContext,
  type HandoffInput,
  traceabilityJson,
} from "../../../src/spec-engine";
import { SPEC_SET, stored } from "../../shared/spec-fixtures";

const artifacts = await stored(SPEC_SET);
const input: HandoffInput = {
  project: {
    name: "Shelfshare",
    idea: "Neighbours lend each other books.",
    description: "A lending app for one neighbourhood.",
    stackChoice: "nextjs_neon_drizzle_betterauth",
    currentPhase: "done",
  },
  approvals: [
    { kind: "stack", by: "lena@example.test", at: "2026-11-20T09:00:00Z" },
    { kind: "dependencies", by: "lena@example.test", at: "2026-11-22T09:00:00Z" },
  ],
  history: [
    {
      fromPhase: "analysis",
      toPhase: "stack_selection",
      tokensUsed: 1200,
      costEstimateUsd: "0.0120",
      transitionedBy: "lena@example.test",
      transitionedAt: "2026-11-19T09:00:00Z",
      validationPassed: true,
    },
    {
      fromPhase: "stack_selection",
      toPhase: "spec",
      tokensUsed: 800,
      costEstimateUsd: "0.0080",
      transitionedBy: "lena@example.test",
      transitionedAt: "2026-11-20T10:00:00Z",
      validationPassed: true,
    },
  ],
  artifacts,
  traceability: computeTraceability(SPEC_SET),
  requirements: [
    {
      reqId: "REQ-AUTH-001",
      revision: 2,
      status: "active",
      title: "Sign up with email | password",
      retiredReason: null,
    },
    { reqId: "REQ-OLD-001", revision: 1, status: "retired", title: "Fax orders", retiredReason: "nobody\nfaxes" },
  ],
  openChangeRequests: [
    { number: 3, title: "Waitlist", status: "in_review", author: "Lena", createdAt: "2026-11-25T09:00:00Z" },
  ],
  generatedAt: "2026-11-26T12:00:00Z",
};

describe("handoff", () => {
  const md = generateHandoff(input);

  it("HANDOFF.md has the idea, stack, approvals, history with totals, validation, coverage and every artifact", () => {
    for (const section of [
      "## Idea",
      "## Stack",
      "## Approvals",
      "## Phase History",
      "## Validation",
      "## Coverage",
      "## Artifacts",
    ]) {
      expect(md).toContain(`\n${section}\n`);
    }
    expect(md).toContain("Neighbours lend each other books.");
    expect(md).toContain("`nextjs_neon_drizzle_betterauth`");
    expect(md).toContain("| stack | lena@example.test | 2026-11-20T09:00:00Z |");
    expect(md).toContain("| dependencies | lena@example.test | 2026-11-22T09:00:00Z |");
    expect(md).toContain(
      "| analysis | stack_selection | lena@example.test | 2026-11-19T09:00:00Z | true | 1200 | 0.0120 |",
    );
    expect(md).toContain("Total: 2000 tokens, 0.0200 USD.");
    expect(md).toContain("18 artifacts: 18 pass, 0 warn, 0 fail, 0 pending. Project quality score: 100 / 100.");
    expect(md).toContain("| tasks | 8 | 8 | 100 % |");
    for (const a of artifacts)
      expect(md).toContain(`| ${a.phase} | ${a.name} | 1 | pass | 100 | \`${a.contentHash}\` |`);
  });

  it("HANDOFF.md states a stack approved off the scorecard with its reason, and nothing when it is an option", () => {
    const reason = "The client's hosting contract requires Django";
    const off = generateHandoff({ ...input, project: { ...input.project, stackOverrideReason: reason } });
    const stack = (md: string) => md.split("\n## Stack\n")[1]?.split("\n## ")[0];
    expect(stack(off)).toContain(`Not an option of the stack scorecard; approved with the reason: ${reason}`);
    expect(stack(generateHandoff(input))).not.toContain("Not an option");
  });

  it("HANDOFF.md states each requirement's latest revision and status, and lists the open change requests", () => {
    const section = (name: string) => md.split(`\n## ${name}\n`)[1]?.split("\n## ")[0];
    expect(section("Requirements")).toBe(
      [
        "",
        "| id | revision | status | title |",
        "|---|---|---|---|",
        "| REQ-AUTH-001 | 2 | active | Sign up with email \\| password |",
        "| REQ-OLD-001 | 1 | retired | Fax orders (retired: nobody faxes) |",
        "",
      ].join("\n"),
    );
    expect(section("Open Change Requests")).toContain("| CR-3 | Waitlist | in_review | Lena | 2026-11-25T09:00:00Z |");
    const none = generateHandoff({ ...input, requirements: [], openChangeRequests: [] });
    expect(none).toContain("\n## Requirements\n\nNone recorded.\n");
    expect(none).toContain("\n## Open Change Requests\n\nNone.\n");
  });

  it("CHANGELOG.md lists merged change requests as given (newest first) with their deltas", () => {
    const log = generateChangelog(
      input.project,
      [
        {
          number: 2,
          title: "Loans get a due date",
          rationale: "Borrowers asked.",
          mergedAt: "2026-11-25T10:00:00Z",
          mergedBy: "Lena",
          deltas: [
            {
              kind: "modified",
              reqId: "REQ-LOAN-002",
              baseRevision: 1,
              title: "Approve with a due date",
              reason: null,
            },
            {
              kind: "added",
              reqId: "REQ-LOAN-004",
              baseRevision: null,
              title: "Remind before the due date",
              reason: null,
            },
            { kind: "removed", reqId: "REQ-NFR-001", baseRevision: 1, title: null, reason: "measured\nelsewhere" },
          ],
        },
        { number: 1, title: "Typo", rationale: "", mergedAt: "2026-11-24T10:00:00Z", mergedBy: null, deltas: [] },
      ],
      3,
    );
    expect(log).toBe(
      [
        "# Changelog: Shelfshare",
        "",
        "## CR-2: Loans get a due date",
        "",
        "Merged 2026-11-25T10:00:00Z by Lena.",
        "",
        "Borrowers asked.",
        "",
        "- MODIFIED REQ-LOAN-002 (revision 1): Approve with a due date",
        "- ADDED REQ-LOAN-004: Remind before the due date",
        "- REMOVED REQ-NFR-001 (revision 1): measured elsewhere",
        "",
        "## CR-1: Typo",
        "",
        "Merged 2026-11-24T10:00:00Z.",
        "",
        "No requirement changed.",
        "",
        "3 older merged change requests are not listed.",
        "",
      ].join("\n"),
    );
    expect(generateChangelog(input.project, [])).toBe("# Changelog: Shelfshare\n\nNo change request merged yet.\n");
  });

  it("is the same bytes for the same input", () => {
    expect(generateHandoff({ ...input, artifacts: [...artifacts].reverse() })).toBe(md);
  });

  it("LLM_CONTEXT.md carries every artifact whole, in phase order", () => {
    const ctx = generateLlmContext(input.project, [...artifacts].reverse());
    const order = [...ctx.matchAll(/^## (\w+) \/ (\S+) \(v1\)$/gm)].map((m) => `${m[1]}/${m[2]}`);
    expect(order.slice(0, 4)).toEqual([
      "analysis/constitution.md",
      "analysis/personas.md",
      "analysis/project-brief.md",
      "stack_selection/README.md",
    ]);
    expect(order.length).toBe(18);
    // README.md has a ``` block: the fence around it is longer, so the document stays whole.
    const readme = artifacts.find((a) => a.name === "README.md")?.content ?? "";
    expect(ctx).toContain(`\`\`\`\`markdown\n${readme}\n\`\`\`\``);
  });

  it("traceability JSON round-trips to the matrix", () => {
    expect(JSON.parse(traceabilityJson(input.traceability))).toEqual(input.traceability);
  });
});
