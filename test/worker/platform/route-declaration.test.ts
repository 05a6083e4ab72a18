// What defineRoute (src/platform/http/route.ts) and the error catalog promise: the credential is checked up
// front (401 before validation or any database work), a code goes out with its catalog status, the
// document's per-status code lists agree with the catalog, and every response carries X-Request-Id.
import { describe, expect, it } from "vitest";
import { ERROR_CATALOG, type ErrorCode } from "../../../src/platform/http/error-catalog";
import { ApiError, mapError } from "../../../src/platform/http/errors";
import { openApiDoc } from "../contract";
import { api, call, signedInUser } from "../helpers";
import { createProject } from "../project-fixtures";

describe("a signed-in route without a credential", () => {
  it("answers 401 before reading the body or touching the database", async () => {
    const t = api();
    const res = await t.request("/api/projects", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: 42 }), // invalid too: the credential is checked first
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    expect(await t.roundTrips()).toBe(0);
  });
});

describe("the error catalog", () => {
  it("an ApiError takes its status (and Retry-After) from the catalog", () => {
    for (const code of Object.keys(ERROR_CATALOG) as ErrorCode[]) {
      const m = mapError(new ApiError(code, "x"));
      expect([code, m.status]).toEqual([code, ERROR_CATALOG[code].status]);
      const retry = (ERROR_CATALOG[code] as { retryAfter?: number }).retryAfter;
      expect([code, m.headers?.["Retry-After"]]).toEqual([code, retry === undefined ? undefined : String(retry)]);
    }
  });

  it("every code the document lists for a status is a catalog code of that status", async () => {
    const doc = (await openApiDoc()) as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, any> }>>;
    };
    let checked = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const [status, r] of Object.entries(op.responses)) {
          const codes: string[] | undefined =
            r.content?.["application/json"]?.schema?.allOf?.[1]?.properties?.error?.properties?.code?.enum;
          if (!codes) continue;
          for (const code of codes) {
            expect([method, path, code, ERROR_CATALOG[code as ErrorCode]?.status]).toEqual([
              method,
              path,
              code,
              Number(status),
            ]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("X-Request-Id", () => {
  it("is on the export's zip too", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const r = await call(u, "GET", `/api/projects/${p.id}/export`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/zip");
    expect(r.headers.get("x-request-id")).toMatch(/\S{8,}/);
  });

  it("is documented on every response of every operation", async () => {
    const doc = (await openApiDoc()) as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, any> }>>;
    };
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const [status, r] of Object.entries(op.responses)) {
          if (r.$ref) continue; // RateLimited: its description says so
          expect([method, path, status, Boolean(r.headers?.["X-Request-Id"])]).toEqual([method, path, status, true]);
        }
      }
    }
  });
});
