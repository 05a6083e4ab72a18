import { describe, expect, it } from "vitest";
import { DEFAULT_BODY_MAX as MAX_BODY_BYTES } from "../../../src/platform/http/body-limit";
import { OPENAPI_PATH } from "../../../src/platform/http/docs";
import { api, expectError, read, signedInUser } from "../helpers";
import { createTestApp } from "../test-app";

const APP_ORIGIN = "https://app.specdrive.test"; // APP_URL in vitest.config.ts
const EVIL = "https://evil.example";

describe("secure headers", () => {
  it("on successes and errors alike", async () => {
    const t = api();
    for (const res of [await t.request("/health"), await t.request("/nope")]) {
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get("x-powered-by")).toBeNull();
    }
  });
});

describe("request ids", () => {
  it("every response carries X-Request-Id, errors too, and a client's own id is echoed", async () => {
    const t = api();
    const ok = await t.request("/health");
    expect(ok.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const mine = `trace-${crypto.randomUUID()}`;
    const err = await t.request("/api/me", { headers: { "x-request-id": mine } });
    const body = expectError(await read(err), 401, "unauthorized");
    expect(body.error.requestId).toBe(mine);
  });
});

describe("client request ids: a bounded safe format, else a new one", () => {
  it("1-64 of [A-Za-z0-9_=-] is kept; longer, or any other character, is replaced by a uuid", async () => {
    const t = api();
    const idOf = async (id: string) =>
      (await t.request("/health", { headers: { "x-request-id": id } })).headers.get("x-request-id");
    const ok = `${"a".repeat(60)}_=-9`;
    expect(await idOf(ok)).toBe(ok);
    for (const bad of ["a".repeat(65), "a".repeat(255), "ada@example.com", "x y", "<script>", "a\tb"]) {
      expect(await idOf(bad), bad).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});

describe("404 and 405", () => {
  it("an unknown path: 404 in the error shape", async () => {
    expectError(await read(await api().request("/api/nothing-here")), 404, "not_found");
  });

  it("a known path with another method: 405 with Allow, in the error shape", async () => {
    const res = await api().request("/api/me", { method: "PUT" });
    expectError(await read(res), 405, "method_not_allowed");
    expect(res.headers.get("allow")).toBe("GET, HEAD, PATCH, DELETE");
  });

  it("Allow lists every method the path has", async () => {
    const res = await api({}, { app: createTestApp() }).request("/__test/echo", { method: "PUT" });
    expectError(await read(res), 405, "method_not_allowed");
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("HEAD of a GET route answers like GET, without a body", async () => {
    const res = await api().request("/health", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
  });
});

describe("CORS (allow-list from configuration)", () => {
  it("the app's origin gets its own origin back, with credentials and the exposed headers", async () => {
    const res = await api().request("/health", { headers: { origin: APP_ORIGIN } });
    expect(res.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
    expect(res.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
    expect(res.headers.get("access-control-expose-headers")).toContain("RateLimit-Policy");
    expect(res.headers.get("vary")).toContain("Origin");
  });

  it("an unlisted origin gets no CORS headers at all (no credentials)", async () => {
    const res = await api().request("/health", { headers: { origin: EVIL } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    expect(res.headers.get("vary")).toContain("Origin");
  });

  it("errors carry the CORS headers too, so the browser app can read them", async () => {
    const res = await api().request("/api/me", { headers: { origin: APP_ORIGIN } });
    expectError(await read(res), 401, "unauthorized");
    expect(res.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
  });

  it("preflight: a listed origin gets 204 with methods and headers; an unlisted one is not approved", async () => {
    const preflight = (origin: string) =>
      api().request(
        "/api/me",
        {
          method: "OPTIONS",
          headers: {
            origin,
            "access-control-request-method": "GET",
            "access-control-request-headers": "authorization",
          },
        },
        {},
      );
    const ok = await preflight(APP_ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
    expect(ok.headers.get("access-control-allow-methods")).toContain("DELETE");
    expect(ok.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(ok.headers.get("access-control-max-age")).toBe("600");
    const refused = await preflight(EVIL);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expectError(await read(refused), 405, "method_not_allowed");
  });

  it("preflight: every request header an operation takes is allowed, every header the API sends is readable", async () => {
    const doc = (await (await api().request(OPENAPI_PATH)).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
      components: { headers: Record<string, unknown> };
    };
    // GitHub's webhook deliveries are server to server: no browser sends them, so their X-GitHub-* and
    // X-Hub-Signature-256 headers are not for CORS to allow.
    const browserPaths = Object.entries(doc.paths).filter(([path]) => !path.startsWith("/api/github/webhooks"));
    const taken = new Set(
      browserPaths.flatMap(([, ops]) =>
        Object.values(ops).flatMap((op) => (op.parameters ?? []).filter((p) => p.in === "header").map((p) => p.name)),
      ),
    );
    expect([...taken].sort()).toEqual(["Idempotency-Key", "If-Match", "If-None-Match"]);
    const ok = await api().request(
      "/api/projects/x/artifacts",
      {
        method: "OPTIONS",
        headers: {
          origin: APP_ORIGIN,
          "access-control-request-method": "POST",
          "access-control-request-headers": [...taken, "content-type", "authorization"].join(", ").toLowerCase(),
        },
      },
      {},
    );
    expect(ok.status).toBe(204);
    const allowed = (ok.headers.get("access-control-allow-headers") ?? "").toLowerCase().split(/,\s*/);
    for (const h of [...taken, "Content-Type", "Authorization", "X-Request-Id"])
      expect(allowed).toContain(h.toLowerCase());
    // Browsers never hand Set-Cookie to a page; every other documented response header is exposed.
    const res = await api().request("/health", { headers: { origin: APP_ORIGIN } });
    const exposed = (res.headers.get("access-control-expose-headers") ?? "").split(/,\s*/);
    const documented = Object.keys(doc.components.headers).filter((h) => h !== "Set-Cookie");
    expect(documented).toEqual(expect.arrayContaining(["ETag", "Idempotent-Replayed", "Content-Disposition"]));
    for (const h of [...documented, "Server-Timing"]) expect(exposed).toContain(h);
  });

  it("CORS_ORIGINS adds origins, read per request from that request's bindings", async () => {
    const extra = "https://partner.example";
    const withExtra = await api({ CORS_ORIGINS: `${extra}, https://other.example` }).request("/health", {
      headers: { origin: extra },
    });
    expect(withExtra.headers.get("access-control-allow-origin")).toBe(extra);
    const without = await api().request("/health", { headers: { origin: extra } });
    expect(without.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("body limit", () => {
  const t = () => api({}, { app: createTestApp() });
  const big = "x".repeat(MAX_BODY_BYTES + 1);

  it("a declared Content-Length over the limit: 413 before the handler runs", async () => {
    const res = await t().request("/__test/echo", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(big.length + 12) },
      body: JSON.stringify({ text: big }),
    });
    const body = expectError(await read(res), 413, "payload_too_large");
    expect(body.error.message).toContain(String(MAX_BODY_BYTES));
  });

  it("a streamed body without Content-Length is cut off at the limit too", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES * 2) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await t().request("/__test/echo", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expectError(await read(res), 413, "payload_too_large");
  });

  it("a body just under the limit is fine", async () => {
    const text = "y".repeat(MAX_BODY_BYTES - 100);
    const res = await t().request("/__test/echo", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ length: text.length });
  });

  it("wrong content type: 415; malformed JSON: 400; invalid fields: 400 with issues", async () => {
    const post = (body: string, type = "application/json") =>
      t().request("/__test/echo", { method: "POST", headers: { "content-type": type }, body });
    expectError(await read(await post("<x/>", "application/xml")), 415, "unsupported_media_type");
    expectError(await read(await post("{not json")), 400, "bad_request");
    const invalid = expectError(await read(await post(JSON.stringify({ text: 5 }))), 400, "validation_failed");
    expect((invalid as { error: { issues?: unknown[] } }).error.issues).toEqual([
      { path: "text", message: "Invalid input: expected string, received number" },
    ]);
  });
});

describe("Server-Timing (database time and round trips of the request)", () => {
  const timing = (res: Response) => {
    const m = /^db;dur=(\d+(?:\.\d+)?);desc="(\d+) round trips"$/.exec(res.headers.get("server-timing") ?? "");
    expect(m, res.headers.get("server-timing") ?? "no header").not.toBeNull();
    return { ms: Number(m![1]), roundTrips: Number(m![2]) };
  };

  it("counts what the request did, matching the endpoint's own count", async () => {
    const u = await signedInUser();
    const t = api();
    expect(timing(await t.request("/health")).roundTrips).toBe(0);
    const me = await t.request("/api/me", { headers: u.auth });
    expect(me.status).toBe(200);
    expect(timing(me).roundTrips).toBe(1);
    expect(await t.roundTrips()).toBe(1);
  });

  it("each request's figures are its own, even while requests run concurrently", async () => {
    const u = await signedInUser();
    const t = api();
    const results = await Promise.all([
      t.request("/health"),
      t.request("/health/db"),
      t.request("/api/me", { headers: u.auth }),
      t.request("/health"),
      t.request("/health/db"),
    ]);
    expect(results.map((r) => timing(r).roundTrips)).toEqual([0, 1, 1, 0, 1]);
    expect(await t.roundTrips()).toBe(3);
  });

  it("errors carry it too; a failed round trip is counted", async () => {
    const t = api();
    await t.fault({ status: 500 });
    const res = await t.request("/health/db");
    expectError(await read(res), 503, "database_unavailable");
    expect(timing(res).roundTrips).toBe(1);
  });
});
