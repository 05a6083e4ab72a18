// Request guards every route sits behind: security headers, CORS and CSRF with the configured
// allow-list, and the body-size limit. Config is read per request (getConfig caches per env).
import type { Context, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { getConfig } from "../config";
import { limitBody, MAX_BODY_BYTES } from "./body-limit";
import type { AppEnv } from "./context";

export { MAX_BODY_BYTES };

import { ApiError } from "./errors";

/** Origins from configuration (APP_URL's origin + CORS_ORIGINS): the only ones trusted cross-origin. */
export function allowedOrigins(c: Context<AppEnv>): string[] {
  return (c.var.config ?? getConfig(c.env)).allowedOrigins;
}

/** Headers a browser client on an allowed origin may read. */
export const EXPOSED_HEADERS = [
  "X-Request-Id",
  "Server-Timing",
  "RateLimit-Limit",
  "RateLimit-Remaining",
  "RateLimit-Reset",
  "Retry-After",
];

const corsForListed = cors({
  origin: (origin) => origin,
  credentials: true,
  allowMethods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
  allowHeaders: ["Content-Type", "Authorization", "X-Request-Id"],
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

export const bodyLimitGuard = limitBody(MAX_BODY_BYTES);

const apiHeaders = secureHeaders({
  // JSON only: nothing may load or frame it.
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xFrameOptions: "DENY",
});
// The docs page loads its script from a CDN and runs it inline (see src/http/docs.ts): no CSP there.
const docsHeaders = secureHeaders({ xFrameOptions: "DENY" });

export const securityHeaders: MiddlewareHandler<AppEnv> = (c, next) =>
  c.req.path === "/docs" ? docsHeaders(c, next) : apiHeaders(c, next);
