import type { Mailer } from "./mail";

class MailSendError extends Error {
  override name = "MailSendError";
}

/** Resend's REST API (POST {apiUrl}/emails with a Bearer key): https://resend.com/docs/api-reference/emails/send-email */
export function resendMailer(opts: { apiUrl: string; apiKey: string; from: string }): Mailer {
  const endpoint = `${opts.apiUrl.replace(/\/+$/, "")}/emails`;
  return {
    async send(mail) {
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { authorization: `Bearer ${opts.apiKey}`, "content-type": "application/json" },
        body: JSON.stringify({
          from: opts.from,
          to: [mail.to],
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          ...(mail.headers ? { headers: mail.headers } : {}),
        }),
        signal: AbortSignal.timeout(10_000),
      });
      // The provider's answer body is not logged: it may echo parts of the message.
      await res.body?.cancel();
      if (!res.ok) throw new MailSendError(`mail provider answered HTTP ${res.status}`);
    },
  };
}
