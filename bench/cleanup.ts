// `npm run bench:cleanup`: the cleanup job at scale, through the production driver.
//
// Creates a throwaway database on the Postgres at BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres), applies the migrations, seeds it in SQL
// (generate_series): 1,000,000 expired + 1,000,000 live rate-limit windows, 1,000 users with
// 1,000,000 expired + 100,000 live sessions, and expired/live tokens on the users. Then it starts
// the local Neon endpoint (BENCH_LATENCY_MS adds latency to every round trip) and runs
// runCleanup (src/cleanup/cleanup.ts) with the production budgets through createDb, invocation
// after invocation, until an invocation reports no work left; it times every round trip, checks
// that every live row is still there and every expired one is gone, and drops the database.
// Env: BENCH_DATABASE_URL, BENCH_LATENCY_MS, BENCH_EXPIRED (default 1000000), BENCH_LIVE_WINDOWS (1000000),
// BENCH_LIVE_SESSIONS (100000); .ci/run runs it tiny.

import { randomBytes } from "node:crypto";
import pg from "pg";
import { CLEANUP_DEFAULTS, CLEANUP_TASKS, type CleanupCounts, runCleanup } from "../src/cleanup/cleanup.ts";
import { getConfig } from "../src/platform/config.ts";
import { createDb } from "../src/platform/db/client.ts";
import { forNodePostgres, openBackend, startLocalNeon } from "../tools/local-neon/index.ts";
import { benchBindings } from "./env.ts";

const serverUrl = forNodePostgres(process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 0);
const EXPIRED = Number(process.env.BENCH_EXPIRED ?? 1_000_000);
const LIVE_WINDOWS = Number(process.env.BENCH_LIVE_WINDOWS ?? 1_000_000);
const LIVE_SESSIONS = Number(process.env.BENCH_LIVE_SESSIONS ?? 100_000);
const USERS = 1000;

const fmt = (n: number) => n.toLocaleString("en-US");
const elapsed = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

async function onServer<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const dbName = `specdrive_bench_${randomBytes(5).toString("hex")}`;
const dbUrl = new URL(serverUrl);
dbUrl.pathname = `/${dbName}`;

async function seed(c: pg.Client) {
  await c.query("set synchronous_commit = off");
  let t0 = performance.now();
  await c.query(
    `insert into rate_limit_log (identifier, endpoint, attempts, reset_at)
     select 'ip:expired-' || i, 'login', 1 + i % 10, now() - interval '1 second' - random() * interval '30 days'
     from generate_series(1, $1::int) i`,
    [EXPIRED],
  );
  await c.query(
    `insert into rate_limit_log (identifier, endpoint, attempts, reset_at)
     select 'ip:live-' || i, 'login', 1 + i % 10, now() + interval '1 day' + random() * interval '1 hour'
     from generate_series(1, $1::int) i`,
    [LIVE_WINDOWS],
  );
  console.log(`seeded rate_limit_log: ${fmt(EXPIRED)} expired + ${fmt(LIVE_WINDOWS)} live (${elapsed(t0)})`);

  t0 = performance.now();
  // Users: verification token expired on i%4=0, live on i%4=1; reset token expired on i%5=0, live on i%5=1.
  await c.query(
    `insert into users (email, password_hash, name,
                        email_verification_token_hash, email_verification_expires_at,
                        password_reset_token_hash, password_reset_expires_at)
     select 'bench-' || i || '@example.test', 'x', 'Bench ' || i,
            case when i % 4 in (0, 1) then md5('v' || i) end,
            case when i % 4 = 0 then now() - random() * interval '10 days' - interval '1 second'
                 when i % 4 = 1 then now() + interval '1 day' end,
            case when i % 5 in (0, 1) then md5('r' || i) end,
            case when i % 5 = 0 then now() - random() * interval '10 days' - interval '1 second'
                 when i % 5 = 1 then now() + interval '1 day' end
     from generate_series(1, $1::int) i`,
    [USERS],
  );
  const sessions = (count: number, tag: string, expiry: string) =>
    c.query(
      `with u as (select array_agg(id order by id) as ids from users)
       insert into auth_sessions (user_id, token_hash, expires_at, created_at, last_used_at)
       select u.ids[1 + i % array_length(u.ids, 1)], md5($2 || i), ${expiry}, now() - interval '31 days', now() - interval '1 day'
       from u, generate_series(1, $1::int) i`,
      [count, tag],
    );
  await sessions(EXPIRED, "expired-", "now() - interval '1 second' - random() * interval '60 days'");
  await sessions(LIVE_SESSIONS, "live-", "now() + interval '1 day' + random() * interval '29 days'");
  console.log(
    `seeded ${fmt(USERS)} users, auth_sessions: ${fmt(EXPIRED)} expired + ${fmt(LIVE_SESSIONS)} live (${elapsed(t0)})`,
  );
  // Steady state, as a production table would be: statistics, visibility map, and the seed's
  // writes flushed, so the first passes do not pay for the bulk load's checkpoint.
  t0 = performance.now();
  await c.query("vacuum (analyze)");
  await c.query("checkpoint").catch(() => console.log("(checkpoint skipped: needs superuser)"));
  console.log(`vacuum analyze + checkpoint (${elapsed(t0)})`);
}

type Counts = {
  windows_live: number;
  windows_expired: number;
  sessions_live: number;
  sessions_expired: number;
  verify_live: number;
  verify_expired: number;
  reset_live: number;
  reset_expired: number;
  verify_orphan_hash: number;
  reset_orphan_hash: number;
};

async function counts(c: pg.Client): Promise<Counts> {
  const { rows } = await c.query(`select
      (select count(*) from rate_limit_log where reset_at > now())::int as windows_live,
      (select count(*) from rate_limit_log where reset_at <= now())::int as windows_expired,
      (select count(*) from auth_sessions where expires_at > now())::int as sessions_live,
      (select count(*) from auth_sessions where expires_at <= now())::int as sessions_expired,
      (select count(*) from users where email_verification_expires_at > now() and email_verification_token_hash is not null)::int as verify_live,
      (select count(*) from users where email_verification_expires_at <= now())::int as verify_expired,
      (select count(*) from users where password_reset_expires_at > now() and password_reset_token_hash is not null)::int as reset_live,
      (select count(*) from users where password_reset_expires_at <= now())::int as reset_expired,
      (select count(*) from users where email_verification_expires_at is null and email_verification_token_hash is not null)::int as verify_orphan_hash,
      (select count(*) from users where password_reset_expires_at is null and password_reset_token_hash is not null)::int as reset_orphan_hash`);
  return rows[0] as Counts;
}

async function main() {
  console.log(`database ${dbName} on ${new URL(serverUrl).host}; endpoint latency ${latencyMs} ms per round trip`);
  console.log(
    `production budgets: chunk ${fmt(CLEANUP_DEFAULTS.chunk)} rows per table per pass, ` +
      `${CLEANUP_DEFAULTS.maxPasses} passes or ${CLEANUP_DEFAULTS.maxMs / 1000} s per invocation`,
  );
  await onServer((c) => c.query(`create database ${dbName}`));
  const backend = await openBackend({ databaseUrl: dbUrl.toString() });
  const direct = new pg.Client({ connectionString: dbUrl.toString() });
  await direct.connect();
  const neon = await startLocalNeon({ backend, latencyMs, log: (l) => console.error(l) });
  try {
    await seed(direct);
    const before = await counts(direct);
    console.log("before:", JSON.stringify(before));

    const db = createDb(getConfig(benchBindings(neon.url)));
    const removed: CleanupCounts = {
      rateLimitLog: 0,
      authSessions: 0,
      emailVerificationTokens: 0,
      passwordResetTokens: 0,
      apiKeys: 0,
      idempotencyKeys: 0,
      auditEvents: 0,
    };
    const trips: number[] = [];
    let invocations = 0;
    let passes = 0;
    let cleanupMs = 0;
    for (;;) {
      invocations += 1;
      const r = await runCleanup(db, { onPass: (p) => trips.push(p.ms) });
      passes += r.passes;
      cleanupMs += r.durationMs;
      for (const task of CLEANUP_TASKS) removed[task] += r.removed[task];
      const slowest = Math.max(...trips.slice(-r.passes));
      console.log(
        `invocation ${invocations}: ${r.passes} passes in ${fmt(r.durationMs)} ms (slowest round trip ${slowest} ms), ` +
          `removed ${JSON.stringify(r.removed)}, workLeft ${r.workLeft}`,
      );
      if (!r.workLeft) break;
      if (invocations >= 1000) throw new Error("cleanup did not converge in 1000 invocations");
    }

    const after = await counts(direct);
    console.log("after: ", JSON.stringify(after));
    const total = CLEANUP_TASKS.reduce((s, t) => s + removed[t], 0);
    const sorted = [...trips].sort((a, b) => a - b);
    const pct = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
    const slowestPass = trips.indexOf(Math.max(...trips)) + 1;
    console.log("\n== result");
    console.log(`rows removed:         ${fmt(total)} (${JSON.stringify(removed)})`);
    console.log(`cleanup time:         ${(cleanupMs / 1000).toFixed(1)} s over ${invocations} invocations`);
    console.log(`rows removed per s:   ${fmt(Math.round(total / (cleanupMs / 1000)))}`);
    console.log(
      `round trips (passes): ${passes}; median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, ` +
        `slowest ${sorted.at(-1)} ms (pass ${slowestPass} of ${passes})`,
    );
    console.log(`invocations needed:   ${invocations}`);

    const checks: [string, boolean][] = [
      [`all ${fmt(LIVE_WINDOWS)} live rate-limit windows still there`, after.windows_live === before.windows_live],
      [`all ${fmt(LIVE_SESSIONS)} live sessions still there`, after.sessions_live === before.sessions_live],
      [`all ${before.verify_live} live verification tokens still there`, after.verify_live === before.verify_live],
      [`all ${before.reset_live} live reset tokens still there`, after.reset_live === before.reset_live],
      [
        "no expired window, session or token left",
        after.windows_expired + after.sessions_expired + after.verify_expired + after.reset_expired === 0,
      ],
      ["no token hash left without its expiry", after.verify_orphan_hash + after.reset_orphan_hash === 0],
      [
        "removed exactly what had expired",
        removed.rateLimitLog === before.windows_expired &&
          removed.authSessions === before.sessions_expired &&
          removed.emailVerificationTokens === before.verify_expired &&
          removed.passwordResetTokens === before.reset_expired,
      ],
    ];
    for (const [what, ok] of checks) console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
    if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    await direct.end();
    await neon.close();
    await backend.close();
    await onServer((c) => c.query(`drop database if exists ${dbName} with (force)`));
    console.log(`dropped ${dbName}`);
  }
}

await main();
