// Per-route body limits (src/http/body-limits.ts, docs/limits.md): every limit in the table is a
// real route's, is reached (413 one byte over it, not at it), and the large ones are not cut
// short by a smaller global limit.
import { describe, expect, it } from "vitest";
import { app } from "../../src/app";
import { BODY_LIMITS, bodyLimitFor, DEFAULT_BODY_MAX } from "../../src/http/body-limits";
import { api, signedInUser, sql } from "./helpers";
import { call, createProject } from "./project-fixtures";

/** A JSON body of exactly `bytes` bytes: {"pad":"xxx..."}. */
const bodyOf = (bytes: number) => `{"pad":"${"x".repeat(bytes - 10)}"}`;

const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, () => crypto.randomUUID()).replace("/*", "/login");

const registered = new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`));

describe("per-route body limits", () => {
  it("every entry names a registered route (or a prefix of some), and the lookup finds it", () => {
    for (const l of BODY_LIMITS) {
      const matches = l.path.endsWith("/*")
        ? [...registered].some((r) => r.startsWith(`${l.method} ${l.path.slice(0, -1)}`))
        : registered.has(`${l.method} ${l.path}`);
      expect(matches, `${l.method} ${l.path}`).toBe(true);
      expect(bodyLimitFor(l.method, concrete(l.path))).toBe(l.maxBytes);
    }
    expect(bodyLimitFor("POST", "/api/me/sessions/revoke-others")).toBe(DEFAULT_BODY_MAX);
  });

  const cases = [
    ...BODY_LIMITS.map((l) => ({ method: l.method, path: l.path, maxBytes: l.maxBytes })),
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
    expect(r.status).toBe(200);
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
