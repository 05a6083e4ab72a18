// The local GitHub stand-in's REST routes: a table of method, path pattern and handler that each
// route module adds to, the context a handler gets, and the helpers handlers share.
import type { IncomingMessage } from "node:http";
import { invalid, page } from "./http.ts";
import type { Identity, LocalGithubState } from "./state.ts";

export type Ctx = {
  req: IncomingMessage;
  who: Identity | undefined;
  params: string[];
  query: URLSearchParams;
  body: () => Promise<Record<string, unknown>>;
  /** The request's own URL and the Link header its page computed. */
  url: string;
  link?: string;
};
export type Handler = (c: Ctx) => Promise<[number, unknown]> | [number, unknown];
export type Routes = [string, RegExp, Handler][];
/** Adds a route: `{name}` matches one path segment, `{rest}` the rest of the path. */
export type Route = (method: string, pattern: string, h: Handler) => void;
/** A route module: adds its routes, each handler reading and changing `s`. */
export type RouteModule = (s: LocalGithubState, route: Route) => void;

/** The route table of the modules, in order (the first match answers). */
export function routeTable(s: LocalGithubState, modules: RouteModule[]): Routes {
  const routes: Routes = [];
  const route: Route = (method, pattern, h) =>
    routes.push([method, new RegExp(`^${pattern.replace(/\{rest\}/g, "(.+)").replace(/\{\w+\}/g, "([^/]+)")}$`), h]);
  for (const add of modules) add(s, route);
  return routes;
}

export const str = (v: unknown, field: string, resource: string): string => {
  if (typeof v !== "string" || !v) invalid([{ resource, field, code: "missing_field" }]);
  return v as string;
};

export function paginate<T>(all: T[], c: Ctx): T[] {
  const { items, link } = page(all, c.url, c.query);
  if (link) c.link = link;
  return items;
}
