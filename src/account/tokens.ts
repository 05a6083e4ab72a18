// Email-verification and password-reset tokens: 256 random bits, only their SHA-256 is stored
// (users.*_token_hash), one per user and purpose. A new verification token supersedes the previous;
// a reset link is derived (resetTokenFor) so that a new request re-sends the live one instead.
import { createHmac } from "node:crypto";
import { hashToken, newToken } from "../platform/auth/tokens";

export const VERIFICATION_TTL_SECONDS = 24 * 3600;
const RESET_TTL_SECONDS = 3600;

export function newAccountToken() {
  const token = newToken();
  return { token, hash: hashToken(token) };
}

/**
 * A password-reset link is derived, not drawn: HMAC(AUTH_SECRET, email, expiry). While a link is
 * live, a new request mails the SAME link again (the stored hash and expiry stay), so a stranger's
 * request can never void the link its owner holds; the next link after it expires or is used has a
 * new expiry and so a new token. Only its SHA-256 is stored, like every token.
 */
export function resetTokenFor(secret: string, email: string, expiresAt: Date) {
  const token = createHmac("sha256", secret)
    .update(`password-reset\0${email}\0${expiresAt.getTime()}`)
    .digest("base64url");
  return { token, hash: hashToken(token) };
}

/** The expiry of a new reset link, at millisecond precision (what the database keeps exactly). */
export const newResetExpiry = () => new Date(Date.now() + RESET_TTL_SECONDS * 1000);
