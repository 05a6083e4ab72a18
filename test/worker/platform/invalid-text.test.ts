// Text the database cannot store (NUL, unpaired surrogates) is refused with 400 `invalid_text` in
// every text field (JSON bodies, query strings, path params) by one guard, before validation and
// before any database round trip: Neon's proxy would refuse the whole request with a lone surrogate.
import { describe, expect, it } from "vitest";
import { isUnstorable, jsonTextHasUnstorable } from "../../../src/platform/http/text-guard";
import { api, jsonInit, signedInUser, sql, uniqueEmail } from "../helpers";
import { createProject } from "../project-fixtures";

async function expectInvalidText(res: Response) {
  expect(res.status).toBe(400);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_text");
}

describe("jsonTextHasUnstorable (on the raw JSON text)", () => {
  it.each([
    ['{"a":"x\\u0000y"}', true],
    ['{"a":"\\ud800"}', true],
    ['{"a":"\\uDFFF"}', true],
    ['{"a":"\\udfff\\ud800"}', true],
    ['{"\\ud800":1}', true],
    ['["\\ud83d"]', true],
    ['["\\ud83d\\u0041"]', true],
    ['["\\ud83d😀"]', true],
    ['{"a":"\\ud83d\\ude00"}', false],
    ['{"a":"\\\\u0000"}', false],
    ['{"a":"\\\\ud800"}', false],
    ['{"a":"\\\\\\u0000"}', true],
    ['{"a":"\\n\\t\\"\\u0001\\u00e9"}', false],
    ['{"a":"😀 é"}', false],
    ['{"a":"\u0000"}', true],
  ])("%s -> %s", (text, bad) => {
    expect(jsonTextHasUnstorable(text)).toBe(bad);
    // The oracle: the decoded strings JSON.parse makes of it, each checked whole.
    const strings: string[] = [];
    try {
      JSON.parse(text, (k, v) => {
        strings.push(k);
        if (typeof v === "string") strings.push(v);
        return v;
      });
    } catch {
      return; // a raw NUL: not even JSON
    }
    expect(strings.some(isUnstorable)).toBe(bad);
  });
});

describe("invalid_text in every text field, before the database", () => {
  it("a lone surrogate in a project's name, description or idea: 400, nothing stored, no round trip", async () => {
    const u = await signedInUser();
    for (const field of ["name", "description", "idea"]) {
      const t = api();
      const res = await t.request("/api/projects", jsonInit("POST", { name: "ok", [field]: "a\ud800b" }, u.auth));
      await expectInvalidText(res);
      expect(await t.roundTrips()).toBe(0);
    }
    const rows = await sql.query("select count(*)::int as n from projects where user_id = $1", [u.id]);
    expect(rows).toEqual([{ n: 0 }]);
    // Surrogate pairs and escaped backslashes are fine.
    const ok = await api().request(
      "/api/projects",
      jsonInit("POST", '{"name":"\\ud83d\\ude00 \\\\u0000 \\\\ud800"}', u.auth),
    );
    expect(ok.status).toBe(201);
    const { project } = (await ok.json()) as { project: { name: string } };
    expect(project.name).toBe("\u{1F600} \\u0000 \\ud800");
  });

  it("a lone surrogate in a signup name or a login email: 400, no account", async () => {
    const email = uniqueEmail();
    const t = api();
    await expectInvalidText(
      await t.request("/api/auth/signup", jsonInit("POST", { email, password: "a long enough pass", name: "\udfffx" })),
    );
    await expectInvalidText(
      await t.request("/api/auth/login", jsonInit("POST", { email: `\ud800${email}`, password: "whatever 123" })),
    );
    expect(await t.roundTrips()).toBe(0);
    expect(await sql.query("select count(*)::int as n from users where email = $1", [email])).toEqual([{ n: 0 }]);
  });

  it("a lone surrogate in an artifact's content or a stack choice: 400", async () => {
    const u = await signedInUser();
    const p = await createProject(u);
    await expectInvalidText(
      await api().request(
        `/api/projects/${p.id}/artifacts`,
        jsonInit("POST", { phase: "analysis", name: "a.md", content: "x\ud800" }, u.auth),
      ),
    );
    await expectInvalidText(
      await api().request(`/api/projects/${p.id}/stack/approve`, jsonInit("POST", { stackChoice: "\udc00" }, u.auth)),
    );
  });

  it("a NUL in a query string or a path param: 400 without a round trip", async () => {
    const u = await signedInUser();
    for (const url of ["/api/projects?q=a%00b", "/api/projects/abc%00def", "/api/projects?phase=%00"]) {
      const t = api();
      await expectInvalidText(await t.request(url, { headers: u.auth }));
      expect(await t.roundTrips(), url).toBe(0);
    }
  });

  it("a NUL even where the route reads no body or query: refused all the same", async () => {
    const u = await signedInUser();
    const t = api();
    await expectInvalidText(await t.request("/api/me?x=%00", { headers: u.auth }));
    await expectInvalidText(
      await t.request("/api/auth/logout", {
        method: "POST",
        headers: { ...u.auth, "content-type": "application/json" },
        body: '{"x":"\\u0000"}',
      }),
    );
    expect(await t.roundTrips()).toBe(0);
  });
});
