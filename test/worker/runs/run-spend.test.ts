// What a generation run may cost, and who may start one: a verified email, the per-user active-run cap
// (GENERATION_MAX_ACTIVE_RUNS, 2 in tests) under the owner's row lock, the per-run maximum budget
// (GENERATION_MAX_TOKEN_BUDGET) and the account's monthly tokens (GENERATION_MONTHLY_TOKENS), and
// max_tokens on each completion from what the run has left.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getConfig } from "../../../src/platform/config";
import { MAX_ANSWER_TOKENS } from "../../../src/runs/generation/contract";
import {
  api,
  backend,
  call,
  configIssues,
  expectError,
  signedInUser,
  signUp,
  sql,
  type User,
  verifyEmail,
} from "../helpers";
import { createProject } from "../project-fixtures";

const config = getConfig(env);
const CAP = config.GENERATION_MAX_ACTIVE_RUNS;
const MONTHLY = config.GENERATION_MONTHLY_TOKENS;
const IDEA = "A shared todo list for two people who split household chores, with reminders.";

/** An active run written straight into the table (no Workflow instance): it counts toward the cap. */
async function activeRunRow(u: User, opts: { budget?: number; spent?: number } = {}) {
  const p = await createProject(u);
  const [row] =
    await sql`insert into generation_runs (project_id, user_id, status, target_phase, token_budget, tokens_in)
    values (${p.id}, ${u.id}, 'paused', 'done', ${opts.budget ?? 1000}, ${opts.spent ?? 0}) returning id`;
  return row!.id as string;
}

async function activeRuns(userId: string): Promise<number> {
  const [row] = await sql`select count(*)::int as n from generation_runs
    where user_id = ${userId} and status in ('queued', 'running', 'waiting_for_approval', 'needs_attention', 'paused')`;
  return Number(row!.n);
}

/** This month's spend of the user, as the generator records it. */
async function setMonthUsage(userId: string, tokens: number) {
  await sql`insert into token_usage (user_id, month, tokens) values (${userId}, date_trunc('month', now(), 'UTC')::date, ${tokens})
    on conflict (user_id, month) do update set tokens = excluded.tokens`;
}

const start = (u: User, projectId: string, body: object = { targetPhase: "analysis" }) =>
  call(u, "POST", `/api/projects/${projectId}/runs`, body);

describe("who may start a run, and how many", () => {
  it("an account whose email is unverified cannot start a run (403 email_unverified, no row); verified, it can", async () => {
    const s = await signUp(api());
    const u = { ...s, id: s.user.id } as unknown as User;
    const p = await createProject(u);
    const refused = await start(u, p.id);
    expectError(refused, 403, "email_unverified");
    expect(refused.roundTrips).toBe(1);
    expect(await activeRuns(u.id)).toBe(0);
    const [row] = await sql`select count(*)::int as n from generation_runs where user_id = ${u.id}`;
    expect(row!.n).toBe(0);
    await verifyEmail(u.id);
    expect((await start(u, p.id)).status).toBe(202);
  });

  it("the active-run cap is reached exactly: one below it a start succeeds, at it 409 run_limit_reached", async () => {
    expect(CAP).toBe(2); // vitest.config.ts
    const u = await signedInUser();
    await activeRunRow(u);
    // Targets the phase the project is in: the run completes at its first step, without the LLM.
    const p = await createProject(u);
    const below = await start(u, p.id);
    expect(below.status).toBe(202);
    expect(below.roundTrips).toBe(1);
    // The started run still counts until its workflow ends it: a second row makes the cap whatever its timing.
    await sql`update generation_runs set status = 'paused' where id = ${below.json.run.id}`;
    expect(await activeRuns(u.id)).toBe(CAP);
    const other = await createProject(u);
    const at = await start(u, other.id);
    expectError(at, 409, "run_limit_reached");
    expect(at.json.error.message).toContain(`${CAP} active runs`);
    const [row] = await sql`select count(*)::int as n from generation_runs where project_id = ${other.id}`;
    expect(row!.n).toBe(0);
  });

  it("parallel starts on many projects never pass the cap (the owner's row lock; a real race on Postgres)", async () => {
    const u = await signedInUser();
    const projects = await Promise.all(Array.from({ length: 8 }, () => createProject(u, undefined, { idea: IDEA })));
    // Default target (done): the accepted runs stay active (drafting, then waiting for the stack approval).
    const results = await Promise.all(projects.map((p) => start(u, p.id, {})));
    const statuses = results.map((r) => r.status).sort();
    console.log(`[run-spend] ${backend}: 8 parallel starts with a cap of ${CAP}: ${statuses.join(", ")}`);
    expect(statuses).toEqual([...Array(CAP).fill(202), ...Array(8 - CAP).fill(409)]);
    for (const r of results) if (r.status === 409) expect(r.json.error.code).toBe("run_limit_reached");
    expect(await activeRuns(u.id)).toBe(CAP);
    for (const r of results) {
      if (r.status !== 202) continue;
      expect((await call(u, "POST", `/api/projects/${r.json.run.projectId}/runs/${r.json.run.id}/cancel`)).status).toBe(
        200,
      );
    }
  }, 30_000);
});

describe("what a run may spend", () => {
  it("a tokenBudget above GENERATION_MAX_TOKEN_BUDGET is refused (400 naming the maximum); at it, accepted", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const max = config.GENERATION_MAX_TOKEN_BUDGET;
    const over = await start(u, p.id, { targetPhase: "analysis", tokenBudget: max + 1 });
    expectError(over, 400, "validation_failed");
    expect(over.json.error.issues).toEqual([{ path: "tokenBudget", message: expect.stringContaining(String(max)) }]);
    const [row] = await sql`select count(*)::int as n from generation_runs where project_id = ${p.id}`;
    expect(row!.n).toBe(0);
    const at = await start(u, p.id, { targetPhase: "analysis", tokenBudget: max });
    expect(at.status).toBe(202);
    expect(at.json.run.tokenBudget).toBe(max);
  });

  it("the configuration refuses a default budget above the maximum", () => {
    const bindings = { ...(env as unknown as Record<string, string>) };
    expect(configIssues({ ...bindings, GENERATION_TOKEN_BUDGET: "3000", GENERATION_MAX_TOKEN_BUDGET: "2000" })).toEqual(
      ["GENERATION_TOKEN_BUDGET must be at most GENERATION_MAX_TOKEN_BUDGET (2000)"],
    );
  });

  it("the month's tokens: used up, a start is refused (403 quota_exceeded with the usage and the limit)", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    await setMonthUsage(u.id, MONTHLY);
    const refused = await start(u, p.id);
    expectError(refused, 403, "quota_exceeded");
    expect(refused.roundTrips).toBe(1);
    expect(refused.json.error.issues).toHaveLength(1);
    expect(refused.json.error.issues[0].path).toBe("monthlyTokens");
    expect(refused.json.error.issues[0].message).toContain(`${MONTHLY} of ${MONTHLY} tokens`);
    const [row] = await sql`select count(*)::int as n from generation_runs where project_id = ${p.id}`;
    expect(row!.n).toBe(0);
    // Less than a run's minimum left is used up too.
    await setMonthUsage(u.id, MONTHLY - 999);
    expectError(await start(u, p.id), 403, "quota_exceeded");
    await setMonthUsage(u.id, MONTHLY - 1000);
    expect((await start(u, p.id)).status).toBe(202);
  });

  it("active runs reserve what they may still spend; a new run gets at most what the month has left", async () => {
    const u = await signedInUser();
    // Spent this month: MONTHLY - 600k. A paused run of 500k has spent 100k: it reserves 400k. Left: 200k.
    await setMonthUsage(u.id, MONTHLY - 600_000);
    await activeRunRow(u, { budget: 500_000, spent: 100_000 });
    const p = await createProject(u);
    const started = await start(u, p.id, { targetPhase: "analysis", tokenBudget: 500_000 });
    expect(started.status).toBe(202);
    expect(started.json.run.tokenBudget).toBe(200_000);
    // The reservation alone can use the month up: 400k reserved, 999 short of the minimum left.
    await sql`update generation_runs set status = 'cancelled' where id = ${started.json.run.id}`;
    await setMonthUsage(u.id, MONTHLY - 400_999);
    const refused = await start(u, (await createProject(u)).id);
    expectError(refused, 403, "quota_exceeded");
    expect(refused.json.error.message).toContain(`${MONTHLY - 400_999} spent and 400000 reserved by active runs`);
  });

  it("every completion's max_tokens is at most what the run's budget leaves after the prompt (at most 16384)", async () => {
    const u = await signedInUser();
    const name = `Budget ${crypto.randomUUID().slice(0, 8)}`;
    const p = await createProject(u, name, { idea: IDEA });
    const budget = 9000;
    const runId = (await start(u, p.id, { targetPhase: "stack_selection", tokenBudget: budget })).json.run.id as string;
    let run: { status: string; tokensIn: number; tokensOut: number; lastError: { code: string } | null };
    for (const began = Date.now(); ; ) {
      run = (await call(u, "GET", `/api/projects/${p.id}/runs/${runId}`)).json.run;
      if (!["queued", "running"].includes(run.status)) break;
      if (Date.now() - began > 60_000) throw new Error(`run stuck: ${JSON.stringify(run)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // Completed, or stopped before a draft the budget could not pay for.
    if (run.status !== "completed") expect(run.lastError?.code).toBe("token_budget_exhausted");
    const log = (await (await fetch(`${env.LLM_CONTROL_URL}/control/requests`)).json()) as {
      requests: {
        project: string | null;
        status: number;
        promptTokens: number;
        completionTokens: number;
        maxTokens: number;
      }[];
    };
    const mine = log.requests.filter((r) => r.project === name && r.status === 200);
    expect(mine.length).toBeGreaterThan(0);
    let spent = 0;
    for (const r of mine) {
      // The workflow estimates the prompt as the stand-in counts it, less the separators between messages.
      // Drafts in parallel share what is left (each asks for at most its share), so a request never asks
      // for more than what the requests logged before it leave.
      const left = budget - spent - r.promptTokens;
      expect(r.maxTokens, JSON.stringify(r)).toBeGreaterThan(0);
      expect(r.maxTokens - left, JSON.stringify(r)).toBeLessThanOrEqual(2);
      expect(r.maxTokens).toBeLessThanOrEqual(MAX_ANSWER_TOKENS);
      spent += r.promptTokens + r.completionTokens;
    }
    expect(spent).toBe(run.tokensIn + run.tokensOut);
    expect(spent).toBeLessThanOrEqual(budget);
  }, 60_000);
});
