// Page cursors: opaque to clients (base64url of a small JSON object), checked on the way back in so that a
// forged or foreign cursor is a 400 invalid_cursor, never a value the database refuses (22xxx) or a 500.
import { z } from "zod";
import type { Position } from "../db/keyset";
import { ApiError } from "./errors";
import { isPgTimestampText } from "./timestamps";

/** Any JSON value as a URL-safe cursor. */
export function encodeCursor(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** A cursor back into the value `schema` describes; 400 invalid_cursor for anything else. */
export function decodeCursor<T>(cursor: string, schema: z.ZodType<T>): T {
  try {
    const bin = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
    const parsed = schema.safeParse(
      JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)))),
    );
    if (parsed.success) return parsed.data;
  } catch {
    // answered below: not base64, not UTF-8 or not JSON
  }
  throw new ApiError("invalid_cursor", "the cursor is malformed or belongs to another list", {
    issues: [{ path: "cursor", message: "invalid cursor" }],
  });
}

const PositionSchema = z.object({ k: z.string().refine(isPgTimestampText), id: z.uuid() });

/** The position a (timestamp, id) keyset cursor names; undefined for the first page. */
export function positionOf(cursor: string | undefined): Position | undefined {
  if (cursor === undefined) return undefined;
  const { k, id } = decodeCursor(cursor, PositionSchema);
  return { key: k, id };
}

/**
 * A page of `limit` rows out of the limit + 1 asked for, and the cursor after it (null on the last page).
 * `idOf` names the row's tie-breaker when it is not `id` (a membership keyed by its user).
 */
export function keysetPage<R extends { sortKey: string }>(
  rows: R[],
  limit: number,
  idOf: (row: R) => string = (row) => (row as R & { id: string }).id,
): { items: Omit<R, "sortKey">[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ k: last.sortKey, id: idOf(last) }) : null;
  return { items: page.map(({ sortKey: _key, ...row }) => row), nextCursor };
}
