// /api/auth/*: sign up, log in/out, email verification, password reset and change.
// Every handler counts the request against its rate limits in its FIRST round trip and checks
// them before doing anything else (password hashing included).
import { z } from "@hono/zod-openapi";
import { and, type SQL, sql } from "drizzle-orm";
import { audit } from "../audit";
import { assertNotCommon, commonPasswordCandidates } from "../platform/auth/common-passwords";
import { forgetCredential } from "../platform/auth/credential-cache";
import {
  CURRENT_PARAMS,
  DUMMY_HASH,
  givenPasswordSchema,
  hashPassword,
  needsRehash,
  newPasswordSchema,
  PASSWORD_MAX,
  PASSWORD_MIN,
  verifyPassword,
} from "../platform/auth/password";
import {
  accountVerdicts,
  attemptsOf,
  consume,
  consumeAccount,
  emailIdentifier,
  emailNetworkIdentifier,
  enforce,
  FORGOT_ACCOUNT,
  ipIdentifier,
  LOGIN_ACCOUNT,
  LOGIN_FAILURE_NOTICE_AT,
  RULES,
  refund,
  withinAccountLimit,
  withinLimit,
} from "../platform/auth/rate-limit";
import { confirmPassword } from "../platform/auth/reauth";
import { authed, clearSessionCookie, issueSession, newSessionStatement } from "../platform/auth/session";
import { hashToken } from "../platform/auth/tokens";
import { batch } from "../platform/db/batch";
import { KiB } from "../platform/http/body-limit";
import { ApiError } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import { sendInBackground } from "../platform/mail/send";
import { emailSchema } from "./email";
import { toPublicUser, UserSchema } from "./me-routes";
import { loginFailuresMail, passwordChangedMail, passwordResetMail, verificationMail } from "./messages";
import {
  consumeResetToken,
  consumeVerification,
  deleteCurrentSession,
  hasPasswordHash,
  insertUser,
  issueResetLink,
  renewVerification,
  replacePasswordHash,
  resetCandidate,
  revokeOtherSessionsAfterChange,
  upgradePasswordHash,
  userExists,
  userIdByEmail,
  userWithHashByEmail,
} from "./queries";
import { newAccountToken, newResetExpiry, resetTokenFor, VERIFICATION_TTL_SECONDS } from "./tokens";

const SessionTokenSchema = z
  .object({
    token: z.string().optional().openapi({
      description:
        'Bearer token (also set as the __Host-session cookie unless `session` was "bearer"); absent when `session` was "cookie"',
    }),
    expiresAt: z.iso.datetime(),
  })
  .openapi("SessionToken");
const AuthResultSchema = z.object({ user: UserSchema, session: SessionTokenSchema }).openapi("AuthResult");
const StatusSchema = z.object({ status: z.string(), message: z.string().optional() });
const tokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,200}$/, "must be a token from the email link")
  .openapi({ example: "aTokenFromTheEmailLink" });

const sessionModeSchema = z.enum(["cookie", "bearer"]).optional().openapi({
  description:
    'How the client holds the session: "cookie" (the HttpOnly cookie only; the body carries no token, so page scripts never see it), "bearer" (the token in the body, no cookie). Without it: both.',
});

// The documented bounds are the ones the schemas enforce (after trimming / NFC normalisation).
const email = emailSchema.openapi({ format: "email", maxLength: 255 });
const newPassword = newPasswordSchema.openapi({
  minLength: PASSWORD_MIN,
  maxLength: PASSWORD_MAX,
  description: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters (Unicode code points, after NFC normalisation)`,
  example: "correct horse battery staple",
});
const givenPassword = givenPasswordSchema.openapi({ example: "correct horse battery staple" });

/** Pre-authentication bodies (email, password, name, token): nothing legitimate comes near 16 KiB. */
const AUTH_BODY_MAX = 16 * KiB;

const invalidCredentials = () => new ApiError("invalid_credentials", "invalid email or password");
const invalidToken = () => new ApiError("invalid_token", "the link is invalid or has expired; request a new one");

const signup = defineRoute({
  operationId: "signUp",
  description:
    "Creates the account, signs it in (a new session) and emails a link that verifies the address. Needs an email not yet registered and a password that meets the password rules; rate limited per client and per address.",
  tags: ["auth"],
  summary: "Create an account; signs in and sends a verification email",
  method: "post",
  path: "/api/auth/signup",
  roundTrips: 2,
  bodyLimit: { bytes: AUTH_BODY_MAX, why: "email, password, name, token: pre-authentication, kept small" },
  auth: "public",
  request: {
    body: jsonBody(
      z
        .object({
          email,
          password: newPassword,
          name: z.string().trim().min(1).max(255),
          session: sessionModeSchema,
        })
        .openapi({ example: { email: "ada@example.com", password: "correct horse battery staple", name: "Ada" } }),
    ),
  },
  responses: { 201: jsonResponse("Created and signed in", AuthResultSchema) },
  errors: ["email_taken", "common_password", "rate_limited", "server_busy"],
  headers: ["RateLimit", "Set-Cookie"],
});

const login = defineRoute({
  operationId: "logIn",
  description:
    "Checks the email and password and starts a new session, returned as a token and set as the session cookie. Rate limited per client and per address; a wrong email or password answers the same 401.",
  tags: ["auth"],
  summary: "Sign in with email and password",
  method: "post",
  path: "/api/auth/login",
  roundTrips: 2,
  bodyLimit: { bytes: AUTH_BODY_MAX, why: "email, password, name, token: pre-authentication, kept small" },
  auth: "public",
  request: {
    body: jsonBody(
      z
        .object({ email, password: givenPassword, session: sessionModeSchema })
        .openapi({ example: { email: "ada@example.com", password: "correct horse battery staple" } }),
    ),
  },
  responses: { 200: jsonResponse("Signed in", AuthResultSchema) },
  errors: ["invalid_credentials", "rate_limited", "server_busy"],
  headers: ["RateLimit", "Set-Cookie"],
});

const logout = defineRoute({
  operationId: "logOut",
  description:
    "Revokes the session that made the request, so its token and cookie stop working at once. Needs a session (not an API key).",
  tags: ["auth"],
  summary: "Revoke the current session",
  method: "post",
  path: "/api/auth/logout",
  roundTrips: 1,
  bodyLimit: { bytes: AUTH_BODY_MAX, why: "email, password, name, token: pre-authentication, kept small" },
  auth: "session",
  responses: { 204: { description: "Signed out" } },
});

const verifyEmail = defineRoute({
  operationId: "verifyEmail",
  description:
    "Marks the account's email address as verified with the single-use token from the verification email. Needs only the token.",
  tags: ["auth"],
  summary: "Confirm the email address with the token from the verification email",
  method: "post",
  path: "/api/auth/verify-email",
  roundTrips: 1,
  bodyLimit: { bytes: AUTH_BODY_MAX, why: "email, password, name, token: pre-authentication, kept small" },
  auth: "public",
  request: { body: jsonBody(z.object({ token: tokenSchema })) },
  responses: { 200: jsonResponse("Verified", StatusSchema) },
  errors: ["invalid_token", "rate_limited"],
  headers: ["RateLimit"],
});

const resendVerification = defineRoute({
  operationId: "resendVerificationEmail",
  description:
    "Sends a fresh verification link to the signed-in user; the previous link stops working. Needs a session whose address is not yet verified; rate limited.",
  tags: ["auth"],
  summary: "Send a new verification email to the signed-in user (supersedes the previous link)",
  method: "post",
  path: "/api/auth/verify-email/resend",
  roundTrips: 1,
  bodyLimit: { bytes: AUTH_BODY_MAX, why: "email, password, name, token: pre-authentication, kept small" },
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
  description:
    "Emails a password reset link when the address has an account, and answers the same 202 either way so the answer reveals no account. Needs only the email; rate limited.",
  tags: ["auth"],
  summary: "Email a password reset link (same answer whether or not the account exists)",
  method: "post",
  path: "/api/auth/forgot-password",
  roundTrips: 1,
  bodyLimit: { bytes: AUTH_BODY_MAX, why: "email, password, name, token: pre-authentication, kept small" },
  auth: "public",
  request: { body: jsonBody(z.object({ email })) },
  responses: { 202: jsonResponse("Accepted", StatusSchema) },
  errors: ["rate_limited"],
  headers: ["RateLimit"],
});

const resetPassword = defineRoute({
  operationId: "resetPassword",
  description:
    "Sets a new password with the single-use token from the reset email and revokes every session of the account. Needs the token and a password that meets the password rules.",
  tags: ["auth"],
  summary: "Set a new password with the token from the reset email; signs out every session",
  method: "post",
  path: "/api/auth/reset-password",
  roundTrips: 2,
  bodyLimit: { bytes: AUTH_BODY_MAX, why: "email, password, name, token: pre-authentication, kept small" },
  auth: "public",
  request: { body: jsonBody(z.object({ token: tokenSchema, password: newPassword })) },
  responses: { 204: { description: "Password changed" } },
  errors: ["invalid_token", "common_password", "rate_limited", "server_busy"],
  headers: ["RateLimit"],
});

const changePassword = defineRoute({
  operationId: "changePassword",
  description:
    "Replaces the password and revokes every other session of the user; the current session stays signed in. Needs a session and the current password.",
  tags: ["auth"],
  summary: "Change the password; signs out every other session",
  method: "post",
  path: "/api/auth/change-password",
  roundTrips: 2,
  bodyLimit: { bytes: AUTH_BODY_MAX, why: "email, password, name, token: pre-authentication, kept small" },
  auth: "session",
  request: { body: jsonBody(z.object({ currentPassword: givenPassword, newPassword: newPassword })) },
  responses: { 200: jsonResponse("Changed", z.object({ revokedSessions: z.number().int() })) },
  errors: ["wrong_password", "common_password", "concurrent_update", "rate_limited", "server_busy"],
  headers: ["RateLimit"],
});

/** Creates the account and its first session; the verification mail leaves after the answer. */
const signupHandler: Handler<typeof signup> = async (c) => {
  const { email, password, name, session: mode } = c.req.valid("json");
  const db = c.var.db;
  const { byIp, byEmail, existing, common } = await batch(db, {
    byIp: consume(db, RULES.signupByIp, ipIdentifier(c)),
    byEmail: consume(db, RULES.signupByEmail, emailIdentifier(c, email)),
    existing: userIdByEmail(db, email),
    common: commonPasswordCandidates(db, password),
  });
  enforce(c, { rule: RULES.signupByIp, result: byIp }, { rule: RULES.signupByEmail, result: byEmail });
  assertNotCommon(password, common, "password");
  // Existence stays visible here (docs/auth-threat-model.md, "Signup and enumeration").
  if (existing.length > 0) throw emailTaken();

  const passwordHash = await hashPassword(password, CURRENT_PARAMS, c.var.config.hashGate);
  const id = crypto.randomUUID();
  const verification = newAccountToken();
  const session = newSessionStatement(c, id);
  // One batch: the user (with its verification token) and its session. A concurrent signup
  // with the same email makes the insert a no-op, and the session insert then finds no user.
  const { inserted, sessionResult } = await batch(db, {
    inserted: insertUser(
      db,
      { id, email, name, passwordHash, emailVerificationTokenHash: verification.hash },
      VERIFICATION_TTL_SECONDS,
    ),
    sessionResult: session.statement,
  });
  const user = inserted[0];
  if (!user) throw emailTaken();
  sendInBackground(c, "verification", verificationMail(c.var.config.APP_URL, email, verification.token));
  return c.json({ user: toPublicUser(user), session: issueSession(c, session.token, sessionResult, mode) }, 201);
};

/**
 * Checks the password (the same work for an unknown address), then opens a session, gives the
 * attempt back and, when the stored hash is outdated, stores a rehash.
 */
const loginHandler: Handler<typeof login> = async (c) => {
  const { email, password, session: mode } = c.req.valid("json");
  const db = c.var.db;
  // Account limits count FAILURES: every attempt counts here, a success gives its attempt back.
  const { byIp, byEmailNet, byEmail, found } = await batch(db, {
    byIp: consume(db, RULES.loginByIp, ipIdentifier(c)),
    ...consumeAccount(c, db, LOGIN_ACCOUNT, email),
    found: userWithHashByEmail(db, email),
  });
  enforce(c, { rule: RULES.loginByIp, result: byIp }, ...accountVerdicts(LOGIN_ACCOUNT, byEmailNet, byEmail));

  const row = found[0];
  // An unknown email costs the same hashing work and gets the same answer as a wrong password.
  const matches = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH, c.var.config.hashGate);
  if (!row || !matches) {
    // Once per window (the count passes the mark once), tell the owner that failures pile up.
    if (row && attemptsOf(byEmail) === LOGIN_FAILURE_NOTICE_AT) {
      sendInBackground(
        c,
        "login_failures",
        loginFailuresMail(c.var.config.APP_URL, row.email, LOGIN_FAILURE_NOTICE_AT),
      );
    }
    throw invalidCredentials();
  }
  const { passwordHash: storedHash, ...user } = row;

  const session = newSessionStatement(c, user.id);
  const upgraded = needsRehash(storedHash)
    ? await hashPassword(password, CURRENT_PARAMS, c.var.config.hashGate)
    : undefined;
  const { sessionResult } = await batch(db, {
    sessionResult: session.statement,
    refundNet: refund(db, LOGIN_ACCOUNT.perNetwork, emailNetworkIdentifier(c, email)),
    refundEmail: refund(db, LOGIN_ACCOUNT.overall, emailIdentifier(c, email)),
    ...(upgraded ? { upgrade: upgradePasswordHash(db, user.id, storedHash, upgraded) } : {}),
    audited: audit(c, {
      action: "auth.signed_in",
      actor: user.id,
      target: { type: "user", id: user.id },
      when: userExists(db, user.id),
    }),
  });
  return c.json({ user: toPublicUser(user), session: issueSession(c, session.token, sessionResult, mode) }, 200);
};

const logoutHandler: Handler<typeof logout> = async (c) => {
  await authed(c, ({ sessionId }) => ({ deleted: deleteCurrentSession(c.var.db, sessionId) }));
  forgetCredential(c.var.credential.tokenHash);
  clearSessionCookie(c);
  return c.body(null, 204);
};

const verifyEmailHandler: Handler<typeof verifyEmail> = async (c) => {
  const { token } = c.req.valid("json");
  const db = c.var.db;
  const ip = ipIdentifier(c);
  // One round trip: the count, then the consumption guarded by it (a refused request consumes
  // nothing).
  const { byIp, verified } = await batch(db, {
    byIp: consume(db, RULES.verifyByIp, ip),
    verified: consumeVerification(db, hashToken(token), withinLimit(RULES.verifyByIp, ip)),
  });
  enforce(c, { rule: RULES.verifyByIp, result: byIp });
  if (verified.length === 0) throw invalidToken();
  return c.json({ status: "verified" }, 200);
};

const resendVerificationHandler: Handler<typeof resendVerification> = async (c) => {
  const db = c.var.db;
  const ip = ipIdentifier(c);
  const verification = newAccountToken();
  // One round trip: both counts, then the new token, written only within both limits and only
  // for an unverified user (the session's, in SQL).
  const { results } = await authed(c, ({ userId }) => {
    const byIp = sql`case when ${userId} is not null then ${ip} end`;
    const byUser = sql`'user:' || ${userId}`;
    const allowed = and(withinLimit(RULES.resendByIp, byIp), withinLimit(RULES.resendByUser, byUser)) as SQL;
    return {
      byIp: consume(db, RULES.resendByIp, byIp),
      byUser: consume(db, RULES.resendByUser, byUser),
      updated: renewVerification(db, userId, verification.hash, VERIFICATION_TTL_SECONDS, allowed),
    };
  });
  const { byIp, byUser, updated } = results;
  enforce(c, { rule: RULES.resendByIp, result: byIp }, { rule: RULES.resendByUser, result: byUser });
  // Within the limits, nothing written means the address is already verified.
  const to = updated[0]?.email;
  if (!to) throw alreadyVerified();
  sendInBackground(c, "verification", verificationMail(c.var.config.APP_URL, to, verification.token));
  return c.json({ status: "sent" }, 202);
};

/**
 * Known address or not, the same statements run and the same answer goes back; the mail leaves
 * after. A live link is kept (and mailed again: it is derived, see resetTokenFor); only an expired
 * or used one is replaced, so no request can void the link the owner holds.
 */
const forgotPasswordHandler: Handler<typeof forgotPassword> = async (c) => {
  const { email } = c.req.valid("json");
  const db = c.var.db;
  const ip = ipIdentifier(c);
  // One round trip: the counts, then the reset link, written only within the limits.
  const expiry = newResetExpiry();
  const fresh = resetTokenFor(c.var.config.AUTH_SECRET, email, expiry);
  const allowed = and(withinLimit(RULES.forgotByIp, ip), withinAccountLimit(c, FORGOT_ACCOUNT, email)) as SQL;
  const { byIp, byEmailNet, byEmail, updated } = await batch(db, {
    byIp: consume(db, RULES.forgotByIp, ip),
    ...consumeAccount(c, db, FORGOT_ACCOUNT, email),
    updated: issueResetLink(db, email, { hash: fresh.hash, expiry }, allowed),
  });
  enforce(c, { rule: RULES.forgotByIp, result: byIp }, ...accountVerdicts(FORGOT_ACCOUNT, byEmailNet, byEmail));
  const row = updated[0];
  if (row?.expiresAt) {
    const link = resetTokenFor(c.var.config.AUTH_SECRET, row.email, row.expiresAt);
    // A link issued under another AUTH_SECRET cannot be derived again: it stays valid, but is not re-sent.
    if (link.hash === row.hash) {
      sendInBackground(c, "password_reset", passwordResetMail(c.var.config.APP_URL, row.email, link.token));
    }
  }
  return c.json(FORGOT_ANSWER, 202);
};

const resetPasswordHandler: Handler<typeof resetPassword> = async (c) => {
  const { token, password } = c.req.valid("json");
  const db = c.var.db;
  const tokenHash = hashToken(token);
  const { byIp, candidate, common } = await batch(db, {
    byIp: consume(db, RULES.resetByIp, ipIdentifier(c)),
    candidate: resetCandidate(db, tokenHash),
    common: commonPasswordCandidates(db, password),
  });
  enforce(c, { rule: RULES.resetByIp, result: byIp });
  // No hashing work for a token that cannot succeed.
  if (candidate.length === 0) throw invalidToken();
  assertNotCommon(password, common, "password");

  const passwordHash = await hashPassword(password, CURRENT_PARAMS, c.var.config.hashGate);
  // The audit row goes in only if this reset did (the candidate's hash is now the new one).
  const userId = (candidate[0] as { id: string }).id;
  const { consumed } = await batch(db, {
    consumed: consumeResetToken(db, tokenHash, passwordHash),
    audited: audit(c, {
      action: "auth.password_changed",
      actor: userId,
      target: { type: "user", id: userId },
      data: { method: "reset" },
      when: hasPasswordHash(db, userId, passwordHash),
    }),
  });
  const [reset] = consumed;
  if (!reset) throw invalidToken();
  sendInBackground(c, "password_changed", passwordChangedMail(c.var.config.APP_URL, reset.email, "reset"));
  return c.body(null, 204);
};

const changePasswordHandler: Handler<typeof changePassword> = async (c) => {
  const { currentPassword, newPassword } = c.req.valid("json");
  const db = c.var.db;
  const storedHash = await confirmPassword(c, currentPassword, newPassword);

  const passwordHash = await hashPassword(newPassword, CURRENT_PARAMS, c.var.config.hashGate);
  // Both statements are conditional on the old hash still being in place (no lost update), and
  // the other sessions go only if the new hash went in.
  const { results } = await authed(c, ({ userId, sessionId }) => ({
    updated: replacePasswordHash(db, userId, storedHash, passwordHash),
    revoked: revokeOtherSessionsAfterChange(db, userId, sessionId, passwordHash),
    audited: audit(c, {
      action: "auth.password_changed",
      actor: userId,
      target: { type: "user", id: sql`${userId}::text` },
      data: { method: "change" },
      when: hasPasswordHash(db, userId, passwordHash),
    }),
  }));
  const changed = results.updated[0];
  if (!changed) {
    throw new ApiError("concurrent_update", "the password was changed concurrently; retry");
  }
  sendInBackground(c, "password_changed", passwordChangedMail(c.var.config.APP_URL, changed.email, "changed"));
  return c.json({ revokedSessions: results.revoked.length }, 200);
};

export const authRoutes = router()
  .openapi(signup, signupHandler)
  .openapi(login, loginHandler)
  .openapi(logout, logoutHandler)
  .openapi(verifyEmail, verifyEmailHandler)
  .openapi(resendVerification, resendVerificationHandler)
  .openapi(forgotPassword, forgotPasswordHandler)
  .openapi(resetPassword, resetPasswordHandler)
  .openapi(changePassword, changePasswordHandler);

function emailTaken() {
  return new ApiError("email_taken", "an account with this email already exists; log in or reset the password");
}

function alreadyVerified() {
  return new ApiError("already_verified", "the email address is already verified");
}
