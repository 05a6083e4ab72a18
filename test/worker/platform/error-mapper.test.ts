// The error mapper (src/platform/http/errors.ts mapError), all of it in this file. On errors the real driver
// raises: those SQLSTATEs are produced by Postgres through the local Neon endpoint, not built by hand;
// the last block checks the mapping table itself, on errors built bare and wrapped as drizzle wraps them.
import { neon } from "@neondatabase/serverless";
import { describe, expect, it } from "vitest";
import { mapError } from "../../../src/platform/http/errors";
import { api, sql } from "../helpers";

/** The error a query raises (the test fails if it does not raise). */
async function errorFrom(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  throw new Error("the query did not fail");
}

describe("SQLSTATEs the request caused answer 422 invalid_value", () => {
  it.each([
    // 22001 string_data_right_truncation: an assignment to a too-short varchar column.
    [
      "22001",
      "with x(v) as (select repeat('x', 300)) insert into rate_limit_log (identifier, endpoint, attempts, reset_at) select v, 'x', 1, now() from x",
    ],
    // 22003 numeric_value_out_of_range
    ["22003", "select 2147483647::int + 1"],
    // 22007 invalid_datetime_format
    ["22007", "select 'not a date'::timestamptz"],
    // 22008 datetime_field_overflow
    ["22008", "select '2024-13-45 10:00'::timestamp"],
    // 22023 invalid_parameter_value
    ["22023", "select generate_series(1, 10, 0)"],
  ])("%s (%s)", async (state, query) => {
    const err = await errorFrom(() => sql.query(query));
    expect((err as { code?: string }).code).toBe(state);
    expect(mapError(err)).toMatchObject({ status: 422, code: "invalid_value" });
  });
});

describe("driver failures that are not Postgres errors", () => {
  it("an HTTP error from the endpoint (no SQLSTATE): 503 database_unavailable with Retry-After", async () => {
    const t = api();
    await t.fault({ status: 502 });
    const err = await errorFrom(() => neon(t.env.DATABASE_URL as string).query("select 1"));
    expect(String((err as Error).message)).toMatch(/^Server error \(HTTP status 502\)/);
    const m = mapError(err);
    expect(m).toMatchObject({ status: 503, code: "database_unavailable" });
    expect(m.headers?.["Retry-After"]).toMatch(/^\d+$/);
  });

  it("Neon's internal error (an answer of an unexpected format): 503 database_unavailable", () => {
    // The driver's own wording when a batch answer has no results (index.mjs, "unexpected result format").
    const err = Object.assign(new Error("Neon internal error: unexpected result format"), { name: "NeonDbError" });
    expect(mapError(err)).toMatchObject({ status: 503, code: "database_unavailable" });
  });

  it("an aborted round trip (the caller's signal): 503 database_unavailable, not a 500", async () => {
    const controller = new AbortController();
    const t = api();
    await t.fault({ delayMs: 5000 });
    const pending = errorFrom(() =>
      neon(t.env.DATABASE_URL as string, { fetchOptions: { signal: controller.signal } }).query("select 1"),
    );
    controller.abort();
    const err = await pending;
    expect(mapError(err)).toMatchObject({ status: 503, code: "database_unavailable" });
  });

  it("anything else is a 500 internal_error, logged as a bug", () => {
    expect(mapError(new TypeError("x is not a function"))).toMatchObject({
      status: 500,
      code: "internal_error",
      bug: true,
    });
  });
});

describe("the error mapper: SQLSTATEs that mean the database is in trouble answer 503", () => {
  const pg = (code: string) => Object.assign(new Error("db"), { name: "NeonDbError", code });
  const wrapped = (code: string) => Object.assign(new Error("Failed query"), { cause: pg(code) });

  it.each([
    "08000",
    "08003",
    "08006",
    "08001",
    "08004",
    "08P01", // connection exceptions
    "53000",
    "53100",
    "53200",
    "53300",
    "53400", // insufficient resources (disk, memory, connections)
    "57P01",
    "57P02",
    "57P03", // admin/crash shutdown, cannot connect now
    "57014", // query canceled (statement_timeout)
    "XX000",
    "XX001",
    "XX002", // internal error, data corrupted
  ])("%s -> 503 database_unavailable with Retry-After", (code) => {
    for (const err of [pg(code), wrapped(code)]) {
      expect(mapError(err)).toMatchObject({ status: 503, code: "database_unavailable" });
      expect(mapError(err).headers?.["Retry-After"]).toMatch(/^\d+$/);
    }
  });

  it.each(["57000", "42P01", "42703", "55P03", "0A000"])("%s stays a 500 (a bug, not an outage)", (code) => {
    expect(mapError(wrapped(code))).toMatchObject({ status: 500, code: "internal_error" });
  });

  it.each(["22021", "22P05"])(
    "%s (NUL, lone surrogate: text the database cannot store) -> 400 invalid_text",
    (code) => {
      expect(mapError(wrapped(code))).toMatchObject({ status: 400, code: "invalid_text" });
    },
  );

  it("a TimeoutError, as the driver wraps it (sourceError), answers 503 database_timeout", () => {
    const timeout = new DOMException("The operation was aborted due to timeout", "TimeoutError");
    const driver = Object.assign(new Error(`Error connecting to database: ${timeout}`), {
      name: "NeonDbError",
      sourceError: timeout,
    });
    for (const err of [timeout, driver, Object.assign(new Error("Failed query"), { cause: driver })]) {
      expect(mapError(err)).toMatchObject({ status: 503, code: "database_timeout" });
    }
  });
});

describe("the error mapper: SQLSTATEs by class, bare or wrapped by drizzle", () => {
  const pg = (code: string) => Object.assign(new Error("db"), { name: "NeonDbError", code });
  // Through drizzle, a single query's error is the `cause` of a DrizzleQueryError.
  const wrapped = (code: string) => Object.assign(new Error("Failed query"), { cause: pg(code) });

  it.each([
    ["23505", 409, "conflict"],
    ["23503", 422, "invalid_reference"],
    ["23514", 422, "invalid_value"],
    ["23502", 422, "invalid_value"],
    ["22P02", 422, "invalid_value"],
    ["40001", 409, "concurrent_update"],
    ["40P01", 409, "concurrent_update"],
    ["42P01", 500, "internal_error"],
  ])("SQLSTATE %s -> %i %s, bare or wrapped", (code, status, name) => {
    for (const err of [pg(code), wrapped(code)]) {
      const m = mapError(err);
      expect([m.status, m.code]).toEqual([status, name]);
    }
  });

  it("a serialization failure carries a retry hint", () => {
    expect(mapError(pg("40001")).headers).toEqual({ "Retry-After": "1" });
  });

  it("anything unknown is a 500 without internals", () => {
    const m = mapError(new TypeError("secret internals"));
    expect(m).toMatchObject({ status: 500, code: "internal_error", message: "internal error" });
  });
});
