// Keyset pages: a list ordered by (sort key, id) asks for limit + 1 rows; the position after a page is its last
// row's sort key and id. A timestamp key travels as Postgres's text of it (microseconds kept): a JS Date rounds
// them to milliseconds, and a position rounded down or up skips or repeats rows.

import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** Where a page ends: the last row's sort key (as text) and id. */
export interface Position {
  key: string;
  id: string;
}

/** A timestamp column as text, for the page's last row (`sortKey` of a keyset list's rows). */
export const sortKeyText = (column: AnyPgColumn | SQL) => sql<string>`${column}::text`;

/**
 * The rows past `after` in a list ordered by (key, id): later ones when ascending, earlier when descending.
 * Raw: a row comparison is what the (…, created_at, id) indexes serve; drizzle has no tuple operator.
 */
export function pastPosition(
  key: AnyPgColumn | SQL,
  id: AnyPgColumn | SQL,
  after: Position | undefined,
  order: "asc" | "desc",
): SQL | undefined {
  if (!after) return undefined;
  return order === "asc"
    ? sql`(${key}, ${id}) > (${after.key}::timestamptz, ${after.id}::uuid)`
    : sql`(${key}, ${id}) < (${after.key}::timestamptz, ${after.id}::uuid)`;
}
