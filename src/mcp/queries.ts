// The MCP feature's SQL: the API keys that OAuth connections hold (src/mcp/oauth.ts). Every statement
// is scoped to the caller's user (NULL for a bad credential: nothing).
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { apiKeys } from "../platform/db/schema";

/** The caller's user id (the connections live in the MCP worker's KV, keyed by it). */
export function callerId(db: Db, userId: SQL) {
  // Raw: a select of the scope's own expression, with no table the builder could name.
  return db.execute<{ id: string | null }>(sql`select ${userId}::text as id`);
}

/** A key the consent page minted for an OAuth connection (its kind, never its name: a user names keys freely). */
const isConnectionKey = eq(apiKeys.kind, "connection");

/** The ids of the user's live connection keys: a grant whose key is gone is no connection. */
export function connectionKeyIds(db: Db, userId: SQL) {
  return db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.userId, userId),
        isConnectionKey,
        sql`(${apiKeys.expiresAt} is null or ${apiKeys.expiresAt} > now())`,
      ),
    );
}

/** Deletes the user's connection key `id`, returning its hash (to forget it in this isolate). */
export function deleteConnectionKey(db: Db, userId: SQL, id: string) {
  return db
    .delete(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId), isConnectionKey))
    .returning({ id: apiKeys.id, tokenHash: apiKeys.tokenHash });
}
