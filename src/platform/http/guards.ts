// Request guards every route sits behind: request id, security headers, no-store, CORS and CSRF
// with the configured allow-list. (Body limits: each route's own, src/platform/http/route.ts; unstorable
// text: text-guard.ts.) Config is read per request (getConfig caches per env).
import type { Context, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { csrf } from "hono/csrf";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { getConfig } from "../config";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";
import { EXPOSED_HEADERS, REQUEST_HEADERS } from "./header-names";

/** A client's X-Request-Id is kept only if it is 1-64 of [A-Za-z0-9_=-] (Hono's check); else a new uuid. */
export const REQUEST_ID_MAX = 64;
export const requestIdGuard = requestId({ limitLength: REQUEST_ID_MAX });

/**
 * `Cache-Control: no-store` on every response that does not set its own: nearly every route is
 * authenticated or carries a token (sign-in, /api/me, sessions, artifact content, exports), and
 * the few public ones gain nothing from shared caches. No cache, proxy or browser keeps a copy.
 */
export const noStore = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (!c.res.headers.has("cache-control")) c.header("Cache-Control", "no-store");
});

/** Origins from configuration (APP_URL's origin + CORS_ORIGINS): the only ones trusted cross-origin. */
export function allowedOrigins(c: Context<AppEnv>): string[] {
  return (c.var.config ?? getConfig(c.env)).allowedOrigins;
}

const corsForListed = cors({
  origin: (origin) => origin,
  credentials: true,
  allowMethods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
  allowHeaders: REQUEST_HEADERS,
  exposeHeaders: EXPOSED_HEADERS,
  maxAge: 600,
});

/**
 * hono/cors for listed origins only: they get Access-Control-Allow-Origin (their own origin, never
 * "*") with credentials; any other origin gets no CORS headers at all, so browsers refuse to
 * hand it the response. Responses vary on Origin either way.
 */
export const corsGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const origin = c.req.header("origin");
  if (origin && allowedOrigins(c).includes(origin)) return corsForListed(c, next);
  await next();
  c.header("Vary", "Origin", { append: true });
};

/**
 * `guard` on every path but `paths`: for endpoints that set their own cross-origin policy (the OAuth
 * endpoints, src/mcp/contract.ts), where the API's own CORS or form CSRF rule would be the wrong one.
 */
export function exceptPaths(paths: readonly string[], guard: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  const skip: ReadonlySet<string> = new Set(paths);
  return (c, next) => (skip.has(c.req.path) ? next() : guard(c, next));
}

/** This API's own origin or a configured one: the only origins trusted with unsafe requests. */
function trustedOrigin(origin: string, c: Context<AppEnv>): boolean {
  return origin === new URL(c.req.url).origin || allowedOrigins(c).includes(origin);
}

// CSRF, both halves in this one place: forms on every route (csrfGuard, below) and cookie
// authentication (assertCookieNotCrossSite, run by the credential check of signed-in routes).

const csrfCheck = csrf({
  origin: (origin, c) => trustedOrigin(origin, c as Context<AppEnv>),
  secFetchSite: ["same-origin"],
});

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cookies ride along on cross-site requests; bearer tokens do not. A cookie-authenticated unsafe
 * request must come from a trusted origin (or from no browser context at all: no Origin header).
 */
export function assertCookieNotCrossSite(c: Context<AppEnv>): void {
  if (SAFE_METHODS.has(c.req.method)) return;
  const origin = c.req.header("origin");
  if (c.req.header("sec-fetch-site") === "cross-site" || (origin !== undefined && !trustedOrigin(origin, c))) {
    throw new ApiError("csrf_rejected", "cross-site request refused for cookie authentication");
  }
}

/**
 * hono/csrf (unsafe methods with form-like content types: urlencoded, multipart, text/plain) with
 * the same allow-list. Requests carrying neither Origin nor Sec-Fetch-Site come from no browser
 * (curl, servers, SDKs), so no site can forge them; hono/csrf alone would refuse those.
 * JSON bodies cannot be sent cross-origin without a CORS preflight, which unlisted origins fail.
 */
export const csrfGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.header("origin") === undefined && c.req.header("sec-fetch-site") === undefined) return next();
  let passed = false;
  try {
    await csrfCheck(c, async () => {
      passed = true;
    });
  } catch (err) {
    if (err instanceof HTTPException && err.status === 403) {
      throw new ApiError("csrf_rejected", "cross-site form submission refused");
    }
    throw err;
  }
  if (passed) await next();
};

const secure = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xFrameOptions: "DENY",
});

const CSP = "Content-Security-Policy";

/**
 * Every response, the /docs page included: nothing may run, load or frame anything. A page that sets
 * its own policy keeps it (the OAuth consent page adds form-action to the same default-src 'none').
 */
export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  let own: string | null = null;
  await secure(c, async () => {
    await next();
    own = c.res.headers.get(CSP);
  });
  if (own) c.res.headers.set(CSP, own);
});
