// The scheduled cleanup (src/cleanup/). Other test files run in parallel and the cleanup removes
// EVERYBODY's expired rows, so every assertion here is about rows this file created (unique
// prefixes / ids), and global counts are only ever lower bounds. Rows meant to be cleaned first
// get expiry times years in the past, so they are the oldest and every chunk picks them first.

import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { sql as dsql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CleanupError, chunkStatements, passStatements, runCleanup } from "../../../src/cleanup/cleanup";
import { getConfig } from "../../../src/platform/config";
import { createDb } from "../../../src/platform/db/client";
import worker from "../../../src/workers/teams";
import { adminDb, api, sql } from "../helpers";

const db = () => createDb(getConfig(api().env));
const prefix = () => `cleanup-${crypto.randomUUID()}`;

afterEach(() => {
  vi.restoreAllMocks();
});

/** Clears whatever expired rows exist now, so the rows a test seeds next are the oldest ones. */
const drain = () => runCleanup(adminDb());

/** `count` rate-limit windows named `${p}:<i>`, reset_at = now() + offset (SQL interval text). */
async function seedWindows(p: string, count: number, offset: string) {
  await sql.query(
    `insert into rate_limit_log (identifier, endpoint, attempts, reset_at)
     select $1::text || ':' || i, 'login', 1, now() + $2::interval + i * interval '1 millisecond'
     from generate_series(1, $3::int) i`,
    [p, offset, count],
  );
}

async function windowsLeft(p: string): Promise<number> {
  const [row] = (await sql.query(
    "select count(*)::int as n from rate_limit_log where identifier like $1::text || ':%'",
    [p],
  )) as { n: number }[];
  return row!.n;
}

async function newUser(p: string): Promise<string> {
  const [row] = (await sql.query(
    "insert into users (email, password_hash, name) values ($1, 'x', 'Cleanup') returning id",
    [`${p}-${crypto.randomUUID()}@example.test`.toLowerCase()],
  )) as { id: string }[];
  return row!.id;
}

/** `count` sessions of `userId`, expires_at = now() + offset. */
async function seedSessions(userId: string, count: number, offset: string) {
  await sql.query(
    `insert into auth_sessions (user_id, token_hash, expires_at)
     select $1::uuid, md5(gen_random_uuid()::text), now() + $2::interval + i * interval '1 millisecond'
     from generate_series(1, $3::int) i`,
    [userId, offset, count],
  );
}

async function sessionsLeft(userId: string): Promise<number> {
  const [row] = (await sql.query("select count(*)::int as n from auth_sessions where user_id = $1", [userId])) as {
    n: number;
  }[];
  return row!.n;
}

/** A user whose verification and reset tokens expire at now() + the given offsets. */
async function userWithTokens(p: string, verifyOffset: string, resetOffset: string): Promise<string> {
  const id = await newUser(p);
  await sql.query(
    `update users set email_verification_token_hash = md5('v' || id::text), email_verification_expires_at = now() + $2::interval,
                      password_reset_token_hash = md5('r' || id::text), password_reset_expires_at = now() + $3::interval
     where id = $1`,
    [id, verifyOffset, resetOffset],
  );
  return id;
}

type TokenRow = {
  email_verification_token_hash: string | null;
  email_verification_expires_at: string | null;
  password_reset_token_hash: string | null;
  password_reset_expires_at: string | null;
};

async function tokensOf(id: string): Promise<TokenRow> {
  const [row] = (await sql.query(
    `select email_verification_token_hash, email_verification_expires_at, password_reset_token_hash, password_reset_expires_at
     from users where id = $1`,
    [id],
  )) as TokenRow[];
  return row!;
}

/** Runs the worker's exported scheduled handler the way the runtime does; returns the logged lines. */
async function runScheduled(env: Record<string, unknown>) {
  const logs: string[] = [];
  const errors: string[] = [];
  vi.spyOn(console, "log").mockImplementation((line: string) => void logs.push(line));
  vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
  const controller = createScheduledController({ scheduledTime: new Date(), cron: "*/15 * * * *" });
  const ctx = createExecutionContext();
  let error: unknown;
  try {
    await worker.scheduled(controller, env as never, ctx);
  } catch (err) {
    error = err;
  }
  await waitOnExecutionContext(ctx);
  vi.restoreAllMocks();
  return { logs, errors, error };
}

describe("scheduled cleanup: what it removes, and what it leaves", () => {
  it("runs through the worker's scheduled export, removes expired rows, keeps live ones, logs one JSON line", async () => {
    const p = prefix();
    await seedWindows(`${p}-old`, 3, "-1 hour");
    await seedWindows(`${p}-open`, 2, "1 hour");
    const u = await newUser(p);
    await seedSessions(u, 4, "-1 day");
    await seedSessions(u, 1, "30 days");
    const gone = await userWithTokens(p, "-1 hour", "-1 minute");
    const live = await userWithTokens(p, "24 hours", "1 hour");

    const t = api();
    const { logs, errors, error } = await runScheduled(t.env);
    expect(error).toBeUndefined();
    expect(errors).toEqual([]);
    expect(logs).toHaveLength(1);
    const line = JSON.parse(logs[0]!);
    expect(line).toMatchObject({ event: "cleanup", cron: "*/15 * * * *", ok: true, workLeft: false });
    expect(line.passes).toBeGreaterThanOrEqual(1);
    expect(typeof line.durationMs).toBe("number");
    expect(line.removed.rateLimitLog).toBeGreaterThanOrEqual(3);
    expect(line.removed.authSessions).toBeGreaterThanOrEqual(4);
    expect(line.removed.emailVerificationTokens).toBeGreaterThanOrEqual(1);
    expect(line.removed.passwordResetTokens).toBeGreaterThanOrEqual(1);
    // One round trip per pass: the statements of a pass travel in one batch.
    expect(await t.roundTrips()).toBe(line.passes);

    expect(await windowsLeft(`${p}-old`)).toBe(0);
    expect(await windowsLeft(`${p}-open`)).toBe(2);
    expect(await sessionsLeft(u)).toBe(1);
    expect(await tokensOf(gone)).toEqual({
      email_verification_token_hash: null,
      email_verification_expires_at: null,
      password_reset_token_hash: null,
      password_reset_expires_at: null,
    });
    const kept = await tokensOf(live);
    expect(kept.email_verification_token_hash).not.toBeNull();
    expect(kept.email_verification_expires_at).not.toBeNull();
    expect(kept.password_reset_token_hash).not.toBeNull();
    expect(kept.password_reset_expires_at).not.toBeNull();
  });

  it("clears each token kind on its own: an expired reset token goes, a live verification token on the same row stays", async () => {
    const p = prefix();
    const a = await userWithTokens(p, "1 hour", "-1 second");
    const b = await userWithTokens(p, "-1 second", "1 hour");
    await runCleanup(db());
    const ta = await tokensOf(a);
    expect(ta.password_reset_token_hash).toBeNull();
    expect(ta.password_reset_expires_at).toBeNull();
    expect(ta.email_verification_token_hash).not.toBeNull();
    const tb = await tokensOf(b);
    expect(tb.email_verification_token_hash).toBeNull();
    expect(tb.email_verification_expires_at).toBeNull();
    expect(tb.password_reset_token_hash).not.toBeNull();
  });

  it("boundaries: one second past expiry is removed, one second before it is kept", async () => {
    // The clock is the database's: the rows are moved to now() -/+ 1 second and the cleanup runs in
    // the SAME batch (one transaction, one now()), so no amount of machine load can make the
    // "one second before" rows expire before the cleanup sees them.
    const p = prefix();
    const d = adminDb();
    await seedWindows(`${p}-past`, 1, "1 hour");
    await seedWindows(`${p}-future`, 1, "1 hour");
    const u = await newUser(p);
    const v = await newUser(p);
    await seedSessions(u, 1, "1 hour");
    await seedSessions(v, 1, "1 hour");
    const past = await userWithTokens(p, "1 hour", "1 hour");
    const future = await userWithTokens(p, "1 hour", "1 hour");

    const stmts = passStatements(d, 1000);
    await d.batch([
      d.execute(dsql`
        with wp as (update rate_limit_log set reset_at = now() - interval '1 second' where identifier like ${`${p}-past:%`} returning 1),
             wf as (update rate_limit_log set reset_at = now() + interval '1 second' where identifier like ${`${p}-future:%`} returning 1),
             sp as (update auth_sessions set expires_at = now() - interval '1 second' where user_id = ${u} returning 1),
             sf as (update auth_sessions set expires_at = now() + interval '1 second' where user_id = ${v} returning 1),
             tp as (update users set email_verification_expires_at = now() - interval '1 second',
                                     password_reset_expires_at = now() - interval '1 second' where id = ${past} returning 1),
             tf as (update users set email_verification_expires_at = now() + interval '1 second',
                                     password_reset_expires_at = now() + interval '1 second' where id = ${future} returning 1)
        select (select count(*) from wp) + (select count(*) from wf) + (select count(*) from sp)
             + (select count(*) from sf) + (select count(*) from tp) + (select count(*) from tf) as n`),
      stmts[0]!,
      stmts[1]!,
      stmts[2]!,
      stmts[3]!,
    ]);

    expect(await windowsLeft(`${p}-past`)).toBe(0);
    expect(await windowsLeft(`${p}-future`)).toBe(1);
    expect(await sessionsLeft(u)).toBe(0);
    expect(await sessionsLeft(v)).toBe(1);
    expect((await tokensOf(past)).password_reset_token_hash).toBeNull();
    expect((await tokensOf(past)).email_verification_token_hash).toBeNull();
    expect((await tokensOf(future)).password_reset_token_hash).not.toBeNull();
    expect((await tokensOf(future)).email_verification_token_hash).not.toBeNull();
  });

  it("idempotency keys: one second past their 24 h is removed, one second before it is kept", async () => {
    const u = await newUser(prefix());
    await sql.query(
      `insert into idempotency_keys (user_id, key, request_hash, status, body, expires_at)
       values ($1, 'past', 'h', 201, '{}', now() - interval '1 second'),
              ($1, 'future', 'h', 201, '{}', now() + interval '1 second')`,
      [u],
    );
    await runCleanup(db());
    const left = (await sql.query("select key from idempotency_keys where user_id = $1", [u])) as { key: string }[];
    expect(left.map((r) => r.key)).toEqual(["future"]);
  });

  it("boundary: expiring exactly now() counts as expired, like the session check (`expires_at > now()` is live)", async () => {
    // now() is fixed for a transaction: moving the clock and the cleanup statements in ONE batch
    // makes "exactly now" exact. The same transaction also proves the session check disagrees:
    // a session with expires_at = now() is already refused, so removing it takes nothing live.
    const p = prefix();
    const d = adminDb();
    await seedWindows(`${p}-now`, 1, "1 hour");
    const u = await newUser(p);
    await seedSessions(u, 1, "1 hour");
    const tokens = await userWithTokens(p, "1 hour", "1 hour");

    const stmts = passStatements(d, 1000);
    const [, liveBefore, , , , , liveAfter] = (await d.batch([
      d.execute(dsql`
        with w as (update rate_limit_log set reset_at = now() where identifier like ${`${p}-now:%`} returning 1),
             s as (update auth_sessions set expires_at = now() where user_id = ${u} returning 1),
             t as (update users set email_verification_expires_at = now(), password_reset_expires_at = now()
                   where id = ${tokens} returning 1)
        select (select count(*) from w) + (select count(*) from s) + (select count(*) from t) as n`),
      d.execute(dsql`select count(*)::int as n from auth_sessions where user_id = ${u} and expires_at > now()`),
      stmts[0]!,
      stmts[1]!,
      stmts[2]!,
      stmts[3]!,
      d.execute(dsql`select count(*)::int as n from auth_sessions where user_id = ${u}`),
    ])) as unknown as { rows: { n: number }[] }[];
    expect(Number(liveBefore!.rows[0]!.n)).toBe(0); // already invalid for the session check
    expect(Number(liveAfter!.rows[0]!.n)).toBe(0); // and removed by the cleanup

    expect(await windowsLeft(`${p}-now`)).toBe(0);
    expect(await sessionsLeft(u)).toBe(0);
    expect(await tokensOf(tokens)).toMatchObject({
      email_verification_token_hash: null,
      password_reset_token_hash: null,
    });
  });

  it("is idempotent: a second run right after the first removes nothing of ours and fails on nothing", async () => {
    const p = prefix();
    await seedWindows(`${p}-old`, 5, "-1 hour");
    await seedWindows(`${p}-open`, 5, "1 hour");
    const u = await newUser(p);
    await seedSessions(u, 5, "-1 hour");
    await seedSessions(u, 2, "1 hour");

    const first = await runCleanup(db());
    expect(first.removed.rateLimitLog).toBeGreaterThanOrEqual(5);
    expect(first.removed.authSessions).toBeGreaterThanOrEqual(5);
    const afterFirst = [await windowsLeft(`${p}-old`), await windowsLeft(`${p}-open`), await sessionsLeft(u)];
    expect(afterFirst).toEqual([0, 5, 2]);

    const second = await runCleanup(db());
    expect(second.workLeft).toBe(false);
    expect([await windowsLeft(`${p}-old`), await windowsLeft(`${p}-open`), await sessionsLeft(u)]).toEqual(afterFirst);
  });

  it("two concurrent runs remove every expired row once, both succeed, nothing live is touched", async () => {
    const p = prefix();
    await seedWindows(`${p}-old`, 60, "-10 years");
    await seedWindows(`${p}-open`, 7, "1 hour");
    const u = await newUser(p);
    await seedSessions(u, 60, "-10 years");
    await seedSessions(u, 3, "1 day");

    const [a, b] = await Promise.all([runCleanup(db(), { chunk: 10 }), runCleanup(db(), { chunk: 10 })]);
    // Each row is deleted by exactly one of them: together they removed at least our 60 + 60
    // (others' expired rows may add to it), and neither saw an error.
    expect(a.removed.rateLimitLog + b.removed.rateLimitLog).toBeGreaterThanOrEqual(60);
    expect(a.removed.authSessions + b.removed.authSessions).toBeGreaterThanOrEqual(60);
    expect(a.workLeft).toBe(false);
    expect(b.workLeft).toBe(false);
    expect(await windowsLeft(`${p}-old`)).toBe(0);
    expect(await windowsLeft(`${p}-open`)).toBe(7);
    const [row] = (await sql.query(
      "select count(*) filter (where expires_at <= now())::int as expired, count(*)::int as total from auth_sessions where user_id = $1",
      [u],
    )) as { expired: number; total: number }[];
    expect(row).toEqual({ expired: 0, total: 3 });
  });

  it("two concurrent runs through the scheduled export both succeed", async () => {
    const p = prefix();
    await seedWindows(`${p}-old`, 20, "-10 years");
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    const once = async () => {
      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ cron: "*/15 * * * *" }), api().env as never, ctx);
      await waitOnExecutionContext(ctx);
    };
    const results = await Promise.allSettled([once(), once()]);
    vi.restoreAllMocks();
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(lines.map((l) => JSON.parse(l).ok)).toEqual([true, true]);
    expect(await windowsLeft(`${p}-old`)).toBe(0);
  });
});

describe("chunking and budgets", () => {
  it("chunk=10 with 35 expired rows: 4 passes of ours, full chunks until the last, counts add up", async () => {
    await drain();
    const p = prefix();
    // Ours are the oldest rows in the tables (10 years ago), so chunks take them first.
    await seedWindows(p, 35, "-10 years");
    const u = await newUser(p);
    await seedSessions(u, 35, "-10 years");
    await seedWindows(`${p}-open`, 3, "1 hour");
    await seedSessions(u, 2, "1 hour");

    const passes: { pass: number; rateLimitLog: number; authSessions: number }[] = [];
    const t = api();
    const r = await runCleanup(createDb(getConfig(t.env)), {
      chunk: 10,
      onPass: (x) => passes.push({ pass: x.pass, ...x.removed }),
    });
    // Others' expired rows can only add passes: at least ceil(36 / 10) = 4 (the 4th finds 5 of ours).
    expect(r.passes).toBeGreaterThanOrEqual(4);
    expect(r.passes).toBe(passes.length);
    expect(await t.roundTrips()).toBe(r.passes);
    expect(passes.slice(0, 3).map((x) => [x.rateLimitLog, x.authSessions])).toEqual([
      [10, 10],
      [10, 10],
      [10, 10],
    ]);
    // Every pass but the last had a full chunk somewhere; the last had none.
    for (const x of passes.slice(0, -1)) expect(Math.max(x.rateLimitLog, x.authSessions)).toBeGreaterThanOrEqual(10);
    expect(passes.at(-1)!.rateLimitLog).toBeLessThan(10);
    expect(passes.at(-1)!.authSessions).toBeLessThan(10);
    expect(passes.every((x) => x.rateLimitLog <= 10 && x.authSessions <= 10)).toBe(true);
    expect(r.removed.rateLimitLog).toBe(passes.reduce((s, x) => s + x.rateLimitLog, 0));
    expect(r.removed.rateLimitLog).toBeGreaterThanOrEqual(35);
    expect(r.removed.authSessions).toBeGreaterThanOrEqual(35);
    expect(r.workLeft).toBe(false);

    expect(await windowsLeft(p)).toBe(0);
    expect(await windowsLeft(`${p}-open`)).toBe(3);
    expect(await sessionsLeft(u)).toBe(2);
  });

  it("a pass budget leaves work for the next run, which finishes it", async () => {
    await drain();
    const p = prefix();
    await seedWindows(p, 35, "-10 years");
    const u = await newUser(p);
    await seedSessions(u, 35, "-10 years");

    const first = await runCleanup(db(), { chunk: 10, maxPasses: 2 });
    expect(first.passes).toBe(2);
    expect(first.workLeft).toBe(true);
    // 20 removed per table, all of them ours (the oldest); 15 wait for the next run.
    expect(first.removed.rateLimitLog).toBe(20);
    expect(first.removed.authSessions).toBe(20);
    expect(await windowsLeft(p)).toBe(15);
    expect(await sessionsLeft(u)).toBe(15);

    const next = await runCleanup(db(), { chunk: 10 });
    expect(next.workLeft).toBe(false);
    expect(next.removed.rateLimitLog).toBeGreaterThanOrEqual(15);
    expect(await windowsLeft(p)).toBe(0);
    expect(await sessionsLeft(u)).toBe(0);
  });

  it("a time budget stops after the pass that used it up", async () => {
    await drain();
    const p = prefix();
    await seedWindows(p, 35, "-10 years");
    const r = await runCleanup(db(), { chunk: 10, maxMs: 0 });
    expect(r.passes).toBe(1);
    expect(r.workLeft).toBe(true);
    expect(await windowsLeft(p)).toBe(25);
    await runCleanup(db(), { chunk: 10 });
    expect(await windowsLeft(p)).toBe(0);
  });

  it("refuses a chunk that is not a positive number", () => {
    expect(() => chunkStatements(0)).toThrow(RangeError);
    expect(() => chunkStatements(Number.NaN)).toThrow(RangeError);
  });
});

// 30,000-row seeds: on a busy machine (embedded PGlite, 2 shared cores) a seed alone outlasted
// vitest's default 5 s, so these two have their own timeout (no assertion is about time).
const LARGE_SEED_TIMEOUT_MS = 60_000;

describe("the chunk queries use the expiry indexes on a large table", () => {
  const planOf = async (stmt: ReturnType<typeof chunkStatements>[keyof ReturnType<typeof chunkStatements>]) => {
    const d = adminDb();
    const res = (await d.execute(dsql`explain ${stmt}`)) as unknown as { rows: { "QUERY PLAN": string }[] };
    return res.rows.map((r) => r["QUERY PLAN"]).join("\n");
  };

  it(
    "rate_limit_log: index scan on rate_limit_log_reset_at_idx",
    async () => {
      const p = prefix();
      // 30,000 windows, a third of them expired, spread over a day either side of now.
      await sql.query(
        `insert into rate_limit_log (identifier, endpoint, attempts, reset_at)
       select $1::text || ':' || i, 'login', 1, now() + ((i % 3000) - 1000) * interval '30 seconds'
       from generate_series(1, 30000) i`,
        [p],
      );
      try {
        await sql.query("analyze rate_limit_log");
        const plan = await planOf(chunkStatements(5000).rateLimitLog);
        expect(plan).toMatch(/(Index Scan|Index Only Scan|Bitmap Index Scan) (using|on) rate_limit_log_reset_at_idx/);
        expect(plan).toMatch(/Tid Scan on rate_limit_log/); // the outer delete fetches the chunk by tuple id
        expect(plan).not.toMatch(/Seq Scan/);
      } finally {
        await sql.query("delete from rate_limit_log where identifier like $1::text || ':%'", [p]);
      }
    },
    LARGE_SEED_TIMEOUT_MS,
  );

  it(
    "auth_sessions: index scan on auth_sessions_expires_at_idx",
    async () => {
      const p = prefix();
      const u = await newUser(p);
      await sql.query(
        `insert into auth_sessions (user_id, token_hash, expires_at)
       select $1::uuid, md5(gen_random_uuid()::text), now() + ((i % 3000) - 1000) * interval '30 seconds'
       from generate_series(1, 30000) i`,
        [u],
      );
      try {
        await sql.query("analyze auth_sessions");
        const plan = await planOf(chunkStatements(5000).authSessions);
        expect(plan).toMatch(/(Index Scan|Index Only Scan|Bitmap Index Scan) (using|on) auth_sessions_expires_at_idx/);
        expect(plan).toMatch(/Index Scan (using|on) auth_sessions_pkey/); // the outer delete fetches by primary key
        expect(plan).not.toMatch(/Seq Scan/);
      } finally {
        await sql.query("delete from users where id = $1", [u]);
      }
    },
    LARGE_SEED_TIMEOUT_MS,
  );

  it(
    "idempotency_keys: index scan on idempotency_keys_expires_idx",
    async () => {
      const u = await newUser(prefix());
      await sql.query(
        `insert into idempotency_keys (user_id, key, request_hash, expires_at)
       select $1::uuid, 'k' || i, 'h', now() + ((i % 3000) - 1000) * interval '30 seconds'
       from generate_series(1, 30000) i`,
        [u],
      );
      try {
        await sql.query("analyze idempotency_keys");
        const plan = await planOf(chunkStatements(5000).idempotencyKeys);
        expect(plan).toMatch(/(Index Scan|Index Only Scan|Bitmap Index Scan) (using|on) idempotency_keys_expires_idx/);
        expect(plan).toMatch(/Tid Scan on idempotency_keys/);
        expect(plan).not.toMatch(/Seq Scan/);
      } finally {
        await sql.query("delete from users where id = $1", [u]);
      }
    },
    LARGE_SEED_TIMEOUT_MS,
  );
});

describe("failures", () => {
  it("a failed round trip is logged as one JSON line and rethrown (a failed invocation)", async () => {
    const p = prefix();
    await seedWindows(p, 3, "-10 years");
    const t = api();
    await t.fault({ status: 500 });
    const { logs, errors, error } = await runScheduled(t.env);
    expect(error).toBeInstanceOf(Error);
    expect(logs).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(JSON.parse(errors[0]!)).toMatchObject({ event: "cleanup", cron: "*/15 * * * *", ok: false, passes: 0 });
    expect(JSON.parse(errors[0]!).error).toMatch(/500/);
    // Nothing was half-done: the batch failed as a whole, our rows wait for the next run.
    expect(await windowsLeft(p)).toBe(3);
    expect(await runScheduled(t.env).then((r) => r.error)).toBeUndefined();
    expect(await windowsLeft(p)).toBe(0);
  });

  it("a statement failing mid-batch rolls the whole pass back, and is rethrown", async () => {
    const p = prefix();
    await seedWindows(p, 3, "-10 years");
    const t = api();
    await t.fault({ failAtStatement: 2 });
    const { errors, error } = await runScheduled(t.env);
    expect(error).toBeInstanceOf(Error);
    expect(errors).toHaveLength(1);
    expect(JSON.parse(errors[0]!)).toMatchObject({ ok: false, passes: 0 });
    expect(await windowsLeft(p)).toBe(3); // statement 0 (the rate-limit delete) was rolled back
    expect(await runScheduled(t.env).then((r) => r.error)).toBeUndefined(); // the next run takes them
    expect(await windowsLeft(p)).toBe(0);
  });

  it("a failure after some passes keeps what they committed and reports it with the error", async () => {
    await drain();
    const p = prefix();
    await seedWindows(p, 35, "-10 years");
    const t = api();
    await t.fault({ delayMs: 1 }); // the first round trip passes through...
    await t.fault({ status: 500 }); // ...the second one fails
    const err = await runCleanup(createDb(getConfig(t.env)), { chunk: 10 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CleanupError);
    const partial = (err as CleanupError).partial;
    expect(partial.passes).toBe(1);
    expect(partial.removed.rateLimitLog).toBe(10);
    expect((err as CleanupError).cause).toBeInstanceOf(Error);
    expect(await windowsLeft(p)).toBe(25);
    expect(await t.roundTrips()).toBe(2);
  });

  it("a misconfigured env is logged and rethrown too", async () => {
    const { errors, error } = await runScheduled({ ...api().env, DATABASE_URL: "" });
    expect(error).toBeInstanceOf(Error);
    expect(errors).toHaveLength(1);
    expect(JSON.parse(errors[0]!).error).toMatch(/DATABASE_URL/);
  });
});
