// The Hono app, composed in one place: global middleware, routers, error handling.
import { requestId } from "hono/request-id";
import type { AppEnv } from "./http/context";
import { ApiError, handleError } from "./http/errors";
import { router } from "./http/openapi";
import { artifactRoutes } from "./routes/artifacts";
import { exportRoutes } from "./routes/export";
import { healthRoutes } from "./routes/health";
import { meRoutes } from "./routes/me";
import { phaseRoutes } from "./routes/phases";
import { projectRoutes } from "./routes/projects";

export function createApp() {
  const app = router();
  app.use(requestId());
  app.route("/", healthRoutes);
  app.route("/", meRoutes);
  // projectRoutes registers /api/projects/stats before /api/projects/{id}.
  app.route("/", projectRoutes);
  app.route("/", phaseRoutes);
  app.route("/", artifactRoutes);
  app.route("/", exportRoutes);
  app.notFound(() => {
    throw new ApiError(404, "not_found", "no such route");
  });
  app.onError(handleError);
  return app;
}

export const app = createApp();
export type AppType = typeof app;
export type { AppEnv };
