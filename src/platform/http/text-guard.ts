// Text the database cannot store, refused in ONE module for every route: a NUL character (Postgres
// text and jsonb cannot hold it) or a UTF-16 surrogate without its pair (not Unicode; Neon's proxy
// refuses the whole request carrying one). It is checked on the raw request, before validation
// and before any database work, in time linear in its size:
// - the URL (path params and query strings), by urlTextGuard for every request: only `%00`
//   decodes to NUL there; percent-decoding UTF-8 never yields a lone surrogate (invalid
//   sequences stay as they are or become U+FFFD);
// - a JSON body, on its text, by bodyTextGuard in each route's chain after its body limit: a
//   decoded UTF-8 body holds no raw surrogate, and JSON cannot carry a raw NUL inside a string,
//   so both arrive only as `\u` escapes (in keys and values alike). The text is read once and
//   cached by Hono, so the validator parses it without reading it again.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";

/** NUL, or a surrogate code unit without its pair, in a decoded string. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching NUL is the point.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a decoded string holds text the database cannot store. */
export function isUnstorable(s: string): boolean {
  return UNSTORABLE.test(s);
}

// One escape sequence of JSON text at a time, left to right: `\\` is consumed whole, so the `u`
// after an escaped backslash is never read as an escape.
const ESCAPE = /\\(?:u([0-9A-Fa-f]{4})|[^u])/g;
const LOW_SURROGATE_ESCAPE = /\\u[dD][c-fC-F][0-9A-Fa-f]{2}/y;

/** Whether JSON text would decode to a string (key or value) the database cannot store. */
export function jsonTextHasUnstorable(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a raw NUL, as in isUnstorable.
  if (/\u0000/.test(text)) return true;
  if (!text.includes("\\u")) return false;
  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(text); m; m = ESCAPE.exec(text)) {
    const hex = m[1];
    if (hex === undefined) continue;
    const unit = Number.parseInt(hex, 16);
    if (unit === 0 || (unit >= 0xdc00 && unit <= 0xdfff)) return true;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      // A high surrogate must be followed at once by an escaped low one (the pair is consumed).
      LOW_SURROGATE_ESCAPE.lastIndex = ESCAPE.lastIndex;
      if (!LOW_SURROGATE_ESCAPE.test(text)) return true;
      ESCAPE.lastIndex = LOW_SURROGATE_ESCAPE.lastIndex;
    }
  }
  return false;
}

/** The content types Hono's validator parses as JSON. */
const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

const invalidText = () =>
  new ApiError("invalid_text", "the request contains characters that cannot be stored (NUL or a lone surrogate)");

/**
 * Refuses a NUL in the URL (path and query) with 400 `invalid_text`, for every request: runs
 * globally (src/app.ts), it reads no body.
 */
export const urlTextGuard = createMiddleware<AppEnv>(async (c, next) => {
  if (/%00/.test(c.req.url)) throw invalidText();
  await next();
});

/**
 * Refuses unstorable text in a JSON body with 400 `invalid_text`. Part of the middleware chain
 * defineRoute builds (src/platform/http/route.ts), AFTER the route's body limit: it never reads more than
 * the route accepts.
 */
export const bodyTextGuard = createMiddleware<AppEnv>(async (c, next) => {
  const type = c.req.header("content-type")?.split(";")[0]?.trim() ?? "";
  if (c.req.raw.body && JSON_TYPE.test(type) && jsonTextHasUnstorable(await c.req.text())) throw invalidText();
  await next();
});
