import { z } from "@hono/zod-openapi";

/** Emails are trimmed and lowercased before they are stored, compared or rate-limited. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("must be an email address").max(255, "must be at most 255 characters"))
  .openapi({ example: "ada@example.com" });
