import { createMiddleware } from "hono/factory";
import { getConfig } from "../config";
import { createDb, newDbStats } from "../db/client";
import type { AppEnv } from "./context";

/** Validates the bindings (once per env) and builds this request's db client. */
export const withDb = createMiddleware<AppEnv>(async (c, next) => {
  const config = getConfig(c.env);
  c.set("config", config);
  // The request log created this request's counters; the client adds its round trips to them.
  let stats = c.get("dbStats");
  if (!stats) {
    stats = newDbStats();
    c.set("dbStats", stats);
  }
  c.set("db", createDb(config, stats));
  await next();
});
