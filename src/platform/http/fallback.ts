// What answers when no route matches: 405 with an Allow header when the path exists for other
// methods, else 404; both in the one error shape (thrown to the error handler).
//
// Hono has no 405 of its own (its maintainers suggest an `.all()` per path). Instead, the app's
// registered routes (`app.routes`, public) are loaded into a Hono TrieRouter of our own, built on
// the first miss, and asked which methods match the path: Hono's public Router interface, no
// reaching into the app's router internals.
import type { Hono, NotFoundHandler } from "hono";
import { TrieRouter } from "hono/router/trie-router";
import { ApiError } from "./errors";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function methodRouter(app: Pick<Hono<never>, "routes">): TrieRouter<string> {
  const router = new TrieRouter<string>();
  for (const r of app.routes) if (r.method !== "ALL") router.add(r.method, r.path, r.method);
  return router;
}

/** Methods with a route (not just middleware) at this path; GET implies HEAD. */
function allowedMethods(router: TrieRouter<string>, path: string): string[] {
  const allowed = METHODS.filter((m) => router.match(m, path)[0].some(([method]) => method === m));
  return allowed.includes("GET") ? ["GET", "HEAD", ...allowed.filter((m) => m !== "GET")] : allowed;
}

/**
 * 405 or 404 for a request no route took. `unmatched` answers a path no route has instead of the 404
 * (the front's app: such a path belongs to the worker it forwards to, src/platform/http/forward.ts).
 */
export function notFoundOrMethodNotAllowed(app: Pick<Hono<never>, "routes">, unmatched?: () => never): NotFoundHandler {
  let router: TrieRouter<string> | undefined;
  return (c) => {
    router ??= methodRouter(app);
    const allow = allowedMethods(router, c.req.path);
    if (allow.length > 0) {
      throw new ApiError("method_not_allowed", `${c.req.method} is not allowed here; use ${allow.join(", ")}`, {
        headers: { Allow: allow.join(", ") },
      });
    }
    unmatched?.();
    throw new ApiError("not_found", "no such route");
  };
}
