// The context trimming of generation prompts (src/runs/generation/context.ts): the latest phases are
// kept first, a document that does not fit is cut at a line boundary or left out, never over budget.
import { describe, expect, it } from "vitest";
import {
  type ContextDoc,
  docTokens,
  MIN_PARTIAL_TOKENS,
  renderContext,
  TRIM_MARKER,
  trimContext,
} from "../../../src/runs/generation/context.ts";
import { estimateTokens } from "../../../src/runs/generation/contract.ts";

const lines = (prefix: string, n: number) =>
  `${Array.from({ length: n }, (_, i) => `${prefix} line ${String(i + 1).padStart(3, "0")}`).join("\n")}\n`;

const brief: ContextDoc = { phase: "analysis", name: "project-brief.md", content: lines("brief", 40) };
const personas: ContextDoc = { phase: "analysis", name: "personas.md", content: lines("persona", 40) };
const plan: ContextDoc = { phase: "stack_selection", name: "plan.md", content: lines("plan", 40) };
const docs = [brief, personas, plan];
const total = docs.reduce((n, d) => n + docTokens(d), 0);

describe("trimContext", () => {
  it("keeps everything, unchanged and in phase order, when it fits", () => {
    expect(trimContext(docs, total)).toEqual({ docs, omitted: [], tokens: total });
  });

  it("keeps the latest phase first; earlier ones are cut at a line boundary, then left out", () => {
    const budget = docTokens(plan) + 150;
    const t = trimContext(docs, budget);
    expect(t.docs.map((d) => d.name)).toEqual(["project-brief.md", "plan.md"]);
    expect(t.docs[1]).toEqual(plan);
    // The first document of the earlier phase gets what is left, cut after a whole line.
    const cut = t.docs[0]!;
    expect(cut.content.endsWith(TRIM_MARKER)).toBe(true);
    const kept = cut.content.slice(0, -TRIM_MARKER.length);
    expect(brief.content.startsWith(`${kept}\n`)).toBe(true);
    expect(docTokens(cut)).toBeLessThanOrEqual(150);
    // One more line would not have fitted.
    const nextLine = brief.content.slice(kept.length + 1).split("\n")[0];
    expect(docTokens({ ...cut, content: `${kept}\n${nextLine}${TRIM_MARKER}` })).toBeGreaterThan(150);
    expect(t.omitted).toEqual(["analysis/personas.md"]);
    expect(t.tokens).toBe(docTokens(plan) + docTokens(cut));
    expect(t.tokens).toBeLessThanOrEqual(budget);
  });

  it("leaves a document out rather than sending a stub under MIN_PARTIAL_TOKENS", () => {
    const t = trimContext(docs, docTokens(plan) + MIN_PARTIAL_TOKENS - 1);
    expect(t.docs).toEqual([plan]);
    expect(t.omitted).toEqual(["analysis/project-brief.md", "analysis/personas.md"]);
  });

  it("a zero budget keeps nothing", () => {
    expect(trimContext(docs, 0)).toEqual({
      docs: [],
      omitted: ["analysis/project-brief.md", "analysis/personas.md", "stack_selection/plan.md"],
      tokens: 0,
    });
  });

  it("renders what it kept within the budget it counted, and names what it left out", () => {
    const t = trimContext(docs, docTokens(plan) + 100);
    const text = renderContext(t);
    expect(text).toContain("### stack_selection/plan.md\nplan line 001\n");
    expect(text).toContain("(Left out for length: analysis/personas.md.)");
    const body = text.slice(0, text.indexOf("\n(Left out"));
    expect(estimateTokens(body)).toBeLessThanOrEqual(t.tokens + t.docs.length);
    expect(renderContext(trimContext([], 100))).toBe("(none yet)\n");
  });
});
