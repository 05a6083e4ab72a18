import { createMiddleware } from "hono/factory";
import { getConfig } from "../config";
import { createDb } from "../db/client";
import type { AppEnv } from "./context";

/** Validates the bindings (once per env) and builds this request's db client. */
export const withDb = createMiddleware<AppEnv>(async (c, next) => {
  const config = getConfig(c.env);
  c.set("config", config);
  c.set("db", createDb(config));
  await next();
});
