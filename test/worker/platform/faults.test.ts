// Faults at the database, injected at the local Neon endpoint (per client key): slow answers hit the
// round-trip timeout (503 database_timeout), failures answer 503, a network failure of a read is
// retried once, a write never, and every multi-statement write is all-or-nothing.
import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { isRetrySafe, isRetrySafeStatement } from "../../../src/platform/db/client";
import type { Fault } from "../../../tools/local-neon/fault";
import {
  api,
  errorOf,
  jsonInit,
  mailsTo,
  PASSWORD,
  signedInUser,
  signUp,
  sql,
  tokenFromMail,
  uniqueEmail,
} from "../helpers";
import { createProject, uploadPhaseDocs } from "../project-fixtures";

const FAST_TIMEOUT = { DB_TIMEOUT_MS: "300" };

async function expect503(res: Response, code = "database_unavailable") {
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
  expect((await errorOf(res)).code).toBe(code);
}

describe("which round trips may be retried", () => {
  it.each([
    ['select "id" from "users" where "users"."id" = $1', true],
    ["  (select 1) union (select 2)", true],
    ["with x as (select 1) select * from x", true],
    ["select p.updated_at, r.reset_at, offset_x from projects p", true],
    ["/* idempotent */ with s as (select 1), t as (update a set x = now()) select 1", true],
    ['insert into "projects" ("name") values ($1)', false],
    ['update "users" set "name" = $1', false],
    ['delete from "users" where "id" = $1', false],
    ["with moved as (update projects set x = 1 returning *) select * from moved", false],
    ["with d as (delete from t returning 1) select count(*) from d", false],
    ["select nextval('s')", false],
    ["select pg_advisory_lock(1)", false],
    ["select * from t for update", false],
    ["select set_config('a', 'b', false)", false],
    ["vacuum", false],
    ["-- select\ndelete from t", false],
  ])("%s -> %s", (query, safe) => {
    expect(isRetrySafeStatement(query)).toBe(safe);
  });

  it("a batch is retry-safe only if every statement is", () => {
    const q = (query: string) => ({ query, params: [] });
    expect(isRetrySafe(JSON.stringify({ queries: [q("select 1"), q("select 2")] }))).toBe(true);
    expect(isRetrySafe(JSON.stringify({ queries: [q("select 1"), q("insert into t values (1)")] }))).toBe(false);
    expect(isRetrySafe(JSON.stringify({ queries: [] }))).toBe(false);
    expect(isRetrySafe(JSON.stringify(q("select 1")))).toBe(true);
    expect(isRetrySafe("not json")).toBe(false);
    expect(isRetrySafe(undefined)).toBe(false);
  });
});

describe("timeouts: every round trip is bounded by DB_TIMEOUT_MS", () => {
  it("a slow read answers 503 database_timeout with Retry-After, and is not retried", async () => {
    const t = api(FAST_TIMEOUT);
    await t.fault({ delayMs: 1500 });
    await expect503(await t.request("/health/db"), "database_timeout");
    expect(await t.roundTrips()).toBe(1);
  });

  it("an authenticated read and a write time out the same way (a write that may have run is never resent)", async () => {
    const u = await signedInUser();
    const t = api(FAST_TIMEOUT);
    await t.fault({ delayMs: 1500, times: 2 });
    await expect503(await t.request("/api/me", { headers: u.auth }), "database_timeout");
    await expect503(await t.request("/api/me", jsonInit("PATCH", { name: "Slow" }, u.auth)), "database_timeout");
    expect(await t.roundTrips()).toBe(2);
  });

  it("a round trip slower than usual but well inside the timeout succeeds", async () => {
    // A wide margin (1 s of delay against 15 s): the embedded database serialises every test file's
    // batches, so a tight margin would race the machine's load instead of testing the timeout.
    const t = api({ DB_TIMEOUT_MS: "15000" });
    await t.fault({ delayMs: 1000 });
    expect((await t.request("/health/db")).status).toBe(200);
    expect(await t.roundTrips()).toBe(1);
  });

  it("DB_TIMEOUT_MS is validated: a bad value fails loudly (500 server_misconfigured)", async () => {
    for (const bad of ["abc", "0", "10", "999999", "1.5"]) {
      const res = await api({ DB_TIMEOUT_MS: bad }).request("/health/db");
      expect(res.status).toBe(500);
      const e = await errorOf(res);
      expect(e.code).toBe("server_misconfigured");
      expect(e.message).toContain("DB_TIMEOUT_MS");
    }
  });
});

describe("retries: a read is retried once on a network error, a write never", () => {
  it("a dropped public read is retried and succeeds: 2 round trips", async () => {
    const t = api();
    await t.fault({ drop: true });
    expect((await t.request("/health/db")).status).toBe(200);
    expect(await t.roundTrips()).toBe(2);
  });

  it("a dropped authenticated read (session refresh + selects) is retried and succeeds: 2 round trips", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    for (const path of ["/api/me", `/api/projects/${p.id}`, "/api/projects", `/api/projects/${p.id}/progress`]) {
      const t = api();
      await t.fault({ drop: true });
      const res = await t.request(path, { headers: u.auth });
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, await t.roundTrips()]).toEqual([path, 2]);
    }
  });

  it("a read dropped twice answers 503 after exactly 2 round trips", async () => {
    const t = api();
    await t.fault({ drop: true, times: 2 });
    await expect503(await t.request("/health/db"));
    expect(await t.roundTrips()).toBe(2);
  });

  it("a read that failed with HTTP 500 or a Postgres error is not retried (the database answered)", async () => {
    const u = await signedInUser();
    for (const fault of [{ status: 500 }, { failAtStatement: 1 }] as Partial<Fault>[]) {
      const t = api();
      await t.fault(fault);
      await expect503(await t.request("/api/me", { headers: u.auth }));
      expect(await t.roundTrips()).toBe(1);
    }
  });

  it("a dropped write is not retried: 503 after 1 round trip, nothing stored", async () => {
    const u = await signedInUser();
    const name = `Dropped ${crypto.randomUUID()}`;
    const t = api();
    await t.fault({ drop: true });
    await expect503(await t.request("/api/projects", jsonInit("POST", { name }, u.auth)));
    expect(await t.roundTrips()).toBe(1);
    expect(await sql.query("select id from projects where name = $1", [name])).toEqual([]);
    // The client may retry it itself: it then succeeds once.
    const again = api();
    expect((await again.request("/api/projects", jsonInit("POST", { name }, u.auth))).status).toBe(201);
    expect(await sql.query("select count(*)::int as n from projects where name = $1", [name])).toEqual([{ n: 1 }]);
  });
});

// Each operation x each failure that strikes AFTER some of its statements ran: either the whole
// write is there (it committed, then the reply was lost) or none of it (it rolled back). A fault
// before the batch starts (HTTP 500, dropped connection) proves nothing about atomicity: those are
// in "retries" above. `committed`: what the database must hold afterwards.
const FAILURES: [string, (stmts: number) => Partial<Fault>, { committed: boolean }][] = [
  ["a Postgres error mid-batch (earlier statements ran)", (n) => ({ failAtStatement: n - 1 }), { committed: false }],
  ["a Postgres error after every statement ran, before COMMIT", (n) => ({ failAtStatement: n }), { committed: false }],
  [
    "COMMIT done, then Neon's reply lost (connection closed)",
    () => ({ lostAfterCommit: "reply" }),
    { committed: true },
  ],
  ["COMMIT done, then the HTTP connection lost", () => ({ lostAfterCommit: "socket" }), { committed: true }],
];

describe.each(FAILURES)("all or nothing under %s", (_name, failure, { committed }) => {
  it("signup (user + session in one batch): all or none of them, no mail; a retry then succeeds or finds the account", async () => {
    const email = uniqueEmail("atomic");
    const t = api();
    // The second batch: insert user, insert session.
    await t.fault({ ...failure(2), match: 'insert into "users"' });
    const res = await t.request("/api/auth/signup", jsonInit("POST", { email, password: PASSWORD, name: "Atomic" }));
    await expect503(res);
    expect(res.headers.get("set-cookie")).toBeNull();
    const state = () =>
      sql.query(
        "select (select count(*)::int from auth_sessions s where s.user_id = u.id) as sessions from users u where email = $1",
        [email],
      );
    expect(await state()).toEqual(committed ? [{ sessions: 1 }] : []);
    expect(await mailsTo(email)).toEqual([]);
    const retry = await api().request(
      "/api/auth/signup",
      jsonInit("POST", { email, password: PASSWORD, name: "Atomic" }),
    );
    if (committed) {
      expect(retry.status).toBe(409);
      expect((await errorOf(retry)).code).toBe("email_taken");
    } else {
      expect(retry.status).toBe(201);
      expect(await mailsTo(email)).toHaveLength(1);
    }
    expect(await state()).toEqual([{ sessions: 1 }]);
  });

  it("phase advance (move + history row): both or neither; a retry advances at most once", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const state = () =>
      sql.query(
        `select current_phase, phases_completed,
                (select count(*)::int from phase_history where project_id = $1) as h
         from projects where id = $1`,
        [p.id],
      );
    await uploadPhaseDocs(u, p.id, "analysis");
    const before = await state();
    expect(before).toEqual([{ current_phase: "analysis", phases_completed: [], h: 0 }]);
    const advanced = [{ current_phase: "stack_selection", phases_completed: ["analysis"], h: 1 }];
    const t = api();
    // The batch: session, advance (update + insert), state read.
    await t.fault({ ...failure(3), match: "phase_history" });
    const body = { expectedPhase: "analysis", artifactsGenerated: ["PRD.md"] };
    await expect503(await t.request(`/api/projects/${p.id}/phases/advance`, jsonInit("POST", body, u.auth)));
    expect(await state()).toEqual(committed ? advanced : before);
    const retry = await api().request(`/api/projects/${p.id}/phases/advance`, jsonInit("POST", body, u.auth));
    expect(retry.status).toBe(committed ? 409 : 200);
    expect(await state()).toEqual(advanced);
    expect(await sql.query("select from_phase, to_phase from phase_history where project_id = $1", [p.id])).toEqual([
      { from_phase: "analysis", to_phase: "stack_selection" },
    ]);
  });

  it("artifact post (new version): the row is there exactly when it committed; a retry stores version 1 once", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const t = api();
    // The batch: session, insert.
    await t.fault({ ...failure(2), match: 'insert into "project_artifacts"' });
    const body = { phase: "analysis", name: "PRD.md", content: `# PRD ${crypto.randomUUID()}` };
    await expect503(await t.request(`/api/projects/${p.id}/artifacts`, jsonInit("POST", body, u.auth)));
    const versions = () =>
      sql.query("select version from project_artifacts where project_id = $1 order by version", [p.id]);
    expect(await versions()).toEqual(committed ? [{ version: 1 }] : []);
    const retry = await api().request(`/api/projects/${p.id}/artifacts`, jsonInit("POST", body, u.auth));
    // The same content again is the version already stored (200), not a second one.
    expect(retry.status).toBe(committed ? 200 : 201);
    expect(await versions()).toEqual([{ version: 1 }]);
  });

  it("delete account (cascade): user, sessions, projects and artifacts all there or all gone", async () => {
    const u = await signUp(api());
    const owner = { id: u.user.id, email: u.email, token: u.session.token, auth: u.auth };
    const p = await createProject(owner);
    await api().request(
      `/api/projects/${p.id}/artifacts`,
      jsonInit("POST", { phase: "analysis", name: "PRD.md", content: "x" }, owner.auth),
    );
    const state = () =>
      sql.query(
        `select (select count(*)::int from users where id = $1) as users,
                (select count(*)::int from auth_sessions where user_id = $1) as sessions,
                (select count(*)::int from projects where user_id = $1) as projects,
                (select count(*)::int from project_artifacts a join projects p on p.id = a.project_id where p.user_id = $1) as artifacts`,
        [u.user.id],
      );
    const before = await state();
    expect(before).toEqual([{ users: 1, sessions: 1, projects: 1, artifacts: 1 }]);
    const gone = [{ users: 0, sessions: 0, projects: 0, artifacts: 0 }];
    const t = api();
    // The second batch: session, delete user (cascades).
    await t.fault({ ...failure(2), match: 'delete from "users"' });
    await expect503(await t.request("/api/me", jsonInit("DELETE", { password: PASSWORD }, owner.auth)));
    expect(await state()).toEqual(committed ? gone : before);
    const retry = await api().request("/api/me", jsonInit("DELETE", { password: PASSWORD }, owner.auth));
    expect(retry.status).toBe(committed ? 401 : 204);
    expect(await state()).toEqual(gone);
  }, 20_000);
});

describe("reset-password is one statement (hash + token + sessions): all of it or nothing", () => {
  type ResetState = { password_hash: string; password_reset_token_hash: string | null; sessions: number };
  const resetState = async (userId: string) =>
    (await sql.query(
      `select u.password_hash, u.password_reset_token_hash,
              (select count(*)::int from auth_sessions s where s.user_id = u.id) as sessions
       from users u where u.id = $1`,
      [userId],
    )) as ResetState[];

  async function userWithResetLink() {
    const u = await signUp(api());
    await api().request("/api/auth/forgot-password", jsonInit("POST", { email: u.email }));
    return { u, token: await tokenFromMail(u.email, "/reset-password") };
  }

  it("a Postgres error inside the statement, after the password update ran (in its session delete): nothing changes", async () => {
    const { u, token } = await userWithResetLink();
    const before = await resetState(u.user.id);
    expect(before[0]!.sessions).toBe(1);
    // A real error raised by the statement's LAST part (deleting the sessions), after its update of
    // the user ran: only this user's rows fire the trigger.
    const trigger = `fail_${crypto.randomUUID().replaceAll("-", "")}`;
    await sql.query(`create or replace function test_fail_session_delete() returns trigger language plpgsql as $$
      begin raise exception 'injected failure deleting a session' using errcode = 'XX000'; end $$`);
    await sql.query(
      `create trigger ${trigger} before delete on auth_sessions for each row
       when (old.user_id = '${u.user.id}'::uuid) execute function test_fail_session_delete()`,
    );
    try {
      await expect503(
        await api().request("/api/auth/reset-password", jsonInit("POST", { token, password: "never stored 12" })),
      );
    } finally {
      await sql.query(`drop trigger ${trigger} on auth_sessions`);
    }
    expect(await resetState(u.user.id)).toEqual(before);
    expect((await api().request("/api/me", { headers: u.auth })).status).toBe(200);
    expect(
      (await api().request("/api/auth/reset-password", jsonInit("POST", { token, password: "the new one 12" }))).status,
    ).toBe(204);
    expect((await resetState(u.user.id))[0]).toMatchObject({ password_reset_token_hash: null, sessions: 0 });
  });

  it.each(["reply", "socket"] as const)(
    "COMMIT done, then the reply lost (%s): all of it happened; the token is spent",
    async (lost) => {
      const { u, token } = await userWithResetLink();
      const before = await resetState(u.user.id);
      const t = api();
      await t.fault({ lostAfterCommit: lost, match: 'with "u" as' });
      await expect503(
        await t.request("/api/auth/reset-password", jsonInit("POST", { token, password: "the new one 12" })),
      );
      const [after] = await resetState(u.user.id);
      expect(after!.password_hash).not.toBe(before[0]!.password_hash);
      expect(after).toMatchObject({ password_reset_token_hash: null, sessions: 0 });
      const again = await api().request(
        "/api/auth/reset-password",
        jsonInit("POST", { token, password: "the new one 12" }),
      );
      expect(again.status).toBe(400);
      const login = await api().request(
        "/api/auth/login",
        jsonInit("POST", { email: u.email, password: "the new one 12" }),
      );
      expect(login.status).toBe(200);
    },
  );
});

describe("work after the response (ctx.waitUntil): a failing mail provider never fails the request", () => {
  const providers: [string, () => string][] = [
    ["nothing listening", () => "http://127.0.0.1:9"],
    // The local endpoint's control API stands in for a provider answering an HTTP error (404).
    ["provider answers HTTP 404", () => env.NEON_CONTROL_URL],
  ];

  it.each(providers)(
    "%s: signup, forgot-password and resend all answer 2xx; each failure is logged once, without secrets",
    async (_n, url) => {
      const errors = vi.spyOn(console, "error");
      const t = api({ MAIL_API_URL: url() });
      const email = uniqueEmail("mailfail");
      const signup = await t.request(
        "/api/auth/signup",
        jsonInit("POST", { email, password: PASSWORD, name: "Mail Down" }),
      );
      expect(signup.status).toBe(201);
      const { session } = (await signup.json()) as { session: { token: string } };
      const forgot = await t.request("/api/auth/forgot-password", jsonInit("POST", { email }));
      expect(forgot.status).toBe(202);
      const resend = await t.request("/api/auth/verify-email/resend", {
        method: "POST",
        headers: { authorization: `Bearer ${session.token}` },
      });
      expect(resend.status).toBe(202);

      const logged = errors.mock.calls.map((c) => String(c[0])).filter((l) => l.includes("mail_send_failed"));
      expect(logged.map((l) => (JSON.parse(l) as { kind: string }).kind).sort()).toEqual([
        "password_reset",
        "verification",
        "verification",
      ]);
      const [row] = (await sql.query(
        "select email_verification_token_hash as v, password_reset_token_hash as r from users where email = $1",
        [email],
      )) as { v: string; r: string }[];
      for (const line of logged) {
        expect(line).not.toContain(email);
        expect(line).not.toContain(session.token);
        expect(line).not.toContain(row!.v);
        expect(line).not.toContain(row!.r);
      }
      expect(await mailsTo(email)).toEqual([]);
      errors.mockRestore();
    },
  );
});
