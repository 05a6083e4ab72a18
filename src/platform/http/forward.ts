// The front's dispatch (the API worker, src/workers/api.ts): a request whose path none of the front
// app's routes matches, whatever its method, goes unchanged over the `TEAMS` service binding to the
// teams worker (src/workers/teams.ts), which serves the whole app. It happens before any middleware
// runs, so a forwarded request is logged, headed and guarded once, by the worker that answers it, and
// costs the front no database work. The matcher is built from the app's registered routes (`app.routes`,
// Hono's public list) in a Hono TrieRouter, never from a list of paths: a router mounted in the front
// is served there, anything else is forwarded. A path the front serves for other methods stays in the
// front (its OPTIONS preflight, its 405).
import type { ExecutionContext, Hono } from "hono";
import { TrieRouter } from "hono/router/trie-router";
import { getPath } from "hono/utils/url";
import { ConfigError } from "../config";

export const TEAMS_BINDING = "TEAMS";

type RoutedApp = Pick<Hono<never>, "routes">;

/** Whether a path (as Hono reads it from the URL) has a route in the app, for any method. */
export function routeMatcher(app: RoutedApp): (path: string) => boolean {
  const router = new TrieRouter<true>();
  // Global middleware (`use()`: every method, a wildcard path) matches every path; it is not a route.
  for (const r of app.routes) if (r.method !== "ALL" || !r.path.endsWith("*")) router.add("ALL", r.path, true);
  return (path) => router.match("GET", path)[0].length > 0;
}

/** The teams worker's absence: an operator error, answered 500 server_misconfigured by the front's app. */
export function teamsUnbound(): never {
  throw new ConfigError([
    `${TEAMS_BINDING} is not bound (wrangler.toml [[services]] binding = "${TEAMS_BINDING}", service = "spec-drive-teams")`,
  ]);
}

/** A service binding, as much of it as the front uses. */
interface Service {
  fetch(request: Request): Promise<Response>;
}

interface Forwardable extends RoutedApp {
  fetch: (request: Request, env: Record<string, unknown>, ctx: ExecutionContext) => Response | Promise<Response>;
}

/**
 * The front's fetch: the app's own paths to the app; every other path to the TEAMS binding. Without the
 * binding the request goes to the app, whose fallback answers server_misconfigured (teamsUnbound).
 */
export function forwardUnmatched<A extends Forwardable>(app: A): A["fetch"] {
  let matches: ((path: string) => boolean) | undefined;
  return (request, env, ctx) => {
    matches ??= routeMatcher(app);
    const teams = env[TEAMS_BINDING] as Service | undefined;
    if (matches(getPath(request)) || typeof teams?.fetch !== "function") return app.fetch(request, env, ctx);
    return teams.fetch(request);
  };
}

type Requester = Pick<Hono<never>, "request">;

/**
 * The app's `request` for calls made from inside a request (the MCP tools' way back into the routes): a path
 * the app does not serve goes to the teams worker, as the front's fetch would send it; with the whole app
 * (the teams worker, the tests) every path is the app's own.
 */
export function forwardingRequests<A extends RoutedApp & Requester>(app: A): Requester {
  let matches: ((path: string) => boolean) | undefined;
  return {
    request: (input, init, env, ctx) => {
      matches ??= routeMatcher(app);
      const url = new URL(input instanceof Request ? input.url : String(input), "http://localhost");
      const teams = (env as Record<string, unknown> | undefined)?.[TEAMS_BINDING] as Service | undefined;
      if (matches(url.pathname) || typeof teams?.fetch !== "function") return app.request(input, init, env, ctx);
      return teams.fetch(new Request(url, init));
    },
  };
}
