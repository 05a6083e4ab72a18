// tools/local-neon's own interface, tested directly: the control API the worker tests lean on (stats,
// faults, limits, health; docs/local-neon.md) and the requests it refuses. Neon-fidelity of the SQL
// endpoint itself is test/node/neon-proxy.test.ts. Every test uses keys of its own: the endpoint is
// the suite's, shared with files running in parallel.
import { neon, neonConfig } from "@neondatabase/serverless";
import { describe, expect, inject, it } from "vitest";
import { NEON_MAX_REQUEST_BYTES, NEON_MAX_RESPONSE_BYTES } from "../../tools/local-neon/server";

const endpoint = inject("neonEndpoint");
const control = inject("neonControl");
neonConfig.fetchEndpoint = endpoint;

const newKey = () => `lnc${crypto.randomUUID().replaceAll("-", "")}`;
const connString = (key: string) => `postgres://${key}:pw@localhost/specdrive`;

/** One raw request to the SQL endpoint as the driver sends it. */
function sqlRequest(key: string, body: unknown, init: { method?: string; headers?: Record<string, string> } = {}) {
  return fetch(endpoint, {
    method: init.method ?? "POST",
    headers: { "neon-connection-string": connString(key), ...init.headers },
    body: init.method === "GET" ? undefined : JSON.stringify(body),
  });
}
const select1 = { query: "select 1 as one", params: [] };

const controlCall = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${control}${path}`, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const postControl = (path: string, body: unknown) =>
  controlCall(path, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });
const stats = async (key: string) => (await controlCall(`/stats?key=${key}`)).body;

describe("control API: health and stats", () => {
  it("health answers with the backend's kind", async () => {
    expect(await controlCall("/health")).toEqual({ status: 200, body: { ok: true, backend: inject("backendKind") } });
  });

  it("stats of a new key are zero with Neon's default limits; requests and statements are counted per key", async () => {
    const key = newKey();
    const other = newKey();
    expect(await stats(key)).toEqual({
      key,
      requests: 0,
      active: 0,
      statements: 0,
      backend: inject("backendKind"),
      limits: { maxRequestBytes: NEON_MAX_REQUEST_BYTES, maxResponseBytes: NEON_MAX_RESPONSE_BYTES },
    });
    const db = neon(connString(key));
    await db.query("select 1");
    await db.transaction((tx) => [tx`select 1`, tx`select 2`, tx`select 3`]);
    expect(await stats(key)).toMatchObject({ requests: 2, active: 0, statements: 4 });
    expect(await stats(other)).toMatchObject({ requests: 0, statements: 0 });
  });

  it("active counts a request while it is in flight", async () => {
    const key = newKey();
    expect((await postControl("/faults", { key, delayMs: 400 })).status).toBe(200);
    const pending = sqlRequest(key, select1);
    let seen = 0;
    for (let i = 0; i < 100 && seen === 0; i++) {
      seen = (await stats(key)).active as number;
      if (seen === 0) await new Promise((r) => setTimeout(r, 10));
    }
    expect(seen).toBe(1);
    expect((await pending).status).toBe(200);
    expect(await stats(key)).toMatchObject({ requests: 1, active: 0 });
  });
});

describe("control API: faults", () => {
  it("a fault applies `times` requests (default 1) of its own key only, then the endpoint answers again", async () => {
    const key = newKey();
    const bystander = newKey();
    expect(await postControl("/faults", { key, status: 500, times: 2 })).toEqual({ status: 200, body: { ok: true } });
    expect((await sqlRequest(bystander, select1)).status).toBe(200);
    const first = await sqlRequest(key, select1);
    expect([first.status, await first.text()]).toEqual([500, "injected fault: HTTP 500"]);
    expect((await sqlRequest(key, select1)).status).toBe(500);
    expect((await sqlRequest(key, select1)).status).toBe(200);
    await postControl("/faults", { key, status: 503 });
    expect((await sqlRequest(key, select1)).status).toBe(503);
    expect((await sqlRequest(key, select1)).status).toBe(200);
  });

  it("the key may be named in the query string instead of the body", async () => {
    const key = newKey();
    await postControl(`/faults?key=${key}`, { status: 502 });
    expect((await sqlRequest(key, select1)).status).toBe(502);
  });

  it("`match` picks only requests whose SQL contains the text; `times: -1` lasts until DELETE clears it", async () => {
    const key = newKey();
    await postControl("/faults", { key, status: 500, times: -1, match: "from pg_class" });
    expect((await sqlRequest(key, select1)).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      expect((await sqlRequest(key, { query: "select count(*) from pg_class", params: [] })).status).toBe(500);
    }
    expect(await controlCall(`/faults?key=${key}`, { method: "DELETE" })).toEqual({ status: 200, body: { ok: true } });
    expect((await sqlRequest(key, { query: "select count(*) from pg_class", params: [] })).status).toBe(200);
  });

  it("delayMs holds the answer at least that long", async () => {
    const key = newKey();
    await postControl("/faults", { key, delayMs: 300 });
    const t0 = performance.now();
    expect((await sqlRequest(key, select1)).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(300);
  });

  it("failAtStatement fails the batch with a Postgres error before statement N and rolls it back", async () => {
    const key = newKey();
    const table = `lnc_${crypto.randomUUID().slice(0, 8)}`;
    const db = neon(connString(key));
    await db.query(`create table ${table} (n int)`);
    try {
      await postControl("/faults", { key, failAtStatement: 1 });
      const err = await db
        .transaction((tx) => [tx.query(`insert into ${table} values (1)`), tx.query(`insert into ${table} values (2)`)])
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "XX000", message: "injected failure before statement 1" });
      expect(await db.query(`select count(*)::int as n from ${table}`)).toEqual([{ n: 0 }]);
    } finally {
      await db.query(`drop table ${table}`);
    }
  });
});

describe("control API: limits", () => {
  it("sets a key's limits, answers them merged with the defaults, and DELETE restores the defaults", async () => {
    const key = newKey();
    const defaults = { maxRequestBytes: NEON_MAX_REQUEST_BYTES, maxResponseBytes: NEON_MAX_RESPONSE_BYTES };
    expect(await postControl("/limits", { key, maxResponseBytes: 100 })).toEqual({
      status: 200,
      body: { ok: true, limits: { ...defaults, maxResponseBytes: 100 } },
    });
    expect((await postControl("/limits", { key, maxRequestBytes: 50 })).body.limits).toEqual({
      maxRequestBytes: 50,
      maxResponseBytes: 100,
    });
    expect((await stats(key)).limits).toEqual({ maxRequestBytes: 50, maxResponseBytes: 100 });
    expect((await sqlRequest(key, { query: `select '${"x".repeat(60)}'`, params: [] })).status).toBe(413);
    expect(await controlCall(`/limits?key=${key}`, { method: "DELETE" })).toEqual({
      status: 200,
      body: { ok: true, limits: defaults },
    });
    expect((await sqlRequest(key, { query: `select '${"x".repeat(60)}'`, params: [] })).status).toBe(200);
  });

  it.each([
    [{ maxRequestBytes: -1 }, "maxRequestBytes must be a non-negative integer"],
    [{ maxResponseBytes: 1.5 }, "maxResponseBytes must be a non-negative integer"],
    [{ maxResponseBytes: "100" }, "maxResponseBytes must be a non-negative integer"],
    [{ maxRequestBytes: 2 ** 60 }, "maxRequestBytes must be a non-negative integer"],
  ])("refuses %j with 400 and keeps the limits", async (limits, message) => {
    const key = newKey();
    const res = await postControl("/limits", { key, ...limits });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(message);
    expect((await stats(key)).limits).toEqual({
      maxRequestBytes: NEON_MAX_REQUEST_BYTES,
      maxResponseBytes: NEON_MAX_RESPONSE_BYTES,
    });
  });
});

describe("malformed requests are refused with a 4xx, and the endpoint keeps serving", () => {
  it.each([
    ["faults", "{not json"],
    ["faults", "[1,2]"],
    ["faults", "null"],
    ["limits", '"a string"'],
  ])("control body for /%s: %s -> 400", async (path, body) => {
    const key = newKey();
    const res = await postControl(`/${path}?key=${key}`, body);
    expect(res.status).toBe(400);
    expect(typeof res.body.message).toBe("string");
    // Nothing was armed: the key's next request runs.
    expect((await sqlRequest(key, select1)).status).toBe(200);
  });

  it("an unknown control route or method: 404", async () => {
    expect(await controlCall("/nope")).toEqual({ status: 404, body: { message: "unknown control route" } });
    expect(await controlCall("/faults")).toEqual({ status: 404, body: { message: "unknown control route" } });
    expect(await controlCall("/stats", { method: "POST" })).toEqual({
      status: 404,
      body: { message: "unknown control route" },
    });
  });

  it("the SQL endpoint: another method is 405; an unknown isolation level is 400", async () => {
    const key = newKey();
    const get = await sqlRequest(key, undefined, { method: "GET" });
    expect([get.status, await get.text()]).toEqual([405, "method not allowed"]);
    const iso = await sqlRequest(key, { queries: [select1] }, { headers: { "neon-batch-isolation-level": "Chaotic" } });
    expect(iso.status).toBe(400);
    expect(await iso.json()).toMatchObject({ message: "invalid isolation level", code: "" });
    expect((await sqlRequest(key, select1)).status).toBe(200);
  });
});
