// A local stand-in for Neon's SQL-over-HTTP endpoint, so the production driver
// (@neondatabase/serverless + drizzle-orm/neon-http) runs unchanged against a local database.
// Protocol notes: ../shared/notes/neon-http-protocol.md (the facts), README "Local Neon endpoint".
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Backend, BadRequest, type BatchOptions, type QueryResult, type Statement } from "./backends.ts";
import type { Fault } from "./fault.ts";

export type { Fault } from "./fault.ts";

interface KeyState {
  requests: number;
  statements: number;
  faults: Fault[];
}

export interface LocalNeonOptions {
  backend: Backend;
  port?: number;
  host?: string;
  /** Latency added to every request, standing for the edge-to-region round trip. */
  latencyMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeon {
  /** The SQL endpoint, for the worker's NEON_FETCH_ENDPOINT binding. */
  url: string;
  /** Base URL of the control API (stats and fault injection). */
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
  "schema",
  "table",
  "column",
  "dataType",
  "constraint",
  "file",
  "line",
  "routine",
] as const;

const MAX_BODY = 64 * 1024 * 1024;

/** Looks to the client like a Postgres error raised mid-batch (SQLSTATE XX000 internal_error). */
class InjectedPgError extends Error {
  code = "XX000";
  severity = "ERROR";
}

function clientKey(connectionString: string): string {
  try {
    return decodeURIComponent(new URL(connectionString).username) || "default";
  } catch {
    throw new BadRequest("invalid Neon-Connection-String");
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BadRequest("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseStatement(value: unknown): Statement {
  const v = value as { query?: unknown; params?: unknown };
  if (typeof v?.query !== "string") throw new BadRequest("each query needs a string `query`");
  const params = v.params ?? [];
  if (!Array.isArray(params) || params.some((p) => p !== null && typeof p !== "string")) {
    throw new BadRequest("`params` must be an array of strings or nulls");
  }
  return { query: v.query, params };
}

function boolHeader(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new BadRequest(`invalid boolean header value: ${value}`);
}

function toJson(result: QueryResult, arrayMode: boolean) {
  const rows = arrayMode
    ? result.rows
    : result.rows.map((r) => Object.fromEntries(result.fields.map((f, i) => [f.name, r[i]])));
  return { command: result.command, rowCount: result.rowCount, rows, fields: result.fields, rowAsArray: arrayMode };
}

function pgErrorBody(err: Error & Record<string, unknown>) {
  const body: Record<string, unknown> = { message: err.message };
  for (const f of PG_ERROR_FIELDS) body[f] = err[f] ?? undefined;
  return body;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startLocalNeon(opts: LocalNeonOptions): Promise<LocalNeon> {
  const { backend, latencyMs = 0 } = opts;
  const keys = new Map<string, KeyState>();
  const state = (key: string) => {
    let s = keys.get(key);
    if (!s) {
      s = { requests: 0, statements: 0, faults: [] };
      keys.set(key, s);
    }
    return s;
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    res.writeHead(status, {
      "content-type": typeof body === "string" ? "text/plain" : "application/json",
      ...headers,
    });
    res.end(text);
  };

  async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL) {
    const key = url.searchParams.get("key") ?? "default";
    if (url.pathname === "/__control/stats" && req.method === "GET") {
      const s = state(key);
      return send(res, 200, { key, requests: s.requests, statements: s.statements, backend: backend.kind });
    }
    if (url.pathname === "/__control/faults" && req.method === "POST") {
      const body = JSON.parse(await readBody(req)) as Partial<Fault> & { key?: string };
      const fault: Fault = { times: 1, ...body };
      state(body.key ?? key).faults.push(fault);
      return send(res, 200, { ok: true });
    }
    if (url.pathname === "/__control/faults" && req.method === "DELETE") {
      state(key).faults = [];
      return send(res, 200, { ok: true });
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

  async function handleSql(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "POST") return send(res, 405, "method not allowed");
    const connectionString = req.headers["neon-connection-string"];
    if (typeof connectionString !== "string") throw new BadRequest("missing Neon-Connection-String header");
    const s = state(clientKey(connectionString));
    const raw = await readBody(req);
    let body: { query?: unknown; queries?: unknown };
    try {
      body = JSON.parse(raw);
    } catch {
      throw new BadRequest("request body is not JSON");
    }
    s.requests += 1;
    const isBatch = Array.isArray(body.queries);
    const stmts = isBatch ? (body.queries as unknown[]).map(parseStatement) : [parseStatement(body)];
    s.statements += stmts.length;

    if (latencyMs > 0) await sleep(latencyMs);
    const fault = takeFault(s, stmts.map((q) => q.query).join("\n"));
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.drop) {
      req.socket.destroy();
      return;
    }
    if (fault?.status) return send(res, fault.status, `injected fault: HTTP ${fault.status}`);
    const failAt = fault?.failAtStatement;
    const hook =
      failAt === undefined
        ? undefined
        : (i: number) => {
            if (i === failAt) throw new InjectedPgError(`injected failure before statement ${i}`);
          };

    const arrayMode = req.headers["neon-array-mode"] === "true";
    if (isBatch) {
      const batchOpts: BatchOptions = {
        isolationLevel: req.headers["neon-batch-isolation-level"] as string | undefined,
        readOnly: boolHeader(req.headers["neon-batch-read-only"] as string | undefined),
        deferrable: boolHeader(req.headers["neon-batch-deferrable"] as string | undefined),
      };
      const results = await backend.batch(stmts, batchOpts, hook);
      return send(res, 200, { results: results.map((r) => toJson(r, arrayMode)) });
    }
    hook?.(0);
    return send(res, 200, toJson(await backend.query(stmts[0] as Statement), arrayMode));
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://local");
    try {
      if (url.pathname.startsWith("/__control/")) await handleControl(req, res, url);
      else await handleSql(req, res);
    } catch (err) {
      if (res.headersSent || req.socket.destroyed) return;
      const e = err as Error & Record<string, unknown>;
      if (err instanceof BadRequest || err instanceof SyntaxError) return send(res, 400, { message: e.message });
      // A Postgres error carries a SQLSTATE code: Neon answers those with 400 and the error fields.
      if (typeof e.severity === "string" && typeof e.code === "string") return send(res, 400, pgErrorBody(e));
      opts.log?.(`local-neon: ${e.stack ?? e.message}`);
      return send(res, 500, `local-neon internal error: ${e.message}`);
    }
  });
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://${opts.host ?? "127.0.0.1"}:${port}`;
  return {
    url: `${base}/sql`,
    controlUrl: `${base}/__control`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
