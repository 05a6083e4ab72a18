// The account's SQL: users (signup, login, verification, password reset and change, profile) and
// their sessions. Statements taking `userId`/`sessionId` SQL are scoped to the caller's credential
// (authed(): NULL for a bad one, so they read and change nothing). `allowed` is the request's
// rate-limit verdict in SQL (withinLimit), counted earlier in the same batch.
import { and, desc, eq, exists, gt, inArray, ne, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { authSessions, type User, users } from "../platform/db/schema";

/** The user as the API shows it (never a hash or token). */
export const publicUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  emailVerified: users.emailVerified,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

/**
 * Looks a user up by normalised email through the unique index on lower(email).
 * Raw: the index is on the expression lower(email), which the builder cannot name.
 */
function emailIs(email: string): SQL {
  return sql`lower(${users.email}) = ${email}`;
}

/** `<column> > now()`, for token expiries checked by the database clock. */
function notExpired(column: typeof users.emailVerificationExpiresAt | typeof users.passwordResetExpiresAt): SQL {
  return gt(column, sql`now()`);
}

/** A time `seconds` from now by the database clock. Raw: make_interval has no builder form. */
const inSeconds = (seconds: number): SQL => sql`now() + make_interval(secs => ${seconds})`;

// ---- signup, login

/** Whether an account holds the address (signup says so: docs/auth-threat-model.md). */
export function userIdByEmail(db: Db, email: string) {
  return db.select({ id: users.id }).from(users).where(emailIs(email));
}

/** A new account's row: a concurrent signup with the same address makes the insert a no-op. */
export type NewAccount = Pick<User, "id" | "email" | "name" | "passwordHash" | "emailVerificationTokenHash">;

export function insertUser(db: Db, account: NewAccount, verificationTtlSeconds: number) {
  return db
    .insert(users)
    .values({ ...account, emailVerificationExpiresAt: inSeconds(verificationTtlSeconds) })
    .onConflictDoNothing()
    .returning(publicUserColumns);
}

/** The user by address with the stored hash, for the password check. */
export function userWithHashByEmail(db: Db, email: string) {
  return db
    .select({ ...publicUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(emailIs(email));
}

/** Stores a rehash under current parameters, unless the password changed meanwhile. */
export function upgradePasswordHash(db: Db, userId: string, storedHash: string, upgraded: string) {
  return db
    .update(users)
    .set({ passwordHash: upgraded })
    .where(and(eq(users.id, userId), eq(users.passwordHash, storedHash)));
}

// ---- email verification

/**
 * Consumes a verification token in one atomic statement: a second use, an expired or a superseded
 * token match nothing.
 */
export function consumeVerification(db: Db, tokenHash: string, allowed: SQL) {
  return db
    .update(users)
    .set({
      emailVerified: true,
      emailVerificationTokenHash: null,
      emailVerificationExpiresAt: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(users.emailVerificationTokenHash, tokenHash), notExpired(users.emailVerificationExpiresAt), allowed))
    .returning({ id: users.id });
}

/** A new verification token, written only for an unverified user; returns the address to mail. */
export function renewVerification(db: Db, userId: SQL, tokenHash: string, ttlSeconds: number, allowed: SQL) {
  return db
    .update(users)
    .set({ emailVerificationTokenHash: tokenHash, emailVerificationExpiresAt: inSeconds(ttlSeconds) })
    .where(and(eq(users.id, userId), eq(users.emailVerified, false), allowed))
    .returning({ email: users.email });
}

// ---- password reset and change

/**
 * The reset link of the address: a live one is kept, only an expired or used one is replaced by
 * `fresh` (expiring at `expiry`). Returns what was kept or written, to mail it again.
 */
export function issueResetLink(db: Db, email: string, fresh: { hash: string; expiry: Date }, allowed: SQL) {
  const live = notExpired(users.passwordResetExpiresAt);
  return db
    .update(users)
    .set({
      passwordResetTokenHash: sql`case when ${live} then ${users.passwordResetTokenHash} else ${fresh.hash} end`,
      passwordResetExpiresAt: sql`case when ${live} then ${users.passwordResetExpiresAt} else ${fresh.expiry} end`,
    })
    .where(and(emailIs(email), allowed))
    .returning({ email: users.email, hash: users.passwordResetTokenHash, expiresAt: users.passwordResetExpiresAt });
}

const resetTokenValid = (tokenHash: string) =>
  and(eq(users.passwordResetTokenHash, tokenHash), notExpired(users.passwordResetExpiresAt));

/** The user a live reset token belongs to (none: no hashing work for a token that cannot succeed). */
export function resetCandidate(db: Db, tokenHash: string) {
  return db.select({ id: users.id }).from(users).where(resetTokenValid(tokenHash));
}

/**
 * ONE statement: new hash, token consumed, email verified, every session revoked. The token is
 * checked again here, so of two concurrent uses exactly one succeeds.
 */
export function consumeResetToken(db: Db, tokenHash: string, passwordHash: string) {
  const reset = db.$with("u").as(
    db
      .update(users)
      .set({
        passwordHash,
        passwordResetTokenHash: null,
        passwordResetExpiresAt: null,
        emailVerified: true,
        emailVerificationTokenHash: null,
        emailVerificationExpiresAt: null,
        updatedAt: sql`now()`,
      })
      .where(resetTokenValid(tokenHash))
      .returning({ id: users.id, email: users.email }),
  );
  const revoked = db.$with("revoked").as(
    db
      .delete(authSessions)
      .where(inArray(authSessions.userId, db.select({ id: reset.id }).from(reset)))
      .returning({ id: authSessions.id }),
  );
  return db.with(reset, revoked).select({ id: reset.id, email: reset.email }).from(reset);
}

/** The new hash, only while the old one is in place (no lost update); every pending reset link dies. */
export function replacePasswordHash(db: Db, userId: SQL, storedHash: string, passwordHash: string) {
  return db
    .update(users)
    .set({ passwordHash, passwordResetTokenHash: null, passwordResetExpiresAt: null, updatedAt: sql`now()` })
    .where(and(eq(users.id, userId), eq(users.passwordHash, storedHash)))
    .returning({ email: users.email });
}

/** Every other session of the user, only if the new hash went in (replacePasswordHash, same batch). */
export function revokeOtherSessionsAfterChange(db: Db, userId: SQL, sessionId: SQL, passwordHash: string) {
  const changed = db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.passwordHash, passwordHash)));
  return db
    .delete(authSessions)
    .where(and(eq(authSessions.userId, userId), ne(authSessions.id, sessionId), exists(changed)))
    .returning({ id: authSessions.id });
}

// ---- the signed-in user

export function findPublicUser(db: Db, userId: SQL) {
  return db.select(publicUserColumns).from(users).where(eq(users.id, userId));
}

export function renameUser(db: Db, userId: SQL, name: string) {
  return db.update(users).set({ name, updatedAt: sql`now()` }).where(eq(users.id, userId)).returning(publicUserColumns);
}

/** Foreign keys cascade: sessions, projects and everything under them go with the user. */
/** Deletes the user, if `when` (a condition on the batch so far) holds. */
export function deleteUser(db: Db, userId: SQL, when?: SQL) {
  return db.delete(users).where(and(eq(users.id, userId), when));
}

// ---- sessions

/** The user's unexpired sessions, most recently used first, the caller's marked `current`. */
export function listLiveSessions(db: Db, userId: SQL, sessionId: SQL) {
  return db
    .select({
      id: authSessions.id,
      createdAt: authSessions.createdAt,
      lastUsedAt: authSessions.lastUsedAt,
      expiresAt: authSessions.expiresAt,
      userAgent: authSessions.userAgent,
      ip: authSessions.ip,
      current: sql<boolean>`${authSessions.id} = ${sessionId}`.mapWith(Boolean),
    })
    .from(authSessions)
    .where(and(eq(authSessions.userId, userId), gt(authSessions.expiresAt, sql`now()`)))
    .orderBy(desc(authSessions.lastUsedAt), desc(authSessions.id));
}

/** The caller's own session (logout). */
export function deleteCurrentSession(db: Db, sessionId: SQL) {
  return db.delete(authSessions).where(eq(authSessions.id, sessionId));
}

/** One of the user's sessions, returning its hash (to forget it in this isolate). */
export function deleteUserSession(db: Db, userId: SQL, id: string) {
  return db
    .delete(authSessions)
    .where(and(eq(authSessions.id, id), eq(authSessions.userId, userId)))
    .returning({ id: authSessions.id, tokenHash: authSessions.tokenHash });
}

/** Every session of the user but the caller's, returning their hashes. */
export function deleteOtherSessions(db: Db, userId: SQL, sessionId: SQL) {
  return db
    .delete(authSessions)
    .where(and(eq(authSessions.userId, userId), ne(authSessions.id, sessionId)))
    .returning({ id: authSessions.id, tokenHash: authSessions.tokenHash });
}

// ---- conditions for the audit rows written in an event's batch (src/audit)

/** The user exists (a sign-in's audit row, written after the session insert that needs the same). */
export function userExists(db: Db, userId: string): SQL {
  return exists(db.select({ id: users.id }).from(users).where(eq(users.id, userId)));
}

/** The user's stored hash is `passwordHash`: the password change or reset earlier in the batch went in. */
export function hasPasswordHash(db: Db, userId: SQL | string, passwordHash: string): SQL {
  return exists(
    db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.passwordHash, passwordHash))),
  );
}
