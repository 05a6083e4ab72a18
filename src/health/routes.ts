import { z } from "@hono/zod-openapi";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonResponse } from "../platform/http/route";
import { ping } from "./queries";

const health = defineRoute({
  operationId: "getHealth",
  description:
    "Answers 200 while the worker runs, without touching the database: for uptime checks and load balancers. Needs no credential.",
  tags: ["health"],
  summary: "Liveness (no database)",
  method: "get",
  path: "/health",
  roundTrips: 0,
  auth: "public",
  db: false,
  responses: { 200: jsonResponse("Up", z.object({ status: z.literal("ok") })) },
});

const healthDb = defineRoute({
  operationId: "getDatabaseHealth",
  description:
    "Sends one query through the production database driver: 200 when the database answers, 503 when it cannot be reached. Needs no credential.",
  tags: ["health"],
  summary: "Database reachability: one round trip through the real driver",
  method: "get",
  path: "/health/db",
  roundTrips: 1,
  auth: "public",
  responses: {
    200: jsonResponse(
      "Database reachable",
      z.object({ status: z.literal("ok"), database: z.object({ latencyMs: z.number() }) }),
    ),
  },
});

const getHealth: Handler<typeof health> = (c) => c.json({ status: "ok" as const }, 200);

/** One round trip through the real driver, timed. */
const getDatabaseHealth: Handler<typeof healthDb> = async (c) => {
  const started = performance.now();
  await ping(c.var.db);
  return c.json({ status: "ok" as const, database: { latencyMs: Math.round(performance.now() - started) } }, 200);
};

export const healthRoutes = router().openapi(health, getHealth).openapi(healthDb, getDatabaseHealth);
