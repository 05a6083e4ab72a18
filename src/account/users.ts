import { type SQL, sql } from "drizzle-orm";
import { users } from "../platform/db/schema";

/** Looks a user up by normalised email through the unique index on lower(email). */
export function emailIs(email: string): SQL {
  return sql`lower(${users.email}) = ${email}`;
}

/** `<column> > now()`, for token expiries checked by the database clock. */
export function notExpired(column: typeof users.emailVerificationExpiresAt | typeof users.passwordResetExpiresAt): SQL {
  return sql`${column} > now()`;
}

export const inSeconds = (seconds: number): SQL => sql`now() + make_interval(secs => ${seconds})`;
