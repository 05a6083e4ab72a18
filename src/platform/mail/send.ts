import type { Context } from "hono";
import type { AppEnv } from "../http/context";
import { createMailer, type Mail } from "./mailer";

export type MailKind = "verification" | "password_reset" | "login_failures" | "password_changed" | "invitation";

/**
 * Sends after the response (ctx.waitUntil), so response time does not depend on the provider or
 * reveal whether a message was sent at all. A failure is logged (no address, no token) and never
 * fails the request.
 */
export function sendInBackground(c: Context<AppEnv>, kind: MailKind, mail: Mail): void {
  const requestId = c.get("requestId");
  const mailer = createMailer(c.var.config);
  c.executionCtx.waitUntil(
    mailer.send(mail).catch((err: unknown) => {
      console.error(
        JSON.stringify({
          level: "error",
          event: "mail_send_failed",
          kind,
          requestId,
          error: err instanceof Error ? `${err.name}: ${err.message}` : "unknown error",
        }),
      );
    }),
  );
}
