// The account emails. Links point at the web app (APP_URL), which posts the token to the API.
import type { Mail } from "../platform/mail/mailer";

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

/** A notice without a link: something happened to the account that its owner should know of. */
function notice(to: string, subject: string, lines: string[]): Mail {
  return {
    to,
    subject,
    text: `${lines.join("\n\n")}\n`,
    html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(""),
  };
}

export function loginFailuresMail(appUrl: string, to: string, failures: number): Mail {
  return notice(to, "Failed sign-in attempts on your account", [
    `There were ${failures} failed attempts to sign in to your Spec Drive account in the last few minutes.`,
    "If they were not yours: your account is not locked, you can still sign in as usual. Attempts from the networks that keep failing are slowed down. If your password is used anywhere else, change it.",
    `Change your password: ${new URL("/forgot-password", appUrl).toString()}`,
  ]);
}

export function passwordChangedMail(appUrl: string, to: string, how: "changed" | "reset"): Mail {
  return notice(to, "Your password was changed", [
    `The password of your Spec Drive account was just ${how === "reset" ? "reset with a link sent to this address" : "changed"}. Every pending password-reset link is void, and ${how === "reset" ? "every session was" : "every other session was"} signed out.`,
    `If this was not you, reset your password at once: ${new URL("/forgot-password", appUrl).toString()}`,
  ]);
}
