// The Hono app, composed in one place: global middleware, routers, docs, fallbacks, error handling.
// Routers are mounted in chains of `.route()` calls (the core, then the rest) so that `AppType` carries
// every route (for `hc<AppType>()` from hono/client). The same pieces build the front's app: the core alone.

import { authRoutes, meRoutes, sessionRoutes } from "./account";
import { apiKeyRoutes } from "./api-keys";
import { artifactDiffRoutes, artifactRoutes } from "./artifacts";
import { auditRoutes } from "./audit";
import { changeRequestRoutes, mergeRoutes, proposalRoutes } from "./change-requests";
import { commentRoutes } from "./comments";
import { exportRoutes } from "./export";
import { githubDriftRoutes, githubRoutes, githubWebhookRoutes } from "./github";
import { healthRoutes } from "./health";
import {
  connectionRoutes,
  forwardMcp,
  forwardOAuth,
  MCP_BODY_MAX,
  MCP_PATH,
  OAUTH_BODY_MAX,
  OAUTH_CORS_PATHS,
  OAUTH_PATHS,
} from "./mcp";
import { notificationRoutes } from "./notifications";
import { phaseRoutes } from "./phases";
import { limitBody } from "./platform/http/body-limit";
import type { AppEnv } from "./platform/http/context";
import { docsRoutes } from "./platform/http/docs";
import { handleError } from "./platform/http/errors";
import { notFoundOrMethodNotAllowed } from "./platform/http/fallback";
import { forwardingRequests, teamsUnbound } from "./platform/http/forward";
import { corsGuard, csrfGuard, exceptPaths, noStore, requestIdGuard, securityHeaders } from "./platform/http/guards";
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

/** The app before any router: the OpenAPI components and the global middleware. */
function base() {
  const app = router();
  registerComponents(app.openAPIRegistry);
  // Order matters: the id first (every response and log line carries it), then the log (it sees
  // the final status, errors included), then headers and guards. Bodies are bounded per route, before
  // anything reads them (src/platform/http/route.ts): the body's text guard runs there, after the limit.
  // nudgeDeliverer: after a request that wrote webhook events, the deliverer sends them (src/webhooks).
  // The OAuth endpoints keep their own cross-origin policy (src/mcp/contract.ts, OAUTH_CORS_PATHS): the
  // provider's CORS for its endpoints and none for the consent page, which checks its own posts' origin.
  app.use(
    requestIdGuard,
    requestLog,
    securityHeaders,
    noStore,
    exceptPaths(OAUTH_PATHS, corsGuard),
    exceptPaths(OAUTH_CORS_PATHS, csrfGuard),
    urlTextGuard,
    nudgeDeliverer,
  );
  return app;
}

/**
 * The core routers: the hot request path, which the API worker (the front, src/workers/api.ts)
 * serves itself. Everything else is in `mountRest` and served by the teams worker, which the front
 * forwards every other path to (docs/architecture.md, "The workers"). A new feature's router goes
 * in `mountRest` unless it is on the hot path; test/node/bundle.test.ts holds the front to its budget.
 * projectRoutes registers /api/projects/stats before /api/projects/{id}.
 */
function mountCore(app: ReturnType<typeof base>) {
  return (
    app
      .route("/", healthRoutes)
      .route("/", authRoutes)
      .route("/", meRoutes)
      .route("/", sessionRoutes)
      .route("/", apiKeyRoutes)
      .route("/", projectRoutes)
      .route("/", phaseRoutes)
      .route("/", artifactRoutes)
      .route("/", templateRoutes)
      .route("/", traceabilityRoutes)
      .route("/", runRoutes)
      // The user's OAuth connections: their revocation goes to the MCP worker, bound to the front.
      .route("/", connectionRoutes)
  );
}

/** The rest of the routers: served by the teams worker (src/workers/teams.ts). */
function mountRest(app: ReturnType<typeof mountCore>) {
  return (
    app
      // The hand-off zip (fflate, the changelog): once per project, off the hot path.
      .route("/", exportRoutes)
      .route("/", requirementRoutes)
      .route("/", changeRequestRoutes)
      .route("/", mergeRoutes)
      .route("/", proposalRoutes)
      .route("/", artifactDiffRoutes)
      .route("/", auditRoutes)
      .route("/", commentRoutes)
      .route("/", notificationRoutes)
      .route("/", webhookRoutes)
      // A project's GitHub repository: its jobs run in the generator worker (src/github/worker.ts).
      .route("/", githubRoutes)
      .route("/", reviewRoutes)
      .route("/", workspaceRoutes)
      .route("/", githubWebhookRoutes)
      .route("/", githubDriftRoutes)
  );
}

/** What every app ends with: /mcp, the 404/405 fallback and the error handler. */
function finish<A extends ReturnType<typeof mountCore>>(app: A, notFound = notFoundOrMethodNotAllowed(app)): A {
  // The MCP worker's way back into the routes: the front's own, or the teams worker's for the rest.
  const routes = forwardingRequests(app);
  // MCP (docs/mcp.md): served by the MCP worker, forwarded over a service binding (src/mcp/forward.ts).
  app.all(MCP_PATH, limitBody(MCP_BODY_MAX), withDb, (c) => forwardMcp(c, routes));
  // OAuth for /mcp (discovery, registration, consent, tokens): the MCP worker's provider (src/mcp/oauth.ts).
  for (const path of OAUTH_PATHS) app.all(path, limitBody(OAUTH_BODY_MAX), (c) => forwardOAuth(c, routes));
  app.notFound(notFound);
  app.onError(handleError);
  return app;
}

/** The whole API: every router, the OpenAPI document and /docs. The teams worker serves it; so do the tests. */
export function createApp() {
  const app = mountRest(mountCore(base()));
  app.route("/", docsRoutes(app));
  return finish(app);
}

/**
 * The front's app (the API worker): the core routers only. A path none of its routes matches never
 * reaches it while the `TEAMS` binding is there (src/platform/http/forward.ts forwards it first); without
 * the binding, such a path answers server_misconfigured here, with every header and the log line.
 */
export function createFrontApp() {
  const app = mountCore(base());
  return finish(app, notFoundOrMethodNotAllowed(app, teamsUnbound));
}

// Pure: a worker that imports only createFrontApp does not bundle the whole app through this line.
export const app = /* @__PURE__ */ createApp();
export type AppType = typeof app;
export type { AppEnv };
