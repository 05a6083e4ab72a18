import type { Context } from "hono";
import type { NotificationKind } from "../platform/db/schema";
import type { AppEnv } from "../platform/http/context";
import type { Mail } from "../platform/mail/mailer";
import { sendInBackground } from "../platform/mail/send";
import { unsubscribeToken } from "./token";

/** Where the API answers one-click unsubscribes (RFC 8058). */
export const UNSUBSCRIBE_PATH = "/api/notifications/unsubscribe";

const KIND_WORDS: Record<NotificationKind, string> = {
  invitation: "workspace invitations",
  review_request: "review requests",
  mention: "mentions",
  decision: "review decisions",
};

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string,
  );

/** One recipient, as a batch read it: `notificationRecipients` leaves out whoever opted out of the kind. */
export interface Recipient {
  userId: string;
  email: string;
}

/** What a notification says: a subject and paragraphs of plain text (a link may stand alone on a line). */
export interface NotificationContent {
  subject: string;
  lines: string[];
}

/**
 * Sends a notification mail after the response (sendInBackground), with an unsubscribe link in its text
 * and the RFC 8058 one-click headers: `List-Unsubscribe` (the API's unsubscribe URL with a signed token)
 * and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. The opt-out was checked in the batch that
 * read the recipient (notificationRecipients / notOptedOut).
 */
export function notify(c: Context<AppEnv>, kind: NotificationKind, to: Recipient, content: NotificationContent) {
  sendInBackground(c, kind, notificationMail(c, kind, to, content));
}

/** The mail `notify` sends: the content, its unsubscribe line and the one-click headers. */
function notificationMail(
  c: Context<AppEnv>,
  kind: NotificationKind,
  to: Recipient,
  content: NotificationContent,
): Mail {
  const token = unsubscribeToken(c.var.config.AUTH_SECRET, to.userId, kind);
  const url = new URL(`${c.var.config.apiUrl}${UNSUBSCRIBE_PATH}`);
  url.searchParams.set("token", token);
  const unsubscribe = `To stop mails about ${KIND_WORDS[kind]}, unsubscribe: ${url.toString()}`;
  const lines = [...content.lines, unsubscribe];
  return {
    to: to.email,
    subject: content.subject,
    text: `${lines.join("\n\n")}\n`,
    html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(""),
    headers: {
      "List-Unsubscribe": `<${url.toString()}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
