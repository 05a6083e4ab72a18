// The Hono app, composed in one place: global middleware, routers, docs, fallbacks, error handling.
// Routers are mounted in ONE chain of `.route()` calls so that `AppType` carries every route
// (for `hc<AppType>()` from hono/client).
import { limitBody } from "./http/body-limit";
import type { AppEnv } from "./http/context";
import { docsRoutes } from "./http/docs";
import { handleError } from "./http/errors";
import { notFoundOrMethodNotAllowed } from "./http/fallback";
import { corsGuard, csrfGuard, noStore, requestIdGuard, securityHeaders } from "./http/guards";
import { requestLog } from "./http/log";
import { withDb } from "./http/middleware";
import { registerComponents, router } from "./http/openapi";
import { urlTextGuard } from "./http/text-guard";
import { forwardMcp, MCP_BODY_MAX, MCP_PATH } from "./mcp/forward";
import { apiKeyRoutes } from "./routes/api-keys";
import { artifactRoutes } from "./routes/artifacts";
import { authRoutes } from "./routes/auth";
import { exportRoutes } from "./routes/export";
import { healthRoutes } from "./routes/health";
import { meRoutes } from "./routes/me";
import { phaseRoutes } from "./routes/phases";
import { projectRoutes } from "./routes/projects";
import { runRoutes } from "./routes/runs";
import { sessionRoutes } from "./routes/sessions";
import { templateRoutes } from "./routes/templates";
import { traceabilityRoutes } from "./routes/traceability";

export function createApp() {
  const base = router();
  registerComponents(base.openAPIRegistry);
  // Order matters: the id first (every response and log line carries it), then the log (it sees
  // the final status, errors included), then headers and guards. Bodies are bounded per route, before
  // anything reads them (src/http/route.ts): the body's text guard runs there, after the limit.
  base.use(requestIdGuard, requestLog, securityHeaders, noStore, corsGuard, csrfGuard, urlTextGuard);

  // projectRoutes registers /api/projects/stats before /api/projects/{id}.
  const app = base
    .route("/", healthRoutes)
    .route("/", authRoutes)
    .route("/", meRoutes)
    .route("/", sessionRoutes)
    .route("/", apiKeyRoutes)
    .route("/", projectRoutes)
    .route("/", phaseRoutes)
    .route("/", artifactRoutes)
    .route("/", exportRoutes)
    .route("/", templateRoutes)
    .route("/", traceabilityRoutes)
    .route("/", runRoutes);

  app.route("/", docsRoutes(app));
  // MCP (docs/mcp.md): served by the MCP worker, forwarded over a service binding (src/mcp/forward.ts).
  app.all(MCP_PATH, limitBody(MCP_BODY_MAX), withDb, (c) => forwardMcp(c, app));
  app.notFound(notFoundOrMethodNotAllowed(app));
  app.onError(handleError);
  return app;
}

export const app = createApp();
export type AppType = typeof app;
export type { AppEnv };
