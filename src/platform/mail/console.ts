import type { Mailer } from "./mail";

/** Local development: prints the message (and so its link) to the wrangler dev console. */
export function consoleMailer(): Mailer {
  return {
    async send(mail) {
      console.log(`\n[mail] to: ${mail.to}\n[mail] subject: ${mail.subject}\n${mail.text}\n`);
    },
  };
}
