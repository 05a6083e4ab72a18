import { applyPatch } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIFF_EDIT_MAX, DIFF_LINES_MAX, unifiedDiff } from "../../../src/platform/lib/unified-diff";

const side = (text: string, label: string) => ({ name: "spec/PRD.md", label, text });
const diff = (a: string, b: string) => unifiedDiff(side(a, "v1"), side(b, "v2"));

/** Texts made of a few short lines, with or without a last newline: many shared lines, many edits. */
const text = fc
  .tuple(fc.array(fc.constantFrom("a", "b", "c", "", "# H"), { maxLength: 30 }), fc.boolean())
  .map(([lines, newline]) => lines.join("\n") + (newline && lines.length > 0 ? "\n" : ""));

describe("unified diffs", () => {
  it("shows the changed lines with their context under file headers", () => {
    const { diff: d, minimal } = diff("# PRD\n\nOne\nTwo\n", "# PRD\n\nOne\nThree\n");
    expect(minimal).toBe(true);
    expect(d).toBe("--- spec/PRD.md\tv1\n+++ spec/PRD.md\tv2\n@@ -1,4 +1,4 @@\n # PRD\n \n One\n-Two\n+Three\n");
  });

  it("has no hunk for equal texts", () => {
    expect(diff("same\n", "same\n").diff).toBe("--- spec/PRD.md\tv1\n+++ spec/PRD.md\tv2\n");
  });

  it("is a patch that turns the old text into the new one", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(applyPatch(a, diff(a, b).diff)).toBe(b);
      }),
    );
  });

  it("replaces every line, still a correct patch, when the edits exceed the bound", () => {
    const a = "a\nb\n".repeat(DIFF_EDIT_MAX);
    const b = "b\na\n".repeat(DIFF_EDIT_MAX).replaceAll("a\n", "c\n");
    const d = diff(a, b);
    expect(d.minimal).toBe(false);
    expect(applyPatch(a, d.diff)).toBe(b);
    // Without a last newline on either side, and from or to nothing.
    for (const [x, y] of [
      ["x\ny", "p\nq"],
      ["", "p\n"],
      ["x", ""],
    ] as const) {
      const r = unifiedDiff(side(x, "v1"), side(`${y}`, "v2"));
      expect(applyPatch(x, r.diff)).toBe(y);
    }
  });

  it("does not search sides longer than the line bound", () => {
    const long = "x\n".repeat(DIFF_LINES_MAX + 1);
    const d = diff(long, `${long}y\n`);
    expect(d.minimal).toBe(false);
    expect(applyPatch(long, d.diff)).toBe(`${long}y\n`);
    const most = "x\n".repeat(DIFF_LINES_MAX - 1);
    expect(diff(most, `${most}y\n`).minimal).toBe(true);
  });

  it("stays fast on the search's worst shapes at the line bound", () => {
    const n = DIFF_LINES_MAX / 4;
    const hostile = [
      ["a\nb\n".repeat(2 * n), "a\na\nb\nb\n".repeat(n)],
      ["a\nb\nc\n".repeat(n), "c\nb\na\n".repeat(n)],
      ["a\n".repeat(4 * n), "b\n".repeat(4 * n)],
    ] as const;
    for (const [a, b] of hostile) {
      const started = performance.now();
      expect(diff(a, b).minimal).toBe(false);
      // Measured at under 100 ms; a search without maxEditLength takes minutes here.
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
