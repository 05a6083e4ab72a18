// The one mail interface. Providers: `console` (local dev: prints the message, links included)
// and `resend` (Resend's REST API over fetch, no SDK). Chosen by MAIL_PROVIDER (src/platform/config.ts).
import type { Config } from "../config";
import { consoleMailer } from "./console";
import type { Mailer } from "./mail";
import { resendMailer } from "./resend";

export type { Mail, Mailer } from "./mail";

export function createMailer(config: Config): Mailer {
  if (config.MAIL_PROVIDER === "resend") {
    // config validation guarantees both are set for this provider.
    return resendMailer({
      apiUrl: config.MAIL_API_URL,
      apiKey: config.RESEND_API_KEY as string,
      from: config.MAIL_FROM as string,
    });
  }
  return consoleMailer();
}
