import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { withDb } from "../http/middleware";
import { errorResponses, router } from "../http/openapi";

const health = createRoute({
  method: "get",
  path: "/health",
  summary: "Liveness (no database)",
  responses: {
    200: { description: "Up", content: { "application/json": { schema: z.object({ status: z.literal("ok") }) } } },
  },
});

const healthDb = createRoute({
  method: "get",
  path: "/health/db",
  summary: "Database reachability: one round trip through the real driver",
  middleware: [withDb] as const,
  responses: {
    200: {
      description: "Database reachable",
      content: {
        "application/json": {
          schema: z.object({ status: z.literal("ok"), database: z.object({ latencyMs: z.number() }) }),
        },
      },
    },
    ...errorResponses(500, 503),
  },
});

export const healthRoutes = router()
  .openapi(health, (c) => c.json({ status: "ok" as const }, 200))
  .openapi(healthDb, async (c) => {
    const started = performance.now();
    await c.var.db.execute(sql`select 1`);
    return c.json({ status: "ok" as const, database: { latencyMs: Math.round(performance.now() - started) } }, 200);
  });
