// Documents that run: the `sh`/`bash` blocks of a markdown file, split into commands, run one after
// another in one bash process (variables and functions carry over), each command's output compared with
// the `# →` expectation the document shows next to it.
//
// The notation (docs/walkthrough.md says it to its readers):
// - `cmd   # → 201 word …`: a command that prints a status line first (the walkthrough's `api`): that
//   line is 201 and the rest of the output contains each word;
// - `cmd   # → text`, and `# → more text` lines right after the command: its whole output, whitespace
//   runs read as one space;
// - no `# →`: the command must exit 0;
// - `<!-- not run: reason -->` on the line before a block: the block is not run, for that reason.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Block {
  /** 1-based line of the opening fence. */
  line: number;
  /** The `##` heading the block is under ("" before the first). */
  section: string;
  code: string;
  /** Why it is not run, from `<!-- not run: … -->`; undefined when it runs. */
  skip?: string;
}

export interface Step {
  /** 1-based line in the document of the command's first line. */
  line: number;
  command: string;
  expect?: string;
}

const FENCE = /^```(\w*)\s*$/;
const SKIP = /^<!--\s*not run:\s*(.+?)\s*-->$/;
const EXPECT = /\s#\s*→\s*(.*)$/;
const EXPECT_LINE = /^#\s*→\s*(.*)$/;

/** Every `sh` / `bash` block of a markdown file, with its section and its skip reason if marked. */
export function blocksOf(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  let section = "";
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? "");
    if (!open) {
      if (lines[i]?.startsWith("## ")) section = lines[i]?.slice(3).trim() ?? "";
      continue;
    }
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`line ${i + 1}: a block that is never closed`);
    if (open[1] === "sh" || open[1] === "bash") {
      let before = i - 1;
      while (before >= 0 && lines[before]?.trim() === "") before--;
      const skip = SKIP.exec(lines[before]?.trim() ?? "")?.[1];
      blocks.push({ line: i + 1, section, code: lines.slice(i + 1, end).join("\n"), skip });
    }
    i = end;
  }
  return blocks;
}

/** Whether bash reads `code` as complete commands (a continued line or an open function is not). */
function complete(code: string): boolean {
  // bash -n reads a trailing backslash at the end of its input as nothing to continue.
  if (/(^|[^\\])(\\\\)*\\$/.test(code)) return false;
  return spawnSync("bash", ["-n"], { input: code }).status === 0;
}

/** A block's commands: lines gathered until bash reads them as complete, each with its expectation. */
export function stepsOf(block: Block): Step[] {
  const steps: Step[] = [];
  const lines = block.code.split("\n");
  let chunk: string[] = [];
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const more = EXPECT_LINE.exec(line.trim());
    if (chunk.length === 0) {
      if (more && steps.length > 0) {
        const last = steps[steps.length - 1] as Step;
        last.expect = `${last.expect ?? ""} ${more[1]}`.trim();
        continue;
      }
      if (line.trim() === "" || line.trim().startsWith("#")) continue;
      start = i;
    }
    chunk.push(line);
    const command = chunk.join("\n");
    if (!complete(command)) continue;
    const expect = EXPECT.exec(chunk[chunk.length - 1] ?? "")?.[1];
    steps.push({ line: block.line + 1 + start, command, expect });
    chunk = [];
  }
  if (chunk.length > 0) throw new Error(`line ${block.line + 1 + start}: an incomplete command`);
  return steps;
}

/** What is wrong with a command's output against its expectation, or undefined when it matches. */
export function mismatch(step: Step, output: string, exitCode: number): string | undefined {
  if (step.expect === undefined) return exitCode === 0 ? undefined : `exited ${exitCode}`;
  const words = step.expect.split(/\s+/).filter(Boolean);
  if (/^\d{3}$/.test(words[0] ?? "")) {
    const [status, ...rest] = output.split("\n");
    if (status?.trim() !== words[0]) return `status ${status?.trim()}, expected ${words[0]}`;
    const answer = rest.join("\n");
    const missing = words.slice(1).filter((w) => !answer.includes(w));
    return missing.length ? `the answer lacks ${missing.join(", ")}` : undefined;
  }
  const got = output.trim().split(/\s+/).join(" ");
  return got === words.join(" ") ? undefined : `printed "${got}", expected "${words.join(" ")}"`;
}

export interface RunOptions {
  /** The directory the commands run in. */
  cwd: string;
  /** Replacements applied to each command before it runs (e.g. the document's ports → the test's). */
  rewrite?: [string, string][];
  /** Per command, in ms. */
  timeoutMs?: number;
}

export interface StepResult {
  step: Step;
  output: string;
  exitCode: number;
  ms: number;
  problem?: string;
}

/**
 * Runs the steps in order in one bash process; stops at the first that does not match its expectation.
 * Returns every result up to and including it.
 */
export async function runSteps(steps: Step[], opts: RunOptions): Promise<StepResult[]> {
  const outDir = mkdtempSync(join(tmpdir(), "doc-steps-"));
  const bash: ChildProcess = spawn("bash", [], { cwd: opts.cwd, stdio: ["pipe", "pipe", "pipe"] });
  let buffer = "";
  let waiter: (() => void) | undefined;
  bash.stdout?.on("data", (d) => {
    buffer += d;
    waiter?.();
  });
  let stderr = "";
  bash.stderr?.on("data", (d) => (stderr += d));
  bash.on("exit", () => waiter?.());
  const results: StepResult[] = [];
  try {
    for (const [i, step] of steps.entries()) {
      let command = step.command;
      for (const [from, to] of opts.rewrite ?? []) command = command.replaceAll(from, to);
      const marker = `__step_done_${i}__`;
      const started = performance.now();
      bash.stdin?.write(`{\n${command}\n} > ${outDir}/${i} 2>&1 < /dev/null; echo "${marker} $?"\n`);
      const exitCode = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`line ${step.line}: no answer in ${opts.timeoutMs ?? 90_000} ms\n${stderr}`)),
          opts.timeoutMs ?? 90_000,
        );
        const check = () => {
          const m = new RegExp(`${marker} (\\d+)\\n`).exec(buffer);
          if (!m) {
            if (bash.exitCode !== null) reject(new Error(`bash exited at line ${step.line}\n${stderr}`));
            return;
          }
          clearTimeout(timer);
          buffer = buffer.slice(m.index + m[0].length);
          waiter = undefined;
          resolve(Number(m[1]));
        };
        waiter = check;
        check();
      });
      const output = readFileSync(`${outDir}/${i}`, "utf8");
      const problem = mismatch(step, output, exitCode);
      results.push({ step, output, exitCode, ms: performance.now() - started, problem });
      if (problem) break;
    }
  } finally {
    bash.stdin?.end();
    if (bash.exitCode === null) bash.kill();
  }
  return results;
}

/** A failure message naming the document's line, the command, the expectation and what it printed. */
export function report(file: string, results: StepResult[]): string | undefined {
  const bad = results.find((r) => r.problem);
  if (!bad) return undefined;
  return `${file}:${bad.step.line}: ${bad.problem}\n$ ${bad.step.command}\n${bad.output.slice(0, 2000)}`;
}
