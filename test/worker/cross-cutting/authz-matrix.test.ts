// The authorisation matrix, table-driven over app.routes: every route that needs a session (asked as
// its feature's samples say: test/worker/<feature>/route-samples.ts, `authz`), asked
// with no token, a garbage token, an expired token, a revoked token and another user's token,
// answers 401 (the first four) or 404 / the other user's own data (the last), and never a byte of
// the owner's data; the owner's data is unchanged afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../../src/app";
import { hashToken, newApiKey, newToken } from "../../../src/platform/auth/tokens";
import { API_KEY_SCOPES, type ApiKeyScope } from "../../../src/platform/db/schema";
import { apiKeyFor } from "../api-key-fixtures";
import { openApiDoc, UNDOCUMENTED_BY_DESIGN } from "../contract";
import { api, errorOf, jsonInit, signUp, sql, verifyEmail } from "../helpers";
import type { AuthzSample, Owner } from "../route-fixtures";
import { SAMPLES } from "./samples";

/**
 * Routes anyone may call, read from the served document: the operations with `security: []`, plus
 * the document and its viewer (served outside it). Every other route must have an `authz` sample.
 */
const PUBLIC = await publicRoutes();

async function publicRoutes(): Promise<Set<string>> {
  const doc = (await openApiDoc()) as unknown as { paths: Record<string, Record<string, { security?: unknown[] }>> };
  const out = [...UNDOCUMENTED_BY_DESIGN].map((p) => `GET ${p}`);
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (op.security === undefined) throw new Error(`${method} ${path} declares no security`);
      if (op.security.length === 0) out.push(`${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ":$1")}`);
    }
  }
  return new Set(out);
}

/** The scopes a route's document operation asks of a key; undefined for a session-only route. */
const KEY_SCOPES = await keyScopes();
async function keyScopes(): Promise<Map<string, ApiKeyScope[]>> {
  const doc = (await openApiDoc()) as unknown as {
    paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
  };
  const out = new Map<string, ApiKeyScope[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const req = op.security?.find((r) => "apiKeyAuth" in r);
      if (req)
        out.set(`${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ":$1")}`, req.apiKeyAuth as ApiKeyScope[]);
    }
  }
  return out;
}

/** A guarded route's request, from its feature's samples (test/worker/<feature>/route-samples.ts). */
function authzOf(route: string): AuthzSample {
  const authz = SAMPLES.get(route)?.authz;
  if (!authz) throw new Error(`${route}: no authz sample in test/worker/<feature>/route-samples.ts`);
  return authz;
}

/** What another user's credential gets: 404 for the owner's resources, else the route's success on its own account. */
const asOther = (route: string) => {
  const a = authzOf(route);
  return a.owned ? 404 : a.ownStatus;
};

const routes = [...new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`))];
const guarded = routes.filter((r) => !PUBLIC.has(r));

let owner: Owner;
/** The owner's own tokens: one past its expiry (moved in SQL), one signed out. */
let expiredToken: string;
let revokedToken: string;
let ownerAuth: Record<string, string>;
/** The owner's API keys: one with every scope, one past its expiry, one revoked (deleted), one with no scope a route needs. */
let ownerKey: string;
let expiredKey: string;
let revokedKey: string;

async function sessionToken(userId: string, expiresIn: string): Promise<string> {
  const token = newToken();
  await sql.query("insert into auth_sessions (user_id, token_hash, expires_at) values ($1, $2, now() + $3::interval)", [
    userId,
    hashToken(token),
    expiresIn,
  ]);
  return token;
}

async function ownerFingerprint() {
  return sql.query(
    `select md5(coalesce((select string_agg(x, '|' order by x) from (
        select row(u.id, u.email, u.password_hash, u.name, u.email_verified, u.email_verification_token_hash,
                   u.password_reset_token_hash, u.updated_at)::text as x from users u where u.id = $1
        union all select row(s.id, s.token_hash)::text from auth_sessions s where s.user_id = $1
        union all select row(k.id, k.token_hash, k.scopes, k.expires_at)::text from api_keys k where k.user_id = $1
        union all select p::text from projects p where p.user_id = $1
        union all select h::text from phase_history h join projects p on p.id = h.project_id where p.user_id = $1
        union all select a::text from project_artifacts a join projects p on p.id = a.project_id where p.user_id = $1
      ) t), '')) as fp`,
    [owner.userId],
  );
}

beforeAll(async () => {
  const u = await signUp(api(), { name: "Matrix Owner" });
  await verifyEmail(u.user.id);
  ownerAuth = u.auth;
  const projectName = `Secret plan ${crypto.randomUUID()}`;
  const p = await api().request("/api/projects", jsonInit("POST", { name: projectName }, ownerAuth));
  const project = ((await p.json()) as { project: { id: string } }).project;
  const a = await api().request(
    `/api/projects/${project.id}/artifacts`,
    jsonInit("POST", { phase: "analysis", name: "PRD.md", content: "# secret" }, ownerAuth),
  );
  const artifact = ((await a.json()) as { artifact: { id: string } }).artifact;
  const [s] = (await sql.query(
    "insert into auth_sessions (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day') returning id",
    [u.user.id, hashToken(newToken())],
  )) as { id: string }[];
  expiredToken = await sessionToken(u.user.id, "-1 second");
  revokedToken = await sessionToken(u.user.id, "1 day");
  const out = await api().request("/api/auth/logout", {
    method: "POST",
    headers: { authorization: `Bearer ${revokedToken}` },
  });
  expect(out.status).toBe(204);
  const key = await apiKeyFor(u.user.id);
  ownerKey = key.secret;
  expiredKey = (await apiKeyFor(u.user.id, API_KEY_SCOPES, "-1 second")).secret;
  const revoked = await apiKeyFor(u.user.id);
  revokedKey = revoked.secret;
  const del = await api().request(`/api/me/keys/${revoked.id}`, { method: "DELETE", headers: ownerAuth });
  expect(del.status).toBe(204);
  const [ws] = (await sql.query("select id from workspaces where created_by = $1 and personal", [u.user.id])) as {
    id: string;
  }[];
  owner = {
    keyId: key.id,
    userId: u.user.id,
    workspaceId: ws!.id,
    email: u.email,
    projectId: project.id,
    projectName,
    artifactId: artifact.id,
    otherSessionId: s!.id,
  };
}, 30_000);

function leaks(text: string): string[] {
  const o = owner;
  return [o.userId, o.email, o.projectId, o.projectName, o.artifactId, o.otherSessionId, "# secret"].filter((x) =>
    text.includes(x),
  );
}

describe("authorisation matrix", () => {
  it("every registered route is either public or in the matrix (a new route must be classified)", () => {
    const sampled = [...SAMPLES].filter(([, x]) => x.authz).map(([r]) => r);
    expect(guarded.sort()).toEqual(sampled.sort());
    for (const r of PUBLIC) expect(routes).toContain(r);
    // Another user's credential: either the owner's resource (404) or the caller's own account (its status).
    for (const r of guarded)
      expect([r, Boolean(authzOf(r).owned) !== (authzOf(r).ownStatus !== undefined)]).toEqual([r, true]);
  });

  type Credential = "none" | "garbage" | "expired" | "revoked" | "cookie-garbage";
  const BAD: Credential[] = ["none", "garbage", "expired", "revoked", "cookie-garbage"];

  /** RFC 6750 §3: every 401 challenges; `error="invalid_token"` only where a Bearer token was sent. */
  const CHALLENGE = 'Bearer realm="spec-drive"';
  const INVALID_TOKEN = `${CHALLENGE}, error="invalid_token"`;
  const challengeFor = (c: Credential) => (c === "none" || c === "cookie-garbage" ? CHALLENGE : INVALID_TOKEN);

  it("the document declares WWW-Authenticate on every 401 response", async () => {
    const doc = (await openApiDoc()) as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
    };
    const declared = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => op.responses["401"])
        .map(([method, op]) => [`${method} ${path}`, Object.keys(op.responses["401"]?.headers ?? {})]),
    );
    expect(declared.length).toBeGreaterThan(30);
    for (const [op, headers] of declared) expect([op, headers?.includes("WWW-Authenticate")]).toEqual([op, true]);
  });

  it("login's wrong password: 401 with the plain challenge (no token was involved)", async () => {
    const res = await api().request(
      "/api/auth/login",
      jsonInit("POST", { email: owner.email, password: "not the password at all" }),
    );
    expect((await errorOf(res)).code).toBe("invalid_credentials");
    expect(res.headers.get("www-authenticate")).toBe(CHALLENGE);
  });

  async function headersFor(c: Credential): Promise<Record<string, string>> {
    switch (c) {
      case "none":
        return {};
      case "garbage":
        return { authorization: `Bearer ${newToken()}` };
      case "cookie-garbage":
        return { cookie: `__Host-session=${newToken()}` };
      case "expired":
        return { authorization: `Bearer ${expiredToken}` };
      case "revoked":
        return { authorization: `Bearer ${revokedToken}` };
    }
  }

  it.each(guarded)(
    "%s: 401 for no, garbage, expired and revoked credentials; nothing leaked or changed",
    async (key) => {
      const before = await ownerFingerprint();
      const [method] = key.split(" ") as [string];
      for (const credential of BAD) {
        const { path, body } = authzOf(key).request(owner);
        const headers = await headersFor(credential);
        const res = await api().request(path, {
          method,
          headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.clone().text();
        expect([key, credential, res.status]).toEqual([key, credential, 401]);
        expect((await errorOf(res)).code).toBe("unauthorized");
        expect([key, credential, res.headers.get("www-authenticate")]).toEqual([
          key,
          credential,
          challengeFor(credential),
        ]);
        expect(leaks(text)).toEqual([]);
        expect(res.headers.get("set-cookie") ?? "").not.toMatch(/__Host-session=[A-Za-z0-9_-]{20,}/);
      }
      expect(await ownerFingerprint()).toEqual(before);
    },
  );

  it.each(guarded)(
    "%s with another user's token: 404 for the owner's resources, never the owner's data",
    async (key) => {
      const before = await ownerFingerprint();
      const [method] = key.split(" ") as [string];
      const other = await signUp(api(), { name: "Intruder" });
      // Where the route needs a verified account, verified: the guard under test is ownership.
      if (authzOf(key).needsVerified) await verifyEmail(other.user.id);
      const { path, body } = authzOf(key).request(owner);
      const res = await api().request(path, jsonInit(method, body, other.auth));
      const text = await res.text();
      expect([key, res.status]).toEqual([key, asOther(key)]);
      expect(leaks(text)).toEqual([]);
      expect(await ownerFingerprint()).toEqual(before);
    },
    20_000,
  );

  async function send(key: string, secret: string) {
    const [method] = key.split(" ") as [string];
    const { path, body } = authzOf(key).request(owner);
    return api().request(path, {
      method,
      headers: {
        authorization: `Bearer ${secret}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  it.each(guarded)(
    "%s with API keys: 401 for unknown, expired, revoked keys and on session-only routes; 403 without the scope",
    async (key) => {
      const before = await ownerFingerprint();
      const scopes = KEY_SCOPES.get(key);
      const bad = [newApiKey(), expiredKey, revokedKey, ...(scopes ? [] : [ownerKey])];
      for (const secret of bad) {
        const res = await send(key, secret);
        const text = await res.clone().text();
        expect([key, res.status, (await errorOf(res)).code]).toEqual([key, 401, "unauthorized"]);
        expect([key, res.headers.get("www-authenticate")]).toEqual([key, INVALID_TOKEN]);
        expect(leaks(text)).toEqual([]);
      }
      if (scopes) {
        // The owner's own key with every scope but the ones the route needs.
        const lacking = await apiKeyFor(
          owner.userId,
          API_KEY_SCOPES.filter((s) => !scopes.includes(s)),
        );
        const res = await send(key, lacking.secret);
        const text = await res.clone().text();
        expect([key, res.status, (await errorOf(res)).code]).toEqual([key, 403, "insufficient_scope"]);
        expect(leaks(text)).toEqual([]);
        await sql.query("delete from api_keys where id = $1", [lacking.id]);
      }
      expect(await ownerFingerprint()).toEqual(before);
    },
    20_000,
  );

  it.each([...KEY_SCOPES.keys()])(
    "%s with another user's key (every scope): 404 for the owner's resources, never the owner's data",
    async (key) => {
      const before = await ownerFingerprint();
      const other = await signUp(api(), { name: "Key intruder" });
      await verifyEmail(other.user.id);
      const otherKey = await apiKeyFor(other.user.id);
      const res = await send(key, otherKey.secret);
      const text = await res.text();
      expect([key, res.status]).toEqual([key, asOther(key)]);
      expect(leaks(text)).toEqual([]);
      expect(await ownerFingerprint()).toEqual(before);
    },
    20_000,
  );

  it("every route open to keys declares at least one scope", () => {
    expect(KEY_SCOPES.size).toBeGreaterThan(15);
    for (const [route, scopes] of KEY_SCOPES) expect([route, scopes.length > 0]).toEqual([route, true]);
  });

  it("the owner's own token still reads the project (the matrix asked about real data)", async () => {
    const res = await api().request(`/api/projects/${owner.projectId}`, { headers: ownerAuth });
    expect(res.status).toBe(200);
    expect(leaks(await res.text())).toContain(owner.projectName);
  });
});
