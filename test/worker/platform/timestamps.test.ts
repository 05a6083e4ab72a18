// Timestamps Postgres would refuse never reach it (400 at validation); any data exception (22xxx)
// that still comes back is a 4xx; and the log line never carries the refused value.
import { describe, expect, it } from "vitest";
import { mapError } from "../../../src/platform/http/errors";
import { describeFailure } from "../../../src/platform/http/log";
import { isPgTimestampText } from "../../../src/platform/http/timestamps";
import { call, expectError, signedInUser } from "../helpers";
import { createProject } from "../project-fixtures";

/** The cursor the list route issues, forged: base64url of its JSON. */
function cursor(v: string, s = "created"): string {
  return btoa(JSON.stringify({ s, o: "desc", v, id: crypto.randomUUID() }))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

const REFUSED_BY_POSTGRES = [
  "2026-01-01T00:00:00+16:00",
  "2026-01-01T00:00:00+23:59",
  "2026-01-01T00:00:00-16:00",
  "0000-01-01T00:00:00Z",
];

describe("timestamps Postgres refuses are 400 before any round trip", () => {
  it("createdFrom / createdTo: refused exactly where Postgres refuses, accepted up to its edges", async () => {
    const u = await signedInUser();
    for (const v of REFUSED_BY_POSTGRES) {
      for (const name of ["createdFrom", "createdTo"]) {
        const r = await call(u, "GET", `/api/projects?${name}=${encodeURIComponent(v)}`);
        expectError(r, 400, "validation_failed");
        expect(r.json.error.issues[0].path).toBe(name);
        expect(r.roundTrips).toBe(0);
      }
    }
    for (const v of ["2026-01-01T00:00:00+15:59", "9999-12-31T23:59:59-15:59", "0001-01-01T00:00:00Z"]) {
      const r = await call(u, "GET", `/api/projects?createdFrom=${encodeURIComponent(v)}`);
      expect(r.status, v).toBe(200);
    }
  });

  it.each(REFUSED_BY_POSTGRES)("history from / to = %s", async (v) => {
    const u = await signedInUser();
    const p = await createProject(u);
    for (const name of ["from", "to"]) {
      const r = await call(u, "GET", `/api/projects/${p.id}/phases/history?${name}=${encodeURIComponent(v)}`);
      expectError(r, 400, "validation_failed");
      expect(r.roundTrips).toBe(0);
    }
  });

  it("a forged cursor with a value Postgres refuses or cannot store: 400 invalid_cursor, no round trip", async () => {
    const u = await signedInUser();
    for (const [v, s] of [
      ["2026-01-01 00:00:00+16", "created"],
      ["2026-01-01 00:00:00+23:59", "updated"],
      ["0000-01-01 00:00:00+00", "created"],
      ["2026-02-30 00:00:00+00", "created"],
      ["yesterday", "created"],
      ["a\u0000b", "name"],
      ["a\ud800b", "name"],
    ] as const) {
      const r = await call(u, "GET", `/api/projects?sort=${s}&cursor=${cursor(v, s)}`);
      expectError(r, 400, "invalid_cursor");
      expect(r.roundTrips, v).toBe(0);
    }
    // What the API issues (Postgres's own text form) still works.
    expect(isPgTimestampText("2026-11-26 15:19:18.123456+00")).toBe(true);
    expect(isPgTimestampText("2026-11-26 15:19:18+05:30")).toBe(true);
    await createProject(u);
    await createProject(u);
    const first = await call(u, "GET", "/api/projects?limit=1");
    const next = await call(u, "GET", `/api/projects?limit=1&cursor=${first.json.nextCursor}`);
    expect(next.status).toBe(200);
    expect(next.json.items).toHaveLength(1);
  });
});

describe("data exceptions (SQLSTATE class 22) are the request's fault", () => {
  const pgError = (code: string, message: string) => Object.assign(new Error(message), { name: "NeonDbError", code });

  // 22007, 22008, 22P02, 22003 were mapped already; the rest of the class was a 500.
  it.each(["22009", "22012", "22026", "2200G"])("%s -> 422 invalid_value", (code) => {
    const m = mapError(new Error("Failed query", { cause: pgError(code, "bad value") }));
    expect(m).toMatchObject({ status: 422, code: "invalid_value" });
    expect(m.bug).toBeUndefined();
  });
});

describe("no request value in a failure's log entry", () => {
  it("quoted values in the root cause's message are blanked (Postgres and JSON.parse quote them)", () => {
    const secret = `v-${crypto.randomUUID()}`;
    const pg = Object.assign(new Error(`time zone displacement out of range: "${secret}"`), { code: "XX000" });
    const f = describeFailure(new Error(`Failed query: select $1 params: ${secret}`, { cause: pg }), "internal_error");
    expect(f.error).not.toContain(secret);
    expect(f.error).toBe('Error: time zone displacement out of range: "…"');
    expect(f.pgCode).toBe("XX000");
    let parseError: unknown;
    try {
      JSON.parse(secret); // V8 quotes the start of the text it refused
    } catch (err) {
      parseError = err;
    }
    expect(String(parseError)).toContain(secret.slice(2, 10));
    expect(describeFailure(parseError, "internal_error").error).not.toContain(secret.slice(2, 10));
  });
});
