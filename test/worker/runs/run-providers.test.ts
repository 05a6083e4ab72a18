// Runs over HTTP under each provider profile of the local LLM server (tools/llm-profiles.ts): the
// generator worker talks to it as to that provider (strict-subset schemas refused with 400 by the
// openai profile unless transformed, fenced answers from the anthropic one, ...). Also the run-level
// handling of a refusal and of an answer cut short (finish_reason "length").
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, signedInUser, type User } from "../helpers";
import { createProject } from "../project-fixtures";

const IDEA = "A shared todo list for two people who split household chores, with reminders.";
type Run = { id: string; status: string; phase: string | null; artifact: string | null; [k: string]: any };

async function llm(path: string, body?: object) {
  return fetch(`${env.LLM_CONTROL_URL}${path}`, body ? { method: "POST", body: JSON.stringify(body) } : undefined);
}

async function until(u: User, projectId: string, runId: string, done: (r: Run) => boolean, timeoutMs = 120_000) {
  const start = Date.now();
  for (;;) {
    const r = await call(u, "GET", `/api/projects/${projectId}/runs/${runId}`);
    const run = r.json.run as Run;
    if (done(run)) return run;
    if (Date.now() - start > timeoutMs) throw new Error(`run stuck: ${JSON.stringify(run)}`);
    await new Promise((res) => setTimeout(res, 150));
  }
}

const settled = (r: Run) => ["completed", "failed", "needs_attention", "waiting_for_approval"].includes(r.status);

/** A project whose LLM requests take `profile` (and the realistic `writer`, if given); the run started. */
/** A run started under `profile`; `faults` (for this project) are set before it starts, so none can miss its call. */
async function startUnder(profile: string, targetPhase?: string, writer?: object, faults: object[] = []) {
  const u = await signedInUser();
  const name = `Chores ${profile} ${crypto.randomUUID().slice(0, 8)}`;
  expect((await llm("/control/profiles", { project: name, profile })).status).toBe(201);
  if (writer) expect((await llm("/control/writer", { project: name, ...writer })).status).toBe(201);
  for (const fault of faults) expect((await llm("/control/faults", { project: name, ...fault })).status).toBe(201);
  const p = await createProject(u, name, { idea: IDEA });
  const started = await call(u, "POST", `/api/projects/${p.id}/runs`, targetPhase ? { targetPhase } : {});
  expect(started.status).toBe(202);
  return { u, p, name, runId: started.json.run.id as string };
}

/** Idea to done, both approvals through the API. */
async function fullRun(profile: string, writer?: object) {
  const { u, p, runId, name } = await startUnder(profile, undefined, writer);
  let run = await until(u, p.id, runId, settled);
  expect(run, `${profile}: ${JSON.stringify(run.lastError)}`).toMatchObject({
    status: "waiting_for_approval",
    phase: "stack_selection",
  });
  // The drafted proposal names a stack of its own; approval is held to the scorecard's options: overridden here.
  const proposal = await call(u, "GET", `/api/projects/${p.id}/artifacts?phase=stack_selection`);
  const stack = (proposal.json.items as { name: string; frontmatter: Record<string, unknown> }[]).find(
    (a) => a.name === "stack-proposal.md",
  );
  const stackChoice = String(stack?.frontmatter.stack_choice);
  const override = { reason: "the provider's proposal, whatever its scorecard" };
  expect((await call(u, "POST", `/api/projects/${p.id}/stack/approve`, { stackChoice, override })).status).toBe(200);
  run = await until(u, p.id, runId, (r) => settled(r) && r.phase !== "stack_selection");
  expect(run, `${profile}: ${JSON.stringify(run.lastError)}`).toMatchObject({
    status: "waiting_for_approval",
    phase: "dependencies",
  });
  expect((await call(u, "POST", `/api/projects/${p.id}/dependencies/approve`)).status).toBe(200);
  run = await until(u, p.id, runId, (r) => settled(r) && r.phase !== "dependencies");
  expect(run.status, `${profile}: ${JSON.stringify(run.lastError)}`).toBe("completed");
  // The latest version of each document passes (a regenerated draft leaves its failing version behind).
  const arts = await call(u, "GET", `/api/projects/${p.id}/artifacts`);
  const all = arts.json.items as { phase: string; name: string; validationStatus: string }[];
  for (const a of all) expect(a.validationStatus, `${profile} ${a.phase}/${a.name}`).toBe("pass");
  return { run, documents: all.length, name };
}

describe("runs under provider profiles", () => {
  it("reaches done with both approvals through the API under openai, workers-ai, ollama, anthropic and gemini", async () => {
    const results = await Promise.all(
      ["openai", "workers-ai", "ollama", "anthropic", "gemini"].map((profile) => fullRun(profile)),
    );
    for (const r of results) expect(r.documents).toBeGreaterThan(15);
    // The openai profile took every JSON draft's schema as strict (a 400 would have failed the run).
    const log = (await (await llm("/control/requests")).json()) as {
      requests: { profile: string; status: number }[];
    };
    expect(log.requests.filter((r) => r.profile === "openai" && r.status === 400)).toEqual([]);
    expect(log.requests.filter((r) => r.profile === "openai").length).toBeGreaterThan(15);
  }, 300_000);

  it("a refusal stops the run needs_attention with the provider's words and the document", async () => {
    // Set before the run starts: personas.md is drafted in parallel with the phase's first documents.
    const refusal = { kind: "refusal", artifact: "personas.md", message: "No personas from me." };
    const { u, p, runId } = await startUnder("openai", "stack_selection", undefined, [refusal]);
    const run = await until(u, p.id, runId, settled);
    expect(run).toMatchObject({
      status: "needs_attention",
      artifact: "personas.md",
      lastError: {
        code: "llm_refused",
        message: "the model refused to write personas.md: No personas from me.",
        artifact: "personas.md",
      },
    });
  }, 120_000);

  it("an answer cut short (finish_reason length) is continued, not redrafted: one version, a continuation request", async () => {
    const cutShort = { kind: "cut_short", artifact: "project-brief.md" };
    const { u, p, name, runId } = await startUnder("openai", "stack_selection", undefined, [cutShort]);
    const run = await until(u, p.id, runId, settled);
    expect(run.status, JSON.stringify(run.lastError)).toBe("completed");
    const arts = await call(u, "GET", `/api/projects/${p.id}/artifacts?versions=all`);
    const briefs = (arts.json.items as { name: string; validationStatus: string }[]).filter(
      (a) => a.name === "project-brief.md",
    );
    expect(briefs.map((a) => a.validationStatus)).toEqual(["pass"]);
    const log = (await (await llm("/control/requests")).json()) as {
      requests: { project: string; artifact: string; continuation: boolean; fault: string | null }[];
    };
    const mine = log.requests.filter((r) => r.project === name && r.artifact === "project-brief.md");
    expect(mine.map((r) => [r.fault, r.continuation])).toEqual([
      ["cut_short", false],
      [null, true],
    ]);
  }, 120_000);

  it("the realistic writer at a 30% defect rate per answer: a run reaches done for five seeds", async () => {
    const seeds = [1, 2, 3, 4, 5];
    const results = await Promise.all(seeds.map((seed) => fullRun("local", { seed, defectRate: 0.3 })));
    const log = (await (await llm("/control/requests")).json()) as {
      requests: { n: number; project: string; artifact: string; defect: string | null; continuation: boolean }[];
    };
    const names = new Set(results.map((r) => r.name));
    const mine = log.requests.filter((r) => names.has(r.project));
    const defects = mine.filter((r) => r.defect !== null);
    // The defects were there: about 30% of the answers, of several kinds.
    expect(defects.length / mine.length).toBeGreaterThan(0.15);
    expect(new Set(defects.map((r) => r.defect)).size).toBeGreaterThan(4);
    // The generator undid the repairable ones: such an answer was its document's last (kept, not redrafted).
    const repairable = [
      "prose_around",
      "fence",
      "heading_levels",
      "numbered_headings",
      "json_comment",
      "json_trailing_comma",
    ];
    const answersOf = (r: { project: string; artifact: string }) =>
      mine.filter((o) => o.project === r.project && o.artifact === r.artifact && !o.continuation);
    for (const r of defects.filter((d) => repairable.includes(d.defect ?? "") && !d.continuation)) {
      expect(answersOf(r).at(-1)?.n, `${r.artifact} ${r.defect}`).toBe(r.n);
    }
    console.log(
      `[runs] realistic writer, 5 seeds at 30%: ${mine.length} completions, ${defects.length} with a defect (${[
        ...new Set(defects.map((r) => r.defect)),
      ].join(", ")})`,
    );
  }, 300_000);

  it("a defect that persists stops the run needs_attention naming the document and the findings", async () => {
    const { u, p, runId } = await startUnder("local", "stack_selection", {
      seed: 1,
      defectRate: 1,
      defects: ["missing_section"],
      persistent: true,
    });
    const run = await until(u, p.id, runId, settled);
    expect(run).toMatchObject({ status: "needs_attention", lastError: { code: "validation_failed" } });
    expect(run.lastError.message).toContain(`${run.artifact} still fails validation after 3 drafts`);
    expect(run.lastError.artifact).toBe(run.artifact);
    expect(run.lastError.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("section-missing");
  }, 120_000);

  it("independent documents are drafted in parallel: a slow answer does not hold up its phase's others", async () => {
    const u = await signedInUser();
    const name = `Parallel ${crypto.randomUUID().slice(0, 8)}`;
    expect(
      (await llm("/control/faults", { kind: "slow", project: name, artifact: "constitution.md", delayMs: 1500 }))
        .status,
    ).toBe(201);
    const p = await createProject(u, name, { idea: IDEA });
    const started = await call(u, "POST", `/api/projects/${p.id}/runs`, { targetPhase: "stack_selection" });
    const run = await until(u, p.id, started.json.run.id, settled);
    expect(run.status, JSON.stringify(run.lastError)).toBe("completed");
    const log = (await (await llm("/control/requests")).json()) as {
      requests: { project: string; artifact: string; at: string }[];
    };
    const at = (artifact: string) =>
      Date.parse(log.requests.find((r) => r.project === name && r.artifact === artifact)?.at ?? "");
    // The three analysis drafts were asked for together: none waited for the slow constitution.
    for (const other of ["project-brief.md", "personas.md"]) {
      expect(Math.abs(at(other) - at("constitution.md")), other).toBeLessThan(1000);
    }
  }, 120_000);
});
