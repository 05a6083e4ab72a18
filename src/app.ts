// The Hono app, composed in one place: global middleware, routers, docs, fallbacks, error handling.
// Routers are mounted in ONE chain of `.route()` calls so that `AppType` carries every route
// (for `hc<AppType>()` from hono/client).

import { authRoutes, meRoutes, sessionRoutes } from "./account";
import { apiKeyRoutes } from "./api-keys";
import { artifactRoutes } from "./artifacts";
import { auditRoutes } from "./audit";
import { changeRequestRoutes, mergeRoutes, proposalRoutes } from "./change-requests";
import { commentRoutes } from "./comments";
import { exportRoutes } from "./export";
import { healthRoutes } from "./health";
import { forwardMcp, MCP_BODY_MAX, MCP_PATH } from "./mcp";
import { notificationRoutes } from "./notifications";
import { phaseRoutes } from "./phases";
import { limitBody } from "./platform/http/body-limit";
import type { AppEnv } from "./platform/http/context";
import { docsRoutes } from "./platform/http/docs";
import { handleError } from "./platform/http/errors";
import { notFoundOrMethodNotAllowed } from "./platform/http/fallback";
import { corsGuard, csrfGuard, noStore, requestIdGuard, securityHeaders } from "./platform/http/guards";
import { requestLog } from "./platform/http/log";
import { registerComponents, router } from "./platform/http/openapi-router";
import { urlTextGuard } from "./platform/http/text-guard";
import { withDb } from "./platform/http/with-db";
import { projectRoutes } from "./projects";
import { requirementRoutes } from "./requirements";
import { reviewRoutes } from "./reviews";
import { runRoutes } from "./runs";
import { templateRoutes, traceabilityRoutes } from "./templates";
import { nudgeDeliverer, webhookRoutes } from "./webhooks";
import { workspaceRoutes } from "./workspaces";

export function createApp() {
  const base = router();
  registerComponents(base.openAPIRegistry);
  // Order matters: the id first (every response and log line carries it), then the log (it sees
  // the final status, errors included), then headers and guards. Bodies are bounded per route, before
  // anything reads them (src/platform/http/route.ts): the body's text guard runs there, after the limit.
  // nudgeDeliverer: after a request that wrote webhook events, the deliverer sends them (src/webhooks).
  base.use(requestIdGuard, requestLog, securityHeaders, noStore, corsGuard, csrfGuard, urlTextGuard, nudgeDeliverer);

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
    .route("/", requirementRoutes)
    .route("/", changeRequestRoutes)
    .route("/", mergeRoutes)
    .route("/", proposalRoutes)
    .route("/", exportRoutes)
    .route("/", templateRoutes)
    .route("/", traceabilityRoutes)
    .route("/", runRoutes)
    .route("/", auditRoutes)
    .route("/", commentRoutes)
    .route("/", notificationRoutes)
    .route("/", webhookRoutes)
    .route("/", reviewRoutes)
    .route("/", workspaceRoutes);

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
