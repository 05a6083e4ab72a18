import { createHash, randomBytes } from "node:crypto";

/** An opaque bearer secret: 256 random bits, base64url. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored and looked up only by their SHA-256 (hex), never in clear. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** An API key: `sd_` (so a leaked key is recognisable, e.g. by secret scanners) + 256 random bits, base64url. */
export const API_KEY_RE = /^sd_[A-Za-z0-9_-]{43}$/;

export function newApiKey(): string {
  return `sd_${newToken()}`;
}
