// Request body limits: each route's own, declared once with defineRoute (`bodyLimit`, else
// DEFAULT_BODY_MAX for any route that may carry a body) and applied by hono/body-limit before
// anything reads the body: over the limit is 413 from the declared Content-Length, or while the
// body streams in when there is none. There is no other, global limit (docs/limits.md).

import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";

export const KiB = 1024;
export const MiB = 1024 * KiB;

/** The limit of a route that takes a body (or uses an unsafe method) and declares none. */
export const DEFAULT_BODY_MAX = 64 * KiB;

/**
 * A signed-in request whose body may be over this many bytes (declared so, or of unknown length) is
 * not read until its credential is known to be live: looked up in a round trip of its own unless
 * this isolate saw it live lately (precheckCredential in src/platform/auth/session.ts). At or below it, the
 * body is read and validated before the route's one batch checks the credential; measured in
 * `npm run bench` ("Credentials before work") to stay under 5 ms of CPU with any body this small.
 */
export const PRECHECK_BODY_OVER = 1 * KiB;

const tooLarge = (maxBytes: number) =>
  new ApiError("payload_too_large", `the request body exceeds this route's limit of ${maxBytes} bytes`);

/**
 * 413 when the declared Content-Length is over the limit: reads the header only, so it runs first,
 * before the credential. A body of unknown length is counted by limitBody, after the credential.
 */
export function limitDeclaredBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const declared = c.req.header("content-length");
    if (c.req.raw.body && declared !== undefined && Number(declared) > maxBytes) throw tooLarge(maxBytes);
    await next();
  };
}

/** The limit on the body itself: hono/body-limit reads a body of unknown length whole, counting it. */
export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge(maxBytes);
    },
  });
}
