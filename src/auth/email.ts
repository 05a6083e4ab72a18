import { z } from "@hono/zod-openapi";
import { hashToken } from "./tokens";

/** Emails are trimmed and lowercased before they are stored, compared or rate-limited. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("must be an email address").max(255, "must be at most 255 characters"))
  .openapi({ example: "ada@example.com" });

/** The rate-limit identifier for an email: its SHA-256, so rate_limit_log holds no addresses. */
export function emailIdentifier(normalisedEmail: string): string {
  return `email:${hashToken(normalisedEmail)}`;
}
