// The "decision" mail to a project's author: an approval was given at a gate, and whether the gate is now met.
import type { Approval } from "../platform/db/schema";
import type { Mail } from "../platform/mail/mailer";

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string,
  );

export function decisionMail(
  appUrl: string,
  to: string,
  project: string,
  gate: Approval,
  met: boolean,
  missing: readonly string[],
): Mail {
  const subject = met ? `${project}: the ${gate} is approved` : `${project}: an approval of the ${gate} was given`;
  const intro = met
    ? `The review policy of the ${gate} gate of "${project}" is met: the project may leave the phase.`
    : `Someone approved the ${gate} of "${project}". Still missing: ${missing.join("; ")}.`;
  const url = new URL("/projects", appUrl).toString();
  const outro = "You receive this as the project's author; turn off decision mail in your notification settings.";
  return {
    to,
    subject,
    text: `${intro}\n\n${url}\n\n${outro}\n`,
    html: `<p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p><p>${escapeHtml(outro)}</p>`,
  };
}
