// GET /openapi.json (the OpenAPI 3.1 document, generated from the routes' zod schemas) and
// GET /docs, a static page without any script that says how to view the document.
//
// No documentation UI runs on the API's origin: it holds the session cookie and the CSRF check
// trusts it, so any script there (a CDN's included) could act as every signed-in visitor. The
// document is read with a viewer on another origin or on the developer's machine (docs/request-handling.md).
import type { OpenAPIHono } from "@hono/zod-openapi";
import { Hono } from "hono";
import { getConfig } from "../config";
import type { AppEnv } from "./context";
import { openApiDocument, openApiPath } from "./openapi-router";
import { withDb } from "./with-db";

export const OPENAPI_PATH = "/openapi.json";
export const DOCS_PATH = "/docs";

/** Plain HTML: it runs under the API's CSP (`default-src 'none'`), so it has no script and no style. */
const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Spec Drive API reference</title></head>
<body>
<h1>Spec Drive API reference</h1>
<p>The API is described by its OpenAPI 3.1 document: <a href="${OPENAPI_PATH}">${OPENAPI_PATH}</a>.</p>
<p>No documentation viewer runs on this origin. Render the document on your machine, e.g.
<code>npx @redocly/cli build-docs &lt;this origin&gt;${OPENAPI_PATH} -o api.html</code>, then open
<code>api.html</code>; or load the saved document into any OpenAPI viewer.</p>
</body>
</html>
`;

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
    .get(DOCS_PATH, (c) => c.html(DOCS_PAGE));
}
