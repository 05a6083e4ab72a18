// Conditional requests (RFC 9110 §13): ETag + If-None-Match on reads (hono/etag answers 304), If-Match
// on writes (compared in the write's SQL; see src/db/etag.ts). Declared per route in defineRoute:
// `etag: true` and `ifMatch: true`.
import { inArray, type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import { etag, RETAINED_304_HEADERS } from "hono/etag";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";

/**
 * Route middleware of `etag: true`: a 200 keeps the ETag its handler set (a row's tag, which If-Match
 * understands) or gets a SHA-1 of its body; a matching If-None-Match turns it into a 304 without body.
 */
export const conditionalGet = etag({
  retainedHeaders: [...RETAINED_304_HEADERS, "x-request-id", "set-cookie"],
});

/** An entity tag on the wire: the opaque value quoted (strong). */
export const quoted = (value: string) => `"${value}"`;

/** The If-Match header, or undefined when absent. `*` (any current representation) adds no condition. */
function ifMatchOf(c: Context<AppEnv>): string[] | "*" | undefined {
  const header = c.req.header("if-match");
  if (header === undefined) return undefined;
  if (header.trim() === "*") return "*";
  // If-Match uses the strong comparison: a weak tag (W/"…") never matches, so it is left out.
  return [...header.matchAll(/(W\/)?"([^"]*)"/g)].filter((m) => !m[1]).map((m) => m[2] as string);
}

/**
 * The write's condition for If-Match, on `tag` (the row's rowEtag): undefined when the request
 * sent none (or `*`), `false` when it sent only weak or malformed tags.
 */
export function ifMatchCondition(c: Context<AppEnv>, tag: SQL<string>): SQL | undefined {
  const tags = ifMatchOf(c);
  if (tags === undefined || tags === "*") return undefined;
  return tags.length === 0 ? sql`false` : inArray(tag, tags);
}

/** True when the request made its write conditional (so a no-op write may be a 412). */
export function hasIfMatch(c: Context<AppEnv>): boolean {
  const tags = ifMatchOf(c);
  return tags !== undefined && tags !== "*";
}

export const preconditionFailed = () =>
  new ApiError("precondition_failed", "the resource changed since the ETag given in If-Match; read it again");
