// /api/auth/*: sign up, log in/out, email verification, password reset and change.
// Every handler counts the request against its rate limits in its FIRST round trip and checks
// them before doing anything else (password hashing included).
import { z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { newAccountToken, RESET_TTL_SECONDS, VERIFICATION_TTL_SECONDS } from "../auth/account-tokens";
import { emailIdentifier, emailSchema } from "../auth/email";
import {
  DUMMY_HASH,
  givenPasswordSchema,
  hashPassword,
  needsRehash,
  newPasswordSchema,
  PASSWORD_MAX,
  PASSWORD_MIN,
  verifyPassword,
} from "../auth/password";
import { consume, enforce, ipIdentifier, RULES, withinLimit } from "../auth/rate-limit";
import { confirmPassword } from "../auth/reauth";
import { authed, clearSessionCookie, issueSession, newSessionStatement } from "../auth/session";
import { hashToken } from "../auth/tokens";
import { emailIs, inSeconds, notExpired } from "../auth/users";
import { authSessions, users } from "../db/schema";
import { ApiError } from "../http/errors";
import { router } from "../http/openapi";
import { defineRoute, jsonBody, jsonResponse } from "../http/route";
import { passwordResetMail, verificationMail } from "../mail/messages";
import { sendInBackground } from "../mail/send";
import { publicUserColumns, toPublicUser, UserSchema } from "./me";

const SessionTokenSchema = z
  .object({
    token: z.string().openapi({ description: "Bearer token (also set as the __Host-session cookie)" }),
    expiresAt: z.iso.datetime(),
  })
  .openapi("SessionToken");
const AuthResultSchema = z.object({ user: UserSchema, session: SessionTokenSchema }).openapi("AuthResult");
const StatusSchema = z.object({ status: z.string(), message: z.string().optional() });
const tokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,200}$/, "must be a token from the email link")
  .openapi({ example: "aTokenFromTheEmailLink" });

// The documented bounds are the ones the schemas enforce (after trimming / NFC normalisation).
const email = emailSchema.openapi({ format: "email", maxLength: 255 });
const newPassword = newPasswordSchema.openapi({
  minLength: PASSWORD_MIN,
  maxLength: PASSWORD_MAX,
  description: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters (Unicode code points, after NFC normalisation)`,
  example: "correct horse battery staple",
});
const givenPassword = givenPasswordSchema.openapi({ example: "correct horse battery staple" });

const invalidCredentials = () => new ApiError("invalid_credentials", "invalid email or password");
const invalidToken = () => new ApiError("invalid_token", "the link is invalid or has expired; request a new one");

const signup = defineRoute({
  operationId: "signUp",
  tags: ["auth"],
  summary: "Create an account; signs in and sends a verification email",
  method: "post",
  path: "/api/auth/signup",
  auth: "public",
  request: {
    body: jsonBody(
      z
        .object({ email, password: newPassword, name: z.string().trim().min(1).max(255) })
        .openapi({ example: { email: "ada@example.com", password: "correct horse battery staple", name: "Ada" } }),
    ),
  },
  responses: { 201: jsonResponse("Created and signed in", AuthResultSchema) },
  errors: ["email_taken", "rate_limited"],
  headers: ["RateLimit", "Set-Cookie"],
});

const login = defineRoute({
  operationId: "logIn",
  tags: ["auth"],
  summary: "Sign in with email and password",
  method: "post",
  path: "/api/auth/login",
  auth: "public",
  request: {
    body: jsonBody(
      z
        .object({ email, password: givenPassword })
        .openapi({ example: { email: "ada@example.com", password: "correct horse battery staple" } }),
    ),
  },
  responses: { 200: jsonResponse("Signed in", AuthResultSchema) },
  errors: ["invalid_credentials", "rate_limited"],
  headers: ["RateLimit", "Set-Cookie"],
});

const logout = defineRoute({
  operationId: "logOut",
  tags: ["auth"],
  summary: "Revoke the current session",
  method: "post",
  path: "/api/auth/logout",
  auth: "session",
  responses: { 204: { description: "Signed out" } },
});

const verifyEmail = defineRoute({
  operationId: "verifyEmail",
  tags: ["auth"],
  summary: "Confirm the email address with the token from the verification email",
  method: "post",
  path: "/api/auth/verify-email",
  auth: "public",
  request: { body: jsonBody(z.object({ token: tokenSchema })) },
  responses: { 200: jsonResponse("Verified", StatusSchema) },
  errors: ["invalid_token", "rate_limited"],
  headers: ["RateLimit"],
});

const resendVerification = defineRoute({
  operationId: "resendVerificationEmail",
  tags: ["auth"],
  summary: "Send a new verification email to the signed-in user (supersedes the previous link)",
  method: "post",
  path: "/api/auth/verify-email/resend",
  auth: "session",
  responses: { 202: jsonResponse("Sent", StatusSchema) },
  errors: ["already_verified", "rate_limited"],
  headers: ["RateLimit"],
});

const FORGOT_ANSWER = {
  status: "accepted",
  message: "If an account exists for this email, a password reset link has been sent to it.",
};

const forgotPassword = defineRoute({
  operationId: "requestPasswordReset",
  tags: ["auth"],
  summary: "Email a password reset link (same answer whether or not the account exists)",
  method: "post",
  path: "/api/auth/forgot-password",
  auth: "public",
  request: { body: jsonBody(z.object({ email })) },
  responses: { 202: jsonResponse("Accepted", StatusSchema) },
  errors: ["rate_limited"],
  headers: ["RateLimit"],
});

const resetPassword = defineRoute({
  operationId: "resetPassword",
  tags: ["auth"],
  summary: "Set a new password with the token from the reset email; signs out every session",
  method: "post",
  path: "/api/auth/reset-password",
  auth: "public",
  request: { body: jsonBody(z.object({ token: tokenSchema, password: newPassword })) },
  responses: { 204: { description: "Password changed" } },
  errors: ["invalid_token", "rate_limited"],
  headers: ["RateLimit"],
});

const changePassword = defineRoute({
  operationId: "changePassword",
  tags: ["auth"],
  summary: "Change the password; signs out every other session",
  method: "post",
  path: "/api/auth/change-password",
  auth: "session",
  request: { body: jsonBody(z.object({ currentPassword: givenPassword, newPassword: newPassword })) },
  responses: { 200: jsonResponse("Changed", z.object({ revokedSessions: z.number().int() })) },
  errors: ["wrong_password", "concurrent_update", "rate_limited"],
  headers: ["RateLimit"],
});

export const authRoutes = router()
  .openapi(signup, async (c) => {
    const { email, password, name } = c.req.valid("json");
    const db = c.var.db;
    const [byIp, byEmail, existing] = await db.batch([
      consume(db, RULES.signupByIp, ipIdentifier(c)),
      consume(db, RULES.signupByEmail, emailIdentifier(email)),
      db.select({ id: users.id }).from(users).where(emailIs(email)),
    ]);
    enforce(c, { rule: RULES.signupByIp, result: byIp }, { rule: RULES.signupByEmail, result: byEmail });
    if (existing.length > 0) throw emailTaken();

    const passwordHash = await hashPassword(password);
    const id = crypto.randomUUID();
    const verification = newAccountToken();
    const session = newSessionStatement(c, id);
    // One batch: the user (with its verification token) and its session. A concurrent signup
    // with the same email makes the insert a no-op, and the session insert then finds no user.
    const [inserted, sessionResult] = await db.batch([
      db
        .insert(users)
        .values({
          id,
          email,
          name,
          passwordHash,
          emailVerificationTokenHash: verification.hash,
          emailVerificationExpiresAt: inSeconds(VERIFICATION_TTL_SECONDS),
        })
        .onConflictDoNothing()
        .returning(publicUserColumns),
      session.statement,
    ]);
    const user = inserted[0];
    if (!user) throw emailTaken();
    sendInBackground(c, "verification", verificationMail(c.var.config.APP_URL, email, verification.token));
    return c.json({ user: toPublicUser(user), session: issueSession(c, session.token, sessionResult) }, 201);
  })
  .openapi(login, async (c) => {
    const { email, password } = c.req.valid("json");
    const db = c.var.db;
    const [byIp, byEmail, found] = await db.batch([
      consume(db, RULES.loginByIp, ipIdentifier(c)),
      consume(db, RULES.loginByEmail, emailIdentifier(email)),
      db
        .select({ ...publicUserColumns, passwordHash: users.passwordHash })
        .from(users)
        .where(emailIs(email)),
    ]);
    enforce(c, { rule: RULES.loginByIp, result: byIp }, { rule: RULES.loginByEmail, result: byEmail });

    const row = found[0];
    // An unknown email costs the same hashing work and gets the same answer as a wrong password.
    const matches = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
    if (!row || !matches) throw invalidCredentials();
    const { passwordHash: storedHash, ...user } = row;

    const session = newSessionStatement(c, user.id);
    const upgraded = needsRehash(storedHash) ? await hashPassword(password) : undefined;
    const [sessionResult] = upgraded
      ? await db.batch([
          session.statement,
          db
            .update(users)
            .set({ passwordHash: upgraded })
            .where(and(eq(users.id, user.id), eq(users.passwordHash, storedHash))),
        ])
      : await db.batch([session.statement]);
    return c.json({ user: toPublicUser(user), session: issueSession(c, session.token, sessionResult) }, 200);
  })
  .openapi(logout, async (c) => {
    await authed(c, ({ sessionId }) => [c.var.db.delete(authSessions).where(eq(authSessions.id, sessionId))]);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(verifyEmail, async (c) => {
    const { token } = c.req.valid("json");
    const db = c.var.db;
    const ip = ipIdentifier(c);
    // One round trip: the count, then the consumption guarded by it (a refused request consumes
    // nothing). Consumption is one atomic statement: a second use, an expired or a superseded
    // token match nothing.
    const [byIp, verified] = await db.batch([
      consume(db, RULES.verifyByIp, ip),
      db
        .update(users)
        .set({
          emailVerified: true,
          emailVerificationTokenHash: null,
          emailVerificationExpiresAt: null,
          updatedAt: sql`now()`,
        })
        .where(
          and(
            eq(users.emailVerificationTokenHash, hashToken(token)),
            notExpired(users.emailVerificationExpiresAt),
            withinLimit(RULES.verifyByIp, ip),
          ),
        )
        .returning({ id: users.id }),
    ]);
    enforce(c, { rule: RULES.verifyByIp, result: byIp });
    if (verified.length === 0) throw invalidToken();
    return c.json({ status: "verified" }, 200);
  })
  .openapi(resendVerification, async (c) => {
    const db = c.var.db;
    const ip = ipIdentifier(c);
    const verification = newAccountToken();
    // One round trip: both counts, then the new token, written only within both limits and only
    // for an unverified user (the session's, in SQL).
    const { results } = await authed(c, ({ userId }) => {
      const byIp = sql`case when ${userId} is not null then ${ip} end`;
      const byUser = sql`'user:' || ${userId}`;
      return [
        consume(db, RULES.resendByIp, byIp),
        consume(db, RULES.resendByUser, byUser),
        db
          .update(users)
          .set({
            emailVerificationTokenHash: verification.hash,
            emailVerificationExpiresAt: inSeconds(VERIFICATION_TTL_SECONDS),
          })
          .where(
            and(
              eq(users.id, userId),
              eq(users.emailVerified, false),
              withinLimit(RULES.resendByIp, byIp),
              withinLimit(RULES.resendByUser, byUser),
            ),
          )
          .returning({ email: users.email }),
      ];
    });
    const [byIp, byUser, updated] = results;
    enforce(c, { rule: RULES.resendByIp, result: byIp }, { rule: RULES.resendByUser, result: byUser });
    // Within the limits, nothing written means the address is already verified.
    const to = updated[0]?.email;
    if (!to) throw alreadyVerified();
    sendInBackground(c, "verification", verificationMail(c.var.config.APP_URL, to, verification.token));
    return c.json({ status: "sent" }, 202);
  })
  .openapi(forgotPassword, async (c) => {
    const { email } = c.req.valid("json");
    const db = c.var.db;
    const ip = ipIdentifier(c);
    const emailId = emailIdentifier(email);
    // Known or not, the same statements run and the same answer goes back; the mail leaves after.
    // One round trip: both counts, then the reset token, written only within both limits.
    const reset = newAccountToken();
    const [byIp, byEmail, updated] = await db.batch([
      consume(db, RULES.forgotByIp, ip),
      consume(db, RULES.forgotByEmail, emailId),
      db
        .update(users)
        .set({ passwordResetTokenHash: reset.hash, passwordResetExpiresAt: inSeconds(RESET_TTL_SECONDS) })
        .where(and(emailIs(email), withinLimit(RULES.forgotByIp, ip), withinLimit(RULES.forgotByEmail, emailId)))
        .returning({ email: users.email }),
    ]);
    enforce(c, { rule: RULES.forgotByIp, result: byIp }, { rule: RULES.forgotByEmail, result: byEmail });
    const to = updated[0]?.email;
    if (to) sendInBackground(c, "password_reset", passwordResetMail(c.var.config.APP_URL, to, reset.token));
    return c.json(FORGOT_ANSWER, 202);
  })
  .openapi(resetPassword, async (c) => {
    const { token, password } = c.req.valid("json");
    const db = c.var.db;
    const tokenHash = hashToken(token);
    const valid = and(eq(users.passwordResetTokenHash, tokenHash), notExpired(users.passwordResetExpiresAt));
    const [byIp, candidate] = await db.batch([
      consume(db, RULES.resetByIp, ipIdentifier(c)),
      db.select({ id: users.id }).from(users).where(valid),
    ]);
    enforce(c, { rule: RULES.resetByIp, result: byIp });
    // No hashing work for a token that cannot succeed.
    if (candidate.length === 0) throw invalidToken();

    const passwordHash = await hashPassword(password);
    // ONE statement: new hash, token consumed, email verified, every session revoked. The token is
    // checked again here, so of two concurrent uses exactly one succeeds.
    const result = await db.execute<{ id: string }>(sql`
      with u as (
        update ${users}
        set password_hash = ${passwordHash},
            password_reset_token_hash = null, password_reset_expires_at = null,
            email_verified = true, email_verification_token_hash = null, email_verification_expires_at = null,
            updated_at = now()
        where password_reset_token_hash = ${tokenHash} and password_reset_expires_at > now()
        returning id
      ), revoked as (
        delete from ${authSessions} where user_id in (select id from u) returning id
      )
      select u.id, (select count(*) from revoked)::int as revoked from u`);
    if (result.rows.length === 0) throw invalidToken();
    return c.body(null, 204);
  })
  .openapi(changePassword, async (c) => {
    const { currentPassword, newPassword } = c.req.valid("json");
    const db = c.var.db;
    const storedHash = await confirmPassword(c, currentPassword);

    const passwordHash = await hashPassword(newPassword);
    // Both statements are conditional on the old hash still being in place (no lost update), and
    // the other sessions go only if the new hash went in.
    const { results } = await authed(c, ({ userId, sessionId }) => [
      db
        .update(users)
        .set({ passwordHash, updatedAt: sql`now()` })
        .where(and(eq(users.id, userId), eq(users.passwordHash, storedHash)))
        .returning({ id: users.id }),
      db
        .delete(authSessions)
        .where(
          and(
            eq(authSessions.userId, userId),
            sql`${authSessions.id} <> ${sessionId}`,
            sql`exists (select 1 from ${users} where ${users.id} = ${userId} and ${users.passwordHash} = ${passwordHash})`,
          ),
        )
        .returning({ id: authSessions.id }),
    ]);
    const [updated, revoked] = results;
    if (updated.length === 0) {
      throw new ApiError("concurrent_update", "the password was changed concurrently; retry");
    }
    return c.json({ revokedSessions: revoked.length }, 200);
  });

function emailTaken() {
  return new ApiError("email_taken", "an account with this email already exists; log in or reset the password");
}

function alreadyVerified() {
  return new ApiError("already_verified", "the email address is already verified");
}
