// One structured JSON line per request, and the Server-Timing header.
//
// The line carries only fixed fields: request id, method, the matched route PATTERN (never the
// concrete path, which may hold ids or e-mail addresses), status, duration and the database figures.
// Headers, cookies, query strings and bodies are never logged. For a 5xx the error handler adds a
// `failure` (code, the root cause's message, SQLSTATE, stack frames), never the failed query's
// parameters, and with every quoted part of its message blanked (Postgres and JSON.parse quote the
// offending value: `time zone displacement out of range: "…"`). As a last guard, anything shaped
// like an e-mail address is masked in the line.
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { matchedRoutes } from "hono/route";
import { newDbStats } from "../db/client";
import { causeChain } from "../lib/cause-chain";
import type { AppEnv, Failure } from "./context";
import { sqlState } from "./error-catalog";

export interface RequestLogLine {
  level: "info" | "warn" | "error";
  msg: "request";
  requestId: string;
  method: string;
  /** The route pattern that answered, e.g. "/api/projects/:id"; null when none matched (404/405). */
  route: string | null;
  status: number;
  durationMs: number;
  db: { roundTrips: number; ms: number };
  failure?: Failure;
}

const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/** Masks e-mail addresses: "ada.lovelace@example.com" -> "a***@example.com". */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, "$1***@$2");
}

/** Blanks quoted parts of an error message, where Postgres and V8 put the value they refused. */
export function redactQuoted(text: string): string {
  return text.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'");
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The pattern of the route handler that matched (not middleware registered for every path). */
export function routePattern(c: Context): string | null {
  const routes = matchedRoutes(c).filter((r) => r.method !== "ALL");
  return routes.at(-1)?.path ?? null;
}

/**
 * Describes an unexpected error for the log without request data: drizzle's DrizzleQueryError
 * message embeds the query's parameters (e-mails, hashes), so only its root cause's message is kept,
 * its quoted parts blanked, and only the "at ..." frames of the stack.
 */
export function describeFailure(err: unknown, code: string): Failure {
  const root: unknown = causeChain(err, { depth: 6 }).at(-1) ?? err;
  const e = root instanceof Error ? root : undefined;
  const pg = sqlState(root);
  const frames = (err instanceof Error ? err.stack : undefined)
    ?.split("\n")
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 8)
    .map((l) => l.trim());
  return {
    code,
    error: maskEmails(redactQuoted(e ? `${e.name}: ${e.message}` : String(root))).slice(0, 300),
    ...(typeof pg === "string" ? { pgCode: pg } : {}),
    ...(frames?.length ? { stack: frames } : {}),
  };
}

export const requestLog = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  const stats = newDbStats();
  c.set("dbStats", stats);
  await next();
  const status = c.res.status;
  c.header("Server-Timing", `db;dur=${round(stats.ms)};desc="${stats.roundTrips} round trips"`, { append: true });
  const line: RequestLogLine = {
    level: status >= 500 ? "error" : status >= 400 ? "warn" : "info",
    msg: "request",
    requestId: c.get("requestId"),
    method: c.req.method,
    route: routePattern(c),
    status,
    // Workers advance the clock only across I/O, so a request without I/O may read 0.
    durationMs: round(performance.now() - started),
    db: { roundTrips: stats.roundTrips, ms: round(stats.ms) },
    ...(status >= 500 && c.get("failure") ? { failure: c.get("failure") } : {}),
  };
  const text = maskEmails(JSON.stringify(line));
  if (status >= 500) console.error(text);
  else console.log(text);
});
