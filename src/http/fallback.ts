// What answers when no route matches: 405 with an Allow header when the path exists for other
// methods, else 404; both in the one error shape (thrown to the error handler).
import type { Hono, NotFoundHandler } from "hono";
import { ApiError } from "./errors";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

type RouterMatch = [[[unknown, { method: string }], ...unknown[]][], ...unknown[]];

/** Methods with a route (not just middleware) at this path; GET implies HEAD. */
export function allowedMethods(app: Hono<never>, path: string): string[] {
  const allowed = METHODS.filter((m) =>
    (app.router.match(m, path) as unknown as RouterMatch)[0].some(([[, route]]) => route.method === m),
  );
  return allowed.includes("GET") ? ["GET", "HEAD", ...allowed.filter((m) => m !== "GET")] : allowed;
}

export function notFoundOrMethodNotAllowed(app: Hono<never>): NotFoundHandler {
  return (c) => {
    const allow = allowedMethods(app, c.req.path);
    if (allow.length > 0) {
      throw new ApiError("method_not_allowed", `${c.req.method} is not allowed here; use ${allow.join(", ")}`, {
        headers: { Allow: allow.join(", ") },
      });
    }
    throw new ApiError("not_found", "no such route");
  };
}
