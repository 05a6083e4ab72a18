// Entity tags computed in SQL, so a GET can send one and a write can compare If-Match with it in its
// own WHERE (race-free: the comparison runs on the row the write locks).
import { type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/**
 * `<id>.<updated_at in microseconds since the epoch>`: changes with every write (each sets
 * updated_at = now(), a new transaction's start time). Raw: epoch extraction has no builder form;
 * microseconds because a JS Date would drop them.
 */
export function rowEtag(t: { id: PgColumn; updatedAt: PgColumn }): SQL<string> {
  return sql<string>`${t.id}::text || '.' || (extract(epoch from ${t.updatedAt}) * 1000000)::bigint::text`;
}
