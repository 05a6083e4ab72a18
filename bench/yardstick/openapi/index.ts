// The yardstick with the rest of the API's mandated stack: @hono/zod-openapi (zod through the same
// alias as the API) for one validated, documented route. `npm run bench` reports its bundle and
// startup next to the yardstick's and the API's: what the stack itself costs before any of our code.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { neon, neonConfig } from "@neondatabase/serverless";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/neon-http";
import { pgTable, uuid } from "drizzle-orm/pg-core";

const users = pgTable("users", { id: uuid("id").primaryKey() });

type Env = { DATABASE_URL: string; NEON_FETCH_ENDPOINT?: string };

const app = new OpenAPIHono<{ Bindings: Env }>();

const getRow = createRoute({
  method: "get",
  path: "/row/{id}",
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    200: {
      description: "The row, if any",
      content: { "application/json": { schema: z.object({ row: z.object({ id: z.string() }).nullable() }) } },
    },
  },
});

app.openapi(getRow, async (c) => {
  if (c.env.NEON_FETCH_ENDPOINT) neonConfig.fetchEndpoint = c.env.NEON_FETCH_ENDPOINT;
  const db = drizzle({ client: neon(c.env.DATABASE_URL) });
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.id, c.req.valid("param").id));
  return c.json({ row: rows[0] ?? null }, 200);
});

app.doc31("/openapi.json", { openapi: "3.1.0", info: { title: "yardstick", version: "1" } });

export default app;
