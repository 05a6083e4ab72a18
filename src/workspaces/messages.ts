// The invitation email. Its link points at the web app (APP_URL), which posts the token to
// POST /api/invitations/accept.
import type { Role } from "../platform/auth/roles";
import type { Mail } from "../platform/mail/mailer";

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string,
  );

/** The path of the web app's page that accepts an invitation (`?token=`). */
export const ACCEPT_PATH = "/accept-invitation";

export function invitationMail(appUrl: string, to: string, workspace: string, role: Role, token: string): Mail {
  const url = new URL(ACCEPT_PATH, appUrl);
  url.searchParams.set("token", token);
  const link = url.toString();
  const intro = `You are invited to join the Spec Drive workspace "${workspace}" as ${role}. Accept by opening this link, signed in with this email address:`;
  const outro = "The link is valid for 7 days and works once. If you did not expect it, ignore this message.";
  return {
    to,
    subject: `Join "${workspace}" on Spec Drive`,
    text: `${intro}\n\n${link}\n\n${outro}\n`,
    html: `<p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p><p>${escapeHtml(outro)}</p>`,
  };
}
