// The served document under Redocly CLI's `recommended` ruleset (the pinned @redocly/cli, run as
// its CLI on a copy written to a temporary file): no errors. Warnings are listed in the output.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { servedDocument } from "./document.ts";

const run = promisify(execFile);
const REDOCLY = join(import.meta.dirname, "../../node_modules/.bin/redocly");

interface Problem {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  location: { pointer?: string }[];
}

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function lint(doc: unknown): Promise<Problem[]> {
  dir ??= await mkdtemp(join(tmpdir(), "redocly-"));
  const file = join(dir, `openapi-${crypto.randomUUID()}.json`);
  await writeFile(file, JSON.stringify(doc));
  // Exit code 1 when there are errors: the JSON report is on stdout either way.
  const out = await run(REDOCLY, ["lint", file, "--extends=recommended", "--format=json"], {
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? "" }));
  return (JSON.parse(out.stdout) as { problems: Problem[] }).problems;
}

const describeProblem = (p: Problem) => `${p.ruleId} ${p.location[0]?.pointer ?? ""}: ${p.message}`;

describe("Redocly recommended", () => {
  it("reports no error on the served document (warnings listed)", async () => {
    const problems = await lint(await servedDocument());
    const warnings = problems.filter((p) => p.severity === "warn").map(describeProblem);
    if (warnings.length) console.warn(`Redocly warnings (${warnings.length}):\n  ${warnings.join("\n  ")}`);
    expect(problems.filter((p) => p.severity === "error").map(describeProblem)).toEqual([]);
  }, 60_000);

  it("does report an error when an operation loses its security (the lint can fail)", async () => {
    const doc = structuredClone(await servedDocument()) as { paths: Record<string, Record<string, object>> };
    const op = doc.paths["/api/me"]?.get as { security?: unknown };
    delete op.security;
    const errors = (await lint(doc)).filter((p) => p.severity === "error");
    expect(errors.map((p) => p.ruleId)).toContain("security-defined");
  }, 60_000);
});
