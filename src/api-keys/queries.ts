// The API keys' SQL. Every statement is scoped to the caller's user (NULL for a bad credential: nothing).
import { and, desc, eq, exists, gt, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { insertSelect, valueAs } from "../platform/db/raw";
import { type ApiKey, apiKeys, users } from "../platform/db/schema";

/** Most keys one user may hold. */
export const API_KEYS_MAX = 50;

/** What a key shows after its creation (never its hash). */
const keyColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  kind: apiKeys.kind,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  expiresAt: apiKeys.expiresAt,
};

/** The user's live keys (expired ones wait for the cleanup job), newest first. */
export function listLiveKeys(db: Db, userId: SQL) {
  return db
    .select(keyColumns)
    .from(apiKeys)
    .where(and(eq(apiKeys.userId, userId), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`))))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** The columns a new key is inserted with (the user's id comes from the scope). */
export type KeyFields = Pick<ApiKey, "name" | "kind" | "prefix" | "tokenHash" | "scopes" | "expiresAt">;

/**
 * Inserts the key only for a live credential's user whose address is verified and who holds fewer
 * than API_KEYS_MAX keys. Raw: insert…select (src/platform/db/raw.ts) from the scope's user, so the
 * row exists only if that user does; `returning` as the driver gives timestamps (text).
 */
export function insertKey(db: Db, userId: SQL, key: KeyFields) {
  return db.execute<{ id: string; created_at: string; expires_at: string | null }>(
    sql`${insertSelect(
      apiKeys,
      {
        userId: sql`u.id`,
        name: valueAs(apiKeys.name, key.name),
        kind: valueAs(apiKeys.kind, key.kind),
        prefix: valueAs(apiKeys.prefix, key.prefix),
        tokenHash: valueAs(apiKeys.tokenHash, key.tokenHash),
        scopes: valueAs(apiKeys.scopes, key.scopes),
        expiresAt: valueAs(apiKeys.expiresAt, key.expiresAt),
      },
      sql`from (select ${userId} as id) u where u.id is not null
      and exists (select 1 from ${users} where ${users.id} = u.id and ${users.emailVerified})
      and (select count(*) from ${apiKeys} where ${apiKeys.userId} = u.id) < ${API_KEYS_MAX}`,
    )} returning ${apiKeys.id}, ${apiKeys.createdAt}, ${apiKeys.expiresAt}`,
  );
}

/** Whether the user's address is verified (says why insertKey inserted nothing). */
export function emailVerifiedOf(db: Db, userId: SQL) {
  return db.select({ emailVerified: users.emailVerified }).from(users).where(eq(users.id, userId));
}

/** Deletes the user's key `id`, returning its hash (to forget it in this isolate). */
export function deleteKey(db: Db, userId: SQL, id: string) {
  return db
    .delete(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId)))
    .returning({ id: apiKeys.id, tokenHash: apiKeys.tokenHash });
}

// ---- what the audit rows of key events (src/audit) refer to, in the event's own batch

/** The id of the key stored with `tokenHash` (the one this batch inserted), as text. */
export function keyIdByHash(db: Db, tokenHash: string): SQL {
  return sql`(${db
    .select({ id: sql`${apiKeys.id}::text` })
    .from(apiKeys)
    .where(eq(apiKeys.tokenHash, tokenHash))})`;
}

/** The key with this hash exists: the insert earlier in the batch went in. */
export function keyStored(db: Db, tokenHash: string): SQL {
  return exists(db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.tokenHash, tokenHash)));
}

/**
 * The user's key `id` exists, locked until the batch ends: the revoke's audit row, written before the
 * delete, so of two concurrent revokes only the one that deletes the key records it (the other waits
 * for the lock and then finds no row). Raw: drizzle's exists() takes no locking subquery.
 */
export function keyHeld(userId: SQL, id: string): SQL {
  return sql`exists (select 1 from ${apiKeys} where ${apiKeys.id} = ${id} and ${apiKeys.userId} = ${userId} for update)`;
}
