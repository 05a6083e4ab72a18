import { describe, expect, it } from "vitest";
import { call, expectError, signedInUser, sql, withConcurrentWriter } from "../helpers";
import { createProject, passPhase } from "../project-fixtures";

describe("POST /api/projects", () => {
  it("creates with a slug from the name: 201, one round trip", async () => {
    const u = await signedInUser();
    const r = await call(u, "POST", "/api/projects", {
      name: "  Café Órbita: v2!  ",
      description: "d",
      idea: "i",
      extra: 1,
    });
    expect(r.status).toBe(201);
    expect(r.roundTrips).toBe(1);
    expect(r.json.project).toMatchObject({
      slug: "cafe-orbita-v2",
      name: "Café Órbita: v2!",
      description: "d",
      idea: "i",
      currentPhase: "analysis",
      phasesCompleted: [],
      stackApproved: false,
      dependenciesApproved: false,
      stackChoice: null,
      githubRepoUrl: null,
      orchestrationState: {},
    });
    expect(r.json.project).not.toHaveProperty("extra");
    expect(new Date(r.json.project.createdAt).toISOString()).toBe(r.json.project.createdAt);
  });

  it("clashing names get -2, -3 per user; another user gets the plain slug", async () => {
    const u = await signedInUser();
    const v = await signedInUser();
    const slugs = [];
    for (let i = 0; i < 3; i++) slugs.push((await createProject(u, "Same Name")).slug);
    expect(slugs).toEqual(["same-name", "same-name-2", "same-name-3"]);
    expect((await createProject(v, "Same Name")).slug).toBe("same-name");
    // A gap is filled first: the first free candidate wins.
    await sql.query("delete from projects where user_id = $1 and slug = 'same-name-2'", [u.id]);
    expect((await createProject(u, "same name")).slug).toBe("same-name-2");
  });

  it("a name without ascii letters or digits gets 'project'; reserved and uuid-like slugs are prefixed", async () => {
    const u = await signedInUser();
    expect((await createProject(u, "!!! ???")).slug).toBe("project");
    expect((await createProject(u, "日本語")).slug).toBe("project-2");
    expect((await createProject(u, "Stats")).slug).toBe("project-stats");
    const uuidName = crypto.randomUUID();
    expect((await createProject(u, uuidName)).slug).toBe(`project-${uuidName}`);
  });

  it("concurrent creates of the same name: all 201, distinct slugs", async () => {
    const u = await signedInUser();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => call(u, "POST", "/api/projects", { name: "Race" })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    const slugs = results.map((r) => r.json.project.slug as string).sort();
    expect(new Set(slugs).size).toBe(6);
    expect(slugs).toContain("race");
    // Under contention a retry may skip a candidate (race-3 free, race-4 taken): unique, never a 500.
    for (const s of slugs) expect(s).toMatch(/^race(-\d+)?$/);
  });

  it.each([
    ["missing name", { description: "x" }],
    ["empty name", { name: "   " }],
    ["name too long", { name: "x".repeat(256) }],
    ["wrong type", { name: 42 }],
  ])("%s: 400 validation_failed with issues, nothing written", async (_n, body) => {
    const u = await signedInUser();
    const r = await call(u, "POST", "/api/projects", body);
    expectError(r, 400, "validation_failed");
    expect(r.json.error.issues.length).toBeGreaterThan(0);
    expect(await sql.query("select count(*)::int as n from projects where user_id = $1", [u.id])).toEqual([{ n: 0 }]);
  });

  it("another writer takes the chosen slug at every one of the 10 attempts: 409 slug_contended, nothing of ours stored", async () => {
    const u = await signedInUser();
    const r = await withConcurrentWriter("projects", "user_id", u.id, () =>
      call(u, "POST", "/api/projects", { name: "Contended" }),
    );
    expectError(r, 409, "slug_contended");
    // One round trip per attempt (SLUG_ATTEMPTS = 10), each attempt's slug taken by the other writer.
    expect(r.roundTrips).toBe(10);
    const rows = (await sql.query("select slug from projects where user_id = $1 order by created_at, slug", [
      u.id,
    ])) as { slug: string }[];
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((x) => x.slug)).size).toBe(10);
    expect(rows.every((x) => x.slug === "contended" || /^contended-\d+$/.test(x.slug))).toBe(true);
  });

  it("malformed JSON and a missing credential are 4xx in the error shape", async () => {
    const u = await signedInUser();
    expectError(await call(u, "POST", "/api/projects", "{nope"), 400);
    expectError(await call(undefined, "POST", "/api/projects", { name: "x" }), 401, "unauthorized");
  });
});

describe("GET /api/projects/:id", () => {
  it("by id and by slug, one round trip; another user's is 404 either way", async () => {
    const u = await signedInUser();
    const b = await signedInUser();
    const p = await createProject(u, "Lookup Me");
    for (const key of [p.id, p.slug, p.id.toUpperCase(), p.slug.toUpperCase()]) {
      const r = await call(u, "GET", `/api/projects/${key}`);
      expect(r.status).toBe(200);
      expect(r.roundTrips).toBe(1);
      expect(r.json.project).toEqual(p);
    }
    for (const key of [p.id, p.slug]) expectError(await call(b, "GET", `/api/projects/${key}`), 404, "not_found");
    expectError(await call(u, "GET", `/api/projects/${crypto.randomUUID()}`), 404, "not_found");
    expectError(await call(u, "GET", `/api/projects/${"x".repeat(300)}`), 400, "validation_failed");
  });
});

describe("PATCH /api/projects/:id", () => {
  it("updates fields, keeps the slug, validates the GitHub URL as https", async () => {
    const u = await signedInUser();
    const p = await createProject(u, "Before");
    const r = await call(u, "PATCH", `/api/projects/${p.id}`, {
      name: "After",
      description: "new",
      githubRepoUrl: "https://github.com/acme/app",
      currentPhase: "done",
    });
    expect(r.status).toBe(200);
    expect(r.roundTrips).toBe(1);
    expect(r.json.project).toMatchObject({
      name: "After",
      slug: "before",
      description: "new",
      idea: "",
      githubRepoUrl: "https://github.com/acme/app",
      currentPhase: "analysis",
    });
    expect(Date.parse(r.json.project.updatedAt)).toBeGreaterThanOrEqual(Date.parse(p.updatedAt));
    for (const bad of ["http://github.com/acme/app", "javascript:alert(1)", "not a url", 5]) {
      expectError(await call(u, "PATCH", `/api/projects/${p.id}`, { githubRepoUrl: bad }), 400, "validation_failed");
    }
  });

  it("githubRepoUrl is https://github.com/<owner>/<repo> by GitHub's naming rules, nothing else", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    const owner39 = `a${"-b".repeat(19)}`;
    const good = [
      "https://github.com/a/b",
      "https://github.com/Acme-Corp/app.js",
      "https://github.com/acme/my_app-2.git",
      `https://github.com/${owner39}/${"r".repeat(100)}`,
      "https://github.com/acme/.github",
      "https://github.com/acme/...",
      `https://github.com/acme/..${"r".repeat(98)}`,
      // Decision: consecutive hyphens pass (older GitHub names have them); the rule is about where the URL leads.
      "https://github.com/a--b/c",
    ];
    for (const url of good) {
      const r = await call(u, "PATCH", `/api/projects/${p.id}`, { githubRepoUrl: url });
      expect(r.status, url).toBe(200);
      expect(r.json.project.githubRepoUrl).toBe(url);
    }
    const bad = [
      "https://github.com.evil.com/a/b",
      "https://github.com@evil.com/a/b",
      "https://user:pass@github.com/a/b",
      "https://user@github.com/a/b",
      "https://evil.com/github.com/a/b",
      "https://github.com:443/a/b",
      "https://github.com/a/b?x=1",
      "https://github.com/a/b#readme",
      "https://github.com/a/b/",
      "https://github.com/a/b/tree/main",
      "https://github.com/a",
      "https://github.com//b",
      "https://github.com/a/",
      "https://GITHUB.COM/a/b",
      "https://github.com/-a/b",
      "https://github.com/a-/b",
      "https://github.com/a_b/c",
      `https://github.com/${owner39}c/b`,
      `https://github.com/a/${"r".repeat(101)}`,
      "https://github.com/a/.",
      "https://github.com/a/..",
      `https://github.com/a/..${"r".repeat(99)}`,
      "https://github.com/a/b c",
      "https://github.com/a/b%2F..",
      " https://github.com/a/b",
    ];
    for (const url of bad) {
      const r = await call(u, "PATCH", `/api/projects/${p.id}`, { githubRepoUrl: url });
      expect(r.status, url).toBe(400);
      expectError(r, 400, "validation_failed");
      expect(r.json.error.issues[0].message).toBe("must be https://github.com/<owner>/<repo>");
    }
    expectError(await call(u, "PATCH", `/api/projects/${p.id}`, {}), 400, "validation_failed");
    const cleared = await call(u, "PATCH", `/api/projects/${p.slug}`, { githubRepoUrl: null });
    expect(cleared.json.project.githubRepoUrl).toBeNull();
  });
});

describe("DELETE /api/projects/:id", () => {
  it("removes the project, its history and its artifacts (cascade); one round trip", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    await passPhase(u, p.id, "analysis");
    for (const name of ["a.md", "b.md"]) {
      expect(
        (await call(u, "POST", `/api/projects/${p.id}/artifacts`, { phase: "analysis", name, content: name })).status,
      ).toBe(201);
    }
    const counts = async () =>
      (
        (await sql.query(
          `select (select count(*) from phase_history where project_id = $1)::int as h,
                  (select count(*) from project_artifacts where project_id = $1)::int as a,
                  (select count(*) from projects where id = $1)::int as p`,
          [p.id],
        )) as { h: number; a: number; p: number }[]
      )[0];
    // The three analysis documents passPhase uploaded, and a.md, b.md.
    expect(await counts()).toEqual({ h: 1, a: 5, p: 1 });
    const r = await call(u, "DELETE", `/api/projects/${p.id}`);
    expect(r.status).toBe(204);
    expect(r.roundTrips).toBe(1);
    expect(await counts()).toEqual({ h: 0, a: 0, p: 0 });
    expectError(await call(u, "DELETE", `/api/projects/${p.id}`), 404);
  });
});

describe("GET /api/projects/stats", () => {
  it("counts per phase and in total, only the user's, one round trip", async () => {
    const u = await signedInUser();
    const other = await signedInUser();
    await createProject(other);
    const a = await createProject(u);
    await createProject(u);
    await createProject(u);
    await passPhase(u, a.id, "analysis");
    const r = await call(u, "GET", "/api/projects/stats");
    expect(r.status).toBe(200);
    expect(r.roundTrips).toBe(1);
    expect(r.json).toEqual({
      total: 3,
      byPhase: { analysis: 2, stack_selection: 1, spec: 0, dependencies: 0, solutioning: 0, done: 0 },
    });
  });
});
