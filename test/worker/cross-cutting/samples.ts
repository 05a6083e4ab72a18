// What the cross-cutting suites iterate: the routes the app registers, each with its declared facts
// (ROUTE_FACTS, from defineRoute) and its feature's samples (test/worker/<feature>/route-samples.ts, or
// <name>-route-samples.ts beside it,
// found by file name, so a new route's samples live with its feature).
import { app } from "../../../src/app";
import { MCP_PATH } from "../../../src/mcp/forward";
import { DOCS_PATH, OPENAPI_PATH } from "../../../src/platform/http/docs";
import { ROUTE_FACTS } from "../../../src/platform/http/route";
import type { RouteSample, RouteSamples } from "../route-fixtures";

const files = import.meta.glob<RouteSamples>("../*/*route-samples.ts", { eager: true, import: "samples" });

/** Every route's sample and the folder holding it; a route sampled in two folders is a mistake. */
export const SAMPLES = new Map<string, RouteSample & { folder: string }>();
for (const [file, samples] of Object.entries(files)) {
  const folder = file.split("/")[1] as string;
  for (const [route, sample] of Object.entries(samples)) {
    const seen = SAMPLES.get(route);
    if (seen) throw new Error(`${route} is sampled in test/worker/${seen.folder} and test/worker/${folder}`);
    SAMPLES.set(route, { ...sample, folder });
  }
}

/** Every route the app registers (method + Hono path), without middleware entries and the docs. */
export function registeredRoutes(): string[] {
  const routes = app.routes
    .filter((r) => r.method !== "ALL" && r.path !== OPENAPI_PATH && r.path !== DOCS_PATH)
    .map((r) => `${r.method} ${r.path}`);
  // /mcp is registered for all methods (src/app.ts) and answers POST; the others are 405 without a round trip.
  if (app.routes.some((r) => r.method === "ALL" && r.path === MCP_PATH)) routes.push(`POST ${MCP_PATH}`);
  return [...new Set(routes)].sort();
}

/** A route's round-trip budget: its declaration's, or its sample's for a route registered outside defineRoute. */
export function budgetOf(route: string): number | undefined {
  return ROUTE_FACTS.get(route)?.roundTrips ?? SAMPLES.get(route)?.roundTrips;
}

/** Every route declared `idempotent`, its keyed sample (a missing one throws when arranged) and the keyed first request's budget. */
export function keyedRoutes() {
  return [...ROUTE_FACTS]
    .filter(([route, f]) => f.keyedRoundTrips !== undefined && registeredRoutes().includes(route))
    .map(([route, f]) => ({
      route,
      firstRoundTrips: f.keyedRoundTrips as number,
      /** The key is looked up in a round trip of its own before the handler (a replay costs only that one). */
      lookUpFirst: f.keyedRoundTrips !== f.roundTrips,
      arrange: SAMPLES.get(route)?.keyed ?? (() => Promise.reject(new Error(`${route}: no keyed sample`))),
    }));
}
