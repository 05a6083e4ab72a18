import { describe, expect, it } from "vitest";
import {
  computeTraceability,
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
