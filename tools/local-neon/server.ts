// A local stand-in for Neon's SQL-over-HTTP endpoint, so the production driver
// (@neondatabase/serverless + drizzle-orm/neon-http) runs unchanged against a local database.
// It behaves like Neon's proxy (neondatabase/neon proxy/src/serverless/sql_over_http.rs and its
// neighbours): size limits, JSON and connection-string refusals, cancellation when the client goes
// away, session reset after every request, error bodies. What and how: docs/local-neon.md.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenLocal } from "../listen.ts";
import { type Backend, BadRequest, type BatchOptions, Cancelled, type QueryResult } from "./backends.ts";
import type { Fault, Limits, NeonErrorKind } from "./fault.ts";
import { ISOLATION_LEVELS, parseConnectionString, parsePayload } from "./payload.ts";

export type { Fault, Limits, NeonErrorKind } from "./fault.ts";

interface KeyState {
  requests: number;
  /** Requests being handled right now (a test waits for 0 to know an aborted one has finished). */
  active: number;
  statements: number;
  faults: Fault[];
  limits: Limits;
}

/**
 * Neon's documented limit: "The maximum request size and response size for queries over HTTP is
 * 64 MB" (neon.com/docs/serverless/serverless-driver). The proxy's own default is 10 MiB
 * (proxy/src/binary/proxy.rs, sql_over_http_max_{request,response}_size_bytes); Neon configures 64.
 */
export const NEON_MAX_REQUEST_BYTES = 64 * 1024 * 1024;
export const NEON_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface LocalNeonOptions {
  backend: Backend;
  port?: number;
  host?: string;
  /** Latency added to every request, standing for the edge-to-region round trip. */
  latencyMs?: number;
  /** Defaults for every key (a key may override them through the control API). */
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  log?: (line: string) => void;
}

export interface LocalNeon {
  /** The SQL endpoint, for the worker's NEON_FETCH_ENDPOINT binding. */
  url: string;
  /** Base URL of the control API (stats, fault injection, limits). */
  controlUrl: string;
  close(): Promise<void>;
}

const PG_ERROR_FIELDS = [
  "code",
  "detail",
  "hint",
  "position",
  "internalPosition",
  "internalQuery",
  "severity",
  "where",
  "table",
  "column",
  "schema",
  "dataType",
  "constraint",
  "file",
  "line",
  "routine",
] as const;

/** Looks to the client like a Postgres error raised mid-batch (SQLSTATE XX000 internal_error). */
class InjectedPgError extends Error {
  code = "XX000";
  severity = "ERROR";
}

/** An error of Neon's proxy itself: its HTTP status, and a body whose `code` is "". */
class ProxyError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * sql_over_http.rs, `handle`: a non-Postgres error gets the same JSON fields as a Postgres one, with
 * `code` and `severity` "" (DbError's &str getters defaulted) and every optional field null.
 */
export function proxyErrorBody(message: string): Record<string, unknown> {
  const body: Record<string, unknown> = { message };
  for (const f of PG_ERROR_FIELDS) body[f] = null;
  body.code = "";
  body.severity = "";
  return body;
}

/**
 * Neon's non-Postgres errors, as the proxy builds them (status from SqlOverHttpError::get_http_status_code).
 * - auth_failed: auth/mod.rs AuthError::PasswordFailed (ErrorKind::User, via HttpConnError::AuthError) -> 400.
 * - endpoint_disabled: control_plane/messages.rs get_user_facing_message for the control plane's 406,
 *   an AuthError::GetAuthInfo (ErrorKind::ControlPlane) -> 500.
 * - connection_lost: SqlOverHttpError::Postgres with tokio-postgres2's Kind::Closed ("connection closed") -> 400.
 * - malformed_request: ReadPayloadError::Parse (error.rs) -> 400.
 */
export const NEON_ERRORS: Record<NeonErrorKind, (user: string) => ProxyError> = {
  auth_failed: (user) => new ProxyError(400, `password authentication failed for user '${user}'`),
  endpoint_disabled: () => new ProxyError(500, "Control plane request failed: endpoint is disabled"),
  connection_lost: () => new ProxyError(400, "connection closed"),
  malformed_request: () =>
    new ProxyError(
      400,
      "could not parse the HTTP request body: data did not match any variant of untagged enum Payload",
    ),
};

/**
 * The response body, written in Neon's field order (sql_over_http.rs, query_to_json: fields, rows,
 * command, rowCount, rowAsArray) with Neon's size check: before each row, the bytes written so far
 * (previous results of the batch included) must not exceed the limit, else 507
 * (SqlOverHttpError::ResponseTooLarge). The check runs inside the transaction, so a batch rolls back.
 */
class ResponseWriter {
  private parts: string[] = [];
  private bytes = 0;
  private readonly limit: number;
  private readonly batch: boolean;

  constructor(limit: number, batch: boolean) {
    this.limit = limit;
    this.batch = batch;
    if (batch) this.push('{"results":[');
  }

  private push(s: string) {
    this.parts.push(s);
    this.bytes += Buffer.byteLength(s);
  }

  add(index: number, result: QueryResult, arrayMode: boolean) {
    if (index > 0) this.push(",");
    this.push(`{"fields":${JSON.stringify(result.fields)},"rows":[`);
    for (const [k, row] of result.rows.entries()) {
      if (this.bytes > this.limit) {
        throw new ProxyError(507, `response is too large (max is ${this.limit} bytes)`);
      }
      const value = arrayMode ? row : Object.fromEntries(result.fields.map((f, i) => [f.name, row[i]]));
      this.push((k > 0 ? "," : "") + JSON.stringify(value));
    }
    this.push(`],"command":${JSON.stringify(result.command)},"rowCount":${result.rowCount},"rowAsArray":${arrayMode}}`);
  }

  finish(): string {
    if (this.batch) this.push("]}");
    return this.parts.join("");
  }
}

/** http.rs, read_body_with_limit: stops reading at the limit (ReadPayloadError::BodyTooLarge -> 413). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new ProxyError(413, `request is too large (max is ${limit} bytes)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

export async function startLocalNeon(opts: LocalNeonOptions): Promise<LocalNeon> {
  const { backend, latencyMs = 0 } = opts;
  const defaults: Required<Limits> = {
    maxRequestBytes: opts.maxRequestBytes ?? NEON_MAX_REQUEST_BYTES,
    maxResponseBytes: opts.maxResponseBytes ?? NEON_MAX_RESPONSE_BYTES,
  };
  const keys = new Map<string, KeyState>();
  const state = (key: string) => {
    let s = keys.get(key);
    if (!s) {
      s = { requests: 0, active: 0, statements: 0, faults: [], limits: {} };
      keys.set(key, s);
    }
    return s;
  };
  const limitsOf = (s: KeyState): Required<Limits> => ({ ...defaults, ...s.limits });

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.headersSent || res.destroyed) return;
    const text = typeof body === "string" ? body : JSON.stringify(body);
    res.writeHead(status, {
      "content-type": typeof body === "string" ? "text/plain" : "application/json",
      ...headers,
    });
    res.end(text);
  };

  async function controlBody(req: IncomingMessage): Promise<Record<string, unknown>> {
    const raw = (await readBody(req, 1024 * 1024)).toString("utf8");
    const body = raw ? JSON.parse(raw) : {};
    if (body === null || typeof body !== "object" || Array.isArray(body))
      throw new BadRequest("expected a JSON object");
    return body as Record<string, unknown>;
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL) {
    const key = url.searchParams.get("key") ?? "default";
    if (url.pathname === "/__control/stats" && req.method === "GET") {
      const s = state(key);
      return send(res, 200, {
        key,
        requests: s.requests,
        active: s.active,
        statements: s.statements,
        backend: backend.kind,
        limits: limitsOf(s),
      });
    }
    if (url.pathname === "/__control/faults" && req.method === "POST") {
      const body = (await controlBody(req)) as Partial<Fault> & { key?: string };
      const fault: Fault = { times: 1, ...body };
      state(body.key ?? key).faults.push(fault);
      return send(res, 200, { ok: true });
    }
    if (url.pathname === "/__control/faults" && req.method === "DELETE") {
      state(key).faults = [];
      return send(res, 200, { ok: true });
    }
    if (url.pathname === "/__control/limits" && req.method === "POST") {
      const body = (await controlBody(req)) as Limits & { key?: string };
      const limits: Limits = {};
      for (const f of ["maxRequestBytes", "maxResponseBytes"] as const) {
        const v = body[f];
        if (v === undefined) continue;
        if (!Number.isSafeInteger(v) || (v as number) < 0) throw new BadRequest(`${f} must be a non-negative integer`);
        limits[f] = v;
      }
      const s = state(body.key ?? key);
      s.limits = { ...s.limits, ...limits };
      return send(res, 200, { ok: true, limits: limitsOf(s) });
    }
    if (url.pathname === "/__control/limits" && req.method === "DELETE") {
      state(key).limits = {};
      return send(res, 200, { ok: true, limits: defaults });
    }
    if (url.pathname === "/__control/health") return send(res, 200, { ok: true, backend: backend.kind });
    return send(res, 404, { message: "unknown control route" });
  }

  function takeFault(s: KeyState, sqlText: string): Fault | undefined {
    const i = s.faults.findIndex((f) => f.times !== 0 && (!f.match || sqlText.includes(f.match)));
    if (i < 0) return undefined;
    const fault = s.faults[i] as Fault;
    if (fault.times > 0) fault.times -= 1;
    if (fault.times === 0) s.faults.splice(i, 1);
    return fault;
  }

  async function handleSql(req: IncomingMessage, res: ServerResponse, signal: AbortSignal) {
    if (req.method !== "POST") return send(res, 405, "method not allowed");
    // In Neon's order (sql_over_http.rs, handle_inner then handle_db_inner): connection string,
    // batch headers, then the body (size limit, JSON).
    const conn = parseConnectionString(req.headers["neon-connection-string"], req.headers.authorization);
    const s = state(conn.user);
    s.requests += 1;
    s.active += 1;
    try {
      await handleKeyed(req, res, signal, conn.user, s);
    } finally {
      s.active -= 1;
    }
  }

  async function handleKeyed(
    req: IncomingMessage,
    res: ServerResponse,
    signal: AbortSignal,
    user: string,
    s: KeyState,
  ) {
    const isolation = req.headers["neon-batch-isolation-level"];
    if (isolation !== undefined && !ISOLATION_LEVELS.includes(String(isolation))) {
      throw new BadRequest("invalid isolation level");
    }
    const limits = limitsOf(s);
    const payload = parsePayload(await readBody(req, limits.maxRequestBytes));
    const stmts = payload.statements;
    s.statements += stmts.length;

    if (latencyMs > 0) await sleep(latencyMs, signal);
    const fault = takeFault(s, stmts.map((q) => q.query).join("\n"));
    if (fault?.delayMs && fault.stallAtStatement === undefined) await sleep(fault.delayMs, signal);
    // A client that went away while the proxy was still connecting: nothing runs
    // (sql_over_http.rs, handle_db_inner: run_until_cancelled -> SqlOverHttpCancel::Connect).
    if (signal.aborted) throw new Cancelled();
    if (fault?.drop) {
      req.socket.destroy();
      return;
    }
    if (fault?.status) return send(res, fault.status, `injected fault: HTTP ${fault.status}`);
    if (fault?.neonError) throw NEON_ERRORS[fault.neonError](user);

    const stallAt = fault?.stallAtStatement === -1 ? stmts.length : fault?.stallAtStatement;
    const before = async (i: number) => {
      if (stallAt === i && fault?.delayMs) await sleep(fault.delayMs, signal);
      if (fault?.failAtStatement === i) throw new InjectedPgError(`injected failure before statement ${i}`);
    };
    // Neon's headers: anything but exactly "true" is false (sql_over_http.rs, HttpHeaders::try_parse).
    const headerArrayMode = req.headers["neon-array-mode"] === "true";
    const writer = new ResponseWriter(limits.maxResponseBytes, payload.batch);
    const after = (i: number, result: QueryResult) => writer.add(i, result, stmts[i]?.arrayMode ?? headerArrayMode);
    const hooks = { before, after, signal };

    const headers: Record<string, string> = {};
    if (payload.batch) {
      const batchOpts: BatchOptions = {
        isolationLevel: isolation === undefined ? undefined : String(isolation),
        readOnly: req.headers["neon-batch-read-only"] === "true" ? true : undefined,
        deferrable: req.headers["neon-batch-deferrable"] === "true" ? true : undefined,
      };
      await backend.batch(stmts, batchOpts, hooks);
      // handle_db_inner echoes the batch options it applied.
      if (batchOpts.readOnly) headers["neon-batch-read-only"] = "true";
      if (batchOpts.deferrable) headers["neon-batch-deferrable"] = "true";
      if (batchOpts.isolationLevel) headers["neon-batch-isolation-level"] = batchOpts.isolationLevel;
    } else {
      await backend.query(stmts[0] as (typeof stmts)[0], hooks);
    }
    if (fault?.lostAfterCommit === "socket") {
      req.socket.destroy();
      return;
    }
    if (fault?.lostAfterCommit === "reply") throw NEON_ERRORS.connection_lost(user);
    return send(res, 200, writer.finish(), { "content-type": "application/json", ...headers });
  }

  const server = createServer(async (req, res) => {
    // The client going away (or timing out) before the answer cancels the request (sql_over_http.rs,
    // QueryData::process / BatchQueryData::process: cancel_query, the transaction is not committed).
    const aborter = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) aborter.abort();
    });
    try {
      const url = new URL(req.url ?? "/", "http://local");
      if (url.pathname.startsWith("/__control/")) await handleControl(req, res, url);
      else await handleSql(req, res, aborter.signal);
    } catch (err) {
      if (res.headersSent || res.destroyed) return;
      const e = err as Error & Record<string, unknown>;
      if (err instanceof ProxyError) {
        // Answering before the whole body was read: discard the rest, never buffer it.
        if (!req.readableEnded) req.resume();
        return send(res, err.status, proxyErrorBody(err.message));
      }
      if (err instanceof BadRequest || err instanceof SyntaxError) return send(res, 400, proxyErrorBody(e.message));
      // The client is gone; Neon would answer 400 {"message": "Query cancelled, connection was terminated",
      // "code": "08P01"} to nobody (sql_over_http.rs, `handle`).
      if (err instanceof Cancelled) {
        return send(res, 400, { message: "Query cancelled, connection was terminated", code: "08P01" });
      }
      // A Postgres error carries a SQLSTATE code: Neon answers those with 400 and the error fields.
      if (typeof e.severity === "string" && typeof e.code === "string") {
        const body: Record<string, unknown> = { message: e.message };
        for (const f of PG_ERROR_FIELDS) body[f] = e[f] ?? undefined;
        return send(res, 400, body);
      }
      opts.log?.(`local-neon: ${e.stack ?? e.message}`);
      return send(res, 500, `local-neon internal error: ${e.message}`);
    }
  });
  server.keepAliveTimeout = 30_000;
  // No request may take the process down: a socket error is that client's problem only.
  server.on("clientError", (_err, socket) => socket.destroy());

  const { url: base, close } = await listenLocal(server, opts.port, opts.host);
  return { url: `${base}/sql`, controlUrl: `${base}/__control`, close };
}
