// GET /openapi.json (the OpenAPI 3.1 document, generated from the routes' zod schemas) and
// GET /docs (Scalar's API reference, its script from a CDN, reading /openapi.json).
import type { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { Hono } from "hono";
import { getConfig } from "../config";
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
  // Built on first request, once per isolate (the routes do not change after start-up).
  let doc: ReturnType<typeof openApiDocument> | undefined;
  return new Hono<AppEnv>()
    .get(OPENAPI_PATH, (c) => {
      if (!doc) {
        const db = dbRoutes(app);
        doc = openApiDocument(app, { usesDb: (method, path) => db.has(`${method} ${path}`) });
      }
      // `servers` from configuration (API_URL, else APP_URL's origin), never from the Host header.
      return c.json({ ...doc, servers: [{ url: getConfig(c.env).apiUrl }] });
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
