// API keys: create (password-confirmed, secret once), list, revoke; scopes; one round trip per keyed request;
// the per-key limit; keys never open account-level routes.
import { describe, expect, it } from "vitest";
import { hashToken } from "../../../src/platform/auth/tokens";
import { apiKeyFor } from "../api-key-fixtures";
import {
  api,
  call,
  errorOf,
  jsonInit,
  PASSWORD,
  shownLimits,
  signedInUser,
  signUp,
  sql,
  verifyEmail,
} from "../helpers";
import { createProject } from "../project-fixtures";

describe("API keys", () => {
  it("create needs the password, shows the secret once, stores only its hash; list and revoke", async () => {
    const u = await signUp(api());
    await verifyEmail(u.user.id);
    const wrong = await api().request(
      "/api/me/keys",
      jsonInit("POST", { name: "agent", scopes: ["projects:read"], password: "not the password at all" }, u.auth),
    );
    expect(wrong.status).toBe(403);
    expect((await errorOf(wrong)).code).toBe("wrong_password");

    const res = await api().request(
      "/api/me/keys",
      jsonInit("POST", { name: "agent", scopes: ["projects:read", "projects:read"], password: PASSWORD }, u.auth),
    );
    expect(res.status).toBe(201);
    const { key, secret } = (await res.json()) as {
      key: { id: string; prefix: string; scopes: string[] };
      secret: string;
    };
    expect(secret).toMatch(/^sd_[A-Za-z0-9_-]{43}$/);
    expect(key.prefix).toBe(secret.slice(0, 11));
    expect(key.scopes).toEqual(["projects:read"]);
    const rows = (await sql.query("select token_hash from api_keys where id = $1", [key.id])) as {
      token_hash: string;
    }[];
    expect(rows).toEqual([{ token_hash: hashToken(secret) }]);

    const list = await api().request("/api/me/keys", { headers: u.auth });
    const listed = await list.text();
    expect(listed).not.toContain(secret);
    expect(listed).not.toContain(hashToken(secret));
    expect((JSON.parse(listed) as { keys: object[] }).keys).toEqual([
      expect.objectContaining({
        id: key.id,
        name: "agent",
        kind: "key",
        prefix: key.prefix,
        scopes: ["projects:read"],
      }),
    ]);

    const bearer = { authorization: `Bearer ${secret}` };
    expect((await api().request("/api/projects", { headers: bearer })).status).toBe(200);
    const listedAfterUse = (await (await api().request("/api/me/keys", { headers: u.auth })).json()) as {
      keys: { lastUsedAt: string | null }[];
    };
    expect(listedAfterUse.keys[0]!.lastUsedAt).not.toBeNull();

    expect((await api().request(`/api/me/keys/${key.id}`, { method: "DELETE", headers: u.auth })).status).toBe(204);
    const after = await api().request("/api/projects", { headers: bearer });
    expect(after.status).toBe(401);
  });

  it("an account whose email is unverified cannot create keys (403 email_unverified, nothing stored); verified, it can", async () => {
    const u = await signUp(api());
    const body = { name: "agent", scopes: ["projects:read"], password: PASSWORD };
    const refused = await api().request("/api/me/keys", jsonInit("POST", body, u.auth));
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe("email_unverified");
    const count = async () =>
      (
        (await sql.query("select count(*)::int as n from api_keys where user_id = $1", [u.user.id])) as { n: number }[]
      )[0]!.n;
    expect(await count()).toBe(0);
    await verifyEmail(u.user.id);
    expect((await api().request("/api/me/keys", jsonInit("POST", body, u.auth))).status).toBe(201);
    expect(await count()).toBe(1);
  });

  it("expiresInDays sets expiresAt (stored and answered); null never expires; the default is 90 days", async () => {
    const u = await signUp(api());
    await verifyEmail(u.user.id);
    const create = async (expiresInDays?: number | null) => {
      const res = await api().request(
        "/api/me/keys",
        jsonInit("POST", { name: "agent", scopes: ["projects:read"], password: PASSWORD, expiresInDays }, u.auth),
      );
      expect(res.status).toBe(201);
      const { key } = (await res.json()) as { key: { id: string; expiresAt: string | null } };
      const [row] = (await sql.query("select expires_at from api_keys where id = $1", [key.id])) as {
        expires_at: string | null;
      }[];
      return { answered: key.expiresAt, stored: row!.expires_at };
    };
    const days = (n: number) => Date.now() + n * 86_400_000;
    for (const [asked, want] of [
      [7, 7],
      [undefined, 90],
    ] as const) {
      const { answered, stored } = await create(asked);
      expect(Math.abs(Date.parse(answered!) - days(want)), `expiresInDays ${asked}`).toBeLessThan(60_000);
      expect(Date.parse(stored!)).toBe(Date.parse(answered!));
    }
    expect(await create(null)).toEqual({ answered: null, stored: null });
  });

  it("a user may hold 50 keys: the 50th is created, the 51st refused (409) and not stored", async () => {
    const u = await signUp(api());
    await verifyEmail(u.user.id);
    // 49 written straight into the table (one statement), then the last two through the route.
    await sql.query(
      `insert into api_keys (user_id, name, prefix, token_hash, scopes, expires_at)
       select $1, 'fixture ' || n, 'sd_fixture', md5(random()::text) || n, array['projects:read'], now() + interval '1 day'
       from generate_series(1, 49) n`,
      [u.user.id],
    );
    const create = () =>
      api().request(
        "/api/me/keys",
        jsonInit("POST", { name: "agent", scopes: ["projects:read"], password: PASSWORD }, u.auth),
      );
    expect((await create()).status).toBe(201);
    const refused = await create();
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).code).toBe("conflict");
    const [row] = (await sql.query("select count(*)::int as n from api_keys where user_id = $1", [u.user.id])) as {
      n: number;
    }[];
    expect(row!.n).toBe(50);
  });

  it("a key reads and writes what its scopes allow, in one round trip; 403 insufficient_scope otherwise", async () => {
    const user = await signedInUser();
    const project = await createProject(user);
    const reader = await apiKeyFor(user.id, ["projects:read"]);
    const asReader = { ...user, auth: reader.auth };
    const read = await call(asReader, "GET", `/api/projects/${project.id}`);
    expect([read.status, read.roundTrips]).toEqual([200, 1]);
    expect(read.json.project.id).toBe(project.id);
    expect(shownLimits(read).map((l) => [l.policy, l.q, l.w])).toEqual([["api-key", 1800, 900]]);

    const refused = await call(asReader, "PATCH", `/api/projects/${project.id}`, { name: "Renamed by key" });
    expect([refused.status, refused.json.error.code, refused.roundTrips]).toEqual([403, "insufficient_scope", 1]);
    const [row] = (await sql.query("select name from projects where id = $1", [project.id])) as { name: string }[];
    expect(row!.name).toBe(project.name);

    const writer = await apiKeyFor(user.id, ["projects:write"]);
    const wrote = await call({ ...user, auth: writer.auth }, "PATCH", `/api/projects/${project.id}`, {
      name: "By key",
    });
    expect([wrote.status, wrote.json.project.name, wrote.roundTrips]).toEqual([200, "By key", 1]);
  });

  it("keys never open account-level routes (401, the route takes only a session)", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id);
    for (const [method, path] of [
      ["GET", "/api/me"],
      ["GET", "/api/me/keys"],
      ["GET", "/api/me/sessions"],
    ] as const) {
      const res = await api().request(path, { method, headers: key.auth });
      expect([path, res.status, (await errorOf(res)).code]).toEqual([path, 401, "unauthorized"]);
    }
    const create = await api().request(
      "/api/me/keys",
      jsonInit("POST", { name: "x", scopes: ["projects:read"], password: PASSWORD }, key.auth),
    );
    expect(create.status).toBe(401);
  });

  it("the per-key limit answers 429 and the refused request changes nothing", async () => {
    const user = await signedInUser();
    const project = await createProject(user);
    const key = await apiKeyFor(user.id);
    await sql.query(
      "insert into rate_limit_log (identifier, endpoint, attempts, reset_at) values ($1, 'api-key', 1800, now() + interval '10 minutes')",
      [`key:${key.id}`],
    );
    const res = await call({ ...user, auth: key.auth }, "PATCH", `/api/projects/${project.id}`, { name: "Over" });
    expect([res.status, res.json.error.code]).toEqual([429, "rate_limited"]);
    const [row] = (await sql.query("select name from projects where id = $1", [project.id])) as { name: string }[];
    expect(row!.name).toBe(project.name);
  });

  it("an expired key is refused (401)", async () => {
    const user = await signedInUser();
    const key = await apiKeyFor(user.id, ["projects:read"], "-1 second");
    const res = await api().request("/api/projects", { headers: key.auth });
    expect(res.status).toBe(401);
  });
});
