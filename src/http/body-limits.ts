// The one table of request-body limits (docs/limits.md), enforced by one middleware BEFORE anything
// reads or parses the body: a body over its route's limit is refused with 413 while it streams in.
// Each limit is at least the largest body its route's schema can accept (with ordinary JSON
// escaping), so every valid request fits and every limit can actually be reached.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { PatternRouter } from "hono/router/pattern-router";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";

const KiB = 1024;
const MiB = 1024 * KiB;

/** Any route not listed below: small bodies (profile, sessions, stack approval, ...). */
export const DEFAULT_BODY_MAX = 64 * KiB;

/** Per-route limits in Hono's path syntax; the first matching entry wins. */
export const BODY_LIMITS: readonly { method: string; path: string; maxBytes: number }[] = [
  // Pre-authentication: email, password, name, token. Nothing legitimate comes near 16 KiB.
  { method: "POST", path: "/api/auth/*", maxBytes: 16 * KiB },
  // name 255 + description 10,000 + idea 50,000 characters (up to 3 UTF-8 bytes each).
  { method: "POST", path: "/api/projects", maxBytes: 256 * KiB },
  { method: "PATCH", path: "/api/projects/:id", maxBytes: 256 * KiB },
  // The merge body itself is capped at 16 KiB serialized.
  { method: "PATCH", path: "/api/projects/:id/orchestration", maxBytes: 16 * KiB },
  // Up to 100 artifact names of 255 characters.
  { method: "POST", path: "/api/projects/:id/phases/advance", maxBytes: 128 * KiB },
  // Up to 200 validation errors of any shape.
  { method: "PATCH", path: "/api/projects/:id/artifacts/:artifactId/validation", maxBytes: 256 * KiB },
  // Content up to 512 KiB (UTF-8) plus JSON escaping and 16 KiB of frontmatter.
  { method: "POST", path: "/api/projects/:id/artifacts/batch", maxBytes: 4 * MiB },
  { method: "POST", path: "/api/projects/:id/artifacts", maxBytes: 2 * MiB },
];

const limits = new PatternRouter<number>();
for (const l of BODY_LIMITS) limits.add(l.method, l.path, l.maxBytes);

/** The body limit of a request to `path` with `method`. */
export function bodyLimitFor(method: string, path: string): number {
  return limits.match(method, path)[0][0]?.[0] ?? DEFAULT_BODY_MAX;
}

// One hono/body-limit instance per distinct limit (it counts a streamed body too).
const guards = new Map<number, MiddlewareHandler<AppEnv>>();
function guardFor(maxBytes: number): MiddlewareHandler<AppEnv> {
  let guard = guards.get(maxBytes);
  if (!guard) {
    guard = bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw new ApiError(
          413,
          "payload_too_large",
          `the request body exceeds this route's limit of ${maxBytes} bytes`,
        );
      },
    });
    guards.set(maxBytes, guard);
  }
  return guard;
}

export const bodyLimitGuard: MiddlewareHandler<AppEnv> = (c, next) =>
  guardFor(bodyLimitFor(c.req.method, c.req.path))(c, next);
