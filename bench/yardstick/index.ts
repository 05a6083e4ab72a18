// The yardstick: the smallest worker of the API's stack (Hono, drizzle over neon-http, nodejs_compat)
// with one route that selects a row. `npm run bench` measures its bundle, startup and CPU per request
// in the same run as the API's, so that the API's figures are read as ratios to it (bench/edge.ts).
import { neon, neonConfig } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-http";
import { pgTable, uuid } from "drizzle-orm/pg-core";
import { Hono } from "hono";

const users = pgTable("users", { id: uuid("id").primaryKey() });

type Env = { DATABASE_URL: string; NEON_FETCH_ENDPOINT?: string };

const app = new Hono<{ Bindings: Env }>();

app.get("/row", async (c) => {
  if (c.env.NEON_FETCH_ENDPOINT) neonConfig.fetchEndpoint = c.env.NEON_FETCH_ENDPOINT;
  const db = drizzle({ client: neon(c.env.DATABASE_URL) });
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return c.json({ row: rows[0] ?? null });
});

export default app;
