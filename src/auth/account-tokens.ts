// Email-verification and password-reset tokens: 256 random bits, only their SHA-256 is stored
// (users.*_token_hash), one per user and purpose, so issuing a new one supersedes the previous.
import { hashToken, newToken } from "./tokens";

export const VERIFICATION_TTL_SECONDS = 24 * 3600;
export const RESET_TTL_SECONDS = 3600;

export function newAccountToken() {
  const token = newToken();
  return { token, hash: hashToken(token) };
}
