import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import { users } from "../db/schema";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { DUMMY_HASH, verifyPassword } from "./password";
import { consume, enforce, RULES } from "./rate-limit";
import { authed } from "./session";

export const wrongPassword = () => new ApiError("wrong_password", "the password is incorrect");

/**
 * The first round trip of a password-confirmed action (change-password, DELETE /api/me): counts the
 * attempt against the per-user limit and reads the stored hash in the session's batch, then checks
 * the password (the same work when the row is gone). Returns the verified stored hash.
 */
export async function confirmPassword(c: Context<AppEnv>, password: string): Promise<string> {
  const db = c.var.db;
  const { results } = await authed(c, ({ userId }) => [
    consume(db, RULES.reauthByUser, sql`'user:' || ${userId}`),
    db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)),
  ]);
  const [byUser, rows] = results;
  enforce(c, { rule: RULES.reauthByUser, result: byUser });
  const storedHash = rows[0]?.passwordHash ?? DUMMY_HASH;
  if (!(await verifyPassword(password, storedHash))) throw wrongPassword();
  return storedHash;
}
