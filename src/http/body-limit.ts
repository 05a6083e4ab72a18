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

export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError("payload_too_large", `the request body exceeds this route's limit of ${maxBytes} bytes`);
    },
  });
}
