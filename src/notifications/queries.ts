import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { type NotificationKind, notificationOptOuts, users } from "../platform/db/schema";

/** "The user has not opted out of `kind`": the condition a notification's recipients carry, in their batch. */
export function notOptedOut(userId: SQL | typeof users.id, kind: NotificationKind): SQL {
  return sql`not exists (select 1 from ${notificationOptOuts} where ${and(
    sql`${notificationOptOuts.userId} = ${userId}`,
    eq(notificationOptOuts.kind, kind),
  )})`;
}

/** The users among `userIds` (a subquery of ids) who take mails of `kind`, with their addresses. */
export function notificationRecipients(db: Db, kind: NotificationKind, userIds: SQL) {
  return db
    .select({ userId: users.id, email: users.email })
    .from(users)
    .where(and(sql`${users.id} in (${userIds})`, notOptedOut(users.id, kind)));
}

/** The kinds the user opted out of. */
export function optOutsOf(db: Db, userId: SQL) {
  return db
    .select({ kind: notificationOptOuts.kind })
    .from(notificationOptOuts)
    .where(eq(notificationOptOuts.userId, userId));
}

/**
 * Opts the user in to `on` and out of `off`. A NULL user (bad credential) matches nothing.
 * Raw: insert…select from the session's user (drizzle's insert takes values, not a scoped select).
 */
export function optOut(db: Db, userId: SQL, kinds: NotificationKind[]) {
  return db.execute(
    sql`insert into ${notificationOptOuts} (user_id, kind)
      select u.id, k.kind from (select ${userId} as id) u
      cross join jsonb_array_elements_text(${JSON.stringify(kinds)}::jsonb) as k(kind)
      where u.id is not null
      on conflict do nothing`,
  );
}

export function optIn(db: Db, userId: SQL, kinds: NotificationKind[]) {
  return db
    .delete(notificationOptOuts)
    .where(and(eq(notificationOptOuts.userId, userId), inArray(notificationOptOuts.kind, kinds)));
}

/** The one-click unsubscribe: the token named an existing user (a deleted one opts out of nothing). */
export function optOutByToken(db: Db, userId: string, kind: NotificationKind) {
  return db
    .insert(notificationOptOuts)
    .select(
      db
        .select({
          userId: users.id,
          kind: sql<NotificationKind>`${kind}::varchar`.as("kind"),
          createdAt: sql`now()`.as("created_at"),
        })
        .from(users)
        .where(eq(users.id, userId)),
    )
    .onConflictDoNothing()
    .returning({ kind: notificationOptOuts.kind });
}
