// Per-route body limits (each route's `bodyLimit` in defineRoute, docs/limits.md): every operation
// that may carry a body declares its limit in the document (`x-body-limit`, and in its 413), the
// limits are the table's, each is reached (413 one byte over it, not at it), and the large ones
// are not cut short by a smaller global limit.
import { describe, expect, it } from "vitest";
import { DEFAULT_BODY_MAX, KiB, MiB } from "../../../src/platform/http/body-limit";
import { openApiDoc } from "../contract";
import { api, call, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

/** A JSON body of exactly `bytes` bytes: {"pad":"xxx..."}. */
const bodyOf = (bytes: number) => `{"pad":"${"x".repeat(bytes - 10)}"}`;

const concrete = (path: string) => path.replace(/\{[A-Za-z]+\}/g, () => crypto.randomUUID());

/** docs/limits.md's table. Any other operation that may carry a body: DEFAULT_BODY_MAX. */
const LIMITS: Record<string, number> = {
  ...Object.fromEntries(
    [
      "signup",
      "login",
      "logout",
      "verify-email",
      "verify-email/resend",
      "forgot-password",
      "reset-password",
      "change-password",
    ].map((p) => [`POST /api/auth/${p}`, 16 * KiB]),
  ),
  "POST /api/projects": 256 * KiB,
  "PATCH /api/projects/{id}": 256 * KiB,
  "PATCH /api/projects/{id}/orchestration": 16 * KiB,
  "POST /api/projects/{id}/phases/advance": 128 * KiB,
  "PATCH /api/projects/{id}/artifacts/{artifactId}/validation": 256 * KiB,
  "POST /api/projects/{id}/artifacts": 2 * MiB,
  "POST /api/projects/{id}/artifacts/batch": 4 * MiB,
  "PUT /api/projects/{id}/change-requests/{crId}/documents/{phase}/{name}": 2 * MiB,
  "POST /api/me/keys": 4 * KiB,
  "PUT /api/workspaces/{workspaceId}/review-policies/{gate}": 8 * KiB,
  "PUT /api/projects/{id}/review-policies/{gate}": 8 * KiB,
  "POST /api/projects/{id}/stack/request-review": 8 * KiB,
  "POST /api/projects/{id}/dependencies/request-review": 8 * KiB,
  "POST /api/projects/{id}/change-requests": MiB,
  "PATCH /api/projects/{id}/change-requests/{crId}": MiB,
};

describe("per-route body limits", () => {
  it("every operation with a body or an unsafe method declares the table's limit (else the default); no other does", async () => {
    const doc = (await openApiDoc()) as { paths: Record<string, Record<string, Record<string, any>>> };
    const seen: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const key = `${method.toUpperCase()} ${path}`;
        const limit = op["x-body-limit"];
        if (op.requestBody || ["post", "put", "patch", "delete"].includes(method)) {
          expect(limit, key).toBe(LIMITS[key] ?? DEFAULT_BODY_MAX);
          expect(op.responses["413"].description, key).toContain(`${limit} bytes`);
          seen.push(key);
        } else {
          expect(limit, key).toBeUndefined();
        }
      }
    }
    expect(seen).toEqual(expect.arrayContaining(Object.keys(LIMITS)));
    expect(seen).toContain("POST /api/me/sessions/revoke-others");
  });

  const cases = [
    ...Object.entries(LIMITS).map(([key, maxBytes]) => {
      const [method, path] = key.split(" ") as [string, string];
      return { method, path, maxBytes };
    }),
    { method: "POST", path: "/api/me/sessions/revoke-others", maxBytes: DEFAULT_BODY_MAX },
  ];
  it.each(cases)(
    "$method $path: 413 one byte over $maxBytes, anything else at it",
    async ({ method, path, maxBytes }) => {
      const url = concrete(path);
      const send = (bytes: number) =>
        api().request(
          url,
          { method, headers: { "content-type": "application/json" }, body: bodyOf(bytes) },
          { skipContract: "a padding body, refused at validation or authentication" },
        );
      const over = await send(maxBytes + 1);
      expect(over.status).toBe(413);
      const err = (await over.json()) as { error: { code: string; message: string } };
      expect(err.error.code).toBe("payload_too_large");
      expect(err.error.message).toContain(String(maxBytes));
      expect((await send(maxBytes)).status).not.toBe(413);
    },
  );

  it("an artifact whose body is over 1 MiB (escaped content) is stored: the 2 MiB limit is reachable", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    // 300,000 control characters: 300 KB of content, 1.8 MB of JSON (each one written \u0001).
    const content = "\u0001".repeat(300_000);
    const body = JSON.stringify({ phase: "analysis", name: "escaped.md", content });
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const r = await call(u, "POST", `/api/projects/${p.id}/artifacts`, body);
    expect(r.status).toBe(201);
    expect(r.json.artifact.fileSize).toBe(300_000);
  });

  it("a batch of 3 MiB is stored: the 4 MiB limit is reachable", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const artifacts = Array.from({ length: 6 }, (_, i) => ({
      phase: "analysis",
      name: `part-${i}.md`,
      content: String(i).repeat(512 * 1024),
    }));
    const r = await call(u, "POST", `/api/projects/${p.id}/artifacts/batch`, { artifacts });
    expect(r.status).toBe(201);
    expect(r.json.items).toHaveLength(6);
    const [row] = (await sql.query("select count(*)::int as n from project_artifacts where project_id = $1", [
      p.id,
    ])) as { n: number }[];
    expect(row!.n).toBe(6);
  });

  it("an oversized login is refused before anything reads it (no database round trip)", async () => {
    const t = api();
    const res = await t.request(
      "/api/auth/login",
      { method: "POST", headers: { "content-type": "application/json" }, body: bodyOf(64 * 1024) },
      {},
    );
    expect(res.status).toBe(413);
    expect(await t.roundTrips()).toBe(0);
  });
});
