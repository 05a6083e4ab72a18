import { createHmac, timingSafeEqual } from "node:crypto";
import { NOTIFICATION_KINDS, type NotificationKind } from "../platform/db/schema";

/** `<user uuid>.<kind>.<HMAC-SHA-256, base64url>`: what an unsubscribe link carries. */
export const UNSUBSCRIBE_TOKEN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-z_]{1,32}\.[A-Za-z0-9_-]{43}$/;

function signature(secret: string, userId: string, kind: NotificationKind): Buffer {
  return createHmac("sha256", secret).update(`unsubscribe\0${userId}\0${kind}`).digest();
}

/**
 * The unsubscribe token of (user, kind): signed with AUTH_SECRET, so it needs no sign-in and no stored
 * row, and names nothing but the opt-out it performs. It does not expire (opting in again is a setting).
 */
export function unsubscribeToken(secret: string, userId: string, kind: NotificationKind): string {
  return `${userId}.${kind}.${signature(secret, userId, kind).toString("base64url")}`;
}

/** The (user, kind) a token names, or undefined when it is malformed or its signature does not match. */
export function readUnsubscribeToken(
  secret: string,
  token: string,
): { userId: string; kind: NotificationKind } | undefined {
  if (!UNSUBSCRIBE_TOKEN.test(token)) return undefined;
  const [userId = "", kind = "", sig = ""] = token.split(".");
  if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) return undefined;
  const expected = signature(secret, userId, kind as NotificationKind);
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return { userId, kind: kind as NotificationKind };
}
