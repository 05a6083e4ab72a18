import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { resultsByName, statementsOf } from "../../../src/platform/db/batch";
import { createDb } from "../../../src/platform/db/client";

// The production client; its statements are built, never sent: only their order and names are under test.
const db = createDb({
  DATABASE_URL: "postgres://user:pass@db.invalid/db",
  DB_TIMEOUT_MS: 1000,
  QUOTA_ARTIFACTS_PER_PROJECT: 1,
  QUOTA_BYTES_PER_PROJECT: 1,
});

describe("named batches", () => {
  const named = { project: db.execute(sql`select 1`), tag: db.execute(sql`select 2`) };

  it("sends the statements in the names' order and gives each result back under its name", () => {
    expect(statementsOf(named)).toEqual([named.project, named.tag]);
    expect(resultsByName(named, ["first", "second"])).toEqual({ project: "first", tag: "second" });
  });

  it("refuses results that do not match the statements one for one", () => {
    expect(() => resultsByName(named, ["only one"])).toThrow("batch returned 1 results for 2");
  });
});
