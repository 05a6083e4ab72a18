// The Hono app, composed in one place: global middleware, routers, error handling.
import { requestId } from "hono/request-id";
import type { AppEnv } from "./http/context";
import { ApiError, handleError } from "./http/errors";
import { router } from "./http/openapi";
import { authRoutes } from "./routes/auth";
import { healthRoutes } from "./routes/health";
import { meRoutes } from "./routes/me";
import { sessionRoutes } from "./routes/sessions";

export function createApp() {
  const app = router();
  app.use(requestId());
  app.route("/", healthRoutes);
  app.route("/", authRoutes);
  app.route("/", meRoutes);
  app.route("/", sessionRoutes);
  app.notFound(() => {
    throw new ApiError(404, "not_found", "no such route");
  });
  app.onError(handleError);
  return app;
}

export const app = createApp();
export type AppType = typeof app;
export type { AppEnv };
