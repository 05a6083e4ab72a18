// The served document under Spectral's `spectral:oas` ruleset (the pinned @stoplight/spectral-cli, run
// as its CLI with the repository's .spectral.yaml on a copy written to a temporary file): no error and
// no `operation-description` warning (every operation says what it does). Other warnings are listed.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { servedDocument } from "./document.ts";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const SPECTRAL = join(ROOT, "node_modules/.bin/spectral");

/** Spectral's JSON report: severity 0 is an error, 1 a warning. */
interface Problem {
  code: string;
  severity: number;
  message: string;
  path: string[];
}

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function lint(doc: unknown): Promise<Problem[]> {
  dir ??= await mkdtemp(join(tmpdir(), "spectral-"));
  const file = join(dir, `openapi-${crypto.randomUUID()}.json`);
  await writeFile(file, JSON.stringify(doc));
  // Exit code 1 when a problem reaches --fail-severity: the JSON report is on stdout either way.
  const args = ["lint", file, "--ruleset", join(ROOT, ".spectral.yaml"), "--format", "json", "--quiet"];
  const out = await run(SPECTRAL, args).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? "" }));
  return JSON.parse(out.stdout) as Problem[];
}

const describeProblem = (p: Problem) => `${p.code} ${p.path.join(".")}: ${p.message}`;
const blocking = (p: Problem) => p.severity === 0 || p.code === "operation-description";

describe("Spectral spectral:oas", () => {
  it("reports no error and no operation without a description on the served document", async () => {
    const problems = await lint(await servedDocument());
    const others = problems.filter((p) => !blocking(p)).map(describeProblem);
    if (others.length) console.warn(`Spectral warnings (${others.length}):\n  ${others.join("\n  ")}`);
    expect(problems.filter(blocking).map(describeProblem)).toEqual([]);
  }, 60_000);

  it("does report an operation that loses its description (the lint can fail)", async () => {
    const doc = structuredClone(await servedDocument()) as { paths: Record<string, Record<string, object>> };
    const op = doc.paths["/api/me"]?.get as { description?: string };
    delete op.description;
    const found = (await lint(doc)).filter(blocking);
    expect(found.map((p) => `${p.code} ${p.path.join(".")}`)).toEqual(["operation-description paths./api/me.get"]);
  }, 60_000);
});
