// Cache-Control: no-store on every response carrying a token or private data (and on errors), so
// no browser, proxy or CDN keeps a copy.
import { describe, expect, it } from "vitest";
import { api, jsonInit, PASSWORD, signedInUser, signUp, uniqueEmail } from "../helpers";
import { createProject } from "../project-fixtures";

const expectNoStore = (res: Response, what: string) => expect(res.headers.get("cache-control"), what).toBe("no-store");

describe("Cache-Control: no-store", () => {
  it("sign-up and login (they carry the session token)", async () => {
    const t = api();
    const email = uniqueEmail();
    const signup = await t.request("/api/auth/signup", jsonInit("POST", { email, password: PASSWORD, name: "Ada" }));
    expect(signup.status).toBe(201);
    expectNoStore(signup, "signup");
    const login = await t.request("/api/auth/login", jsonInit("POST", { email, password: PASSWORD }));
    expect(login.status).toBe(200);
    expectNoStore(login, "login");
  });

  it("every authenticated read and write: me, sessions, projects, artifact content, export, logout", async () => {
    const t = api();
    const u = await signUp(t);
    const fixture = await signedInUser();
    const p = await createProject(fixture);
    const created = await t.request(
      `/api/projects/${p.id}/artifacts`,
      jsonInit("POST", { phase: "analysis", name: "PRD.md", content: "# secret" }, fixture.auth),
    );
    expect(created.status).toBe(201);
    expectNoStore(created, "artifact create");
    const { artifact } = (await created.json()) as { artifact: { id: string } };
    const reads: [string, string, Record<string, string>][] = [
      ["/api/me", "GET", u.auth],
      ["/api/me/sessions", "GET", u.auth],
      ["/api/projects", "GET", fixture.auth],
      [`/api/projects/${p.id}`, "GET", fixture.auth],
      [`/api/projects/${p.id}/artifacts/${artifact.id}`, "GET", fixture.auth],
      [`/api/projects/${p.id}/export`, "GET", fixture.auth],
      ["/api/auth/logout", "POST", u.auth],
    ];
    for (const [path, method, headers] of reads) {
      const res = await t.request(path, { method, headers });
      expect(res.status, path).toBeLessThan(300);
      expectNoStore(res, `${method} ${path}`);
      await res.arrayBuffer();
    }
  });

  it("errors, refusals and the public routes too", async () => {
    const t = api();
    for (const path of ["/api/me", "/health", "/nope"]) expectNoStore(await t.request(path), path);
    expectNoStore(await t.request("/api/auth/login", jsonInit("POST", { email: "x" })), "400");
  });
});
