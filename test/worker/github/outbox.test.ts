// The outbox's runner (src/github/outbox-run.ts) against the local GitHub API: 5xx answers retried with
// backoff, primary and secondary rate limits waited out without spending an attempt, the last attempt
// failing the job, a request made during a run running the job again, and the classification of GitHub's
// rate-limit answers. Faults and limits are scoped to the test's repository (`path`) or token: the
// stand-in is shared.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  claimJobs,
  classify,
  MAX_ATTEMPTS,
  RETRY_DELAYS_SECONDS,
  recordOutcome,
  runJob,
} from "../../../src/github/outbox-run";
import { getGithubConfig } from "../../../src/platform/config-github";
import { batch } from "../../../src/platform/db/batch";
import { githubConnections } from "../../../src/platform/db/schema";
import { adminDb, api, call, sql } from "../helpers";
import { withProject } from "../route-fixtures";
import { connect, connectionRow, control, dispatch, githubPath, jobRow, makeDue, newRepo, newToken } from "./fixtures";

/** A project with a token connection to a new repository, its check queued (not run). */
async function queuedCheck() {
  const { user, project } = await withProject();
  const repo = await newRepo();
  const token = await newToken([repo.full]);
  await connect(user, project.id, { repository: repo.full, auth: { kind: "token", token } });
  return { user, project, repo, token, repoPath: `^/repos/${repo.owner}/${repo.name}$` };
}

describe("the GitHub outbox", () => {
  it("a 500 twice: retried after 10 s then 1 min (with jitter), then done; the connection's last error cleared", async () => {
    const { project, repoPath } = await queuedCheck();
    await control("/faults", { method: "GET", path: repoPath, status: 500, times: 2 });

    expect(await dispatch(project.id)).toEqual({ claimed: 1, done: 0, retrying: 1, failed: 0 });
    let job = await jobRow(project.id);
    expect(job).toMatchObject({ status: "pending", attempts: 1 });
    expect(job.last_error).toMatch(/^GitHub 500: Internal Server Error.*\(GET \/repos\//);
    expect(job.due_in).toBeGreaterThan(RETRY_DELAYS_SECONDS[0] * 0.8 - 1);
    expect(job.due_in).toBeLessThan(RETRY_DELAYS_SECONDS[0] * 1.2 + 1);
    const c = await connectionRow(project.id);
    expect(c).toMatchObject({ status: "checking" });
    expect(c!.last_error).toMatch(/^check: GitHub 500/);
    // Not due yet: nothing to claim.
    expect((await dispatch(project.id)).claimed).toBe(0);

    await makeDue(job.id);
    expect(await dispatch(project.id)).toMatchObject({ retrying: 1 });
    job = await jobRow(project.id);
    expect(job.attempts).toBe(2);
    expect(job.due_in).toBeGreaterThan(RETRY_DELAYS_SECONDS[1] * 0.8 - 1);
    expect(job.due_in).toBeLessThan(RETRY_DELAYS_SECONDS[1] * 1.2 + 1);

    await makeDue(job.id);
    expect(await dispatch(project.id)).toMatchObject({ done: 1 });
    expect(await jobRow(project.id)).toMatchObject({ status: "done", attempts: 3, last_error: null });
    expect(await connectionRow(project.id)).toMatchObject({
      status: "connected",
      last_error: null,
      last_error_at: null,
    });
  });

  it("a secondary rate limit (retry-after 60): waits 60 s, not failed, the attempt given back", async () => {
    const { project, repoPath } = await queuedCheck();
    await control("/faults", {
      method: "GET",
      path: repoPath,
      status: "secondary_rate_limit",
      retryAfter: 60,
      httpStatus: 429,
    });
    expect(await dispatch(project.id)).toMatchObject({ retrying: 1, failed: 0 });
    const job = await jobRow(project.id);
    expect(job).toMatchObject({ status: "pending", attempts: 0 });
    expect(job.due_in).toBeGreaterThan(58);
    expect(job.due_in).toBeLessThan(62);
    expect(job.last_error).toMatch(/^rate limited, waiting 60 s: GitHub 429: You have exceeded a secondary rate limit/);
    expect((await connectionRow(project.id))!.last_error).toMatch(/^check: rate limited/);
    await makeDue(job.id);
    expect(await dispatch(project.id)).toMatchObject({ done: 1 });
  });

  it("a spent primary limit (403, x-ratelimit-remaining 0): waits until x-ratelimit-reset, the attempt given back", async () => {
    const { project, token } = await queuedCheck();
    // This token's user only (the stand-in is shared): nothing left, the window resetting in 30 min.
    const spent = await control("/rate-limit/window", { token, remaining: 0, resetInSeconds: 1800 });
    expect(spent).toMatchObject({ remaining: 0 });
    expect(await dispatch(project.id)).toMatchObject({ retrying: 1, failed: 0 });
    const job = await jobRow(project.id);
    expect(job).toMatchObject({ status: "pending", attempts: 0 });
    const untilReset = spent.reset - Date.now() / 1000;
    expect(job.due_in).toBeGreaterThan(untilReset - 3);
    expect(job.due_in).toBeLessThan(untilReset + 2);
    expect(job.last_error).toMatch(
      /^rate limited, waiting 1[78]\d\d s: GitHub 403: API rate limit exceeded for user ID \d+\..* \(GET \/repos\//,
    );
    expect((await connectionRow(project.id))!.last_error).toMatch(/^check: rate limited/);
    // Not due before the reset.
    expect((await dispatch(project.id)).claimed).toBe(0);
    // The window passes (this caller's; the shared clock stays): a new one with the full limit.
    await control("/rate-limit/window", { token, resetInSeconds: 0 });
    await makeDue(job.id);
    expect(await dispatch(project.id)).toMatchObject({ done: 1 });
    expect(await jobRow(project.id)).toMatchObject({ status: "done", attempts: 1, last_error: null });
    expect(await connectionRow(project.id)).toMatchObject({ status: "connected", last_error: null });
  });

  it("5xx to the last attempt: failed, saying so; a failed check leaves the connection failed", async () => {
    const { project, repoPath } = await queuedCheck();
    const { id } = await jobRow(project.id);
    // As if the earlier attempts had failed already.
    await sql.query("update github_jobs set attempts = $2 where id = $1", [id, MAX_ATTEMPTS - 1]);
    await control("/faults", { method: "GET", path: repoPath, status: 502 });
    expect(await dispatch(project.id)).toMatchObject({ failed: 1 });
    const job = await jobRow(project.id);
    expect(job).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(job.last_error).toMatch(new RegExp(`^gave up after ${MAX_ATTEMPTS} attempts: GitHub 502`));
    expect(await connectionRow(project.id)).toMatchObject({ status: "failed" });
  });

  it("a job asked for again while it ran runs again (pending, due now) rather than ending done", async () => {
    const { user, project, repo, token } = await queuedCheck();
    const db = adminDb();
    const [claimed] = await claimJobs(db, 1, [project.id]);
    expect(claimed!.job.kind).toBe("check");
    // The request during the run: a reconnect joins the pending job (moves its requested_at).
    await connect(user, project.id, { repository: repo.full, auth: { kind: "token", token }, directory: "docs" });
    const config = getGithubConfig(api().env);
    const [row] = await db.select().from(githubConnections).where(eq(githubConnections.projectId, project.id));
    const outcome = await runJob(db, config, claimed!.job, row);
    expect(outcome.ok).toBe(true);
    await batch(db, recordOutcome(db, claimed!, outcome));
    const job = await jobRow(project.id);
    expect(job).toMatchObject({ id: claimed!.job.id, status: "pending", attempts: 0 });
    expect(job.due_in).toBeLessThan(1);
    // Its second run ends done.
    expect(await dispatch(project.id)).toMatchObject({ done: 1 });
    expect(await jobRow(project.id)).toMatchObject({ status: "done" });
    const g = await call(user, "GET", githubPath(project.id));
    expect(g.json.connection).toMatchObject({ status: "connected", directory: "docs" });
  });

  it("a job of a connection still being checked waits for the check", async () => {
    const { user, project, repo, token } = await queuedCheck();
    await dispatch(project.id);
    expect((await call(user, "POST", `${githubPath(project.id)}/push`)).status).toBe(202);
    // A reconnect: checking again; the push is not claimed until the check has run.
    await connect(user, project.id, { repository: repo.full, auth: { kind: "token", token } });
    const [due] = (await sql.query(
      "select count(*)::int as n from github_jobs where project_id = $1 and status = 'pending'",
      [project.id],
    )) as { n: number }[];
    expect(due!.n).toBe(2);
    const db = adminDb();
    const claimed = await claimJobs(db, 4, [project.id]);
    expect(claimed.map((c) => c.job.kind)).toEqual(["check"]);
  });
});

describe("classifying a failure", () => {
  const httpError = (status: number, headers: Record<string, string>) =>
    Object.assign(new Error("API rate limit exceeded for user ID 1."), {
      name: "HttpError",
      status,
      response: { headers },
    });
  const now = Date.UTC(2026, 11, 7, 10, 0, 0);

  it("a spent primary limit (x-ratelimit-remaining 0): waits until x-ratelimit-reset", () => {
    const reset = String(now / 1000 + 1800);
    for (const status of [403, 429]) {
      const v = classify(httpError(status, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }), 1, now);
      expect(v).toMatchObject({ kind: "wait", seconds: 1800 });
    }
  });

  it("retry-after first; a 403 without rate-limit headers, a 404 or a 422 fail at once; 5xx and network errors back off", () => {
    expect(classify(httpError(403, { "retry-after": "30", "x-ratelimit-remaining": "0" }), 1, now)).toMatchObject({
      kind: "wait",
      seconds: 30,
    });
    expect(classify(httpError(403, { "x-ratelimit-remaining": "12" }), 1, now).kind).toBe("fail");
    expect(classify(httpError(404, {}), 1, now).kind).toBe("fail");
    expect(classify(httpError(422, {}), 1, now).kind).toBe("fail");
    expect(classify(httpError(503, {}), 1, now).kind).toBe("retry");
    expect(classify(new TypeError("fetch failed"), 1, now).kind).toBe("retry");
    expect(classify(httpError(500, {}), MAX_ATTEMPTS, now).kind).toBe("fail");
  });
});
