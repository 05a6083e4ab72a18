// The local Neon endpoint against a second reference: Neon's proxy itself. Each expectation below is
// written from Neon's source (github.com/neondatabase/neon, proxy/src/serverless/ and the libraries it
// uses; file and function cited where the expectation comes from) and from Neon's documentation, and
// is asserted against the local endpoint on whichever backend the run uses (PGlite or Postgres).
import { neon, neonConfig } from "@neondatabase/serverless";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const endpoint = inject("neonEndpoint");
const control = inject("neonControl");
neonConfig.fetchEndpoint = endpoint;

const suffix = Math.random().toString(36).slice(2, 8);
const T = `np_rows_${suffix}`;
const newKey = () => `np${crypto.randomUUID().replaceAll("-", "")}`;
const connString = (user: string) => `postgres://${user}:pw@localhost/specdrive`;
const admin = neon(connString(`npadmin${suffix}`));

/**
 * The body of an error of the proxy itself (not from Postgres): sql_over_http.rs, `handle`, builds
 * every error body with the same keys, taking code/severity from DbError's &str getters (defaulted to
 * "") and the optional fields from Option getters (null) when there is no DbError.
 */
const proxyError = (message: string) => ({
  message,
  code: "",
  detail: null,
  hint: null,
  position: null,
  internalPosition: null,
  internalQuery: null,
  severity: "",
  where: null,
  table: null,
  column: null,
  schema: null,
  dataType: null,
  constraint: null,
  file: null,
  line: null,
  routine: null,
});

async function post(body: string, opts: { key?: string; headers?: Record<string, string>; signal?: AbortSignal } = {}) {
  const headers: Record<string, string> = {
    "neon-connection-string": connString(opts.key ?? newKey()),
    "neon-raw-text-output": "true",
    "neon-array-mode": "true",
    ...opts.headers,
  };
  const res = await fetch(endpoint, { method: "POST", body, headers, signal: opts.signal });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

const q = (query: string, params: unknown[] = []) => JSON.stringify({ query, params });
const batch = (...queries: string[]) => JSON.stringify({ queries: queries.map((query) => ({ query, params: [] })) });

interface Stats {
  requests: number;
  active: number;
  limits: { maxRequestBytes: number; maxResponseBytes: number };
}
const statsOf = async (key: string) => (await (await fetch(`${control}/stats?key=${key}`)).json()) as Stats;

async function controlPost(path: string, body: object) {
  const res = await fetch(`${control}${path}`, { method: "POST", body: JSON.stringify(body) });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  await admin.query(`create table ${T} (id int primary key, note text)`);
});
afterAll(async () => {
  await admin.query(`drop table ${T}`);
});

describe("response size (sql_over_http.rs, query_to_json: ResponseTooLarge -> 507)", () => {
  it("the default limit is Neon's documented 64 MB for requests and responses", async () => {
    // neon.com/docs/serverless/serverless-driver: "The maximum request size and response size for
    // queries over HTTP is 64 MB." (The proxy binary's own default is 10 MiB: proxy/src/binary/proxy.rs.)
    const stats = await statsOf(newKey());
    expect(stats.limits).toEqual({ maxRequestBytes: 64 * 1024 * 1024, maxResponseBytes: 64 * 1024 * 1024 });
  });

  it("over the limit: 507 with Neon's message and an empty code", async () => {
    const key = newKey();
    await controlPost("/limits", { key, maxResponseBytes: 10_000 });
    const res = await post(q("select repeat('x', 100) from generate_series(1, 200)"), { key });
    expect(res).toEqual({ status: 507, body: proxyError("response is too large (max is 10000 bytes)") });
  });

  it("the check runs before each row: one row may carry the answer past the limit (as on Neon)", async () => {
    // `if json_rows.as_buffer().len() > max_response_size_bytes` is evaluated before a row is added.
    const key = newKey();
    await controlPost("/limits", { key, maxResponseBytes: 10_000 });
    const res = await post(q("select repeat('x', 50000)"), { key });
    expect(res.status).toBe(200);
  });

  it("a batch over the limit rolls back: its earlier writes do not commit", async () => {
    const key = newKey();
    await controlPost("/limits", { key, maxResponseBytes: 10_000 });
    const res = await post(
      batch(`insert into ${T} values (1, 'rolled back')`, "select repeat('x', 100) from generate_series(1, 200)"),
      { key },
    );
    expect(res.status).toBe(507);
    expect(await admin.query(`select count(*)::int as n from ${T} where id = 1`)).toEqual([{ n: 0 }]);
  });

  it("through the driver: a NeonDbError 'Server error (HTTP status 507)' without a SQLSTATE", async () => {
    const key = newKey();
    await controlPost("/limits", { key, maxResponseBytes: 1_000 });
    const err = await neon(connString(key))
      .query("select g from generate_series(1, 1000) g")
      .catch((e: Error & { code?: unknown }) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^Server error \(HTTP status 507\): /);
    expect((err as { code?: unknown }).code).toBeUndefined();
  });
});

describe("request size (http.rs read_body_with_limit; error.rs ReadPayloadError::BodyTooLarge -> 413)", () => {
  it("over the limit: 413 with Neon's message", async () => {
    const key = newKey();
    await controlPost("/limits", { key, maxRequestBytes: 1_000 });
    const res = await post(q("select $1::text", ["y".repeat(2_000)]), { key });
    expect(res).toEqual({ status: 413, body: proxyError("request is too large (max is 1000 bytes)") });
  });

  it("above the default 64 MiB: 413, and the endpoint keeps serving", async () => {
    const res = await post(q("select $1::text", ["z".repeat(64 * 1024 * 1024 + 1)]));
    expect(res).toEqual({ status: 413, body: proxyError("request is too large (max is 67108864 bytes)") });
    expect((await post(q("select 1"))).status).toBe(200);
  }, 60_000); // 64 MiB through HTTP on a loaded machine
});

describe("invalid JSON (sql_over_http.rs: `Payload` via serde_json::from_slice; ReadPayloadError::Parse -> 400)", () => {
  // serde_json read.rs, parse_unicode_escape: a String needs paired surrogates. The column counts
  // bytes up to where the parser stopped.
  it.each([
    // The parameter starts at byte 37; serde stops after the escape (+7), or one byte later (+8).
    ['"\\ud800"', "unexpected end of hex escape at line 1 column 45"],
    ['"\\udc00"', "lone leading surrogate in hex escape at line 1 column 44"],
    ['"\\ud800\\u0041"', "lone leading surrogate in hex escape at line 1 column 50"],
    ['"a\\ud800b"', "unexpected end of hex escape at line 1 column 46"],
  ])("a lone surrogate %s refuses the whole request: 400, empty code", async (param, where) => {
    const body = `{"query":"select $1::text","params":[${param}]}`;
    expect(body.indexOf(param)).toBe(37);
    const res = await post(body);
    expect(res).toEqual({ status: 400, body: proxyError(`could not parse the HTTP request body: ${where}`) });
  });

  it("a paired surrogate is fine", async () => {
    const res = await post('{"query":"select $1::text as t","params":["\\ud83d\\ude00"]}');
    expect(res.status).toBe(200);
    expect(res.body?.rows).toEqual([["\u{1F600}"]]);
  });

  it("through the driver: a lone surrogate param fails with a NeonDbError whose code is empty", async () => {
    const err = await neon(connString(newKey()))
      .query("select $1::text", ["bad \ud800"])
      .catch((e: Error & { code?: unknown }) => e);
    expect((err as Error).message).toMatch(/^could not parse the HTTP request body: unexpected end of hex escape/);
    expect((err as { code?: unknown }).code).toBe("");
  });

  it("a body that is neither a query nor a batch (untagged enum Payload)", async () => {
    const res = await post('{"sql":"select 1"}');
    expect(res).toEqual({
      status: 400,
      body: proxyError(
        "could not parse the HTTP request body: data did not match any variant of untagged enum Payload",
      ),
    });
  });

  it("params are converted as json.rs json_to_pg_text does: numbers, booleans, objects as JSON, arrays as Postgres arrays", async () => {
    const res = await post(
      JSON.stringify({
        query: "select $1::int + 1, $2::bool, $3::jsonb ->> 'a', $4::text[]",
        params: [41, true, { a: "b" }, ["x", null, "y,z"]],
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body?.rows).toEqual([["42", "t", "b", '{x,NULL,"y,z"}']]);
  });
});

describe("errors that are not Postgres errors (empty code), by fault injection", () => {
  // Status and message as the proxy produces them (sql_over_http.rs SqlOverHttpError::get_http_status_code).
  it.each([
    // auth/mod.rs AuthError::PasswordFailed, ErrorKind::User -> 400
    ["auth_failed", 400, (key: string) => `password authentication failed for user '${key}'`],
    // control_plane/messages.rs get_user_facing_message (406 from the control plane), ErrorKind::ControlPlane -> 500
    ["endpoint_disabled", 500, () => "Control plane request failed: endpoint is disabled"],
    // SqlOverHttpError::Postgres with tokio-postgres2 error Kind::Closed -> 400
    ["connection_lost", 400, () => "connection closed"],
    // error.rs ReadPayloadError::Parse -> 400
    [
      "malformed_request",
      400,
      () => "could not parse the HTTP request body: data did not match any variant of untagged enum Payload",
    ],
  ] as const)("%s: HTTP %i with Neon's message and nothing run", async (kind, status, message) => {
    const key = newKey();
    await controlPost("/faults", { key, neonError: kind });
    const res = await post(q(`insert into ${T} values (100 + floor(random() * 1000)::int, '${kind}')`), { key });
    expect(res).toEqual({ status, body: proxyError(message(key)) });
    expect(await admin.query(`select count(*)::int as n from ${T} where note = $1`, [kind])).toEqual([{ n: 0 }]);
  });

  it("connection lost AFTER the commit (lostAfterCommit: reply): 400 'connection closed', and the write is there", async () => {
    const key = newKey();
    await controlPost("/faults", { key, lostAfterCommit: "reply" });
    const res = await post(batch(`insert into ${T} values (2000, 'committed then lost')`), { key });
    expect(res).toEqual({ status: 400, body: proxyError("connection closed") });
    expect(await admin.query(`select note from ${T} where id = 2000`)).toEqual([{ note: "committed then lost" }]);
  });

  it("connection lost AFTER the commit (lostAfterCommit: socket): no answer at all, and the write is there", async () => {
    const key = newKey();
    await controlPost("/faults", { key, lostAfterCommit: "socket" });
    const err = await post(batch(`insert into ${T} values (2001, 'committed, socket lost')`), { key }).catch(
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(await admin.query(`select note from ${T} where id = 2001`)).toEqual([{ note: "committed, socket lost" }]);
  });
});

/** Waits (bounded) until the endpoint has finished every request of `key`, aborted ones included. */
async function settled(key: string) {
  for (let i = 0; i < 500; i++) {
    const stats = await statsOf(key);
    if (stats.requests > 0 && stats.active === 0) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`requests of ${key} still running`);
}

/** Waits (bounded) until the endpoint is handling a request of `key`. */
async function started(key: string) {
  for (let i = 0; i < 500; i++) {
    const stats = await statsOf(key);
    if (stats.active === 1) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no request of ${key} started`);
}

describe("client abort (sql_over_http.rs QueryData::process / BatchQueryData::process: cancel, nothing commits)", () => {
  it("a batch is rolled back when the client goes away mid-batch", async () => {
    const key = newKey();
    // Stall inside the transaction, after the insert ran, before the next statement.
    await controlPost("/faults", { key, stallAtStatement: 1, delayMs: 10_000 });
    const aborter = new AbortController();
    const pending = post(batch(`insert into ${T} values (3000, 'aborted')`, "select 1"), {
      key,
      signal: aborter.signal,
    }).catch((e: Error) => e);
    await started(key);
    aborter.abort();
    expect(await pending).toBeInstanceOf(Error);
    await settled(key);
    expect(await admin.query(`select count(*)::int as n from ${T} where id = 3000`)).toEqual([{ n: 0 }]);
  });

  it.skipIf(inject("backendKind") === "pglite")(
    "a running statement is cancelled (Postgres only: PGlite's single wasm thread cannot be interrupted)",
    async () => {
      const key = newKey();
      const aborter = new AbortController();
      const pending = post(q("select pg_sleep(60)"), { key, signal: aborter.signal }).catch((e: Error) => e);
      await started(key);
      aborter.abort();
      expect(await pending).toBeInstanceOf(Error);
      await settled(key); // bounded to 5 s: without the cancel it would run for 60
      const running = await admin.query("select count(*)::int as n from pg_stat_activity where query = $1", [
        "select pg_sleep(60)",
      ]);
      expect(running).toEqual([{ n: 0 }]);
    },
  );
});

describe("session state is reset after every request (tokio-postgres2 client.rs, reset_session_background)", () => {
  // Neon's pool runs ROLLBACK; CLOSE ALL; SET SESSION AUTHORIZATION DEFAULT; RESET ALL; DEALLOCATE ALL;
  // UNLISTEN *; SELECT pg_advisory_unlock_all(); DISCARD TEMP; DISCARD SEQUENCES before reuse
  // (conn_pool_lib.rs, GlobalConnPool::put). Requests of one key are what shares connections.
  const key = newKey();
  const one = async (query: string) => {
    const res = await post(q(query), { key });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const rows = (res.body?.rows ?? []) as unknown[][];
    return rows[0]?.[0];
  };

  it("SET does not outlive its request", async () => {
    await one("set statement_timeout = '4321ms'");
    for (let i = 0; i < 4; i++) expect(await one("show statement_timeout")).not.toBe("4321ms");
  });

  it("advisory locks are released", async () => {
    await one("select pg_advisory_lock(4242)::text");
    expect(await one("select count(*)::text from pg_locks where locktype = 'advisory' and objid = 4242")).toBe("0");
  });

  it("temporary tables are dropped", async () => {
    await one(`create temp table np_tmp_${suffix} (a int)`);
    expect(await one(`select count(*)::text from pg_class where relname = 'np_tmp_${suffix}'`)).toBe("0");
  });

  it("a stray BEGIN is rolled back: the next request is not inside a transaction", async () => {
    await one("begin");
    // SAVEPOINT works only inside a transaction block: outside one it is SQLSTATE 25P01.
    for (let i = 0; i < 4; i++) {
      const res = await post(q("savepoint np_check"), { key });
      expect(res.status).toBe(400);
      expect(res.body?.code).toBe("25P01");
    }
  });
});

describe("connection string (http_util.rs get_conn_info; error.rs ConnInfoError -> 400)", () => {
  it.each([
    [undefined, "invalid header: neon-connection-string"],
    ["not a url", "invalid connection string: relative URL without a base"],
    ["mysql://u:pw@ep-x.neon.tech/db", "incorrect scheme"],
    ["postgres://u:pw@ep-x.neon.tech", "missing database name"],
    ["postgres://:pw@ep-x.neon.tech/db", "missing username"],
    ["postgres://u@ep-x.neon.tech/db", "missing authentication credentials: required password"],
    ["postgres://u:@ep-x.neon.tech/db", "missing authentication credentials: required password"],
    ["postgres://u:pw@127.0.0.1/db", "missing hostname"],
  ])("%s -> 400 %s", async (conn, message) => {
    const res = await fetch(endpoint, {
      method: "POST",
      body: q("select 1"),
      headers: conn === undefined ? {} : { "neon-connection-string": conn },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(proxyError(message));
  });

  it("a complete Neon-style string is accepted", async () => {
    const res = await post(q("select 1"), {
      headers: {
        "neon-connection-string": "postgresql://u%40x:p%2Fw@ep-cool-1.eu-central-1.aws.neon.tech/db?sslmode=require",
      },
    });
    expect(res.status).toBe(200);
  });
});
