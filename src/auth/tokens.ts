import { createHash, randomBytes } from "node:crypto";

/** An opaque bearer secret: 256 random bits, base64url. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored and looked up only by their SHA-256 (hex), never in clear. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
