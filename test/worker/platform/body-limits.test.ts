// Per-route body limits (each route's `bodyLimit` in defineRoute; docs/limits.md's table is made from them): every
// operation that may carry a body states its limit in the document (`x-body-limit`, and in its 413), each is
// reached (413 one byte over it, not at it), and the large ones are not cut short by a smaller global limit.
import { describe, expect, it } from "vitest";
import { DEFAULT_BODY_MAX, MiB } from "../../../src/platform/http/body-limit";
import { factsKey, ROUTE_FACTS } from "../../../src/platform/http/route";
import { openApiDoc } from "../contract";
import { api, call, signedInUser, sql } from "../helpers";
import { createProject } from "../project-fixtures";

/** A JSON body of exactly `bytes` bytes: {"pad":"xxx..."}. */
const bodyOf = (bytes: number) => `{"pad":"${"x".repeat(bytes - 10)}"}`;

const concrete = (path: string) => path.replace(/\{[A-Za-z]+\}/g, () => crypto.randomUUID());

/** A route's own limit (its declaration's `bodyLimit`, docs/limits.md's table), else DEFAULT_BODY_MAX. */
const declaredLimit = (method: string, path: string) =>
  ROUTE_FACTS.get(factsKey(method, path))?.bodyLimit?.bytes ?? DEFAULT_BODY_MAX;

/** Every operation's own limit, as the routes declare it (ROUTE_FACTS is filled as helpers.ts loads the app). */
function ownLimits(): [string, number][] {
  return [...ROUTE_FACTS].flatMap(([route, f]) =>
    f.bodyLimit ? [[route, f.bodyLimit.bytes] as [string, number]] : [],
  );
}

describe("per-route body limits", () => {
  it("every operation with a body or an unsafe method declares the table's limit (else the default); no other does", async () => {
    const doc = (await openApiDoc()) as { paths: Record<string, Record<string, Record<string, any>>> };
    const seen: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const key = `${method.toUpperCase()} ${path}`;
        const limit = op["x-body-limit"];
        if (op.requestBody || ["post", "put", "patch", "delete"].includes(method)) {
          expect(limit, key).toBe(declaredLimit(method, path));
          expect(op.responses["413"].description, key).toContain(`${limit} bytes`);
          seen.push(key);
        } else {
          expect(limit, key).toBeUndefined();
        }
      }
    }
    expect(seen).toContain("POST /api/me/sessions/revoke-others");
    // The declarations the table is made of: the large ones are there.
    expect(Object.fromEntries(ownLimits())).toMatchObject({ "POST /api/projects/:id/artifacts/batch": 4 * MiB });
  });

  const cases = [
    ...ownLimits().map(([key, maxBytes]) => {
      const [method, path] = key.split(" ") as [string, string];
      return { method, path: path.replace(/:(\w+)/g, "{$1}"), maxBytes };
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
