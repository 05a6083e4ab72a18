// GET /openapi.json (the OpenAPI 3.1 document, generated from the routes' zod schemas) and
// GET /docs (Scalar's API reference, its script from a CDN, reading /openapi.json).
import type { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { Hono } from "hono";
import type { AppEnv } from "./context";
import { withDb } from "./middleware";
import { openApiDocument, openApiPath } from "./openapi";

export const OPENAPI_PATH = "/openapi.json";
export const DOCS_PATH = "/docs";

/** Routes (method + OpenAPI path) whose handlers run `withDb`, read from what the app registered. */
function dbRoutes(app: OpenAPIHono<AppEnv>): Set<string> {
  const routes = app.routes.filter((r) => r.handler === withDb);
  return new Set(routes.map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`));
}

export function docsRoutes(app: OpenAPIHono<AppEnv>) {
  let usesDb: Set<string> | undefined;
  return new Hono<AppEnv>()
    .get(OPENAPI_PATH, (c) => {
      usesDb ??= dbRoutes(app);
      const db = usesDb;
      const doc = openApiDocument(app, {
        origin: new URL(c.req.url).origin,
        usesDb: (method, path) => db.has(`${method} ${path}`),
      });
      return c.json(doc);
    })
    .get(
      DOCS_PATH,
      Scalar({
        url: OPENAPI_PATH,
        pageTitle: "Spec Drive API reference",
        // Scalar's standalone bundle, major version pinned (the default URL floats on "latest").
        cdn: "https://cdn.jsdelivr.net/npm/@scalar/api-reference@1",
        // System fonts: the page needs nothing from a third party but the script itself.
        withDefaultFonts: false,
      }),
    );
}
