// The documents are the tests: docs/walkthrough.md and README.md's command blocks, extracted and run with
// bash against `npm run dev` (tools/dev.ts) started on a fresh database and free ports; every `# →`
// the documents show is checked (the notation: test/node/doc-blocks.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDev } from "../../tools/dev-server.ts";
import { blocksOf, report, runSteps, stepsOf } from "./doc-blocks.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
let dev: DevServer;

beforeAll(async () => {
  dev = await startDev();
}, 120_000);
afterAll(async () => {
  await dev?.stop();
});

/** Runs a document's blocks (but those marked `<!-- not run: … -->`) against `on` (default: the shared dev server). */
async function runDocument(file: string, on: DevServer = dev) {
  const blocks = blocksOf(readFileSync(`${root}${file}`, "utf8"));
  const run = blocks.filter((b) => !b.skip);
  const steps = run.flatMap(stepsOf);
  const started = performance.now();
  const results = await runSteps(steps, {
    cwd: on.dir,
    // The documents say the default ports; this dev server has its own.
    rewrite: [
      ["localhost:8787", `localhost:${on.port}`],
      ["localhost:8025", `localhost:${on.mailPort}`],
      ["127.0.0.1:8026", `127.0.0.1:${on.hookPort}`],
      ["127.0.0.1:8027", `127.0.0.1:${on.githubPort}`],
    ],
  });
  const failure = report(file, results);
  expect(failure, failure).toBeUndefined();
  expect(results).toHaveLength(steps.length);
  console.log(
    `[docs] ${file}: ${run.length} blocks run (${steps.length} commands, ${
      steps.filter((s) => s.expect).length
    } checked) in ${((performance.now() - started) / 1000).toFixed(1)} s; not run: ${
      blocks
        .filter((b) => b.skip)
        .map((b) => `line ${b.line} (${b.skip})`)
        .join(", ") || "none"
    }`,
  );
  return { blocks, steps };
}

describe("documents that run", () => {
  it("docs/walkthrough.md: from signup to a project done and exported, every answer as the document shows it", async () => {
    const { steps } = await runDocument("docs/walkthrough.md");
    expect(steps.filter((s) => s.expect).length).toBeGreaterThan(20);
  }, 120_000);

  it("docs/walkthrough.md runs again on the same database: a new email, every id read from an answer", async () => {
    await runDocument("docs/walkthrough.md");
  }, 120_000);

  it("README.md: every command block runs as shown, or says why it is not run", async () => {
    const { blocks } = await runDocument("README.md");
    expect(blocks.length).toBeGreaterThan(0);
  }, 60_000);

  it("dev keeps PGlite where LOCAL_PGLITE_DIR says (here a new directory: a fresh database)", () => {
    expect(existsSync(join(dev.dir, "pglite", "PG_VERSION"))).toBe(true);
  });

  it("dev's mail links point at the port dev serves on, not the default 8787", async () => {
    expect(dev.port).not.toBe(8787);
    const email = `port-${crypto.randomUUID()}@example.com`;
    const signup = await fetch(`http://localhost:${dev.port}/api/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "correct horse battery staple", name: "P" }),
    });
    expect(signup.status).toBe(201);
    const mail = await fetch(`http://127.0.0.1:${dev.mailPort}/latest?to=${encodeURIComponent(email)}`);
    expect(mail.status).toBe(200);
    const links = (await mail.text()).match(/https?:\/\/\S+/g);
    expect(links).toEqual([expect.stringMatching(new RegExp(`^http://localhost:${dev.port}/verify-email\\?token=`))]);
  });
});

// A dev server of its own: their four signups would spend the shared one's per-address signup limit.
describe("the teams and living-specs walkthroughs", () => {
  let teams: DevServer;
  beforeAll(async () => {
    teams = await startDev();
  }, 120_000);
  afterAll(async () => {
    await teams?.stop();
  });

  it("docs/teams-walkthrough.md: a workspace, invitations, a review policy, a comment, the gate, signed webhooks, the audit log", async () => {
    const { steps } = await runDocument("docs/teams-walkthrough.md", teams);
    expect(steps.filter((s) => s.expect).length).toBeGreaterThan(15);
  }, 180_000);

  it("docs/living-specs-walkthrough.md: a change request's impact, a scoped run, the diff, merge, a conflict rebased, the changelog", async () => {
    const { steps } = await runDocument("docs/living-specs-walkthrough.md", teams);
    expect(steps.filter((s) => s.expect).length).toBeGreaterThan(20);
  }, 240_000);

  it("docs/github-walkthrough.md: connect, one pull request with every export file, one issue per task, updates without duplicates, an issue closed, drift, a push through 500s and a secondary rate limit", async () => {
    const { steps } = await runDocument("docs/github-walkthrough.md", teams);
    expect(steps.filter((s) => s.expect).length).toBeGreaterThan(25);
  }, 300_000);
});
