// Credentials before work (docs/auth-threat-model.md): a body over PRECHECK_BODY_OVER (or of unknown
// length) is read only once its credential is known to be live. A missing, malformed, unknown,
// revoked or expired credential gets its 401 from one small lookup, with the body never pulled from
// its stream; a valid one keeps its one round trip when this isolate holds a ticket for it.
import { describe, expect, it } from "vitest";
import {
  CREDENTIAL_TICKET_TTL_MS,
  CREDENTIAL_TICKETS_MAX,
  rememberLive,
  takeTicket,
} from "../../../src/platform/auth/credential-cache";
import { hashToken, newApiKey, newToken } from "../../../src/platform/auth/tokens";
import { MiB, PRECHECK_BODY_OVER } from "../../../src/platform/http/body-limit";
import { apiKeyFor } from "../api-key-fixtures";
import { BODY_READ_BEFORE_CREDENTIAL } from "../documented-limits";
import { api, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

/**
 * A request body of `bytes` bytes that records whether anything read it: nothing is queued until a
 * reader pulls (high-water mark 0). The text is not JSON and carries `\u0000`, so reading it at all
 * would end in 400 (`invalid_text` or `validation_failed`), never in 401 or 403.
 */
function watchedBody(bytes: number) {
  const chunk = new TextEncoder().encode('{"content":"\\u0000'.padEnd(64 * 1024, "x"));
  const state = { pulled: 0 };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulled += 1;
        const n = Math.min(chunk.length, bytes - sent);
        controller.enqueue(chunk.subarray(0, n));
        sent += n;
        if (sent >= bytes) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

const artifactsOf = (projectId: string) => `/api/projects/${projectId}/artifacts`;

/**
 * POSTs a watched body of `bytes` to `path` with `headers`, declaring its length unless `declared` is null (a body of
 * unknown length) or says otherwise; returns the response, the round trips and the stream's state.
 */
async function postWatched(
  path: string,
  headers: Record<string, string>,
  bytes = 2 * MiB,
  declared: string | null = String(bytes),
) {
  const { stream, state } = watchedBody(bytes);
  const t = api();
  const res = await t.request(
    path,
    {
      method: "POST",
      headers: {
        ...headers,
        "content-type": "application/json",
        ...(declared === null ? {} : { "content-length": declared }),
      },
      body: stream,
      // @ts-expect-error: workerd accepts a stream body without `duplex`; Node's fetch types want it.
      duplex: "half",
    },
    { skipContract: "an unreadable body: refused before it is read, or at validation" },
  );
  const json = (await res.json()) as { error?: { code: string } };
  return { status: res.status, code: json.error?.code, roundTrips: await t.roundTrips(), pulled: state.pulled };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Someone else's project: the path exists, so nothing but the credential decides the answer. */
async function aProject() {
  const owner = await signedInUser();
  return createProject(owner);
}

describe("credentials before work: a large body is not read for a credential that is not live", () => {
  const cases: [string, () => Promise<Record<string, string>>][] = [
    ["an API key never issued", async () => bearer(newApiKey())],
    ["a session token never issued", async () => bearer(newToken())],
    [
      "a revoked API key",
      async () => {
        const u = await signedInUser();
        const key = await apiKeyFor(u.id);
        await sql.query("delete from api_keys where id = $1", [key.id]);
        return key.auth;
      },
    ],
    [
      "an expired API key",
      async () => {
        const u = await signedInUser();
        return (await apiKeyFor(u.id, undefined, "-1 minute")).auth;
      },
    ],
    [
      "an expired session",
      async () => {
        const u = await signedInUser();
        await sql.query("update auth_sessions set expires_at = now() - interval '1 minute' where token_hash = $1", [
          hashToken(u.token),
        ]);
        return u.auth;
      },
    ],
    [
      "a revoked session (signed out)",
      async () => {
        const u = await signedInUser();
        await sql.query("delete from auth_sessions where token_hash = $1", [hashToken(u.token)]);
        return u.auth;
      },
    ],
    ["a session cookie never issued", async () => ({ cookie: `__Host-session=${newToken()}` })],
  ];

  it.each(cases)("%s: 401 after the lookup alone, the body never pulled", async (_label, credential) => {
    const project = await aProject();
    const r = await postWatched(artifactsOf(project.id), await credential());
    expect(r).toEqual({ status: 401, code: "unauthorized", roundTrips: 1, pulled: 0 });
  });

  it("no credential: 401 before any round trip, the body never pulled", async () => {
    const project = await aProject();
    const r = await postWatched(artifactsOf(project.id), {});
    expect(r).toEqual({ status: 401, code: "unauthorized", roundTrips: 0, pulled: 0 });
  });

  it("a live key without the route's scope: 403 insufficient_scope after the lookup, the body never pulled", async () => {
    const u = await signedInUser();
    const project = await createProject(u);
    const key = await apiKeyFor(u.id, ["projects:read"]);
    const r = await postWatched(artifactsOf(project.id), key.auth);
    expect(r).toEqual({ status: 403, code: "insufficient_scope", roundTrips: 1, pulled: 0 });
  });

  it("every large-body route: an unknown key's body is never pulled (the batch route's 4 MiB included)", async () => {
    const u = await signedInUser();
    const project = await createProject(u);
    const paths = [
      "/api/projects",
      `/api/projects/${project.id}/phases/advance`,
      `/api/projects/${project.id}/artifacts/batch`,
      `/api/projects/${project.id}/runs`,
    ];
    for (const path of paths) {
      const r = await postWatched(path, bearer(newApiKey()), 16 * 1024);
      expect(r, path).toEqual({ status: 401, code: "unauthorized", roundTrips: 1, pulled: 0 });
    }
  });

  it("a body of unknown length (no Content-Length) is treated as large, and not even counted first", async () => {
    const project = await aProject();
    const res = await postWatched(artifactsOf(project.id), bearer(newApiKey()), 8 * 1024, null);
    expect([res.status, res.roundTrips, res.pulled]).toEqual([401, 1, 0]);
  });

  it("a small Content-Length beside Transfer-Encoding does not count: the body is treated as large", async () => {
    const project = await aProject();
    const headers = { ...bearer(newApiKey()), "transfer-encoding": "chunked" };
    const res = await postWatched(artifactsOf(project.id), headers, 64 * 1024, "10");
    expect([res.status, res.roundTrips, res.pulled]).toEqual([401, 1, 0]);
  });

  it("the threshold is the documented 1 KiB", () => {
    expect(PRECHECK_BODY_OVER).toBe(BODY_READ_BEFORE_CREDENTIAL);
  });

  it(`a body of at most ${PRECHECK_BODY_OVER} bytes is read before the credential is looked up`, async () => {
    const project = await aProject();
    // Not JSON: read, it is refused at validation (no round trip); were it held back, 401 after a lookup.
    const body = "x".repeat(PRECHECK_BODY_OVER);
    const t = api();
    const res = await t.request(artifactsOf(project.id), {
      method: "POST",
      headers: { ...bearer(newApiKey()), "content-type": "application/json" },
      body,
    });
    expect(res.status).toBe(400);
    await res.arrayBuffer();
    expect(await t.roundTrips()).toBe(0);
    // One byte more and it waits for the credential.
    const over = await t.request(artifactsOf(project.id), {
      method: "POST",
      headers: { ...bearer(newApiKey()), "content-type": "application/json" },
      body: `${body}x`,
    });
    expect(over.status).toBe(401);
    await over.arrayBuffer();
    expect(await t.roundTrips()).toBe(1);
  });

  it("a valid small body with an unknown credential: refused by the route's one batch", async () => {
    const project = await aProject();
    const body = JSON.stringify({ phase: "analysis", name: "constitution.md", content: "# C" });
    expect(body.length).toBeLessThanOrEqual(PRECHECK_BODY_OVER);
    const t = api();
    const res = await t.request(artifactsOf(project.id), {
      method: "POST",
      headers: { ...bearer(newApiKey()), "content-type": "application/json" },
      body,
    });
    expect(res.status).toBe(401);
    await res.arrayBuffer();
    expect(await t.roundTrips()).toBe(1);
  });
});

describe("credentials before work: a live credential", () => {
  /** A real artifact body over the threshold. */
  const largeArtifact = (name: string) =>
    JSON.stringify({ phase: "analysis", name, content: `# Constitution\n\n${"Principles. ".repeat(4000)}` });

  async function post(auth: Record<string, string>, path: string, body: string) {
    const t = api();
    const res = await t.request(path, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body,
    });
    const text = await res.text();
    return { status: res.status, text, roundTrips: await t.roundTrips() };
  }

  it("without a ticket: stored after the lookup (2 round trips); with the ticket its success gives: 1", async () => {
    const u = await signedInUser();
    const project = await createProject(u);
    const key = await apiKeyFor(u.id);
    const first = await post(key.auth, artifactsOf(project.id), largeArtifact("constitution.md"));
    expect(first.status, first.text).toBe(201);
    expect(first.roundTrips).toBe(2);
    const second = await post(key.auth, artifactsOf(project.id), largeArtifact("personas.md"));
    expect(second.status, second.text).toBe(201);
    expect(second.roundTrips).toBe(1);
  });

  it("a session's read gives the ticket its next large write spends (one round trip)", async () => {
    const u = await signedInUser();
    const project = await createProject(u);
    const read = await api().request(`/api/projects/${project.id}`, { headers: u.auth });
    expect(read.status).toBe(200);
    const write = await post(u.auth, artifactsOf(project.id), largeArtifact("constitution.md"));
    expect(write.status, write.text).toBe(201);
    expect(write.roundTrips).toBe(1);
  });

  it("a ticket serves one request: a refused body spends it, and the next large body is looked up first", async () => {
    const u = await signedInUser();
    const project = await createProject(u);
    const key = await apiKeyFor(u.id);
    expect((await api().request(`/api/projects/${project.id}`, { headers: key.auth })).status).toBe(200);
    // Revoked where this isolate cannot see it: the ticket still lets one body be read (400 at
    // validation, no batch), and no more.
    await sql.query("delete from api_keys where id = $1", [key.id]);
    const spent = await postWatched(artifactsOf(project.id), key.auth);
    expect(spent.status).toBe(400);
    expect(spent.roundTrips).toBe(0);
    const next = await postWatched(artifactsOf(project.id), key.auth);
    expect(next).toEqual({ status: 401, code: "unauthorized", roundTrips: 1, pulled: 0 });
  });

  it("a key revoked through the API loses its ticket at once in this isolate", async () => {
    const u = await signedInUser();
    const project = await createProject(u);
    const key = await apiKeyFor(u.id);
    expect((await api().request(`/api/projects/${project.id}`, { headers: key.auth })).status).toBe(200);
    const revoked = await api().request(`/api/me/keys/${key.id}`, { method: "DELETE", headers: u.auth });
    expect(revoked.status).toBe(204);
    const r = await postWatched(artifactsOf(project.id), key.auth);
    expect(r).toEqual({ status: 401, code: "unauthorized", roundTrips: 1, pulled: 0 });
  });

  it("a session signed out loses its ticket at once in this isolate", async () => {
    const u = await signedInUser();
    const project = await createProject(u);
    expect((await api().request(`/api/projects/${project.id}`, { headers: u.auth })).status).toBe(200);
    expect((await api().request("/api/auth/logout", { method: "POST", headers: u.auth })).status).toBe(204);
    const r = await postWatched(artifactsOf(project.id), u.auth);
    expect(r).toEqual({ status: 401, code: "unauthorized", roundTrips: 1, pulled: 0 });
  });

  it("a session revoked through the API (one, or all others) loses its ticket at once in this isolate", async () => {
    const u = await signedInUser();
    const project = await createProject(u);
    const other = newToken();
    const [row] = (await sql.query(
      "insert into auth_sessions (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day') returning id",
      [u.id, hashToken(other)],
    )) as { id: string }[];
    const third = newToken();
    await sql.query(
      "insert into auth_sessions (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day')",
      [u.id, hashToken(third)],
    );
    for (const token of [other, third]) {
      expect((await api().request(`/api/projects/${project.id}`, { headers: bearer(token) })).status).toBe(200);
    }
    const one = await api().request(`/api/me/sessions/${row!.id}`, { method: "DELETE", headers: u.auth });
    expect(one.status).toBe(204);
    expect(await postWatched(artifactsOf(project.id), bearer(other))).toEqual({
      status: 401,
      code: "unauthorized",
      roundTrips: 1,
      pulled: 0,
    });
    const all = await api().request("/api/me/sessions/revoke-others", { method: "POST", headers: u.auth });
    expect(all.status).toBe(200);
    expect(await postWatched(artifactsOf(project.id), bearer(third))).toEqual({
      status: 401,
      code: "unauthorized",
      roundTrips: 1,
      pulled: 0,
    });
  });

  it("an operation that may take a body over the threshold says so in the document; a small one does not", async () => {
    const doc = (await (await api().request("/openapi.json")).json()) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(doc.paths["/api/projects/{id}/artifacts"]?.post?.["x-credential-precheck-over"]).toBe(PRECHECK_BODY_OVER);
    expect(doc.paths["/api/me/keys"]?.post?.["x-credential-precheck-over"]).toBe(PRECHECK_BODY_OVER);
    expect(doc.paths["/api/auth/login"]?.post?.["x-credential-precheck-over"]).toBeUndefined();
    expect(doc.paths["/api/projects/{id}"]?.get?.["x-credential-precheck-over"]).toBeUndefined();
  });
});

describe("credential tickets (src/platform/auth/credential-cache.ts)", () => {
  const hash = () => hashToken(newToken());
  const now = 1_000_000_000_000;

  it("last the TTL, never past the credential's own expiry", () => {
    const a = hash();
    rememberLive(a, null, now);
    expect(takeTicket(a, now + CREDENTIAL_TICKET_TTL_MS)).toBe(false);
    const b = hash();
    rememberLive(b, null, now);
    expect(takeTicket(b, now + CREDENTIAL_TICKET_TTL_MS - 1)).toBe(true);
    const c = hash();
    rememberLive(c, new Date(now + 1000), now);
    expect(takeTicket(c, now + 1000)).toBe(false);
    const d = hash();
    rememberLive(d, new Date(now + 1000), now);
    expect(takeTicket(d, now + 999)).toBe(true);
  });

  it(`are at most ${CREDENTIAL_TICKETS_MAX}: the oldest goes first`, () => {
    const hashes = Array.from({ length: CREDENTIAL_TICKETS_MAX + 1 }, hash);
    for (const h of hashes) rememberLive(h, null, now);
    expect(takeTicket(hashes[0] as string, now)).toBe(false);
    expect(takeTicket(hashes[1] as string, now)).toBe(true);
    expect(takeTicket(hashes.at(-1) as string, now)).toBe(true);
  });
});
