// The real app (createApp(): same middleware, docs, fallbacks and error handling) plus routes that
// exist only in tests, for behaviour the production routes of this branch do not exercise yet
// (request bodies, forms, a database error carrying request data). Documented like any route.
import { z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { createApp } from "../../src/app";
import { router } from "../../src/platform/http/openapi-router";
import { defineRoute, jsonBody, jsonResponse } from "../../src/platform/http/route";

// Routes that take a body are declared with defineRoute: it gives them their body limit (the default).
const echo = defineRoute({
  operationId: "testEcho",
  description: "Test only. Answers the length of the text sent.",
  tags: ["health"],
  summary: "Test only: the length of the text sent",
  method: "post",
  path: "/__test/echo",
  roundTrips: 0,
  auth: "public",
  db: false,
  request: { body: jsonBody(z.object({ text: z.string() })) },
  responses: { 200: jsonResponse("Length", z.object({ length: z.number() })) },
});

const form = defineRoute({
  operationId: "testForm",
  description: "Test only. Answers the name sent in a form body.",
  tags: ["health"],
  summary: "Test only: a form body",
  method: "post",
  path: "/__test/form",
  roundTrips: 0,
  auth: "public",
  db: false,
  request: {
    body: {
      content: { "application/x-www-form-urlencoded": { schema: z.object({ name: z.string() }) } },
      required: true,
    },
  },
  responses: { 200: jsonResponse("Seen", z.object({ name: z.string() })) },
});

const lookup = defineRoute({
  operationId: "testLookup",
  description: "Test only. Answers the id and query it was given.",
  tags: ["health"],
  summary: "Test only: a query that carries request data (params and query)",
  method: "get",
  path: "/__test/users/{id}",
  auth: "public",
  roundTrips: 1,
  request: { params: z.object({ id: z.string() }), query: z.object({ email: z.string() }) },
  responses: { 200: jsonResponse("Count", z.object({ n: z.number() })) },
  errors: ["not_found", "rate_limited"],
});

export const testRoutes = router()
  .openapi(echo, (c) => c.json({ length: c.req.valid("json").text.length }, 200))
  .openapi(form, (c) => c.json({ name: c.req.valid("form").name }, 200))
  .openapi(lookup, async (c) => {
    const { email } = c.req.valid("query");
    const rows = await c.var.db.execute<{ n: number }>(
      sql`select count(*)::int as n from users where email = ${email} or id::text = ${c.req.valid("param").id}`,
    );
    return c.json({ n: rows.rows[0]?.n ?? 0 }, 200);
  });

export function createTestApp() {
  return createApp().route("/", testRoutes);
}
