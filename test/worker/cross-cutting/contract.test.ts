import { createRoute, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { app, createApp } from "../../../src/app";
import { router } from "../../../src/platform/http/openapi-router";
import { assertConforms, ContractViolation, openApiDoc, undocumentedRoutes } from "../contract";
import { api } from "../helpers";
import { createTestApp } from "../test-app";

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3.1 document with servers, the error schema, both auth schemes and the 429 response", async () => {
    const res = await api().request("/openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const doc = (await res.json()) as Record<string, any>;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("Spec Drive API");
    // From configuration (APP_URL's origin here: no API_URL in the test bindings), never from the Host header.
    expect(doc.servers).toEqual([{ url: "https://app.specdrive.test" }]);
    expect(doc.components.schemas.Error.properties.error.required).toEqual(["code", "message"]);
    expect(doc.components.securitySchemes).toEqual({
      bearerAuth: expect.objectContaining({ type: "http", scheme: "bearer" }),
      cookieAuth: expect.objectContaining({ type: "apiKey", in: "cookie", name: "__Host-session" }),
      apiKeyAuth: expect.objectContaining({ type: "http", scheme: "bearer" }),
    });
    const limited = doc.components.responses.RateLimited;
    expect(Object.keys(limited.headers)).toEqual(["RateLimit", "RateLimit-Policy", "Retry-After"]);
    expect(limited.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" });
    expect(Object.keys(limited.headers).map((h) => doc.components.headers[h].schema.type)).toEqual([
      "string",
      "string",
      "integer",
    ]);
  });

  it("documents auth and the statuses the machinery adds (401 with security, 503 with the database)", async () => {
    const doc = (await openApiDoc()) as Record<string, any>;
    const me = doc.paths["/api/me"].get;
    expect(me.security).toEqual([{ bearerAuth: [] }, { cookieAuth: [] }]);
    expect(Object.keys(me.responses).sort()).toEqual(["200", "400", "401", "500", "503"]);
    // /health never touches the database: no 503 there, only the always-possible 500 and 400
    // (invalid_text: any URL may carry a NUL).
    expect(Object.keys(doc.paths["/health"].get.responses).sort()).toEqual(["200", "400", "500"]);
    expect(Object.keys(doc.paths["/health/db"].get.responses).sort()).toEqual(["200", "400", "500", "503"]);
  });

  it("adds 400/403/413/415 to operations with bodies and unsafe methods, 429 by reference", async () => {
    const testApp = createTestApp();
    const doc = (await openApiDoc(testApp)) as Record<string, any>;
    expect(Object.keys(doc.paths["/__test/echo"].post.responses).sort()).toEqual([
      "200",
      "400",
      "403",
      "413",
      "415",
      "500",
    ]);
    // Params and query validate too (400), and the route runs withDb (503); 429 by reference.
    const lookup = doc.paths["/__test/users/{id}"].get.responses;
    expect(Object.keys(lookup).sort()).toEqual(["200", "400", "404", "429", "500", "503"]);
    expect(lookup["429"]).toEqual({ $ref: "#/components/responses/RateLimited" });
  });
});

describe("every route is documented", () => {
  it("each route the app registers (app.routes) is in the document, method and path", async () => {
    const routes = app.routes.filter((r) => r.method !== "ALL");
    expect(routes.length).toBeGreaterThanOrEqual(3);
    expect(undocumentedRoutes(app, await openApiDoc())).toEqual([]);
  });

  it("so does the app with test-only routes, {param} paths included", async () => {
    const testApp = createTestApp();
    expect(undocumentedRoutes(testApp, await openApiDoc(testApp))).toEqual([]);
  });

  it("the walk catches a route added without createRoute", async () => {
    const plain = createApp();
    plain.get("/__test/plain/:id", (c) => c.json({ ok: true }));
    plain.route(
      "/",
      router().openapi(hiddenRoute, (c) => c.json({ ok: true }, 200)),
    );
    expect(undocumentedRoutes(plain, await openApiDoc(plain))).toEqual([
      "GET /__test/plain/{id}",
      "GET /__test/hidden",
    ]);
  });
});

const hiddenRoute = createRoute({
  method: "get",
  path: "/__test/hidden",
  hide: true,
  responses: { 200: { description: "ok", content: { "application/json": { schema: z.object({ ok: z.boolean() }) } } } },
});

describe("response conformance (the check every api().request runs)", () => {
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  it("accepts a documented status with a matching body", async () => {
    await assertConforms("GET", "/health", json({ status: "ok" }));
    await assertConforms("GET", "/api/me", json({ error: { code: "unauthorized", message: "x" } }, 401));
  });

  it.each([
    ["an undocumented status", "/health", json({ status: "ok" }, 201), /status not documented/],
    ["a body that breaks the schema", "/health", json({ status: "fine" }), /does not match/],
    ["a missing required field", "/health/db", json({ status: "ok" }), /does not match/],
    ["an error body not in the error shape", "/api/me", json({ message: "nope" }, 401), /does not match/],
    [
      "an undocumented field",
      "/api/me",
      json({
        user: {
          id: crypto.randomUUID(),
          email: "a@b.test",
          name: "A",
          emailVerified: true,
          createdAt: "x",
          updatedAt: "y",
          passwordHash: "leak",
        },
      }),
      /undocumented properties \$\.user\.passwordHash/,
    ],
    ["text where JSON is documented", "/health", new Response("ok", { status: 200 }), /documented as JSON/],
    [
      "rate-limit headers the status does not declare",
      "/health",
      new Response(JSON.stringify({ status: "ok" }), {
        headers: { "content-type": "application/json", RateLimit: '"x";r=1;t=1', "RateLimit-Policy": '"x";q=2;w=1' },
      }),
      /sends undeclared RateLimit, RateLimit-Policy/,
    ],
  ])("rejects %s", async (_name, path, res, message) => {
    const err = await assertConforms("GET", path, res).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ContractViolation);
    expect((err as Error).message).toMatch(message);
  });

  it("follows a $ref'd response (429 RateLimited) to its schema", async () => {
    const testApp = createTestApp();
    const url = "/__test/users/1?email=x";
    await assertConforms("GET", url, json({ error: { code: "rate_limited", message: "slow down" } }, 429), testApp);
    await expect(assertConforms("GET", url, json({ retry: 3 }, 429), testApp)).rejects.toThrow(/does not match/);
  });

  it("does not check what the document does not describe (unknown paths, other methods)", async () => {
    await assertConforms("GET", "/nope", json({ anything: 1 }, 404));
    await assertConforms("DELETE", "/health", json({ anything: 1 }, 405));
  });

  it("is what api().request runs: a deliberately wrong response fails there unless opted out", async () => {
    const liar = createApp();
    liar.route(
      "/",
      router().openapi(
        createRoute({
          method: "get",
          path: "/__test/liar",
          responses: {
            200: { description: "ok", content: { "application/json": { schema: z.object({ n: z.number() }) } } },
          },
        }),
        (c) => c.json({ n: "not a number" } as never, 200),
      ),
    );
    const t = api({}, { app: liar });
    await expect(t.request("/__test/liar")).rejects.toThrow(/does not match/);
    const res = await t.request("/__test/liar", {}, { skipContract: "proving the opt-out" });
    expect(res.status).toBe(200);
  });
});

describe("GET /docs", () => {
  it("a static page without any script, under the API's CSP, pointing at /openapi.json", async () => {
    const res = await api().request("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain("<title>Spec Drive API reference</title>");
    expect(html).toContain('<a href="/openapi.json">');
    // No script from anywhere, inline or not, runs on the API's origin (it holds the session cookie).
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });
});
