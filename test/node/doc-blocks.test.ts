// The notation of documents that run (test/node/doc-blocks.ts), on small documents: what is a block,
// a command and an expectation, and when an output does not match.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blocksOf, mismatch, runSteps, stepsOf } from "./doc-blocks.ts";

const doc = [
  "# Title",
  "```sh",
  "X=1",
  "```",
  "## Deploy",
  "<!-- not run: needs an account -->",
  "",
  "```sh",
  "deploy --now",
  "```",
  "```ts",
  "const x = 1;",
  "```",
  "```bash",
  "f() {",
  "  echo $((X + 1))",
  "}",
  "echo a \\",
  "  b   # → a b",
  "# a comment",
  "printf 'x\\ny\\n'",
  "# → x",
  "# → y",
  "```",
].join("\n");

describe("documents that run: the notation", () => {
  it("finds sh and bash blocks with their section and skip reason, and no other language", () => {
    const blocks = blocksOf(doc);
    expect(blocks.map((b) => [b.line, b.section, b.skip])).toEqual([
      [2, "", undefined],
      [8, "Deploy", "needs an account"],
      [14, "Deploy", undefined],
    ]);
  });

  it("splits a block into commands as bash reads them, with the `# →` of the line and of the lines after it", () => {
    const steps = stepsOf(blocksOf(doc)[2] as never);
    expect(steps).toEqual([
      { line: 15, command: "f() {\n  echo $((X + 1))\n}", expect: undefined },
      { line: 18, command: "echo a \\\n  b   # → a b", expect: "a b" },
      { line: 21, command: "printf 'x\\ny\\n'", expect: "x y" },
    ]);
  });

  it("compares a status line and words, or a whole output, and a plain command's exit code", () => {
    const step = (expect?: string) => ({ line: 1, command: "", expect });
    expect(mismatch(step("201 queued"), '201\n{"status":"queued"}\n', 0)).toBeUndefined();
    expect(mismatch(step("201 queued"), '202\n{"status":"queued"}\n', 0)).toBe("status 202, expected 201");
    expect(mismatch(step("201 queued"), '201\n{"status":"running"}\n', 0)).toBe("the answer lacks queued");
    expect(mismatch(step("a b"), "a\nb\n", 1)).toBeUndefined();
    expect(mismatch(step("a b"), "a b c\n", 0)).toBe('printed "a b c", expected "a b"');
    expect(mismatch(step(), "", 0)).toBeUndefined();
    expect(mismatch(step(), "", 2)).toBe("exited 2");
  });

  it("runs the commands in one bash (variables and functions carry over) and stops at the first mismatch", async () => {
    const dir = mkdtempSync(join(tmpdir(), "doc-blocks-"));
    try {
      const steps = stepsOf({
        line: 0,
        section: "",
        code: "X=41\nf() { echo $((X + 1)); }\nf   # → 42\nf   # → 43\nf",
      });
      const results = await runSteps(steps, { cwd: dir });
      expect(results.map((r) => [r.output, r.problem])).toEqual([
        ["", undefined],
        ["", undefined],
        ["42\n", undefined],
        ["42\n", 'printed "42", expected "43"'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
