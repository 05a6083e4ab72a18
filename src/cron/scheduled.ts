import { getConfig } from "../config";
import { createDb } from "../db/client";
import type { Bindings } from "../http/context";

/** Cron entry point (wrangler.toml [triggers]): builds its own db client from env, like a request. */
export async function scheduled(controller: ScheduledController, env: Bindings, ctx: ExecutionContext): Promise<void> {
  const db = createDb(getConfig(env));
  ctx.waitUntil(Promise.resolve());
  void db;
  void controller;
}
