// The account emails. Links point at the web app (APP_URL), which posts the token to the API.
import type { Mail } from "./mailer";

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string,
  );

function link(appUrl: string, path: string, token: string): string {
  const url = new URL(path, appUrl);
  url.searchParams.set("token", token);
  return url.toString();
}

function message(to: string, subject: string, intro: string, url: string, outro: string): Mail {
  return {
    to,
    subject,
    text: `${intro}\n\n${url}\n\n${outro}\n`,
    html: `<p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p><p>${escapeHtml(outro)}</p>`,
  };
}

export function verificationMail(appUrl: string, to: string, token: string): Mail {
  return message(
    to,
    "Confirm your email address",
    "Confirm the email address of your Spec Drive account by opening this link:",
    link(appUrl, "/verify-email", token),
    "The link is valid for 24 hours. If you did not create an account, ignore this message.",
  );
}

export function passwordResetMail(appUrl: string, to: string, token: string): Mail {
  return message(
    to,
    "Reset your password",
    "Choose a new password for your Spec Drive account by opening this link:",
    link(appUrl, "/reset-password", token),
    "The link is valid for 1 hour and works once. If you did not ask for it, ignore this message: your password stays as it is.",
  );
}
