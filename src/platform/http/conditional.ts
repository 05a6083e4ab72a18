// Conditional requests (RFC 9110 §13): ETag + If-None-Match on reads (hono/etag answers 304), If-Match
// on writes (compared in the write's SQL; see src/platform/db/etag.ts). Declared per route in defineRoute:
// `etag: true` and `ifMatch: true`.
import { inArray, type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import { etag, RETAINED_304_HEADERS } from "hono/etag";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";

/**
 * The most entity tags one If-Match or If-None-Match may list (docs/limits.md). A client sends the
 * one tag it holds, or a few; each If-Match tag becomes a bind parameter of the write.
 */
export const MAX_ENTITY_TAGS = 32;

/** How many quoted entity tags (weak ones included) `header` lists, counting no further than `max + 1`. */
function tagCount(header: string, max: number): number {
  let n = 0;
  for (const _ of header.matchAll(/(W\/)?"[^"]*"/g)) if (++n > max) break;
  return n;
}

/**
 * Route middleware of `etag` / `ifMatch` (before the db client): 400 for a header the route reads
 * that lists more than MAX_ENTITY_TAGS tags, so no such list reaches a statement.
 */
export function entityTagLimit(headers: readonly string[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    for (const name of headers) {
      const value = c.req.header(name);
      if (value !== undefined && tagCount(value, MAX_ENTITY_TAGS) > MAX_ENTITY_TAGS) {
        const message = `at most ${MAX_ENTITY_TAGS} entity tags`;
        throw new ApiError("validation_failed", `${name} lists more than ${MAX_ENTITY_TAGS} entity tags`, {
          issues: [{ path: name, message }],
        });
      }
    }
    await next();
  });
}

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
