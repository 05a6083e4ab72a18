import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import { users } from "../db/schema";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { assertNotCommon, commonPasswordCandidates } from "./common-passwords";
import { DUMMY_HASH, verifyPassword } from "./password";
import { consume, enforce, RULES } from "./rate-limit";
import { authed } from "./session";

const wrongPassword = () => new ApiError("wrong_password", "the password is incorrect");

/**
 * The first round trip of a password-confirmed action (change-password, DELETE /api/me): counts the
 * attempt against the per-user limit and reads the stored hash in the session's batch, then checks
 * the password (the same work when the row is gone). With `newPassword` (change-password), the same
 * batch looks it up in the common-password list, and a common one is refused (400) once the current
 * password is confirmed. Returns the verified stored hash.
 */
export async function confirmPassword(c: Context<AppEnv>, password: string, newPassword?: string): Promise<string> {
  const db = c.var.db;
  const {
    results: { byUser, rows, common },
  } = await authed(c, ({ userId }) => ({
    byUser: consume(db, RULES.reauthByUser, sql`'user:' || ${userId}`),
    rows: db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)),
    common: commonPasswordCandidates(db, newPassword ?? ""),
  }));
  enforce(c, { rule: RULES.reauthByUser, result: byUser });
  const storedHash = rows[0]?.passwordHash ?? DUMMY_HASH;
  if (!(await verifyPassword(password, storedHash, c.var.config.hashGate))) throw wrongPassword();
  if (newPassword !== undefined) assertNotCommon(newPassword, common, "newPassword");
  return storedHash;
}
